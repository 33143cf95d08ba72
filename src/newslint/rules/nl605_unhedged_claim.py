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

import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from newslint.diagnostics import Diagnostic, Severity
from newslint.extract.attribution import hedge_at
from newslint.extract.facts import ArticleFacts, Hedge, Quantity
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
        hedges = {a.id: a.hedges for a in ctx.articles}
        # Uses are filed under what a match needs to share (kind, unit, magnitude, measure
        # and subject), so a figure meets only the figures it could match, not every
        # figure of its bucket.
        stated: dict[tuple, list[_Use]] = {}
        hedged: dict[tuple, list[_Use]] = defaultdict(list)
        sourced: dict[tuple, list[_Use]] = defaultdict(list)  # quoted or attributed
        for key, entries in buckets.items():
            for article, quantity in entries:
                claim = _claim(quantity)
                if claim is None:
                    continue  # no measure: it matches nothing
                hedge = hedge_at(hedges[article.id], quantity.span.start, quantity.span.end)
                use = _Use(article, quantity, hedge)
                if hedge is None:
                    stated.setdefault(key, []).append(use)
                elif hedge.kind == "claim":
                    hedged[(*key, claim)].append(use)
                else:  # the speaker's or source's words: neither stated nor hedged
                    sourced[(article.id, *key, claim)].append(use)
        for key in sorted(stated, key=repr):
            kind, unit, magnitude = key
            flagged_here: set[str] = set()
            for use in sorted(stated[key], key=lambda u: (u.article.path, u.quantity.span.start)):
                if use.article.id in flagged_here:
                    continue
                claim = _claim(use.quantity)
                near = (magnitude - 1, magnitude, magnitude + 1)
                matches = [h for m in near for h in hedged.get((kind, unit, m, claim), ())
                           if _same_claim(use.quantity, h.quantity)]
                if any(h.article.id == use.article.id for h in matches) or any(
                        _same_claim(use.quantity, u.quantity) for m in near
                        for u in sourced.get((use.article.id, kind, unit, m, claim), ())):
                    continue  # the article attributes it elsewhere itself
                others = _first_per_article(matches)
                if not others:
                    continue
                flagged_here.add(use.article.id)
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


def _claim(quantity: Quantity) -> tuple[str, str | None] | None:
    """What two figures must share to be one claim (see _same_claim): the measure, and the
    subject or its family; None when the measure is unknown."""
    if not quantity.measure:
        return None
    return quantity.measure, quantity.family or quantity.subject


def _same_claim(a: Quantity, b: Quantity) -> bool:
    """Same figure about the same thing: values overlap, the measure is known on both sides
    and agrees, and so does the subject, known on both sides or on neither. A bare "rose
    2%" is too common to match without a subject."""
    if a.kind != b.kind or a.unit != b.unit or a.low > b.high or b.low > a.high:
        return False
    if not a.measure or a.measure != b.measure:
        return False
    left, right = a.family or a.subject, b.family or b.subject
    if left or right:
        return left == right
    return a.kind in _MATCH_WITHOUT_SUBJECT


def _first_per_article(uses: list[_Use]) -> list[_Use]:
    first: dict[str, _Use] = {}
    for use in sorted(uses, key=lambda u: (u.article.path, u.quantity.span.start)):
        first.setdefault(use.article.id, use)
    return list(first.values())
