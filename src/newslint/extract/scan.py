"""One scan per article: every trigger word of every extractor, found in one pass.

Most extraction patterns are anchored on a word from a small vocabulary (a role, a
participle, "-based", a hedge, a vote word, a month). Trying each pattern everywhere costs
far more than finding those words once: an extractor declares its trigger words as `Words`
(made from the same word lists its patterns are built from), and `scan(text)` finds every
occurrence of every declared word in the lower-cased text with one Aho-Corasick automaton.
Each extractor then reads the offsets of its own words from the scan and tries its patterns
only near them.

Offsets are the text's own: the lower-cased copy keeps them (see facts.text.lowered). When
lower-casing would move them, the scan cannot tell where any word is: `starts` is None,
and each extractor reads everything (never less than its patterns would find).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field

import ahocorasick

from newslint.facts.text import lowered
from newslint.load.article import Sentence

# Builders that make an extractor's `Words` (most are built from rule data on first use):
# all of them run before the automaton is built, so that one pass finds every word.
_BUILDERS: list[Callable[[], object]] = []
_REGISTRY: list[Words] = []


def triggers(builder: Callable[[], object]) -> Callable[[], object]:
    """Register a function that declares `Words` (a functools.cache'd builder)."""
    _BUILDERS.append(builder)
    return builder


class Words:
    """Trigger words one pattern needs, at least one of which every match contains.

    `ignore_case`: the words are lower-case and found in any case (the pattern is
    IGNORECASE); otherwise found as written. `word_end`: no letter follows a hit (or a
    sentence ends right after it). `not_before` / `not_after`: a character class (of the
    lower-cased text) that must not stand right before / after a hit. A class that holds
    a-z is also a key of the automaton: " the " finds "the" as a word in one step, where
    "the" would stop at every "there" and "other" to be checked one by one.
    """

    def __init__(self, words: Iterable[str], *, ignore_case: bool = False,
                 word_end: bool = False, not_before: str = "", not_after: str = "") -> None:
        fold = str.lower if ignore_case else str
        self.words = tuple(sorted({fold(w) for w in words}))
        # No words (an empty alternation matches everywhere), or case-folding of other
        # scripts, which is not worth modelling: such a set tells nothing.
        self.usable = bool(self.words) and "" not in self.words and (
            not ignore_case or all(w.isascii() for w in self.words))
        self.ignore_case = ignore_case
        self.word_end = word_end
        self.not_before = re.compile(f"[{not_before}]") if not_before else None
        self.not_after = re.compile(f"[{not_after}]") if not_after else None
        self.left = int("a-z" in not_before)
        # As the scan sees the text: a-z, and a space for anything else.
        self.keys = {w: " " * self.left + _spaced(w.lower()) + " " * ("a-z" in not_after)
                     for w in self.words}
        self.usable = self.usable and all(key.strip() for key in self.keys.values())
        # key → (rank, word) of the words it stands for: a text holds few of the keys, so
        # occurrences() visits those it holds, in the order of `words`.
        self.by_key: dict[str, list[tuple[int, str]]] = {}
        for rank, (word, key) in enumerate(self.keys.items()):
            self.by_key.setdefault(key, []).append((rank, word))
        self.index = len(_REGISTRY)
        _REGISTRY.append(self)

    def starts(self, found: Scan, ends: Collection[int] = ()) -> list[int] | None:
        """Sorted offsets where one of the words starts; None when the scan cannot tell.
        With `word_end`, `ends` are the ends of the sentences that will be searched."""
        key = (self.index, frozenset(ends) if ends else None)
        if key not in found.memo:  # extractors ask again per sentence or per figure
            hits = self.occurrences(found, ends)
            found.memo[key] = None if hits is None else sorted({at for at, _ in hits})
        return found.memo[key]

    def occurrences(self, found: Scan, ends: Collection[int] = ()
                    ) -> list[tuple[int, str]] | None:
        """(offset, word) of every hit, unsorted; None when the scan cannot tell."""
        text, low = found.text, found.low
        if not self.usable or self.index >= found.covered or low is None:
            return None
        size = len(text)
        out: list[tuple[int, str]] = []
        by_key, all_hits = self.by_key, found.hits
        present = sorted(ranked for key in all_hits.keys() & by_key.keys()
                         for ranked in by_key[key])
        for _, word in present:
            hits = all_hits[self.keys[word]]
            length = len(word)
            for at in hits:
                at += self.left
                if not (low if self.ignore_case else text).startswith(word, at):
                    continue
                after = at + length
                if self.word_end and after < size and text[after].isalpha() \
                        and after not in ends:
                    continue
                if self.not_before and at and self.not_before.match(low, at - 1):
                    continue
                if self.not_after and after < size and self.not_after.match(low, after):
                    continue
                out.append((at, word))
        return out

    def sentences(self, found: Scan, sentences: Sequence[Sentence]) -> list[Sentence]:
        """The sentences (in order) in which a word starts."""
        starts = self.starts(found, {s.end for s in sentences} if self.word_end else ())
        if starts is None:
            return list(sentences)
        return [s for s in sentences if has_start(starts, s.start, s.end)]


class AllOf:
    """Sentences holding every word of at least one group: a pattern that is an alternation
    of phrases needs all the words of one phrase. Each group's longest word is a trigger
    word of the scan; the others are looked for only in the sentences that have it."""

    def __init__(self, groups: Iterable[Iterable[str]], ignore_case: bool = False,
                 word_end: bool = False) -> None:
        fold = str.lower if ignore_case else str
        self.groups = tuple(frozenset(fold(w) for w in group) for group in groups)
        usable = bool(self.groups) and all(self.groups)
        self.by_key: dict[str, list[frozenset[str]]] = {}
        for group in self.groups if usable else ():
            key = longest_words([" ".join(sorted(group))])[0]
            self.by_key.setdefault(key, []).append(group)
        self.keys = Words(self.by_key, ignore_case=ignore_case, word_end=word_end)
        self.ignore_case = ignore_case
        self.word_end = word_end

    def flags(self, found: Scan, sentences: Sequence[Sentence]) -> list[bool]:
        """For each sentence (in text order, not overlapping), whether it may match."""
        ordered = all(a.end <= b.start for a, b in itertools.pairwise(sentences))
        ends = frozenset([s.end for s in sentences])
        hits = self.keys.occurrences(found, ends) if self.by_key and ordered else None
        if hits is None:
            return [True] * len(sentences)
        text = found.text
        search = found.low if self.ignore_case else text
        assert search is not None  # occurrences() was None otherwise
        sentence_starts = [s.start for s in sentences]
        present: dict[int, set[str]] = {}  # sentence index → the keys in it
        for at, word in hits:
            position = bisect.bisect_right(sentence_starts, at) - 1
            if position >= 0 and at < sentences[position].end:
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
        """Whether `word` starts in [start, end), as `Words` would find it."""
        index = search.find(word, start, end)
        while index >= 0:
            after = index + len(word)
            if not self.word_end or after == end or not text[after].isalpha():
                return True
            index = search.find(word, index + 1, end)
        return False


@dataclass(slots=True)
class Scan:
    text: str
    low: str | None  # lowered(text); None when lower-casing would move offsets (no hits)
    hits: dict[str, list[int]]  # automaton key → where it starts (its space before: -1)
    covered: int  # how many `Words` the automaton knew: later ones cannot be answered
    memo: dict[tuple[int, frozenset[int] | None], list[int] | None] = field(
        default_factory=dict)


_automaton: ahocorasick.Automaton | None = None
_built_for = -1


def scan(text: str) -> Scan:
    """Every occurrence of every trigger word in `text`, in one pass."""
    global _automaton, _built_for
    if _built_for < 0:
        for builder in _BUILDERS:
            builder()
    if _built_for != len(_REGISTRY):
        _automaton = _build(_REGISTRY)
        _built_for = len(_REGISTRY)
    low = lowered(text)
    hits: dict[str, list[int]] = {}
    assert _automaton is not None
    if low is not None and len(_automaton):
        # A space either side: the text's ends are word boundaries.
        for end, key in _automaton.iter(f" {_spaced(low)} "):
            found = hits.get(key)
            if found is None:
                hits[key] = [end - len(key)]
            else:
                found.append(end - len(key))
    return Scan(text, low, hits, _built_for)


_A_TO_Z = bytes(c if 0x61 <= c <= 0x7A else 0x20 for c in range(256))


def _spaced(text: str) -> str:
    """`text` with every character but a-z a space (one byte per character: same offsets)."""
    return text.encode("latin-1", "replace").translate(_A_TO_Z).decode("latin-1")


def _build(registry: Sequence[Words]) -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton(ahocorasick.STORE_ANY, ahocorasick.KEY_STRING)
    for words in registry:
        for key in words.keys.values() if words.usable else ():
            automaton.add_word(key, key)
    if len(automaton):
        automaton.make_automaton()
    return automaton


def has_start(starts: list[int] | None, start: int, end: int) -> bool:
    """Whether a word starts in [start, end); always true when `starts` is None."""
    if starts is None:
        return True
    index = bisect.bisect_left(starts, start)
    return index < len(starts) and starts[index] < end


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
    return merged(ranges)


def merged(ranges: Iterable[Sequence[int]]) -> list[list[int]]:
    """[from, to) ranges, sorted, with those that touch or overlap made one."""
    found: list[list[int]] = []
    for low, high in sorted(ranges):
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
