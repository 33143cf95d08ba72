"""One speaker's quote worded differently in different articles.

## What it flags
Two quotes credited to the same person in different articles that are nearly but not
exactly the same words: "state psyop" and "CCP state psyop" for Neal Khosla, "AI's
Sputnik moment" and "Sputnik Second" for Marc Andreessen. Near means the words they share,
in order, make up at least 60% of the longer quote. Words cut from a quoted full sentence
are an excerpt, not a variant (they quote less, not differently), as are two cuts of one
remark that stop at different places or overlap ("will add 900 units" / "900 units over
five years") and a shorter slice of the same words ("gradual and careful approach" /
"take a gradual and careful approach"); identical quotes are consistent. A slice is
flagged when the words it leaves out carry meaning: a name or acronym ("state psyop" /
"CCP state psyop"), a negation or a number. An ellipsis ("...", "…", "[...]") matches any
run of words the other version has there.
Spun words count as the words they replaced. House style is not wording: contractions
("we're" / "we are"), British and American spelling ("honour" / "honor", "organise" /
"organize", "centre" / "center") and an editor's words in square brackets ("why [Acme]
took so long" / "why it took so long") match. The message shows the words that differ.

## Why it matters to an editor
Words inside quotation marks must be exactly what was said. When two articles quote the
same remark differently, at least one is a misquote: check the primary source.

## Example
Flagged, where another article quotes Neal Khosla as calling it a "CCP state psyop":

    Curai CEO Neal Khosla suggested the company might be a "state psyop".

Fixed, after checking his post:

    Curai CEO Neal Khosla suggested the company might be a "CCP state psyop".
"""

from __future__ import annotations

from collections.abc import Iterable

from newslint.diagnostics import Diagnostic, Severity
from newslint.facts import ArticleFacts, Quote
from newslint.index.quote_text import (
    capitalised_words,
    cut_differently,
    fits,
    gapped,
    near_pairs,
    word_diff,
)
from newslint.index.speakers import INFERRED_KINDS, speaker_resolver
from newslint.rules.base import CorpusContext, CorpusRule, Related, make_diagnostic

MIN_SHARED_WORDS = 2
MIN_SHARE = 0.6  # shared words / words of the longer quote

Entry = tuple[ArticleFacts, Quote]


class QuoteWording(CorpusRule):
    __doc__ = __doc__
    code = "NL302"
    name = "quote-wording"
    severity = Severity.WARNING

    def check(self, ctx: CorpusContext) -> Iterable[Diagnostic]:
        options = {"min_share": MIN_SHARE, **self.options(ctx.settings)}
        resolver = speaker_resolver(ctx.index)
        groups = ctx.index.group("quotes", resolver.speaker_of, "corpus-speaker")
        for speaker in sorted(groups):
            yield from self._speaker(speaker, groups[speaker], options["min_share"])

    def _speaker(self, speaker: str, entries: list[Entry],
                 min_share: float) -> Iterable[Diagnostic]:
        forms: dict[tuple[str, ...], list[Entry]] = {}
        for article, quote in sorted(entries, key=_place):
            forms.setdefault(gapped(quote.text), []).append((article, quote))
        keys = sorted(forms)
        names = capitalised_words([(q.text, not q.partial) for _, q in entries])
        reported: set[tuple[str, ...]] = set()
        for i, j, _, _ in near_pairs(keys, min_share, MIN_SHARED_WORDS):
            a, b = keys[i], keys[j]
            if a in reported and b in reported:
                continue
            if not _across_articles(forms[a], forms[b]):
                continue
            if _is_excerpt(a, b, forms[a] + forms[b]) or cut_differently(a, b, names):
                continue
            if fits(a, b) or fits(b, a):
                continue  # "...": the words one version leaves out
            yield self._report(speaker, a, b, forms)
            reported.update((a, b))

    def _report(self, speaker: str, a: tuple[str, ...], b: tuple[str, ...],
                forms: dict[tuple[str, ...], list[Entry]]) -> Diagnostic:
        # Point at the wording fewer articles use (the odd one out); on a tie the wording
        # decides, never the file name. List the other wording's places.
        here_form, there_form = sorted((a, b), key=lambda f: (_support(forms[f]), f))
        article, quote = forms[here_form][0]
        there = [e for e in forms[there_form] if e[0].id != article.id] or forms[there_form]
        other_article, other_quote = there[0]
        related = [Related(x, q.span, f'"{q.text}" here') for x, q in there]
        related += [Related(x, q.span, f'"{q.text}" here, as at the flagged place')
                    for x, q in forms[here_form][1:]]
        diff = word_diff(quote.text, other_quote.text)
        message = (f'{speaker} quoted as "{quote.text}" here but "{other_quote.text}" in '
                   f"{_name(other_article)} ({diff}); check the primary source")
        inferred = any(q.speaker_kind in INFERRED_KINDS for _, q in (*there, (article, quote)))
        return make_diagnostic(
            self, article, quote.span, message,
            key=f"{speaker}|{' '.join(min(a, b))}|{' '.join(max(a, b))}",
            related=related, content=" ".join(here_form),
            severity=Severity.INFO if inferred else None,
        )


def _across_articles(a: list[Entry], b: list[Entry]) -> bool:
    return len({x.id for x, _ in a} | {x.id for x, _ in b}) > 1


def _is_excerpt(a: tuple[str, ...], b: tuple[str, ...], entries: list[Entry]) -> bool:
    """The shorter quote is a run of words cut from a full quoted sentence: a quote of
    less, not a different wording."""
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    if not _contains(long_, short):
        return False
    return any(not q.partial and gapped(q.text) == long_ for _, q in entries)


def _contains(long_: tuple[str, ...], short: tuple[str, ...]) -> bool:
    n = len(short)
    return any(long_[i:i + n] == short for i in range(len(long_) - n + 1))


def _support(entries: list[Entry]) -> int:
    return len({article.id for article, _ in entries})


def _place(entry: Entry) -> tuple[str, int]:
    return entry[0].path, entry[1].span.start


def _name(article: ArticleFacts) -> str:
    return article.path.rsplit("/", 1)[-1]
