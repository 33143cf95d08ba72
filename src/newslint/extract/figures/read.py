"""Reading figures in text: value, unit, qualifier and the interval the wording allows.

`read_figures(text, start, end)` is a pure function over a string; it knows nothing of
articles, subjects or rules. Intervals are closed; an open end ("less than 6", "hundreds of
millions") is closed at the next float inward, so "$1 trillion" and "hundreds of billions"
do not touch.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Iterator

import regex

from newslint.extract.figures.grammar import (
    CURRENCY_CODES,
    NUMBER_WORD,
    ONES,
    OTHER_DIGIT,
    SCALES,
    Figure,
    Grammar,
    grammar,
)
from newslint.extract.figures.parse import parse_figure, read_vague
from newslint.extract.figures.units import UNIT_TOKENS
from newslint.extract.scan import Scan, scan, windows


def read_figures(text: str, start: int = 0, end: int | None = None,
                 words: Scan | None = None) -> list[Figure]:
    """Every figure in text[start:end], in order, non-overlapping. Never raises. `words`:
    the scan of `text`, when the caller has made it."""
    end = len(text) if end is None else end
    g = grammar()
    words = words or scan(text)
    found: list[Figure] = []
    taken: list[tuple[int, int]] = []
    if g.vague_words.starts(words) != []:
        for match in g.vague.finditer(text, start, end):
            figure = read_vague(match, g)
            if figure is not None:
                found.append(figure)
                taken.append((figure.start, figure.end))
    search = _figure_search(words, start, end, g)
    pos = start
    while pos < end:
        match = search(pos)
        if match is None:
            break
        pos = max(match.end(), pos + 1)
        if taken and any(s < match.end() and match.start() < e for s, e in taken):
            continue
        try:
            figure = parse_figure(text, match, g)
        except (ValueError, OverflowError, ArithmeticError):
            figure = None
        if figure is not None:
            found.append(figure)
            pos = max(figure.end, match.start() + 1)
        elif match["n2"] is not None:
            pos = match.start("n2")  # not a range: read the second number on its own
    found.sort(key=lambda f: f.start)
    return found


# Before its number, a figure has at most a qualifier (three words), "between" and a
# currency prefix (one word more: "u.s. $5"), each apart by whitespace.
_WORDS_BEFORE_NUMBER = 5


def _figure_search(words: Scan, start: int, end: int,
                   g: Grammar) -> Callable[[int], regex.Match[str] | None]:
    """`pos` → g.figure.search(text, pos, end), trying only the word starts shortly before a
    number: the pattern costs most where no figure can start."""
    text, low, figure = words.text, words.low, g.figure

    def search_all(pos: int) -> regex.Match[str] | None:
        return figure.search(text, pos, end)

    number_words = g.number_words.starts(words)
    if low is None or number_words is None or OTHER_DIGIT.search(text, start, end):
        return search_all
    numbers = _digit_runs(text, start, end) + _number_words(low, number_words, start, end,
                                                            False)
    ranges = windows(text, start, ((n, _WORDS_BEFORE_NUMBER) for n in numbers))
    range_ends = [r[1] for r in ranges]

    def search(pos: int) -> regex.Match[str] | None:
        for index in range(bisect.bisect_right(range_ends, pos), len(ranges)):
            window_start, window_end = ranges[index]
            # Bounded at `end`, not at the window's end: a start's word may run past it.
            for at in _candidates(g, low, max(window_start, pos), end):
                if at >= window_end:
                    break
                match = figure.match(text, at, end)
                if match:
                    return match
        return None

    return search


def _candidates(g: Grammar, low: str, start: int, end: int) -> Iterator[int]:
    """The places in low[start:end] where `figure` may start, in order (see _figure_starts)."""
    if start == 0 and g.starts_at_0.match(low, 0, end):
        yield 0
    for before in g.starts.finditer(low, max(0, start - 1), end):
        yield before.end()


def _digit_runs(text: str, start: int, end: int) -> list[int]:
    """Starts of the runs of ASCII digits in text[start:end], unordered: a str.find per
    digit is several times faster than scanning for [0-9]+.

    A run of digits anchors at its first digit: no figure starts after a digit, so the
    later digits of the run would only widen the window by places no figure can start."""
    found: list[int] = []
    find = text.find
    for digit in "0123456789":
        at = find(digit, start, end)
        while at >= 0:
            if at == start or not "0" <= text[at - 1] <= "9":
                found.append(at)
            at = find(digit, at + 1, end)
    return found


def _number_words(low: str, hits: list[int], start: int, end: int, lone: bool = True
                  ) -> list[int]:
    """Starts of `NUMBER_WORD.finditer(low, start, end)`: its matches are looked for only
    where the scan found a number word (`hits`, sorted), each after the end of the one
    before. Without `lone`, less the number words that start no figure (see
    _lone_number_word)."""
    found: list[int] = []
    resume = start
    first, last = bisect.bisect_left(hits, start), bisect.bisect_left(hits, end)
    for at in itertools.chain([start], itertools.islice(hits, first, last)):
        if at >= resume and (match := NUMBER_WORD.match(low, at, end)) is not None:
            resume = match.end()
            if lone or not _lone_number_word(low, at, resume, start, end):
                found.append(at)
    return found


# The first ASCII-letter run of every word that may go on a figure after its number word:
# a scale, "hundred", a range's "to"/"and", "plus", a unit, a currency word, the ones after
# a tens ("twenty one"), or the rest of a qualifier that starts with one ("a maximum of").
_GOES_ON = frozenset({
    "hundred", *SCALES, "to", "and", "plus", "per", "percent", "pct", "p", "percentage",
    "ppt", "ppts", "basis", "bp", "bps", "times", "fold", "u", "us", "dollars", "euros",
    "pounds", "yen", "yuan", "renminbi", "rupees", "francs", *ONES, "maximum", "minimum",
    "estimated",
    *(run[0] for token in UNIT_TOKENS if (run := re.match("[a-z]+", token.lower()))),
})
# Spaces, then a whole word of ASCII letters (no letter or digit of any script after it).
_NEXT_WORD = re.compile(r" +([a-z]+)(?![a-z0-9]|[^\x00-\x7f])")


def _lone_number_word(low: str, at: int, after: int, start: int, end: int) -> bool:
    """Whether the number word low[at:after] starts no figure: no figure goes on from it
    ("two people", "a year", not "two million") and no currency comes before it ("usd
    two"). A match read from it, or from a qualifier or "between" before it ("more than
    two"), ends at it and is no figure, and all such matches resume the search at the same
    place; so its window (about 25 an article) need not be tried: any other figure that
    starts in it has a number of its own, whose window holds its start."""
    match = _NEXT_WORD.match(low, after, end)
    return match is not None and match[1] not in _GOES_ON and not _may_be_money(low, at, start)


def _may_be_money(low: str, at: int, start: int) -> bool:
    """Whether a currency may come right before low[at]: all but a single space or newline
    after a word that does not end in a currency code counts as may ("$two", "usd two")."""
    if at == start:
        return False  # nothing before it is read
    if low[at - 1] not in " \n":
        return True
    if at - 1 == start:
        return False
    word_start = max(low.rfind(" ", start, at - 1), low.rfind("\n", start, at - 1)) + 1
    word = low[word_start : at - 1]
    # Any whitespace (of those \s matches) may join the word before to it.
    return not word or word[-1].isspace() or word.endswith(CURRENCY_CODES)
