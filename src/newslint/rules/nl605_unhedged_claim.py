"""A figure stated as fact in one article that other articles report only as a claim.

## What it flags
A figure in the writer's own words, with nothing attributing or doubting it, where another
article gives the same figure (same kind and unit, overlapping values, the same measure)
as a claim: "The company claims that developing the model cost just $5.6 million", "its
reported cost of $5.6 million", "this alleged $6 million", "according to the company".
The unhedged statement is flagged, with the hedged ones as related locations. An article
that hedges the figure once is not flagged for repeating it later. Figures inside quotation
marks or embedded posts, and in sentences that give a source ("the company said",
"according to LSEG data"), are the source's: they count on neither side, and an article
that attributes the figure once is not flagged for repeating it either.
Hedging words are in `rules/roles.yaml` under `hedges:`.

## Why it matters to an editor
When other outlets say "the company claims", they could not verify the figure. Stating it
as fact turns a company's claim into the outlet's own assertion.

## Example
Flagged, where another article writes "The company claims that developing the base AI
model cost just $5.6 million":

    R1 boasts a much lower training cost, just $5.6 million.

Fixed:

    R1 boasts a much lower training cost: just $5.6 million, according to DeepSeek.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from newslint.diagnostics import Diagnostic, Severity
from newslint.facts import ArticleFacts, Hedge, Quantity
from newslint.rules.base import CorpusContext, CorpusRule, Related, make_diagnostic
from newslint.rules.disagreement import article_name

# A figure worth matching says how much it is: "$5.6 million", not "billions of dollars".
_MAX_SPREAD = 1.5
_KINDS = frozenset({"money", "percent", "count", "physical", "multiplier"})
_MATCH_WITHOUT_SUBJECT = frozenset({"money", "count", "physical"})


@dataclass(frozen=True, slots=True)
class _Use:
    article: ArticleFacts
    quantity: Quantity
    hedge: Hedge | None  # None: stated as fact


class UnhedgedClaim(CorpusRule):
    __doc__ = __doc__
    code = "NL605"
    name = "unhedged-claim"
    severity = Severity.WARNING

    def check(self, ctx: CorpusContext) -> Iterable[Diagnostic]:
        buckets = ctx.index.group("quantities", _bucket, "kind-unit-magnitude")
        hedges = {a.id: _HedgeIndex(a.hedges) for a in ctx.articles}
        uses: dict[tuple, list[_Use]] = {}
        sourced: dict[tuple, list[_Use]] = {}  # quoted or attributed to a source
        for key, entries in buckets.items():
            for article, quantity in entries:
                hedge = hedges[article.id].at(quantity.span.start, quantity.span.end)
                if hedge is not None and hedge.kind != "claim":
                    # The speaker's or source's words: neither stated nor hedged.
                    sourced.setdefault(key, []).append(_Use(article, quantity, hedge))
                    continue
                uses.setdefault(key, []).append(_Use(article, quantity, hedge))
        # Hedged and sourced figures indexed by what they are about and their magnitude:
        # each figure stated as fact is looked up, never compared with every other one,
        # so an article with thousands of figures costs n log n, not n squared.
        hedged = _Claims(u for group in uses.values() for u in group if u.hedge is not None)
        sources = _Claims(u for group in sourced.values() for u in group)
        for key in sorted(uses, key=repr):
            magnitude = key[2]
            nearby = (magnitude - 1, magnitude, magnitude + 1)
            flagged_here: set[str] = set()
            for use in sorted(uses[key], key=lambda u: (u.article.path, u.quantity.span.start)):
                if use.hedge is not None or use.article.id in flagged_here:
                    continue
                group = _group(use.quantity)
                if group is None:
                    continue
                own = use.article.id
                if (hedged.any_in(group, nearby, own, use.quantity)
                        or sources.any_in(group, nearby, own, use.quantity)):
                    continue  # the article attributes it elsewhere itself
                others = hedged.first_per_article(group, nearby, use.quantity, own)
                if not others:
                    continue
                flagged_here.add(own)
                yield self._report(use, others)

    def _report(self, use: _Use, others: list[_Use]) -> Diagnostic:
        names = sorted({article_name(u.article) for u in others})
        shown = ", ".join(names[:3]) + (f" and {len(names) - 3} more" if len(names) > 3 else "")
        cues = sorted({u.hedge.cue.lower() for u in others if u.hedge})
        message = (
            f'"{use.quantity.text}" is stated as fact here but reported as a claim in {shown} '
            f"(hedged with {', '.join(f'“{c}”' for c in cues[:3])}); attribute it or check it "
            "was verified"
        )
        related = [Related(u.article, u.quantity.span,
                           f'"{u.quantity.text}" hedged by "{u.hedge.cue}" here' if u.hedge
                           else "here")
                   for u in others]
        q = use.quantity
        return make_diagnostic(
            self, use.article, q.span, message,
            key=f"{q.kind}:{q.unit}:{q.value:g}:{q.measure or ''}", related=related,
        )


def _bucket(quantity: Quantity) -> tuple[str, str, int] | None:
    if quantity.context != "text" or quantity.kind not in _KINDS:
        return None
    if not _precise(quantity):
        return None
    return quantity.kind, quantity.unit, math.floor(math.log10(abs(quantity.value)))


def _precise(quantity: Quantity) -> bool:
    low, high = abs(quantity.low), abs(quantity.high)
    if quantity.value == 0 or low == 0 or math.isinf(high):
        return False  # "more than 2 percent", "less than $6M": bounds, not figures
    return max(low, high) / min(low, high) <= _MAX_SPREAD


def _subject(quantity: Quantity) -> str:
    return quantity.family or quantity.subject or ""


def _group(quantity: Quantity) -> tuple[str, str, str, str] | None:
    """What two figures must share to be the same claim (see _same_claim); None when the
    figure can match nothing: no measure, or a bare figure of a kind too common."""
    if not quantity.measure:
        return None
    subject = _subject(quantity)
    if not subject and quantity.kind not in _MATCH_WITHOUT_SUBJECT:
        return None
    return quantity.kind, quantity.unit, quantity.measure, subject


def _same_claim(a: Quantity, b: Quantity) -> bool:
    """Same figure about the same thing: values overlap, the measure is known on both sides
    and agrees, and so does the subject, known on both sides or on neither. A bare "rose
    2%" is too common to match without a subject."""
    group = _group(a)
    return group is not None and group == _group(b) and a.low <= b.high and b.low <= a.high


class _Sorted:
    """One article's figures of one claim group and magnitude: by lower bound, with the
    running maximum of the upper bounds (does any overlap a range? one bisection), and
    in reading order (which comes first?)."""

    def __init__(self, items: list[_Use]):
        self.by_low = sorted(items, key=lambda u: u.quantity.low)
        self.lows = [u.quantity.low for u in self.by_low]
        self.highest: list[float] = []
        for u in self.by_low:
            self.highest.append(max(u.quantity.high, self.highest[-1] if self.highest
                                    else u.quantity.high))
        self.in_order = sorted(items, key=lambda u: (u.article.path, u.quantity.span.start))

    def overlaps(self, quantity: Quantity) -> bool:
        below = bisect.bisect_right(self.lows, quantity.high)
        return below > 0 and self.highest[below - 1] >= quantity.low

    def first(self, quantity: Quantity) -> _Use | None:
        return next((u for u in self.in_order if _same_claim(quantity, u.quantity)), None)


class _Claims:
    """Figures indexed by (claim group, magnitude) and article."""

    def __init__(self, uses: Iterable[_Use]):
        items: dict[tuple, dict[str, list[_Use]]] = {}
        for use in uses:
            group = _group(use.quantity)
            bucket = _bucket(use.quantity)
            if group is not None and bucket is not None:
                items.setdefault((group, bucket[2]), {}).setdefault(use.article.id, []).append(
                    use)
        self.index = {key: {aid: _Sorted(found) for aid, found in by_article.items()}
                      for key, by_article in items.items()}

    def any_in(self, group: tuple, magnitudes: Iterable[int], article_id: str,
               quantity: Quantity) -> bool:
        for magnitude in magnitudes:
            found = self.index.get((group, magnitude), {}).get(article_id)
            if found is not None and found.overlaps(quantity):
                return True
        return False

    def first_per_article(self, group: tuple, magnitudes: Iterable[int], quantity: Quantity,
                          besides: str) -> list[_Use]:
        """The first matching figure of each other article, in reading order."""
        first: dict[str, _Use] = {}
        for magnitude in magnitudes:
            for article_id, found in self.index.get((group, magnitude), {}).items():
                if article_id == besides or not found.overlaps(quantity):
                    continue
                use = found.first(quantity)
                current = first.get(article_id)
                if use is not None and (current is None or _place(use) < _place(current)):
                    first[article_id] = use
        return sorted(first.values(), key=_place)


class _HedgeIndex:
    """hedge_at() (facts/sourcing.py) for many figures of one article: the hedges
    that start before a figure are found by bisection and read backwards only while one
    of them can still reach past it, instead of reading all of them for every figure."""

    def __init__(self, hedges: Sequence[Hedge]):
        self.hedges = hedges  # sorted by start
        self.starts = [h.start for h in hedges]
        self.reach: list[int] = []  # the furthest end among hedges[:i + 1]
        for hedge in hedges:
            self.reach.append(max(hedge.end, self.reach[-1] if self.reach else hedge.end))

    def at(self, start: int, end: int) -> Hedge | None:
        """The first claim hedge covering [start, end), else the first hedge covering it."""
        index = bisect.bisect_right(self.starts, start) - 1
        claim = quote = None
        while index >= 0 and self.reach[index] >= end:
            hedge = self.hedges[index]
            if end <= hedge.end:
                if hedge.kind == "claim":
                    claim = hedge
                quote = hedge
            index -= 1
        return claim or quote


def _place(use: _Use) -> tuple[str, int]:
    return use.article.path, use.quantity.span.start
