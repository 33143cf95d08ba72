"""The links between articles as a distributed step: the links StoryGraph.build finds
(story_links.py), link for link and bit for bit, computed as map → shuffle → reduce so that
no task holds more than a slice of the archive's postings.

1. Plan (where the run started, which holds every signature already): how many articles
   use each term, so each term's rarity band and weight, and each article's norm. The
   postings of the terms that can link (weighed, used twice or more) are the shuffle:
   each term goes to the shard its hash names, with the day of every article using it.
2. Shard tasks: for each term of the shard, every pair of its articles published within
   the window (or undated), counted under the term's band; a shard's counts are split in
   turn by the hash of the pair into buckets.
3. Bucket tasks: the counts of a bucket from every shard summed by pair; a pair sharing
   `min_shared` terms or more is weighed (the weight of a term depends only on its band,
   so the shared weight is a sum over at most a score of bands, exact with math.fsum in
   any order) and kept when its similarity reaches `min_similarity`.

A shard holds the postings of its terms only, and no term that weighs is used by more
than `Rules.limit` articles (a share of the archive, never more than `max_limit`): that
bounds the largest key of the shuffle, and the pairs one key yields. Stories are then the connected
groups of the links (stories.stories_of), where the run started: the links, not the
articles' terms, are what travels back.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from hashlib import blake2b
from itertools import chain
from math import fsum, log, sqrt
from typing import TYPE_CHECKING

from newslint.index.story_links import Rules, StoryGraph, _band, digest

if TYPE_CHECKING:
    from newslint.index.stories import Signature

Pair = tuple[str, str]
Posting = tuple[int | None, str]  # (publication day, article id)
# (first id, second id, band of a term they share) → how many such terms
Counts = Counter[tuple[str, str, int]]


@dataclass(slots=True)
class Plan:
    """What every task needs besides its own slice: weights by band, the articles' norms."""

    frequency: Counter[str]
    weights: dict[int, float]  # band → weight
    norms: dict[str, float]
    shards: list[dict[str, tuple[int, list[Posting]]]]  # term → (band, postings by day)
    rules: Rules


def stable_hash(text: str, buckets: int) -> int:
    """The same bucket on every machine and run (Python's hash() is salted per process)."""
    return int.from_bytes(blake2b(text.encode(), digest_size=8).digest(), "big") % buckets


def plan(signatures: Mapping[str, Signature], rules: Rules, shards: int) -> Plan:
    terms = {i: s.terms for i, s in signatures.items()}
    frequency = Counter(chain.from_iterable(terms.values()))
    count = len(signatures)
    limit = rules.limit(count)
    bands = {t: _band(n, limit) for t, n in frequency.items()}
    weights = {b: log(count / (1 << (b - 1))) ** 2 for b in set(bands.values()) if b}
    norms: dict[str, float] = {}
    out: list[dict[str, tuple[int, list[Posting]]]] = [{} for _ in range(shards)]
    for ident in sorted(signatures):
        weighed = frozenset(t for t in terms[ident] if bands[t])
        norms[ident] = sqrt(fsum(weights[bands[t]] for t in weighed)) or 1.0
        day = signatures[ident].day
        for term in weighed:
            if frequency[term] > 1:
                shard = out[stable_hash(term, shards)]
                if term not in shard:
                    shard[term] = (bands[term], [])
                shard[term][1].append((day, ident))
    return Plan(frequency, weights, norms, out, rules)


def count_shard(shard: Mapping[str, tuple[int, list[Posting]]], window: int,
                buckets: int) -> list[Counts]:
    """Pairs meeting on the shard's terms, counted by band, split into buckets by pair."""
    out: list[Counts] = [Counter() for _ in range(buckets)]
    for band, postings in shard.values():
        undated = sorted(i for d, i in postings if d is None)
        dated = sorted((d, i) for d, i in postings if d is not None)
        days = [d for d, _ in dated]
        pairs: list[Pair] = []
        for n, first in enumerate(undated):  # an undated article meets every other
            pairs.extend((first, other) for other in undated[n + 1:])
            pairs.extend((first, other) for _, other in dated)
        for n, (day, first) in enumerate(dated):
            end = bisect_right(days, day + window)
            pairs.extend((first, second) for _, second in dated[n + 1:end])
        for first, second in pairs:
            a, b = (first, second) if first < second else (second, first)
            out[stable_hash(f"{a}\x1f{b}", buckets)][a, b, band] += 1
    return out


def link_bucket(parts: Sequence[Counts], weights: Mapping[int, float],
                norms: Mapping[str, float], rules: Rules) -> dict[Pair, float]:
    """The links of one bucket: its counts from every shard summed, then weighed."""
    bands: dict[Pair, list[tuple[int, int]]] = defaultdict(list)
    for part in parts:
        for (a, b, band), n in part.items():
            bands[a, b].append((band, n))
    links: dict[Pair, float] = {}
    for (a, b), counted in bands.items():
        merged: Counter[int] = Counter()
        for band, n in counted:
            merged[band] += n
        if sum(merged.values()) < rules.min_shared:
            continue
        shared = fsum(chain.from_iterable([weights[band]] * n for band, n in merged.items()))
        similarity = shared / (norms[a] * norms[b])
        if similarity >= rules.min_similarity:
            links[a, b] = similarity
    return links


def sharded_graph(signatures: Mapping[str, Signature], rules: Rules,
                  digests: Mapping[str, bytes] | None = None, shards: int = 8,
                  buckets: int = 8) -> StoryGraph:
    """The graph StoryGraph.build gives, through the three steps above, in this process."""
    planned = plan(signatures, rules, shards)
    counted = [count_shard(s, rules.window_days, buckets) for s in planned.shards]
    links: dict[Pair, float] = {}
    for bucket in range(buckets):
        links.update(link_bucket([c[bucket] for c in counted], planned.weights,
                                 planned.norms, rules))
    return graph_of(signatures, planned, links, digests)


def graph_of(signatures: Mapping[str, Signature], planned: Plan, links: dict[Pair, float],
             digests: Mapping[str, bytes] | None) -> StoryGraph:
    return StoryGraph(dict(digests) if digests is not None
                      else {i: digest(s) for i, s in signatures.items()},
                      planned.frequency, dict(sorted(links.items())))
