"""NL401's comparison of one figure under two heads (see figure_keyed): two articles that
tell one thing in sentences that align, each with one figure of a dimension, give one
measure whatever the head words their clauses key it by ("... in exchange for $5.7
billion in funding for a wall along the southern border", "... in exchange for the $5.7
billion he has been seeking for a barrier along the nation's southern border": funding,
seeking).

Two mentions of one dimension (an amount in one currency, a count, a share, a duration, a
length) in different articles of one story are one measure, less surely than under one
head (info), when

- their sentences align: the names they share make up the names of one of them, and they
  share four content words besides the heads and the words of numbers, a third of the
  shorter sentence's (facts/alignment.py, as two weekdays of different heads are one act);
- neither sentence has another figure of that dimension (the words would tell of both);
- nothing tells them apart: their modifiers and tense agree, their clauses name no one
  different, they are not counts of two nouns ("300 emails", "900 pages"), and not both
  heads are nouns ("$10 billion for disaster relief", "$25 billion for border security"
  name two things; "in funding" and "he has been seeking" one sum);
- each is the only mention aligned with the other in the other's article, and not both
  values are given, for some figure of the dimension, by both articles.

Their values are then compared as any keyed pair's, up to a gap of three (a digit
changed), and articles of different days as the worded pairs are.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from newslint.facts import ArticleFacts, Quantity
from newslint.facts.alignment import words_align
from newslint.facts.clause import stem
from newslint.facts.frame import FRAME_SKIP
from newslint.rules.figure_measure import PART, counts_of_two_nouns, one_measure
from newslint.rules.figure_pairs import gap, head_word

Entry = tuple[ArticleFacts, Quantity]

GAP_LIMIT = 3.0  # one digit changed in a restated sentence ("$5.7", "$8.7 billion")
STRENGTH = 2  # a fair match: info (figure_found.severity_of)
# A name in more mentions than this in one article is no clue to one sentence.
_BUCKET_LIMIT = 12
_NOT_ALIGNED = ("vote", "ordinal", "clock")  # compared by their own keys, or by none
_NUMBER_STEMS = frozenset(stem(w) for w in FRAME_SKIP)


@dataclass(frozen=True, slots=True)
class AlignedPair:
    first: Entry
    second: Entry
    gap: float
    strength: int = STRENGTH


def alignable(q: Quantity) -> bool:
    if q.context != "text" or q.dimension is None or q.head is None or not q.sentence_words:
        return False
    if q.family and q.measure:
        return False  # a bound measure is compared by its subject
    return q.dimension.split(":")[0] not in _NOT_ALIGNED


def aligned_pairs(entries: list[Entry], may_compare: Callable[[Entry, Entry], bool]
                  ) -> list[AlignedPair]:
    """The pairs of mentions, in different articles of one story, in sentences that align
    as above, with values that cannot both be true. `may_compare(a, b)` says whether two
    entries' articles may be compared at all."""
    articles = {a.path: a for a, _ in entries}
    crowded = {path: Counter((q.sentence, q.dimension) for q in article.quantities)
               for path, article in articles.items()}
    index: dict[tuple[str, str], list[Entry]] = {}
    for entry in sorted(entries, key=_order):
        q = entry[1]
        if crowded[entry[0].path][q.sentence, q.dimension] == 1:
            for name in q.sentence_names:
                index.setdefault((q.dimension or "", name), []).append(entry)
    partners: dict[tuple[int, str], list[Entry]] = {}  # (mention, other article) → aligned
    linked: dict[int, list[Entry]] = {}

    def partners_of(x: Entry) -> list[Entry]:
        return linked.get(id(x[1]), [])

    seen: set[tuple[int, int]] = set()
    for key in sorted(index):
        bucket = index[key]
        if max(Counter(a.path for a, _ in bucket).values()) > _BUCKET_LIMIT:
            continue
        for n, x in enumerate(bucket):
            for y in bucket[n + 1:]:
                ids = (id(x[1]), id(y[1]))
                if x[0].path == y[0].path or ids in seen:
                    continue
                seen.add(ids)
                if _aligned(x[1], y[1]):
                    partners.setdefault((id(x[1]), y[0].path), []).append(y)
                    partners.setdefault((id(y[1]), x[0].path), []).append(x)
                    linked.setdefault(id(x[1]), []).append(y)
                    linked.setdefault(id(y[1]), []).append(x)
    out: list[AlignedPair] = []
    for x in sorted(entries, key=_order):
        for path in sorted({y[0].path for y in partners_of(x)}):
            found = partners[id(x[1]), path]
            if len(found) != 1 or _order(found[0]) < _order(x):
                continue  # each pair once, from its first mention
            y = found[0]
            back = partners.get((id(y[1]), x[0].path), [])
            if len(back) != 1 or back[0][1] is not x[1]:
                continue  # not each other's only aligned mention
            pair = _compare(x, y, may_compare)
            if pair is not None:
                out.append(pair)
    return out


def _order(entry: Entry) -> tuple[str, int]:
    return entry[0].path, entry[1].span.start


def _aligned(a: Quantity, b: Quantity) -> bool:
    if a.dimension != b.dimension or a.head == b.head or counts_of_two_nouns(a, b):
        return False  # one head is the keyed buckets' affair
    if _noun_head(a) and _noun_head(b):
        return False  # "$10 billion for disaster relief", "$25 billion for border security"
    if one_measure(a, b) < PART:
        return False  # "the initial 23" is not "the revised 24"; a figure of someone else
    mine, theirs = set(a.sentence_names), set(b.sentence_names)
    shared = mine & theirs
    if not shared or shared not in (mine, theirs):
        return False
    heads = {stem(w) for q in (a, b) for w in (head_word(q), q.verb, q.noun) if w}
    return words_align(a.sentence_words, b.sentence_words, heads | _NUMBER_STEMS)


def _noun_head(q: Quantity) -> bool:
    """A head that names what the figure is of or for, not what was done with it: two such
    heads that differ name two things, however alike the sentences."""
    return bool(q.head and q.head.startswith("n:"))


def _compare(x: Entry, y: Entry, may_compare: Callable[[Entry, Entry], bool]
             ) -> AlignedPair | None:
    found = gap(x[1], y[1])
    if found is None or found > GAP_LIMIT or not may_compare(x, y):
        return None
    if _given(x[1], y[0]) and _given(y[1], x[0]):
        return None  # each article gives the other's value too: two measures
    return AlignedPair(x, y, found)


def _given(q: Quantity, article: ArticleFacts) -> bool:
    """Whether the article gives q's value for any figure of its dimension."""
    return any(o.dimension == q.dimension and gap(q, o) is None for o in article.quantities)
