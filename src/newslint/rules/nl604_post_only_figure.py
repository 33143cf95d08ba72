"""A figure that only an embedded social-media post gives, never the article's own reporting.

## What it flags
A figure inside an embedded post (a tweet quoted with its `— Name (@handle) date` signature
or image link) that measures something the text can name ("$1 trillion" of U.S. stock-market
value, "90 buildings") and that the article's own prose never gives: no figure of the same
kind and unit with an overlapping value appears outside the posts, nor the same number in
any form (rounded within 5%, in words, under another noun). Figures the post does not
tie to any subject ("a 2X boost") are left alone, as are the post's date and links.

## Why it matters to an editor
An embedded post is a third party's claim, not reporting. When the only source for a
number in a story is someone's post, the story repeats it unchecked; readers take the
figure as the outlet's.

## Example
Flagged (the article's text never says how much value was lost):

    BREAKING: The U.S. stock market loses $1 trillion in a single day ...
    — Globe Eye News (@GlobeEyeNews) January 27, 2025

Fixed: report the figure from a primary source in the article's own words ("U.S. stocks
lost about $1 trillion in market value on Monday, according to Bloomberg data"), or say
that the post's figure is unverified.
"""

from __future__ import annotations

from collections.abc import Iterable

from newslint.diagnostics import Diagnostic, Severity
from newslint.facts import PostInfo, Quantity
from newslint.rules.base import ArticleContext, ArticleRule, make_diagnostic


class PostOnlyFigure(ArticleRule):
    __doc__ = __doc__
    code = "NL604"
    name = "post-only-figure"
    severity = Severity.WARNING

    def check(self, ctx: ArticleContext) -> Iterable[Diagnostic]:
        facts = ctx.facts
        own = [q for q in facts.quantities if q.context != "post"
               and _post_of(facts.posts, q) is None]
        for quantity in facts.quantities:
            post = _post_of(facts.posts, quantity)
            if post is None or quantity.span.start >= post.text_end:
                continue  # not in a post, or in its signature
            counted = quantity.kind == "count" and quantity.noun
            if not (quantity.subject or quantity.measure or counted):
                continue  # nothing says what it measures: colour, not a claim
            if any(_same_figure(quantity, q) for q in own):
                continue
            who = post.handle or post.author or "an unnamed account"
            what = (quantity.subject_label or quantity.subject or quantity.measure
                    or quantity.noun)
            yield make_diagnostic(
                self, facts, quantity.span,
                f'"{quantity.text}" ({what}) appears only in the embedded post by {who}, '
                "not in the article's own reporting; check it against a primary source",
                key=f"{quantity.kind}:{quantity.unit}:{quantity.value:g}:{who.lower()}",
            )


def _post_of(posts: Iterable[PostInfo], quantity: Quantity) -> PostInfo | None:
    for post in posts:
        if post.span.start <= quantity.span.start < post.span.end:
            return post
    return None


# The article gives the post's figure in another form when its own value is this close:
# rounded ("about $1 trillion" for "$1.02 trillion"), or in words ("ninety").
_ROUNDING = 0.05


def _same_figure(a: Quantity, b: Quantity) -> bool:
    if a.unit == b.unit and _close(a.value, b.value):
        return True  # the same number in the prose, in any form
    if a.kind == "count" and a.noun and _singular(a.noun) != _singular(b.noun or ""):
        return False  # "90 buildings" is not "612 people", whatever the intervals
    return a.kind == b.kind and a.unit == b.unit and a.low <= b.high and b.low <= a.high


def _close(x: float, y: float) -> bool:
    return abs(x - y) <= _ROUNDING * max(abs(x), abs(y))


def _singular(noun: str) -> str:
    noun = noun.lower()
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun
