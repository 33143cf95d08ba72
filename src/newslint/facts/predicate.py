"""What a figure's clause says of it, beyond its head words (facts/context.py): whether it
is a hypothetical (asked about, or said under a condition) and, when the figure is the
complement of "to be", the noun of the subject it is said of.

"If Judge Gorsuch can't achieve 60 votes ..., could any judge be approved with 60 or more
votes?" asks about a threshold; "the party has only 51 votes right now" states a count:
two measures, whatever their nouns. "The effective tax rate for federal, state and local
taxes was 45.8 percent" gives the rate, as "an effective tax rate of 45.8 percent" does.
Grammar only, no parser and no story's vocabulary.
"""

from __future__ import annotations

import re

from newslint.facts.clause import FUNCTION_WORDS, WORD
from newslint.facts.determiners import DETERMINERS

HYPOTHETICAL = "hypothetical"  # the modifier such a figure is keyed with
# A condition before the figure in its clause: "If ... can't achieve 60 votes",
# "If majority Republicans change the threshold, Gorsuch could be approved with 51 votes".
_CONDITION = re.compile(r"(?<![\w'’-])(?:if|unless)(?![\w'’-])", re.IGNORECASE)
# The end of the figure's sentence: a question mark, or a full stop or an exclamation mark
# that ends a sentence (a stop inside "U.S." or "R-Ky." is followed by no space or a comma).
_END = re.compile(r"\?|[.!](?=[\s\"”’')]|$)")


def hypothetical(text: str, clause_start: int, start: int, end: int, sentence_end: int
                 ) -> bool:
    """Whether the figure at text[start:end] is asked about or conditional: its clause has
    "if" or "unless" before it, or the first mark that ends a sentence after it is a
    question mark (a quoted question whose sentence goes on: "... with 60 or more votes in
    the Senate?” McConnell asked")."""
    if _CONDITION.search(text, clause_start, start):
        return True
    found = _END.search(text, end, sentence_end)
    return found is not None and found.group() == "?"


_COPULAS = frozenset("is are was were be been".split())
_PREPOSITIONS = frozenset("for of in on at from with among under over".split())


def copula_subject(text: str, clause_start: int, start: int) -> str | None:
    """The head noun of the subject when the figure at text[start] comes right after a form
    of "to be": "the effective tax rate for federal, state and local taxes was 45.8
    percent" → "rate" (the noun before the phrase's first preposition, else its last
    word). The phrase runs from its determiner; None without one, or when its head is a
    name or a function word."""
    words = list(WORD.finditer(text, clause_start, start))
    if not words or words[-1].group().lower() not in _COPULAS:
        return None
    if text[words[-1].end() : start].strip():
        return None  # something else stands between the verb and the figure
    opener = None
    for i in range(len(words) - 2, -1, -1):
        low = words[i].group().lower()
        if low in DETERMINERS:
            if i and words[i - 1].group().lower() in _PREPOSITIONS:
                continue  # "of the wall": the phrase goes on before its preposition
            opener = i
            break
        if low in _COPULAS or (low in FUNCTION_WORDS and low not in _PREPOSITIONS
                               and low != "and"):
            return None  # "... said it was 30": no noun phrase of its own
    if opener is None:
        return None
    phrase = [m.group() for m in words[opener + 1 : -1]]
    head = None
    for i, word in enumerate(phrase):
        if word.lower() in _PREPOSITIONS:
            head = phrase[i - 1] if i else None
            break
    else:
        head = phrase[-1] if phrase else None
    if head is None or not (head.isalpha() and head.islower()) or head in FUNCTION_WORDS:
        return None
    return head
