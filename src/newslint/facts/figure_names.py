"""The names a figure is said of: the capitalised words of its clause and sentence, less
titles, months, weekdays, function words and the noun it counts ("10 Democrats who
gathered" and "33 Senate Democrats voted" share no name: both count Democrats)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache

from newslint.facts.clause import FUNCTION_WORDS as BASE_FUNCTION_WORDS
from newslint.facts.clause import MONTHS_DAYS, TITLES, WORD

# Speech verbs are what is said of a figure, not its head.
FUNCTION_WORDS = BASE_FUNCTION_WORDS | {"said", "says", "say", "told"}
# Titles, and the function words that open a sentence capitalised ("The", "In").
_TITLES = TITLES | frozenset("director prime the a an in on at but and for of to as if".split())
NUMBER_WORDS = frozenset("""
one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety
hundred hundreds thousands millions dozens
""".split())


@lru_cache(maxsize=16)  # a sentence with several figures is read once
def names_in(text: str, lo: int, hi: int, sentence_start: int) -> tuple[str, ...]:
    """Capitalised words of text[lo:hi], less titles, months, weekdays and function words
    (an opening "The", "He", "Six"): the names a fact is said of."""
    found: set[str] = set()
    for match in WORD.finditer(text, lo, hi):
        word = match.group()
        if not word[0].isupper() and not any(c.isupper() for c in word[1:]):
            continue  # a name is capitalised, or written in mixed case ("iPhone", "eBay")
        low = word.lower().rstrip(".")
        if low in _TITLES or low in MONTHS_DAYS or low in FUNCTION_WORDS or len(low) < 2:
            continue
        if match.start() == sentence_start and (low in NUMBER_WORDS or low.endswith("ly")):
            continue  # "Six people", "Finally": capitalised only as the sentence opens
        found.add(low := low.removesuffix("'s").removesuffix("’s"))
        if _PLURAL.match(low) and _THE.search(text, max(lo, match.start() - 4), match.start()):
            found.add(low[:-1])  # "the Clintons" are Clintons: Mrs. Clinton's rate is theirs
    return tuple(sorted(found))


_PLURAL = re.compile(r"[a-z]{3,}[^su]s$")
_THE = re.compile(r"(?i)\bthe\s+$")


def names_besides(names: tuple[str, ...], noun: str | None,
                  lemma: Callable[[str], str]) -> tuple[str, ...]:
    """`names` less the noun the figure counts: what is counted is not a name it is said
    of, or any two counts of Democrats would share a name whatever they count."""
    return tuple(n for n in names if noun is None or lemma(n) != noun)


def names_agree(first: Iterable[str], second: Iterable[str]) -> bool:
    """Two sets of names can be said of one thing: either is empty, or they share one."""
    a, b = set(first), set(second)
    return not a or not b or bool(a & b)
