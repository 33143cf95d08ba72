"""An article that reads as a whole as machine-spun (run through a synonym swapper).

## What it flags
An article with many different tortured phrases from `rules/spinner.yaml` for its length:
at least 5 distinct phrases and 8 weighted hits per 1,000 words by default (a strong phrase
weighs 3, a weak one 1; tune `min_distinct`, `min_per_1000_words` and `strong_weight` in the
file or as rule options). One finding per article, at its first spun phrase, with the first
use of each different phrase as its related locations (the per-phrase NL201 findings are
shown only with `--select NL201`).

## Why it matters to an editor
Spinning is how copied reporting is disguised. A spun article's quotes are altered
("Sputnik Second" for "Sputnik moment"), its attributions are unreliable and it should not
be published or cited as a source. Trace it to the original report.

## Example
Flagged:

    China's new open-source reasoning mannequin has sparked considerations that Chinese
    language corporations may threaten the income prospects of tech giants.

Fixed: replace the article with the original report it was spun from.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from newslint.diagnostics import Diagnostic, Severity
from newslint.facts import SpunPhrase
from newslint.facts.spun import spun_verdict
from newslint.rules.base import ArticleContext, ArticleRule, Related, make_diagnostic


class SpunArticle(ArticleRule):
    __doc__ = __doc__
    code = "NL202"
    name = "spun-article"
    severity = Severity.ERROR

    def check(self, ctx: ArticleContext) -> Iterable[Diagnostic]:
        facts = ctx.facts
        verdict = spun_verdict(facts.spun, facts.word_count, self.options(ctx.settings))
        if not verdict.spun:
            return
        phrases = [s for s in facts.spun if s.strength != "placeholder"]
        examples: list[str] = []
        first: dict[str, SpunPhrase] = {}
        uses: Counter[str] = Counter()
        for phrase in phrases:
            low = phrase.text.lower()
            uses[low] += 1
            if low not in first:
                first[low] = phrase
                examples.append(f'"{phrase.text}" ({phrase.original})')
        related = [Related(facts, p.span, f'"{p.text}" for "{p.original}"'
                           + (f", {uses[low]} times" if uses[low] > 1 else ""))
                   for low, p in first.items() if p is not phrases[0]]
        yield make_diagnostic(
            self, facts, phrases[0].span,
            f"article reads as machine-spun: {verdict.hits} spinner phrases "
            f"({verdict.distinct} different) in {facts.word_count:,} words, e.g. "
            f"{', '.join(examples[:4])}; trace it to the original report before publishing",
            key="spun-article",
            related=related,
        )
