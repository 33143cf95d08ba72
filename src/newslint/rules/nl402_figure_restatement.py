"""A figure and its restatement disagree inside one article: a total, or an "N times" ratio.

## What it flags
- A total that its parts, given in the same sentence, cannot add up to: "a total of $10
  million, split between $4 million and $3 million". With "including" the parts need not
  be all of it, so only parts that add up to more than the total are flagged.
- A money ratio ("fifty times cheaper", "a cost reduction of 10 times") that the two money
  figures it compares, given in that sentence or the two before it in the paragraph, do
  not support: "$5.6 million" against "$100 million" is 18 times, not fifty.

Each figure is read with the room its wording allows ("hundreds of millions" is anything
from 100 to 999 million), so "$5.6 million" against "hundreds of millions" supports
"fifty times".

## Why it matters to an editor
A sum or ratio that does not follow from the article's own figures means one of them was
mistyped, rounded too far or taken from another story. Readers check the arithmetic.

## Example
Flagged:

    R1 cost $5.6 million to train, against $100 million for GPT-4: fifty times cheaper.

Fixed:

    R1 cost $5.6 million to train, against $100 million for GPT-4: 18 times cheaper.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import regex

from newslint.diagnostics import Diagnostic, Severity
from newslint.facts import Quantity
from newslint.rules.base import ArticleContext, ArticleRule, Related, make_diagnostic

# Only ratios of money: "ten times faster" next to two prices compares speed, not them.
_COMPARATIVE_AFTER = regex.compile(
    r"\s*(?i:cheaper|costlier|pricier|(?:more|less)\s+(?:expensive|costly|money|capital)|"
    r"as\s+(?:much|expensive|costly|cheap)|the\s+(?:cost|price)|lower\s+(?:cost|price)|"
    r"higher\s+(?:cost|price)|(?:cost|price)\s+(?:reduction|cut|increase|difference))"
    r"(?!\p{L})"
)
_COMPARATIVE_BEFORE = regex.compile(
    r"(?i:(?:cost|price|spending)\s+(?:reduction|cut|saving|increase|difference|gap)\s+of)"
    r"\s*$"
)
_TOTAL_BEFORE = regex.compile(
    r"(?i:a\s+total\s+of|total(?:l?ing|l?ed)|for\s+a\s+combined|a\s+combined(?:\s+total\s+of)?"
    r"|bringing\s+the\s+total\s+to|making\s+a\s+total\s+of)\s*$"
)
_SPLIT = regex.compile(
    r"(?i:(?P<partial>including|among\s+them)|(?P<all>of\s+which|split\s+(?:between|into|"
    r"among)|made\s+up\s+of|consisting\s+of|comprising|broken\s+down\s+into|divided\s+into))"
    r"(?!\p{L})"
)
_JOINED = regex.compile(r"^[^.;:]{0,80}$")
_LOOKBACK_SENTENCES = 2


class FigureRestatement(ArticleRule):
    __doc__ = __doc__
    code = "NL402"
    name = "figure-restatement"
    severity = Severity.WARNING

    def check(self, ctx: ArticleContext) -> Iterable[Diagnostic]:
        article, facts = ctx.article, ctx.facts
        text = article.analysis
        quantities = [q for q in facts.quantities if q.context != "post"]
        for quantity in quantities:
            if quantity.kind == "multiplier":
                yield from self._check_ratio(ctx, text, quantity, quantities)
            elif quantity.kind in ("money", "count"):
                yield from self._check_total(ctx, text, quantity, quantities)

    def _check_ratio(self, ctx: ArticleContext, text: str, ratio: Quantity,
                     quantities: Sequence[Quantity]) -> Iterable[Diagnostic]:
        start, end = ratio.span.start, ratio.span.end
        if not (_COMPARATIVE_AFTER.match(text, end, min(len(text), end + 30))
                or _COMPARATIVE_BEFORE.search(text, max(0, start - 40), start)):
            return
        window = _window(ctx, start)
        if window is None:
            return
        money = [q for q in quantities if q.kind == "money" and window[0] <= q.span.start < end]
        if len(money) < 2:
            return
        a, b = money[-2], money[-1]
        if a.unit != b.unit:
            return
        small, large = (a, b) if a.value <= b.value else (b, a)
        if small.low <= 0 or small.value == large.value:
            return
        fits_low, fits_high = large.low / small.high, large.high / small.low
        if ratio.high >= fits_low and ratio.low <= fits_high:
            return
        apart = large.value / small.value
        message = (f'"{ratio.text}" does not fit the figures it compares: "{small.text}" and '
                   f'"{large.text}" are about {apart:.3g} times apart. Check the ratio or '
                   "the figures.")
        yield make_diagnostic(
            self, ctx.facts, ratio.span, message,
            key=f"ratio|{ratio.text.lower()}|{small.text.lower()}|{large.text.lower()}",
            related=[Related(ctx.facts, small.span, f'"{small.text}" here'),
                     Related(ctx.facts, large.span, f'"{large.text}" here')],
        )

    def _check_total(self, ctx: ArticleContext, text: str, total: Quantity,
                     quantities: Sequence[Quantity]) -> Iterable[Diagnostic]:
        start = total.span.start
        if not _TOTAL_BEFORE.search(text, max(0, start - 40), start):
            return
        index = ctx.article.sentence_index(start)
        if index is None:
            return
        sentence = ctx.article.sentences[index]
        same = [q for q in quantities if q is not total and q.kind == total.kind
                and q.unit == total.unit and sentence.start <= q.span.start < sentence.end]
        split = _SPLIT.search(text, total.span.end, sentence.end)
        exhaustive = True
        if split is not None:
            exhaustive = split["all"] is not None
            parts = [q for q in same if q.span.start >= split.end()]
        else:
            # "$4 million and $6 million, for a total of $10 million"
            parts = [q for q in same if q.span.end <= start]
            if parts and not _JOINED.match(text[parts[0].span.start : start]):
                return
        if len(parts) < 2:
            return
        low = sum(q.low for q in parts)
        high = sum(q.high for q in parts)
        too_much = low > total.high
        too_little = exhaustive and high < total.low
        if not (too_much or too_little):
            return
        listed = ", ".join(f'"{q.text}"' for q in parts)
        verb = "add up to more than" if too_much else "do not add up to"
        message = f'The parts {listed} {verb} the total "{total.text}". Check the figures.'
        yield make_diagnostic(
            self, ctx.facts, total.span, message,
            key="total|" + "|".join(q.text.lower() for q in (total, *parts)),
            related=[Related(ctx.facts, q.span, f'"{q.text}" here') for q in parts],
        )


def _window(ctx: ArticleContext, offset: int) -> tuple[int, int] | None:
    """The sentence holding `offset` and up to two before it in the same paragraph."""
    sentences = ctx.article.sentences
    index = ctx.article.sentence_index(offset)
    if index is None:
        return None
    first = index
    while (first > 0 and index - first < _LOOKBACK_SENTENCES
           and sentences[first - 1].paragraph == sentences[index].paragraph):
        first -= 1
    return sentences[first].start, sentences[index].end
