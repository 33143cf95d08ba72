"""Word shapes the event keyer reads a date's head by (facts/event_key.py): a noun made of a
verb, and a verb-like word that only modifies the noun after it."""

from __future__ import annotations

import functools
import re

from newslint.facts.determiners import DETERMINERS

# Suffixes that make a noun of a verb, as lemma() leaves them (a final e dropped:
# "appearanc", "departur"), with the fewest letters the verb must keep: "station" (st-ation)
# and "mission" (miss-ion) are no nouns of "stated" and "missed".
_NOMINAL = (("ation", 4), ("ment", 4), ("anc", 4), ("enc", 4), ("ur", 4), ("ion", 5),
            ("al", 5))


@functools.cache
def verb_forms(noun: str) -> tuple[str, ...]:
    """The lemmas of the verbs a noun's lemma may be derived from, by its suffix:
    "announcement" → "announc", "resignation" → "resign", "nomination" → "nominat",
    "election" → "elect", "approval" → "approv", "appearanc" → "appear"; () for none."""
    for suffix, least in _NOMINAL:
        base = noun[: -len(suffix)]
        if noun.endswith(suffix) and len(base) >= least:
            base = base.rstrip("e")
            return (base, base + "at") if suffix == "ation" else (base,)
    return ()


# Words after which a participle in -ed modifies the noun that follows it ("in adjusted
# gross income", "the revised offer", "of elected officials"): no verb follows them.
_BEFORE_MODIFIER = DETERMINERS | frozenset(
    "in on at of for from with by about into under over".split())
_NOMINALIZED = re.compile(r"(?:tion|sion|ment)s?$")


def modifier(words: list[re.Match[str]], i: int, function_words: frozenset[str]
             ) -> bool:
    """Whether the verb-like words[i] modifies the lower-case word right after it instead of
    heading its clause: a participle after an article or a preposition ("earned $139
    million in adjusted gross income"), or a word after "to" before a noun made of a verb
    ("the first major court challenge to marijuana legalization": "to" there is a
    preposition, not an infinitive's)."""
    if not i or i + 1 >= len(words):
        return False
    word, previous, following = words[i].group(), words[i - 1].group().lower(), words[i + 1]
    text = following.group()
    if following.start() != words[i].end() + 1 or not text.islower() \
            or text in function_words:
        return False
    if previous == "to":
        return _NOMINALIZED.search(text) is not None
    return previous in _BEFORE_MODIFIER and not word.endswith("ing")


# Participles that work as prepositions: "Following the vote on Friday, ..." tells no act of
# following. Grammar, as the function words are.
_PREPOSITIONAL = frozenset("following including according regarding concerning considering "
                           "excluding pending barring during".split())


def opening_participle(text: str, words: list[re.Match[str]], date_end: int,
                       clause_end: int) -> re.Match[str] | None:
    """The participle that opens a sentence (words[0]) and the phrase of its date, set off by
    a comma from the subject after it: "Posting on Facebook on Friday evening, Mary Cheney
    ... wrote" dates her posting. Capitalised, it is read as no verb otherwise; None when the
    first word is no such participle."""
    if len(words) < 2:
        return None
    word, following = words[0], words[1]
    low = word.group().lower()
    if not (word.group()[0].isupper() and word.group()[1:].islower()) \
            or not low.endswith("ing") or len(low) <= 5 or low in _PREPOSITIONAL:
        return None
    if not following.group().islower() or following.start() != word.end() + 1:
        return None  # "Sterling Heights", "Breaking News": names and headings
    return word if text.find(",", date_end, clause_end) >= 0 else None
