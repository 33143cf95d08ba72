"""One event given two dates in the same article.

## What it flags
Two sentences of one article that retell one event (the same head verb or event noun, the
same names, mostly the same words) with dates that cannot both be right, each read from
the article's own publication date. An article often tells of one kind of event twice (two
filings, two letters), so only a retelling counts; plans and what happened are not compared
with each other, nor dates more than a year apart. It is info: an editor checks which
reading is meant.

## Why it matters to an editor
A reader who meets "on Monday" in the second paragraph and "on Wednesday" in the ninth for
the same release trusts neither. Cross-article checks cannot see it: the article disagrees
only with itself.

## Example
Flagged, in an article dated Friday 2025-03-14:

    Officials said Hamas freed the three hostages from the tunnel in Gaza on Monday.
    [...]
    Aid workers said Hamas freed the three hostages from the tunnel in Gaza on Wednesday.

Fixed (after checking):

    Aid workers said Hamas freed the three hostages from the tunnel in Gaza on Monday.
"""

from __future__ import annotations

from collections.abc import Iterable

from newslint.diagnostics import Diagnostic, Severity
from newslint.rules.base import CorpusContext, CorpusRule
from newslint.rules.keyed_dates import keyed_finding, story_conflicts


class EventDatedTwice(CorpusRule):
    __doc__ = __doc__
    code = "NL504"
    name = "event-dated-twice"
    severity = Severity.INFO

    def check(self, ctx: CorpusContext) -> Iterable[Diagnostic]:
        for conflict in story_conflicts(ctx):
            if not conflict.within:
                continue
            mention = conflict.entry.mention
            if any(o.mention.span.start > mention.span.start for o in conflict.others):
                continue  # reported once, at the later mention
            yield keyed_finding(self, conflict, 2, "twice", None)
