"""The figure lexicon of rules/numbers.yaml: the lemma that groups a word with its synonyms
("freed" and "released"), and the canonical modifiers that make two measures different
("the initial offer" is not "the revised offer"). Read by facts/context.py and the figure
rules; lemmas are only ever compared with other lemmas.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from newslint.facts.clause import stem
from newslint.facts.determiners import DETERMINERS
from newslint.ruledata import builtin


def lemma(word: str) -> str:
    """A crude lemma, the same for the forms news copy uses: engines → engine, freed → free,
    released → release, talks → talk. Only ever compared with another lemma()."""
    w = word.lower().strip("'’.-")
    synonyms = _lexicon().synonyms
    return synonyms.get(w) or (stem := _stem(w), synonyms.get(stem, stem))[1]


_stem = stem  # the shared lemmatiser (facts/clause.py)


@dataclass(frozen=True, slots=True)
class _Lexicon:
    synonyms: dict[str, str]  # word or lemma → the group's canonical lemma
    modifiers: dict[str, str]  # phrase (lower case) → canonical modifier
    pattern: re.Pattern[str] | None  # any modifier phrase, as a whole word


@cache
def _lexicon() -> _Lexicon:
    data = builtin("numbers.yaml") or {}
    synonyms: dict[str, str] = {}
    for group in data.get("synonyms") or []:
        words = [str(w).lower() for w in group]
        for w in words:
            synonyms[w] = synonyms[_stem(w)] = _stem(words[0])
    modifiers: dict[str, str] = {}
    for canonical, phrases in (data.get("modifiers") or {}).items():
        for phrase in [canonical, *(phrases or [])]:
            modifiers[str(phrase).lower()] = str(canonical)
    phrases = sorted(modifiers, key=len, reverse=True)
    pattern = re.compile(r"(?<![a-z])(?:" + "|".join(map(re.escape, phrases)) + r")(?![a-z])") \
        if phrases else None
    return _Lexicon(synonyms, modifiers, pattern)


def modifiers_in(text: str, lo: int, hi: int, figure_at: bool = False,
                 share: bool = False) -> tuple[str, ...]:
    """Canonical modifiers (rules/numbers.yaml `modifiers`) in text[lo:hi]; `figure_at`
    when a figure starts at hi, `share` when a share (a percentage) ends at lo."""
    lex = _lexicon()
    if lex.pattern is None:
        return ()
    low = text[lo:hi].lower()
    # A comparative is no modifier: "more than the $5.7 billion" is that sum, not another.
    # A verb whose object is the figure is the act that gave it, not a revision of it:
    # "He raised just over $200,000". After a determiner the word is an adjective: "the
    # raised $82 offer", "the needed 60 votes" are another offer, a threshold.
    return tuple(sorted({lex.modifiers[m.group()] for m in lex.pattern.finditer(low)
                         if not _THAN.match(low, m.end()) and not (
                             figure_at and m.group().endswith("ed")
                             and _OBJECT_NEXT.fullmatch(low, m.end())
                             and not _DETERMINED.search(text, max(0, lo + m.start() - 24),
                                                        lo + m.start()))
                         and not (share and _DISTRIBUTED.fullmatch(low, 0, m.end()))}))


_THAN = re.compile(r"\s+than\b")
# "each" or "apiece" right after a share gives it to each of the clause's subjects ("Trump
# and Huckabee at 17 percent each"): each one's share, not a rate per unit. A share is a
# rate already; "a year" after it still names its period.
_DISTRIBUTED = re.compile(r"\s*(?:each|apiece)")
# What may stand between a verb and the figure it takes as object: an adverb at most.
_OBJECT_NEXT = re.compile(r"\s+(?:(?:just|only|\w+ly)\s+)?")
_DETERMINED = re.compile(r"(?i)(?:\b(?:" + "|".join(sorted(DETERMINERS)) + r")|['’]s)\s+$")
