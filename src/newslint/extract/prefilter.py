"""Skipping sentences a pattern cannot match, with one cheap pass per article.

Most extraction patterns are anchored on a word from a small vocabulary (a role, a
participle, "-based", a kind of organisation). Running every such pattern over every
sentence costs far more than looking for those words in the whole body once: a sentence in
which none of them starts cannot hold a match, so only the other sentences are read in full.

`Keywords` holds, for one pattern, the literal words one of which every match must contain
(for an alternation of phrases, each phrase's first word is enough). The words are found
with `str.find`, which is much faster than a regex alternation: a case-insensitive set is
looked up in a lower-cased copy of the text, and when lower-casing could move offsets or
hide a match (a character whose lower-case form is longer, or "ſ", which matches "s" under
IGNORECASE) every sentence is kept. `AllOf` asks for every word of one phrase instead.

`windows` serves patterns tried at every word (dates, figures): each must contain an
anchor (a digit, a month name...) with a few words at most before it, so the pattern need
only be tried at the word starts of the windows the anchors open.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
import re
from collections.abc import Iterable, Iterator, Sequence

from newslint.facts.text import lowered
from newslint.load.article import Sentence

# Every byte but a-z becomes a space, so that split() cuts a text into its runs of a-z.
_RUN_BYTES = bytes(c if 0x61 <= c <= 0x7A else 0x20 for c in range(256))
_ASCII_LETTER = re.compile("[a-z]")


@functools.lru_cache(maxsize=4)
def _reversed_runs(low: str) -> list[bytes]:
    """The distinct maximal runs of a-z in `low`, each reversed, sorted. (Cutting the UTF-8
    bytes is much faster than a regex: a non-ASCII character is bytes 0x80 and over.)"""
    return sorted(set(low[::-1].encode().translate(_RUN_BYTES).split()))


@functools.lru_cache(maxsize=4)
def _inside_a_run(low: str, offsets: frozenset[int]) -> bool:
    """Whether a-z follows one of the offsets (True too for an offset past the end).
    Cached: the Keywords of one extractor all ask it with the same sentence ends."""
    if not offsets:
        return False
    try:  # itemgetter reads every character in one call
        return bool(_ASCII_LETTER.search("".join(operator.itemgetter(*offsets)(low + " "))))
    except IndexError:
        return True


def _ends_a_run(runs: list[bytes], reversed_word: bytes) -> bool:
    """Whether some run of `_reversed_runs` ends with the word (starts with it reversed)."""
    index = bisect.bisect_left(runs, reversed_word)
    return index < len(runs) and runs[index].startswith(reversed_word)


class Keywords:
    r"""`word_end`: the patterns never have a letter right after the word (they end it with
    a lookahead such as (?![\p{L}-]), or go on with a space), so "app" in "approval" is no
    hit. A search bounded at a sentence's end cannot see past it: a word that ends a
    sentence is a hit whatever follows, so `starts` then needs the sentence ends."""

    def __init__(self, words: Iterable[str], ignore_case: bool = False,
                 word_end: bool = False, keep_all: bool = False) -> None:
        words = {w.lower() if ignore_case else w for w in words}
        # No words (an empty alternation matches everywhere), or case-folding of other
        # scripts, which is not worth modelling: such a set filters nothing.
        self.usable = bool(words) and "" not in words and (
            not ignore_case or all(w.isascii() for w in words))
        if word_end or keep_all:
            self.words = tuple(sorted(words))
        else:
            # A word that contains another adds nothing: the shorter one is found inside it.
            self.words = tuple(sorted(w for w in words
                                      if not any(o != w and o in w for o in words)))
        self.ignore_case = ignore_case
        self.word_end = word_end
        # Words of a-z only, reversed (see `_candidates`); None for the others.
        self.reversed: tuple[bytes | None, ...] = tuple(
            w[::-1].encode() if w.isascii() and w.isalpha() and w.islower() else None
            for w in self.words)

    def starts(self, text: str, ends: frozenset[int] | set[int] = frozenset()
               ) -> list[int] | None:
        """Sorted offsets where a word starts; None when they cannot be trusted. With
        `word_end`, `ends` are the ends of the sentences that will be searched."""
        hits = self.occurrences(text, ends)
        return None if hits is None else sorted(index for index, _ in hits)

    def occurrences(self, text: str, ends: frozenset[int] | set[int] = frozenset()
                    ) -> list[tuple[int, str]] | None:
        """(offset, word) of every hit, unsorted; None when they cannot be trusted."""
        if not self.usable:
            return None
        original = None
        if self.ignore_case:
            low = lowered(text)
            if low is None:
                return None
            original, text = text, low
        return list(self._occurrences(text, original, ends))

    def _occurrences(self, text: str, original: str | None,
                     ends: frozenset[int] | set[int]) -> Iterator[tuple[int, str]]:
        find = text.find
        if self.word_end:
            original = text if original is None else original
            size = len(text)
            for word in self._candidates(text, original, ends):
                length = len(word)
                index = find(word)
                while index >= 0:
                    after = index + length
                    if after == size or not original[after].isalpha() or after in ends:
                        yield index, word
                    index = find(word, index + 1)
        else:
            for word in self.words:
                index = find(word)
                while index >= 0:
                    yield index, word
                    index = find(word, index + 1)

    def _candidates(self, text: str, original: str,
                    ends: frozenset[int] | set[int]) -> Iterable[str]:
        """The words (in order) that a `word_end` search may find: one pass over the text's
        runs of a-z instead of a pass per word.

        A hit of a word of a-z only is followed by the text's end, a sentence end or no
        letter. A character that lower-cases to a-z is a letter (true of every code point,
        checked by hand for Python 3.11), so unless a sentence ends inside a run of a-z,
        the hit ends a run of the lower-cased text: the reversed run starts with the
        reversed word."""
        low = text if self.ignore_case else lowered(original)
        if low is None or not any(self.reversed):
            return self.words
        if _inside_a_run(low, ends if isinstance(ends, frozenset) else frozenset(ends)):
            return self.words
        runs = _reversed_runs(low)
        return [word for word, backwards in zip(self.words, self.reversed, strict=True)
                if backwards is None or _ends_a_run(runs, backwards)]

    def sentences(self, text: str, sentences: Sequence[Sentence]) -> list[Sentence]:
        """The sentences (in order) in which a word starts."""
        starts = self.starts(text, {s.end for s in sentences} if self.word_end else frozenset())
        if starts is None:
            return list(sentences)
        return [s for s in sentences if has_start(starts, s.start, s.end)]


class AllOf:
    """Sentences holding every word of at least one group: a pattern that is an alternation
    of phrases (or needs one of them) needs all the words of one phrase in the sentence.
    Words are matched as by `Keywords`. Each group's longest word is looked up in the whole
    text; the other words only in the sentences where it is."""

    def __init__(self, groups: Iterable[Iterable[str]], ignore_case: bool = False,
                 word_end: bool = False) -> None:
        fold = str.lower if ignore_case else str
        self.groups = tuple(frozenset(fold(w) for w in group) for group in groups)
        usable = bool(self.groups) and all(self.groups)
        self.by_key: dict[str, list[frozenset[str]]] = {}
        for group in self.groups if usable else ():
            key = longest_words([" ".join(sorted(group))])[0]
            self.by_key.setdefault(key, []).append(group)
        # Every key is kept (no containment shortcut): a group needs each one by name.
        self.keys = Keywords(self.by_key, ignore_case, word_end, keep_all=True)
        self.ignore_case = ignore_case
        self.word_end = word_end

    def flags(self, text: str, sentences: Sequence[Sentence]) -> list[bool]:
        """For each sentence (in text order, not overlapping), whether it may match."""
        ordered = all(a.end <= b.start for a, b in itertools.pairwise(sentences))
        ends = frozenset([s.end for s in sentences])
        found = self.keys.occurrences(text, ends) if ordered else None
        if found is None:
            return [True] * len(sentences)
        search = lowered(text) if self.ignore_case else text
        assert search is not None  # occurrences() was None otherwise
        starts = [s.start for s in sentences]
        present: dict[int, set[str]] = {}  # sentence index → the keys in it
        for index, word in found:
            position = bisect.bisect_right(starts, index) - 1
            if position >= 0 and index < sentences[position].end:
                present.setdefault(position, set()).add(word)
        # Most sentences hold no key: only the others need their groups checked.
        flags = [False] * len(sentences)
        for position, keys in present.items():
            start, end = sentences[position].start, sentences[position].end
            flags[position] = any(
                all(self._has(text, search, w, start, end) for w in group)
                for key in keys for group in self.by_key[key])
        return flags

    def _has(self, text: str, search: str, word: str, start: int, end: int) -> bool:
        """Whether `word` starts in [start, end), as `Keywords` would find it."""
        index = search.find(word, start, end)
        while index >= 0:
            after = index + len(word)
            if not self.word_end or after == end or not text[after].isalpha():
                return True
            index = search.find(word, index + 1, end)
        return False


def has_start(starts: list[int] | None, start: int, end: int) -> bool:
    """Whether a word starts in [start, end); always true when `starts` is None."""
    if starts is None:
        return True
    index = bisect.bisect_left(starts, start)
    return index < len(starts) and starts[index] < end


def word_starts(words: Iterable[str], not_before: str) -> re.Pattern[str] | None:
    """A stdlib pattern for the lowered text (see `lowered`) that finds every offset where
    one of `words` starts, with none of `not_before` (the body of a character class) right
    before it and none of a-z right after. It is a lookahead, so that a word starting
    inside another is found too. None for a non-ASCII word: IGNORECASE could match it
    where the lowered text does not have it."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    if not ordered or not all(w.isascii() for w in ordered):
        return None
    return re.compile(rf"(?<![{not_before}])(?=(?:{'|'.join(map(re.escape, ordered))})(?![a-z]))")


def first_words(phrases: Iterable[str]) -> list[str]:
    """The first word of each phrase of an alternation ("chief executive" → "chief")."""
    return [p.split()[0] for p in phrases]


def longest_words(phrases: Iterable[str]) -> list[str]:
    """One word each phrase of an alternation needs, the longest (the rarest, as a rule):
    "is widely believed" → "believed"; on a tie the last one; "" (filter nothing) for an
    empty phrase."""
    return [max(reversed(p.split()), key=len, default="") for p in phrases]


def windows(text: str, start: int, anchors: Iterable[tuple[int, int]]) -> list[list[int]]:
    """Merged [from, to) ranges, in order: for each (anchor offset, n), from the start of the
    n-th word before the anchor's own word, to just after the anchor.

    Words here are runs of anything but a space, and whitespace between them counts as a
    separator however it is made up ("1", newline, blank line, "Jan": one word before "Jan",
    as for a \\s+ in the pattern).
    A pattern whose text before its anchor is at most n words with no space inside them
    (separated by whitespace or anything else) starts inside the window: another separator
    than a space only merges words, which makes the window reach further back."""
    by_count: dict[int, list[int]] = {}
    for anchor, words_before in anchors:
        by_count.setdefault(words_before, []).append(anchor)
    ranges: list[list[int]] = []
    for words_before, group in by_count.items():
        ranges += _windows_of(text, start, sorted(group), words_before)
    ranges.sort()
    found: list[list[int]] = []
    for low, high in ranges:
        if found and low <= found[-1][1]:
            found[-1][1] = max(found[-1][1], high)
        else:
            found.append([low, high])
    return found


def _windows_of(text: str, start: int, anchors: list[int], words_before: int
                ) -> list[list[int]]:
    """`windows` of sorted anchors that share their n: the later an anchor, the later its
    window starts, so the walk back stops as soon as it reaches the window before, which
    then takes it in (anchors come in clusters: "$1.5 billion", "from 3 to 4 percent")."""
    found: list[list[int]] = []
    high = -1  # end of the last window
    rfind = text.rfind
    for anchor in anchors:
        # rfind finds a space at `start` or later, or none (-1): `or start` is max(start, .)
        pos = rfind(" ", start, anchor) + 1 or start
        for _ in range(words_before):
            if pos <= high:
                break
            while pos > start and text[pos - 1].isspace():  # all of \s, and more
                pos -= 1
            pos = rfind(" ", start, pos) + 1 or start
        if pos <= high:
            high = found[-1][1] = max(high, anchor + 1)
        else:
            found.append([pos, anchor + 1])
            high = anchor + 1
    return found
