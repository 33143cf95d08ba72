"""An unfilled template slot such as "{dollars}" or "{hardware}" left in the copy.

## What it flags
A lower-case word in single curly braces inside the prose: the mark of a spinning or
templating tool whose slot was never filled. Double braces (templating syntax) and
"${...}" are left alone. `--fix` writes the slot's word without the braces, outside
quotation marks.

## Why it matters to an editor
A reader sees the braces and the article loses all credibility; the slot also hides a word
that may carry meaning ("tens of millions of {dollars}").

## Example
Flagged:

    lots of of tens of millions of {dollars} that main U.S. tech firms spend

Fixed:

    hundreds of millions of dollars that major U.S. tech firms spend
"""

from __future__ import annotations

from collections.abc import Iterable

from newslint.diagnostics import Diagnostic, Severity
from newslint.rules.base import ArticleContext, ArticleRule, certain_edit, make_diagnostic


class TemplatePlaceholder(ArticleRule):
    __doc__ = __doc__
    code = "NL203"
    name = "template-placeholder"
    severity = Severity.WARNING

    def check(self, ctx: ArticleContext) -> Iterable[Diagnostic]:
        for phrase in ctx.facts.spun:
            if phrase.strength == "placeholder":
                yield make_diagnostic(
                    self, ctx.facts, phrase.span,
                    f'unfilled template slot "{phrase.text}" in the copy; write '
                    f'"{phrase.original}" or the word that was meant',
                    key=phrase.text,
                    fixes=certain_edit(ctx.facts, phrase.span, phrase.text, phrase.original),
                )
