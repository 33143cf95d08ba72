"""A quote of five or more words with no speaker.

## What it flags
Words of five or more in quotation marks where no speaker can be found: no speech verb
("said", "wrote", "called it", "according to"), no name before a colon, no earlier quote
the words continue. One- and two-word scare quotes are never quotes; titles of works
(words in title case) and quotes inside embedded social posts are left alone.

## Why it matters to an editor
A quote nobody said cannot be checked, and readers take quotation marks as a promise that
someone did say those words. Name the speaker, or drop the marks and paraphrase.

## Example
Flagged:

    The plan has been called "a betrayal of every worker in this state" in recent days.

Fixed:

    State AFL-CIO president Jane Doe called the plan "a betrayal of every worker in this
    state".
"""

from __future__ import annotations

from collections.abc import Iterable

from newslint.diagnostics import Diagnostic, Severity
from newslint.index.quote_text import words_of
from newslint.load.segment import is_title_case
from newslint.rules.base import ArticleContext, ArticleRule, make_diagnostic

MIN_WORDS = 5


class UnattributedQuote(ArticleRule):
    __doc__ = __doc__
    code = "NL304"
    name = "unattributed-quote"
    severity = Severity.WARNING

    def check(self, ctx: ArticleContext) -> Iterable[Diagnostic]:
        for quote in ctx.facts.quotes:
            if quote.speaker is not None or quote.context == "post":
                continue
            words = quote.text.split()
            if len(words) < MIN_WORDS or _is_title(words):
                continue
            yield make_diagnostic(
                self, ctx.facts, quote.span,
                f"quote of {len(words)} words with no speaker; say who said it, or "
                "paraphrase without quotation marks",
                key=" ".join(words_of(quote.text)),
            )


def _is_title(words: list[str]) -> bool:
    """"The Power of Open Source in a Closed World": the name of a work, not speech."""
    return is_title_case(words)
