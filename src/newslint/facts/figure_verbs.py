"""Which word before or after a figure reads as its clause's verb, without a parser: a
past in -ed or an irregular past, a participle after an auxiliary, a present between a
subject and its object, and the verb of a relative clause that has the figure for object.
The verb found is given as its lemma (facts/figure_lexicon.py).
"""

from __future__ import annotations

import re

from newslint.facts.clause import IRREGULAR, MODALS, WORD, short_past
from newslint.facts.determiners import DETERMINERS
from newslint.facts.figure_lexicon import lemma
from newslint.facts.figure_names import FUNCTION_WORDS

AUXILIARIES = frozenset("""
is are was were be been being has have had will would shall should can could may might must
do does did
""".split())
# Verbs with no -ed past that news copy dates or counts events with: the shared list of
# clause.py, and pasts that are also their base form or that it does not stem.
_IRREGULAR_PAST = (frozenset(IRREGULAR) - {"sworn"}) | frozenset(
    "cut did felt forgot hung laid lent meant put rang set shook sought stole taught tore".split())

def is_verb(word: str, before: str | None) -> bool:
    low = word.lower()
    if low in FUNCTION_WORDS or not word.islower() or "-" in word:
        return False  # "long-promised": a compound is an adjective
    if before is not None and before.lower() in AUXILIARIES \
            and low.endswith(("ing", "en", "ed")) and len(low) > 4:
        return True  # "were taken", "is holding"; not "have similar"
    return (low.endswith("ed") and len(low) > 4) or low in _IRREGULAR_PAST or short_past(low) \
        or _prefixed_past(low)


# Prefixes that make a verb of a verb: "repaid", "outspent", "withheld", "undertook".
_VERB_PREFIXES = ("re", "out", "over", "under", "mis", "up", "with")


def _prefixed_past(low: str) -> bool:
    """An irregular past under a verb prefix. The past must have four letters or more, so
    that "output" (out + put) and "reset" (re + set) are not read as pasts of a verb."""
    return any(low.startswith(prefix) and len(low) - len(prefix) >= 4
               and low[len(prefix):] in _IRREGULAR_PAST for prefix in _VERB_PREFIXES)


# Modals take a verb's base form ("would cost", "can get"); pronouns that are subjects and
# the words that open an object ("leads the pack", "estimates the price tag"), less "that",
# which opens a clause as often.
_SUBJECTS = frozenset("he she it who which that".split())
_OBJECT_OPENERS = DETERMINERS - {"that"}


def _present(word: str, before: str | None, after: str | None) -> bool:
    """A verb in the present or base form, which only its place tells from a noun: after
    a modal ("could get 100 votes"), or an -s form between a subject (a name or a pronoun)
    and its object (a determiner, or the figure itself): "Romney leads the pack at 21
    percent", "he estimates the cost at"; "Trump supporters" is a noun phrase."""
    low = word.lower()
    if before is None or low in FUNCTION_WORDS or not word.isalpha() or not word.islower():
        return False
    if before.lower() in MODALS:
        return True
    subject = before.lower() in _SUBJECTS or (before[0].isupper() and before.isalpha()
                                              and before.lower() not in FUNCTION_WORDS)
    return subject and low.endswith("s") and not low.endswith(("ss", "us", "is")) \
        and len(low) > 3 and (after is None or after.lower() in _OBJECT_OPENERS)


def verb_before(text: str, lo: int, start: int) -> str | None:
    """Lemma of the nearest word before text[start] in text[lo:start] that reads as a verb,
    in any tense."""
    words = list(WORD.finditer(text, lo, start))
    for i in range(len(words) - 1, -1, -1):
        word = words[i].group()
        before = words[i - 1].group() if i else None
        after = words[i + 1].group() if i + 1 < len(words) else None
        if (is_verb(word, before) or _present(word, before, after)) and not (
                i + 1 < len(words) and content_word_after(text, words[i].end(), start)):
            return lemma(word)  # not "the revised offer": a participle before its noun
    return None


def verb_after(text: str, end: int, hi: int) -> str | None:
    """Lemma of the first verb after text[:end] in its clause, past the noun phrase and
    an auxiliary ("Six people ... were injured" → injure), within eight words."""
    words = list(WORD.finditer(text, end, hi))[:8]
    for i, match in enumerate(words):
        if is_verb(match.group(), words[i - 1].group() if i else None) and i:
            return lemma(match.group())
    return None


def content_word_after(text: str, pos: int, hi: int) -> bool:
    """Whether a word other than a function word follows text[:pos] after one space: a
    participle before it is an adjective ("60,000 related emails")."""
    match = WORD.match(text, pos + 1, hi) if text[pos : pos + 1] == " " else None
    return match is not None and match.group().lower() not in FUNCTION_WORDS



# "the $5.7 billion (that) he had sought": a figure after "the" with a subject and a past
# after it is the object of that past, not of the clause's verb.
_RELATIVE = re.compile(
    r"\s+(?:that\s+)?(?:he|she|they|we|it|(?:Mr\.|Ms\.|Mrs\.)?\s*[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)"
    r"\s+(?:(?:had|has|have|was|were|is|are)\s+(?:been\s+)?)?([a-z]+)(?![\w'’-])")


def relative_verb(text: str, start: int, end: int, hi: int) -> tuple[str, int] | None:
    """The verb of a relative clause that has the figure for object ("short of the $5.7
    billion he had sought", "the $5.7 billion that Mr. Trump had requested"): what the
    figure is, a sum sought, not what the sentence's main verb did. The verb's lemma and
    where it ends."""
    if not re.search(r"(?<![\w-])the\s+$", text[max(0, start - 5) : start], re.IGNORECASE):
        return None
    match = _RELATIVE.match(text, end, hi)
    if match is None:
        return None
    word = match.group(1)
    before = text[match.start(1) - 5 : match.start(1)].split()
    if not is_verb(word, before[-1] if before else None):
        return None
    return lemma(word), match.end(1)

