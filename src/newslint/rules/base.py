"""Rule base classes and the contexts rules report through."""

from __future__ import annotations

import inspect
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar, Literal

from newslint.diagnostics import Diagnostic, Edit, Location, Severity, fingerprint
from newslint.facts import ArticleFacts, Span

if TYPE_CHECKING:
    from newslint.index import CorpusIndex
    from newslint.load.article import Article

Scope = Literal["input", "article", "corpus"]


class Rule:
    """A check with a stable code. Its docstring is its user documentation.

    The docstring has three parts, as `newslint rule CODE` prints them:
    "What it flags", "Why it matters to an editor", "Example".
    """

    code: ClassVar[str]
    name: ClassVar[str]
    severity: ClassVar[Severity] = Severity.WARNING
    # The other severities a finding can carry: a rule that grades its findings by how sure
    # it is (its docstring says how) names them, so a listing never promises a level the
    # findings do not have.
    graded: ClassVar[tuple[Severity, ...]] = ()
    scope: ClassVar[Scope]

    @property
    def severities(self) -> tuple[Severity, ...]:
        """Every severity its findings can have, least severe first."""
        return tuple(sorted({self.severity, *self.graded}))

    @property
    def severity_text(self) -> str:
        """'warning', or 'info to error' for a rule that grades its findings."""
        low, high = self.severities[0], self.severities[-1]
        return low.label if low == high else f"{low.label} to {high.label}"

    @property
    def doc(self) -> str:
        return inspect.cleandoc(type(self).__doc__ or "")

    @property
    def summary(self) -> str:
        for line in self.doc.splitlines():
            text = line.strip()
            if text and not text.startswith("#"):
                return text
        return ""

    def options(self, settings: Any) -> dict[str, Any]:
        all_options = getattr(settings, "rule_options", None) or {}
        return dict(all_options.get(self.code, {}))


class InputRule(Rule):
    """A problem with an input file, reported by the loader (NL0xx)."""

    scope: ClassVar[Scope] = "input"


class ArticleRule(Rule):
    scope: ClassVar[Scope] = "article"

    def check(self, ctx: ArticleContext) -> Iterable[Diagnostic]:
        raise NotImplementedError


class CorpusRule(Rule):
    """A cross-article rule: it reads the index, never all pairs of articles."""

    scope: ClassVar[Scope] = "corpus"

    def check(self, ctx: CorpusContext) -> Iterable[Diagnostic]:
        raise NotImplementedError


@dataclass(frozen=True, slots=True)
class Related:
    facts: ArticleFacts
    span: Span
    note: str


def make_diagnostic(
    rule: Rule,
    facts: ArticleFacts,
    span: Span,
    message: str,
    key: str,
    related: Sequence[Related] = (),
    severity: Severity | None = None,
    involved: Sequence[str] | None = None,
    fixes: Sequence[Edit] = (),
    detail: bool = False,
    group: str = "",
    content: str = "",
    same_fact_as: tuple[str, ...] = (),
) -> Diagnostic:
    """Build a diagnostic and its fingerprint.

    `involved` names the articles that make the finding (default: every article located);
    pass it when a related location is only an illustration. A per-article finding's
    fingerprint comes from the code, the key and its article. A cross-article finding's
    comes from the code, the key and `content`, what the flagged article says (the odd
    figure, the wording): never from which articles or file names are involved, so a
    story that grows by consistent articles, or files renamed, keep their baseline.
    """
    ids = involved if involved is not None else [facts.id, *(r.facts.id for r in related)]
    illustrative = bool(related) and not any(r.facts.id in ids for r in related
                                             if r.facts.id != facts.id)
    if isinstance(rule, CorpusRule):
        ids = [" ".join(content.lower().split())] if content else []
    return Diagnostic(
        code=rule.code,
        rule=rule.name,
        severity=severity or rule.severity,
        message=message,
        location=span.location(facts.path),
        related=tuple(r.span.location(r.facts.path, r.note) for r in related),
        fingerprint=fingerprint(rule.code, key, ids),
        key=key,
        illustrative=illustrative,
        fixes=tuple(fixes),
        detail=detail,
        same_fact_as=same_fact_as,
        group=group,
    )


@dataclass(slots=True)
class ArticleContext:
    article: Article
    facts: ArticleFacts
    settings: Any = None
    diagnostics: list[Diagnostic] = field(default_factory=list)

    def span(self, start: int, end: int) -> Span:
        line, col, end_line, end_col = self.article.span_position(start, end)
        return Span(start, end, line, col, end_line, end_col)


@dataclass(slots=True)
class CorpusContext:
    index: CorpusIndex
    settings: Any = None

    @property
    def articles(self) -> Sequence[ArticleFacts]:
        return self.index.articles


def certain_edit(facts: ArticleFacts, span: Span, old: str, new: str) -> tuple[Edit, ...]:
    """The edit replacing `old` at `span` by `new`, or none where a fix is never certain:
    inside quoted words (the speaker's, not ours to correct) or an embedded post. Front
    matter holds no facts, so no span points into it."""
    for hedge in facts.hedges:
        if hedge.kind == "quote" and hedge.start < span.end and span.start < hedge.end:
            return ()
    for quote in facts.quotes:
        if quote.span.start < span.end and span.start < quote.span.end:
            return ()
    for post in facts.posts:
        if post.span.start < span.end and span.start < post.span.end:
            return ()
    if old == new:
        return ()
    return (Edit(facts.path, span.start, span.end, old, new),)


def location_of(facts: ArticleFacts, span: Span, note: str = "") -> Location:
    return span.location(facts.path, note)


def iter_rules_of(module: Any) -> Iterator[type[Rule]]:
    for value in vars(module).values():
        if (
            inspect.isclass(value)
            and issubclass(value, Rule)
            and value.__module__ == module.__name__
            and "code" in vars(value)
        ):
            yield value
