"""A tortured phrase left by a text spinner, with the phrase it most likely replaced.

## What it flags
Phrases from `rules/spinner.yaml` that synonym-swapping "rewriters" produce: "lots of of"
for "hundreds of", "satellite tv for pc" for "satellite", "Sputnik Second" for "Sputnik
moment", "2 p.c." for "2 percent". Strong phrases, which never occur in natural prose, are
flagged anywhere. Weak ones ("mannequin" for "model", "fashions" for "models") are flagged
only in an article that NL202 judges spun as a whole, so a fashion story that says
"mannequin" is left alone. Inside an article that NL202 flags, the NL202 error is the
finding to act on and lists the phrases; each phrase is then reported (as info) only when
NL201 is selected by name (`--select NL201`). `--fix` replaces a phrase outside quotation
marks with its original.

## Why it matters to an editor
A spun article is someone else's reporting passed through a thesaurus: its quotes are no
longer what anyone said and its figures read wrong ("p.c."). Each phrase is a place where
the meaning may have changed.

## Example
Flagged:

    The inventory worth drops have erased lots of of billions of dollars.

Fixed (better: go back to the original report):

    The stock price drops have erased hundreds of billions of dollars.
"""

from __future__ import annotations

from collections.abc import Iterable

from newslint.diagnostics import Diagnostic, Severity
from newslint.facts.spun import spun_verdict
from newslint.rules.base import ArticleContext, ArticleRule, certain_edit, make_diagnostic


class SpunPhrase(ArticleRule):
    __doc__ = __doc__
    code = "NL201"
    name = "spun-phrase"
    severity = Severity.WARNING
    graded = (Severity.INFO,)

    def check(self, ctx: ArticleContext) -> Iterable[Diagnostic]:
        facts = ctx.facts
        verdict = spun_verdict(facts.spun, facts.word_count, self.options(ctx.settings))
        for phrase in facts.spun:
            if phrase.strength == "placeholder":
                continue  # NL203
            if phrase.strength == "weak" and not verdict.spun:
                continue
            yield make_diagnostic(
                self, facts, phrase.span,
                f'"{phrase.text}" reads like spun text; the original was probably '
                f'"{phrase.original}"',
                key=f"{phrase.text.lower()}->{phrase.original.lower()}",
                severity=Severity.INFO if verdict.spun else None,
                fixes=certain_edit(facts, phrase.span, phrase.text,
                                   same_case(phrase.text, phrase.original)),
                detail=verdict.spun,
            )


def same_case(written: str, original: str) -> str:
    """The original with the written phrase's initial capital ("Chinese language" opens a
    sentence, so does its fix)."""
    if written[:1].isupper() and original[:1].islower():
        return original[:1].upper() + original[1:]
    return original
