"""The links between the articles of a corpus, kept between runs so that an edit re-weighs
only the articles it touches (the rules that make a link are in stories.py).

A link's similarity depends on the two articles' terms and on how many articles use each
term, counted in powers of two (`_band`). An edit changes the terms of one article, and so
the band of a term it gained or lost now and then, and with it the norm of every article
using that term: those articles are linked again, every other link stands. The result is the graph a
build from scratch gives, exactly: sums are exact (math.fsum), whatever their order.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from hashlib import blake2b
from itertools import chain
from math import fsum, log, sqrt
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newslint.index.stories import Signature

# Past this many articles to link again, a build from scratch is as quick.
_MAX_AFFECTED_SHARE = 4


@dataclass(slots=True)
class Rules:
    """What makes a link (set from stories.py, so that there is one place to tune)."""

    min_similarity: float
    min_shared: int
    window_days: int
    frequent_share: int
    min_limit: int
    # However large the archive, a term used by more articles than this weighs nothing:
    # it bounds the postings of one term, the largest key of a sharded build.
    max_limit: int = 1 << 62

    def limit(self, articles: int) -> int:
        """How many articles may use a term that still weighs: a share of the archive,
        within [min_limit, max_limit]."""
        return min(self.max_limit, max(self.min_limit, articles // self.frequent_share))


def digest(signature: Signature) -> bytes:
    """A short, stable digest of a signature: what the graph keeps to see it change."""
    text = f"{signature.day}\x1e{signature.text}"
    return blake2b(text.encode(), digest_size=12).digest()


def _band(df: int, limit: int) -> int:
    """How rare a term is, in powers of two of the articles using it: 1 for one article,
    2 for two or three, 3 for four to seven...; 0 for none or more than `limit`. A term
    weighs by its band, so that one more or one fewer article using it rarely changes its
    weight, and an edit re-weighs few articles."""
    return df.bit_length() if 0 < df <= limit else 0


@dataclass(slots=True)
class StoryGraph:
    """The links, and what they were computed from: a digest of every article's signature
    and how many articles use each term (the signatures themselves are the caller's)."""

    digests: dict[str, bytes]
    frequency: Counter[str]
    links: dict[tuple[str, str], float] = field(default_factory=dict)

    @classmethod
    def build(cls, signatures: Mapping[str, Signature], rules: Rules,
              digests: Mapping[str, bytes] | None = None) -> StoryGraph:
        terms = {i: s.terms for i, s in signatures.items()}
        graph = cls(dict(digests) if digests is not None
                    else {i: digest(s) for i, s in signatures.items()},
                    Counter(chain.from_iterable(terms.values())))
        graph._relink(signatures, terms, set(signatures), rules)
        return graph

    def update(self, signatures: Mapping[str, Signature], rules: Rules,
               digests: Mapping[str, bytes] | None = None) -> bool:
        """Bring the graph to these signatures; False (graph unchanged) when a build from
        scratch is needed: articles came or went (every weight moves), or many changed."""
        if signatures.keys() != self.digests.keys():
            return False
        if digests is None:
            digests = {i: digest(s) for i, s in signatures.items()}
        changed = [i for i, d in digests.items() if d != self.digests[i]]
        if not changed:
            return True
        terms = {i: s.terms for i, s in signatures.items()}
        after = Counter(chain.from_iterable(terms.values()))
        before, limit = self.frequency, self._limit(rules)
        touched = {t for t in after.keys() | before.keys()
                   if _band(after[t], limit) != _band(before[t], limit)}
        affected = set(changed)
        affected.update(i for i, its in terms.items() if not touched.isdisjoint(its))
        if len(affected) * _MAX_AFFECTED_SHARE > len(signatures):
            return False
        self.digests, self.frequency = dict(digests), after
        self._relink(signatures, terms, affected, rules)
        return True

    def _limit(self, rules: Rules) -> int:
        return rules.limit(len(self.digests))

    def _relink(self, signatures: Mapping[str, Signature],
                all_terms: Mapping[str, tuple[str, ...]], affected: Collection[str],
                rules: Rules) -> None:
        """Drop every link of the affected articles and find them again (`all_terms`: the
        terms of every signature, split once)."""
        frequency = self.frequency
        count, limit = len(signatures), self._limit(rules)
        weights: dict[str, float] = {}

        def weight(term: str) -> float:
            if term not in weights:
                band = _band(frequency[term], limit)
                weights[term] = log(count / (1 << (band - 1))) ** 2 if band else 0.0
            return weights[term]

        def terms(ident: str) -> frozenset[str]:
            return frozenset(t for t in all_terms[ident] if weight(t))

        norms: dict[str, float] = {}

        def norm(ident: str, its: frozenset[str]) -> float:
            if ident not in norms:
                norms[ident] = sqrt(fsum(weight(t) for t in its)) or 1.0
            return norms[ident]

        if len(affected) < count:
            self.links = {pair: s for pair, s in self.links.items()
                          if pair[0] not in affected and pair[1] not in affected}
        else:
            self.links = {}
        own = {i: terms(i) for i in affected}
        wanted = {t for its in own.values() for t in its if frequency[t] > 1}
        # Postings by term and week of publication: an article meets only the articles of
        # its week and the next and previous ones (and the undated ones) on a term.
        postings: dict[tuple[str, int | None], list[str]] = defaultdict(list)
        weeks: dict[str, set[int | None]] = defaultdict(set)
        for ident in sorted(signatures):
            signature = signatures[ident]
            week = None if signature.day is None else signature.day // rules.window_days
            for term in wanted.intersection(all_terms[ident]):
                postings[term, week].append(ident)
                weeks[term].add(week)
        other_terms: dict[str, frozenset[str]] = {}
        for first in sorted(affected):
            mine = own[first]
            day = signatures[first].day
            near: Iterable[int | None] = ()
            if day is not None:
                week = day // rules.window_days
                near = (week - 1, week, week + 1, None)
            # The shared terms of every pair are counted in C; only pairs sharing enough
            # of them are weighed.
            shared = Counter(chain.from_iterable(
                postings.get((t, w), ()) for t in mine if frequency[t] > 1
                for w in (near if day is not None else weeks[t])))
            for second, n in shared.items():
                if n < rules.min_shared or second == first or (
                        second in affected and second < first):
                    continue
                other = signatures[second].day
                if day is not None and other is not None and abs(day - other) > rules.window_days:
                    continue
                if second not in other_terms:
                    other_terms[second] = own.get(second) or terms(second)
                theirs = other_terms[second]
                similarity = (fsum(weight(t) for t in mine & theirs)
                              / (norm(first, mine) * norm(second, theirs)))
                if similarity >= rules.min_similarity:
                    self.links[min(first, second), max(first, second)] = similarity
