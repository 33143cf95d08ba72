"""An event told in the past tense but dated after the article, or dates nothing can place.

## What it flags
A past-tense event ("released", "founded", "signed" and the other verbs of
`rules/dates.yaml`) dated, with an explicit year, after the article's own date: an article
dated 2025-03-05 that says R1 "was released on March 20, 2025". Only stated article dates
(front matter `date:` or the configuration's `dates:`) are trusted for this.

Also, as info and once per article: relative dates ("earlier this week", "on Monday") in an
article that has no date, when nothing in the article or its story lets newslint infer
one, so none of its relative dates can be checked.

## Why it matters to an editor
An article cannot report as done what had not happened when it was published: either the
date or the article's date is wrong, or the tense is ("will be released"). And "earlier
this week" means nothing to a reader who does not know when the article ran.

## Example
Flagged, in an article dated 2025-03-05:

    DeepSeek released the model on March 20, 2025.

Fixed:

    DeepSeek will release the model on March 20, 2025.
"""

from __future__ import annotations

from collections.abc import Iterable

from newslint.diagnostics import Diagnostic, Severity
from newslint.facts.dates import event_table
from newslint.index.dates import corpus_reference_range
from newslint.rules.base import CorpusContext, CorpusRule, make_diagnostic


class DateAfterPublication(CorpusRule):
    __doc__ = __doc__
    code = "NL503"
    name = "date-after-publication"
    severity = Severity.WARNING
    graded = (Severity.INFO,)

    def check(self, ctx: CorpusContext) -> Iterable[Diagnostic]:
        placeable = corpus_reference_range(ctx.articles) is not None
        for facts in ctx.articles:
            reference = facts.reference_date
            if reference is not None and facts.reference_basis == "stated":
                for mention in facts.dates:
                    if (mention.context == "text" and not mention.relative
                            and mention.start is not None and mention.start > reference
                            and mention.event is not None and mention.event_span is not None
                            and mention.tense == "past" and _is_verb(mention.event_text)):
                        yield make_diagnostic(
                            self, facts, mention.span,
                            f'"{mention.event_text}" is past tense but "{mention.text}" is '
                            f"after this article's date ({reference.isoformat()}): check the "
                            "date, the article's date or the tense",
                            key=f"future-past:{mention.event}:{mention.subject}:{mention.key}",
                            content=mention.text,
                        )
            if reference is None and not placeable:
                unplaced = [m for m in facts.dates if m.relative and m.start is None
                            and m.context == "text"]
                if unplaced:
                    first = unplaced[0]
                    yield make_diagnostic(
                        self, facts, first.span,
                        f'"{first.text}" and {len(unplaced) - 1} other relative date(s) cannot '
                        "be placed: the article has no date and none can be inferred; add "
                        "date: to its front matter or a dates: entry to the configuration"
                        if len(unplaced) > 1 else
                        f'"{first.text}" cannot be placed: the article has no date and none '
                        "can be inferred; add date: to its front matter or a dates: entry to "
                        "the configuration",
                        key="no-reference-date", severity=Severity.INFO, content=first.text,
                    )


def _is_verb(text: str | None) -> bool:
    """Nouns ("the launch of R1 in March") carry no tense of their own."""
    return text is not None and " ".join(text.lower().split()) in event_table().verb_event
