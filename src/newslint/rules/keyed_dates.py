"""Shared by the date rules: the keyed date conflicts of a story, found once, and the
finding each rule makes of its share of them (NL501 events, NL502 weekdays, NL504 one
article dating one event twice)."""

from __future__ import annotations

from newslint.diagnostics import Diagnostic, Severity
from newslint.index.date_conflicts import KeyedConflict, conflict_text, keyed_conflicts
from newslint.index.date_occasions import occasion_pairs
from newslint.index.date_things import thing_pairs
from newslint.index.speech_dates import said_pairs
from newslint.index.year_spans import tenure_pairs
from newslint.rules.base import CorpusContext, CorpusRule, Related, make_diagnostic


def story_conflicts(ctx: CorpusContext) -> list[KeyedConflict]:
    return ctx.index.shared(
        "keyed date conflicts", lambda: keyed_conflicts(
            ctx.articles, ctx.index.stories,
            said_pairs(ctx.articles) + occasion_pairs(ctx.articles, ctx.index.stories)
            + thing_pairs(ctx.articles, ctx.index.stories)
            + tenure_pairs(ctx.articles, ctx.index.stories)))


def keyed_finding(rule: CorpusRule, conflict: KeyedConflict, max_related: int, key: str,
                  severity: Severity | None) -> Diagnostic:
    message, related = conflict_text(conflict, max_related)
    mention = conflict.entry.mention
    return make_diagnostic(
        rule, conflict.entry.article, mention.span, message,
        key=f"{key}:{mention.head}:{mention.key}",
        related=[Related(a, m.span, note) for a, m, note in related],
        severity=severity)
