"""Whether a speech verb's form is used as a verb, and how its clause goes on: a participle
takes its clause's subject, "as he has alleged before" is an aside, "told" names whom the
subject told. Shared by the attribution forms (extract/quotes/attribution.py, reported.py,
continued.py) and NL304."""

from __future__ import annotations

import functools

import regex

# ", saying", "-- saying": a participle after these takes its clause's subject.
CLAUSE_BREAK = (",", "--", "—", "–")
# A speech verb's form right after these is a noun ("his notes", "the claims").
_NOUN_BEFORE = regex.compile(
    r"(?<![\p{L}'’])(?:a|an|the|its|his|her|their|our|my|your|these|those)\s+$", regex.I)


def is_participle(verb: str) -> bool:
    return verb.split()[0].lower().endswith("ing")  # "saying", "referring to"


def is_verb_use(text: str, start: int, word: str) -> bool:
    """A speech verb's form at `start` used as a verb: not after a determiner ("the
    notes"), and not capitalised straight after another word, as in a name ("United
    States")."""
    before = text[max(0, start - 8):start]
    if _NOUN_BEFORE.search(before):
        return False
    return not (word[:1].isupper() and regex.search(r"\p{L}\s+$", before))


# "calling the senator a liar, as he has alleged before, and threatening to": an aside on
# the clause before it, which the sentence leaves with a coordinator; not what introduces
# the quote (", as Axelrod said, Biden showed "passion"" does)
_AS_CLAUSE = regex.compile(r"(?:^|,)\s*as\s+[\p{L}.’']+(?:\s+[\p{L}.’']+)?(?:\s+(?:has|have|had|"
                           r"did|does|do|is|was))?\s+$")
_GOES_ON = regex.compile(r",\s*(?:and|but|or)\s")


def in_aside(left: str, verb: regex.Match[str]) -> bool:
    """The verb ends an "as" clause that the sentence leaves before the quote."""
    return (_AS_CLAUSE.search(left, 0, verb.start()) is not None
            and _GOES_ON.search(left.rstrip(), verb.end()) is not None)


_TELL = frozenset(("told", "tell", "tells", "telling"))


def addressee(left: str, verb: regex.Match[str]) -> bool:
    """The quote stands right after "told", with no comma or colon: the quoted words are
    whom the subject told ("Mr. Stone told "senior Trump campaign officials" about"), a
    source's words, not what the subject said."""
    return verb[0].lower() in _TELL and not left[verb.end():].strip()


def speech_verbs(pattern: regex.Pattern[str], text: str) -> list[regex.Match[str]]:
    """The matches of a speech verb pattern in `text` that are verbs."""
    return list(_speech_verbs(pattern, text))


@functools.lru_cache(maxsize=256)
def _speech_verbs(pattern: regex.Pattern[str], text: str) -> tuple[regex.Match[str], ...]:
    # A quote's clause is read for its verbs by several forms in turn (before the quote,
    # reported speech, a possessive source): the large alternation runs once per text.
    return tuple(m for m in pattern.finditer(text) if is_verb_use(text, m.start(), m[0]))
