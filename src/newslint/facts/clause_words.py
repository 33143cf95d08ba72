"""The words of a date's clause, read once per sentence (facts/event_key.py).

Every date of a sentence is keyed by the words of its clause. A sentence of news copy has a
few dozen words, but text with no full stops (a 5 MB paragraph) is one sentence: each of its
dates would tokenize the thousands of characters within reach of it again, and walk every
one of those words for names, series words and its verb chain. The sentence is tokenized
once (the last sentence is kept: dates are keyed in order) and each clause is a slice of
it, found by bisection; the capitalised words and the series words are indexed, so only
they are visited. The slice is exactly what `WORD.finditer(text, lo, hi)` gives, or None
when an edge of the clause cuts a word of the sentence (the caller then tokenizes it).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from newslint.facts.clause import WORD


@dataclass(frozen=True, slots=True)
class Words:
    """Words of text in order, with their starts and ends, and the positions (indices into
    `words`) of the capitalised ones and of those whose lower case is in a word set."""

    words: list[re.Match[str]]
    starts: list[int]
    ends: list[int]
    caps: list[int]
    marked: list[int]
    # per index, what the caller read of a word and the one after it (its name, or None),
    # kept for the sentence's other dates
    read: dict[int, object] = field(default_factory=dict)

    def count_before(self, pos: int, lo: int = 0, hi: int | None = None) -> int:
        """The index of the first word, from lo, that does not end at or before pos."""
        return bisect_right(self.ends, pos, lo, len(self.words) if hi is None else hi)

    def first_from(self, pos: int, lo: int = 0, hi: int | None = None) -> int:
        """The index of the first word, from lo, that starts at or after pos."""
        return bisect_left(self.starts, pos, lo, len(self.words) if hi is None else hi)

    def caps_in(self, lo: int, hi: int) -> list[int]:
        return self.caps[bisect_left(self.caps, lo):bisect_left(self.caps, hi)]

    def marked_in(self, lo: int, hi: int) -> list[int]:
        return self.marked[bisect_left(self.marked, lo):bisect_left(self.marked, hi)]


def read_words(words: list[re.Match[str]], mark: frozenset[str]) -> Words:
    groups = [w.group() for w in words]
    return Words(words, [w.start() for w in words], [w.end() for w in words],
                 [i for i, g in enumerate(groups) if g[0].isupper()],
                 [i for i, g in enumerate(groups) if g.lower() in mark])


_last: dict[str, tuple[object, ...]] = {}


def sentence_words(text: str, lo: int, hi: int, mark: frozenset[str]) -> Words:
    """The words of the sentence text[lo:hi]; the last sentence asked for is kept."""
    kept = _last.get("sentence")
    if kept is not None and kept[0] is text and kept[1:4] == (lo, hi, mark):
        return kept[4]  # type: ignore[return-value]
    found = read_words(list(WORD.finditer(text, lo, hi)), mark)
    _last["sentence"] = (text, lo, hi, mark, found)
    return found


def span_of(sentence: Words, lo: int, hi: int) -> tuple[int, int] | None:
    """The index range of the sentence's words that `WORD.finditer(text, lo, hi)` gives,
    or None when lo or hi falls inside a word (a part of it would be a word of its own)."""
    first = sentence.count_before(lo)
    last = sentence.first_from(hi, first)
    if first < len(sentence.words) and sentence.starts[first] < lo:
        return None  # a word runs across lo
    if last > first and sentence.ends[last - 1] > hi:
        return None  # a word runs across hi
    return first, last
