"""One article gives two values for one measure that cannot both be true.

## What it flags
Two mentions in one article whose keys agree closely — the same dimension (a count, a
duration, an age, an amount in one currency), the same head noun ("a 20-minute stoppage",
"the stoppage lasted about an hour"), the same clause verb where both have one, names
that can be one and the same modifiers and tense — and whose values, read as written, do
not overlap. "The initial offer" and "the revised offer", "$3 a share" and "$3 billion in
all", a figure said of the past and one said of the future, a figure asked about or said
under a condition ("If the bill can't get 60 votes") and one stated are different measures
and are never compared. A value the article also states a third time, agreeing with one side, is
taken as the measure's and leaves no conflict.

It is a warning when the values are far apart (`far_apart` in rules/numbers.yaml) and info
otherwise: close values are often a rounding the article makes on purpose.

## Why it matters to an editor
An article that contradicts itself is wrong at least once, whatever the other outlets say;
readers notice, and the correction is cheap before publication.

## Example
Flagged:

    The 35-year-old driver was arrested at the scene. Police said the driver, 53, had
    no record.

Fixed, after checking the police statement:

    The 35-year-old driver was arrested at the scene. Police said the driver, 35, had
    no record.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable

from newslint.diagnostics import Diagnostic, Severity
from newslint.facts import Quantity
from newslint.ruledata import builtin
from newslint.rules.base import ArticleContext, ArticleRule, Related, make_diagnostic
from newslint.rules.figure_pairs import (
    MAX_MENTIONS,
    candidate_key,
    gap,
    head_word,
    match_strength,
    measure_phrase,
)


class FigureSelfConflict(ArticleRule):
    __doc__ = __doc__
    code = "NL403"
    name = "figure-self-conflict"
    severity = Severity.WARNING
    graded = (Severity.INFO,)

    def check(self, ctx: ArticleContext) -> Iterable[Diagnostic]:
        tolerances = builtin("numbers.yaml").get("tolerances") or {}
        far_apart = float(tolerances.get("far_apart", 1.5))
        buckets: dict[Hashable, list[Quantity]] = {}
        for quantity in ctx.facts.quantities:
            key = candidate_key(quantity)
            if key is not None:
                buckets.setdefault(key, []).append(quantity)
        for key in sorted(buckets, key=str):
            if len(buckets[key]) > MAX_MENTIONS:
                continue  # a table or a list of values, not one measure restated
            found = _conflict(buckets[key])
            if found is None:
                continue
            a, b, size = found
            severity = Severity.WARNING if size >= far_apart else Severity.INFO
            what = measure_phrase(a)
            message = (f"{what[:1].upper()}{what[1:]} given twice with values that "
                       f'cannot both be true: "{a.text}" (line {a.span.line}) and "{b.text}"'
                       f' (line {b.span.line}). Check which one is right.')
            yield make_diagnostic(self, ctx.facts, b.span, message,
                                  key=f"{key[0]}|{head_word(a)}",  # type: ignore[index]
                                  related=[Related(ctx.facts, a.span, f'"{a.text}" here')],
                                  severity=severity)


def _same_measure(a: Quantity, b: Quantity) -> bool:
    """Stricter than across articles: one article's recurring names say little, so the
    clause verbs must agree too, and the head must be a noun."""
    if not (a.head or "").startswith("n:") or match_strength(a, b) < 3:
        return False
    if a.verb and b.verb and a.verb != b.verb and a.dimension != "age":
        return False  # an age's head already names whose it is
    return a.names == b.names or not (a.names and b.names)


def _conflict(quantities: list[Quantity]) -> tuple[Quantity, Quantity, float] | None:
    """The first pair of one measure whose values disagree, if no third mention of that
    measure agrees with either of them."""
    for i, a in enumerate(quantities):
        for b in quantities[i + 1 :]:
            if a.sentence == b.sentence:
                continue  # a sentence that lists figures lists different measures
            if not _same_measure(a, b):
                continue
            size = gap(a, b)
            if size is None:
                continue
            others = [c for c in quantities if c is not a and c is not b]
            if any(gap(c, a) is None or gap(c, b) is None for c in others):
                continue
            return a, b, size
    return None
