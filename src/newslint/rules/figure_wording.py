"""NL401's comparison of figures written in the same words (see figure_keyed): two articles
of one story that restate one sentence with another number ("the couple paid $43,885,310
in federal taxes", "the couple paid $63,885,310 in federal taxes"; "We have 50 of our
members in tough races", "We have 70 of our members in tough races") report one measure,
whatever their clause heads say.

Two mentions of one dimension are paired when the five words on each side of them share two
content words on the same side (or two and a half, a word on the other side counting a
half), not only names ("Trump" is in every sentence of a Trump story), and each is the
other's only best partner by those words. The pair is compared only when nothing tells the
two apart (modifiers, tense, the names of their clauses) and not both values are given, in
words about as close, by the other article: "50 people killed" here and "50 people were
killed and 53 wounded" there agree. Three shared words make a strong pair, two a fair
one (info). Counts of two different nouns ("about 300 e-mails", "roughly 900 pages") are
two measures, as everywhere in NL401. Articles of different dates are compared on still
measures, on counts of a noun within a few days, and on figures both quote: a quotation,
once said, does not move.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import accumulate

from newslint.facts import ArticleFacts, Quantity
from newslint.rules.figure_measure import PART, SURE, counts_of_two_nouns, one_measure
from newslint.rules.figure_pairs import comparison_key, gap

Entry = tuple[ArticleFacts, Quantity]

SHARED_WORDS = 2  # content words two frames share on the same side for a pair
LOOSE_WORDS = 2.5  # ... or shared counting a word on the other side as a half
STRONG_WORDS = 3  # ... for a strong one
# One digit changed in a restated sentence ("$200,000", "$500,000") is a gap up to these.
GAP_LIMIT = {2: 3.0, 3: 5.0}
# A word in the frames of more mentions than this in one article is no clue to one measure.
_BUCKET_LIMIT = 12
_NOT_COMPARED = ("vote",)


@dataclass(frozen=True, slots=True)
class WordedPair:
    first: Entry
    second: Entry
    gap: float
    strength: int  # 2 fair, 3 strong (figure_keyed.severity_of)


def comparable(q: Quantity) -> bool:
    if q.context != "text" or q.dimension is None or len(q.frame) < SHARED_WORDS:
        return False
    if q.dimension == "ordinal" and q.unit != "rank":
        return False  # "the 14th Amendment" names, "the second round" is another round
    if q.dimension in _NOT_COMPARED or (q.family and q.measure):
        return False  # votes and bound measures are compared by their own keys
    return not (q.dimension == "clock" and not q.unit)  # a clock time of any zone


def _shared(a: Quantity, b: Quantity) -> float:
    """How much wording two frames share: a word on the same side of both figures counts
    one, a word on either side of each ("repaid the campaign about $90,000", "repaid about
    $60,000 to his campaign") a half. Nothing when every shared word is a name."""
    words_a = {w[1:] for w in a.frame}
    words_b = {w[1:] for w in b.frame}
    shared = words_a & words_b
    names = set(a.sentence_names) | set(b.sentence_names)
    if not shared - names:
        return 0.0
    same = {w[1:] for w in set(a.frame) & set(b.frame)}
    return len(same) + 0.5 * len(shared - same)


def worded_pairs(entries: list[Entry], may_compare: Callable[[Entry, Entry], bool]
                 ) -> list[WordedPair]:
    """The pairs of mentions, in different articles of one story, written in the same
    words with values that cannot both be true. `may_compare(a, b)` says whether two
    entries' articles may be compared at all; it may read their dates, keys and whether
    they are quoted, nothing else.

    Articles that give the same mentions on the same day (copies, syndicated reports) are
    one version, and versions are paired, not articles: a mention's partners in a version
    of k articles are k partners, so a mention whose best partner has a copy has no only
    best partner, as when every article is paired."""
    by_path: dict[str, list[Quantity]] = {}
    articles: dict[str, list[Entry]] = {}
    for entry in entries:
        by_path.setdefault(entry[0].path, []).append(entry[1])
        articles.setdefault(entry[0].path, []).append(entry)
    groups: dict[tuple[object, ...], list[str]] = {}
    for path in sorted(articles):
        items = articles[path]
        quoted = _quoted(items[0][0], [q for _, q in items])
        groups.setdefault((items[0][0].date, *zip(map(comparison_key, by_path[path]), quoted,
                                                  strict=True)), []).append(path)
    versions = list(groups.values())
    weight = [len(paths) for paths in versions]
    mentions = [articles[paths[0]] for paths in versions]
    index: dict[tuple[str, str], list[tuple[int, int]]] = {}
    for v, items in enumerate(mentions):
        for i, (_, q) in enumerate(items):
            if comparable(q):
                for word in {w[1:] for w in q.frame}:
                    index.setdefault((q.dimension or "", word), []).append((v, i))
    candidates: set[tuple[tuple[int, int], tuple[int, int]]] = set()
    for key in sorted(index):
        bucket = index[key]
        per_version: dict[int, int] = {}
        for v, _ in bucket:
            per_version[v] = per_version.get(v, 0) + 1
        if sum(weight[v] for v in per_version) < 2 or max(per_version.values()) > _BUCKET_LIMIT:
            continue
        for n, a in enumerate(bucket):
            for b in bucket[n:]:
                if a[0] != b[0] or weight[a[0]] > 1:  # two articles of one version too
                    candidates.add((a, b))
    best = _best_partners(candidates, mentions, weight)
    found: dict[tuple[int, int], WordedPair | None] = {}
    for (u, i), partner in best.items():
        if partner is None or best.get(partner) != (u, i):
            continue
        v, j = partner
        # A version paired with itself has two articles: its mention i in the first.
        first, second = sorted((articles[versions[u][0]][i],
                                articles[versions[v][-1]][j]), key=_order)
        ids = (id(first[1]), id(second[1]))
        if ids not in found:
            found[ids] = _compare(first, second, by_path, may_compare)
    return sorted((p for p in found.values() if p is not None),
                  key=lambda p: (_order(p.first), _order(p.second)))


def _order(entry: Entry) -> tuple[str, int]:
    return entry[0].path, entry[1].span.start


Mention = tuple[int, int]  # (version, position of the mention in its articles)


def _best_partners(pairs: Iterable[tuple[Mention, Mention]], mentions: list[list[Entry]],
                   weight: list[int]) -> dict[Mention, Mention | None]:
    """Each mention's only best partner by shared words, words on the same side first
    (None on a tie, or when the best partner stands in more than one article)."""
    scores: dict[Mention, list[tuple[tuple[float, int], int, Mention]]] = {}
    for x, y in pairs:
        a, b = mentions[x[0]][x[1]][1], mentions[y[0]][y[1]][1]
        n = (_shared(a, b), len(set(a.frame) & set(b.frame)))
        # How many articles hold the partner, less the mention's own article.
        scores.setdefault(x, []).append((n, weight[y[0]] - (x[0] == y[0]), y))
        if x != y:
            scores.setdefault(y, []).append((n, weight[x[0]] - (x[0] == y[0]), x))
    best: dict[Mention, Mention | None] = {}
    for key, scored in scores.items():
        top = max(n for n, _, _ in scored)
        tied = [(k, m) for n, k, m in scored if n == top]
        alone = len(tied) == 1 and tied[0][0] == 1
        best[key] = tied[0][1] if alone and top[0] >= SHARED_WORDS else None
    return best


def _compare(first: Entry, second: Entry, by_path: dict[str, list[Quantity]],
             may_compare: Callable[[Entry, Entry], bool]) -> WordedPair | None:
    a, b = first[1], second[1]
    shared = _shared(a, b)
    if not _enough(a, b) or a.dimension != b.dimension:
        return None

    fit = one_measure(a, b)
    if fit < PART:
        return None  # "the initial 23" is not "the revised 24"; a figure of someone else
    if counts_of_two_nouns(a, b):
        return None  # "300 emails" and "900 pages" count two things, as in figure_counts
    if not may_compare(first, second):
        return None
    found = gap(a, b)
    strength = 3 if shared >= STRONG_WORDS and fit == SURE else 2
    if found is None or found > GAP_LIMIT[strength]:
        return None
    if _confirmed(a, second, by_path) and _confirmed(b, first, by_path):
        return None
    return WordedPair(first, second, found, strength)


def _enough(a: Quantity, b: Quantity) -> bool:
    """Two words on the same side of both ("We have 50 of our members in tough races"), or
    more once words on the other side count a half: "11 Pacific Rim nations" in a "trade
    deal" and "the 12-nation Pacific trade deal" share one word on its side, not a sentence."""
    shared = _shared(a, b)  # nothing when every shared word is a name
    return shared > 0 and (len(set(a.frame) & set(b.frame)) >= SHARED_WORDS
                           or shared >= LOOSE_WORDS)


def _confirmed(q: Quantity, other: Entry, by_path: dict[str, list[Quantity]]) -> bool:
    """Whether the other article gives this mention's value in words about as close."""
    need = min(_shared(q, other[1]), SHARED_WORDS)
    return any(x is not other[1] and x.dimension == q.dimension and gap(q, x) is None
               and _shared(q, x) >= need for x in by_path.get(other[0].path, ()))


def _quoted(article: ArticleFacts, mentions: list[Quantity]) -> list[bool]:
    """in_quotation of each mention, in one pass over the article's quotes sorted."""
    spans = sorted((quote.span.start, quote.span.end) for quote in article.quotes)
    starts = [start for start, _ in spans]
    reach = list(accumulate((end for _, end in spans), max))  # furthest end so far
    out = []
    for q in mentions:
        n = bisect.bisect_right(starts, q.span.start)
        out.append(bool(n) and reach[n - 1] >= q.span.end)
    return out


def in_quotation(article: ArticleFacts, q: Quantity) -> bool:
    return any(quote.span.start <= q.span.start and q.span.end <= quote.span.end
               for quote in article.quotes)
