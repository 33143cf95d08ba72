"""Select and suppress: the run's findings as the settings and the articles' suppression
comments want them (NL009 for the comments that silenced nothing), and in focus mode only
those the focus files introduce (focus.py)."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from newslint.diagnostics import Diagnostic, fingerprint, sort_diagnostics
from newslint.engine.file_task import FileResult
from newslint.engine.focus import introduced
from newslint.rules.nl009_unused_suppression import UnusedSuppression
from newslint.settings import Settings
from newslint.suppress import Directive, apply_suppressions, unused


@dataclass(slots=True)
class Selected:
    diagnostics: list[Diagnostic]  # sorted
    suppressed: int
    unfocused: list[Diagnostic] | None  # in focus mode, every finding of the corpus


def select_and_suppress(results: Sequence[FileResult], found: Sequence[Diagnostic],
                        settings: Settings, focus: Collection[Path] | None = None,
                        before: Sequence[Diagnostic] = (),
                        relatives: Mapping[str, str] | None = None) -> Selected:
    """The per-article findings of `results` and the cross-article ones `found`, selected
    and suppressed. With `focus`, `before` holds the findings of the focus articles'
    stories checked without them: only what the focus files change is kept.
    `relatives` gives per-file ignores the relative path of articles named by URL."""
    diagnostics = [d for r in results for d in r.diagnostics]
    diagnostics.extend(found)
    diagnostics = selected(diagnostics, settings, relatives)
    directives = _fresh_directives(results)
    kept = apply_suppressions(diagnostics, directives)
    suppressed = len(diagnostics) - len(kept)
    kept.extend(_unused_suppressions(directives, settings, relatives or {}))
    everything = None
    if focus is not None:
        earlier = apply_suppressions(selected(list(before), settings, relatives),
                                     _fresh_directives(results))
        everything = sort_diagnostics(kept)
        kept = introduced(everything, earlier, focus)
    return Selected(sort_diagnostics(kept), suppressed, everything)


def selected(diagnostics: list[Diagnostic], settings: Settings,
             relatives: Mapping[str, str] | None = None) -> list[Diagnostic]:
    """The findings of the selected rules, less per-file ignores, at their set severity."""
    out = []
    ignored_by_path: dict[str, tuple[str, ...]] = {}
    named = set(settings.select) | set(settings.extend_select)
    for diagnostic in diagnostics:
        if not settings.is_enabled(diagnostic.code):
            continue
        if diagnostic.detail and diagnostic.code not in named:
            continue  # shown by the finding it details (NL201 phrases under NL202)
        if settings.per_file_ignores:
            path = diagnostic.path
            if path not in ignored_by_path:
                ignored_by_path[path] = settings.ignored_in(
                    path, (relatives or {}).get(path))
            if any(diagnostic.code.startswith(c) for c in ignored_by_path[path]):
                continue
        out.append(_with_severity(diagnostic, settings))
    return _one_per_fact(out)


def _one_per_fact(diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    """One discrepancy is one finding: a finding whose fact another selected rule reports
    (same article, overlapping lines, no article the other leaves out) is not shown again."""
    if not any(d.same_fact_as for d in diagnostics):
        return diagnostics
    by_path: dict[str, list[Diagnostic]] = {}
    for d in diagnostics:
        by_path.setdefault(d.path, []).append(d)

    def covered(d: Diagnostic) -> bool:
        involved = {r.path for r in d.related} - {d.path}
        return any(o.code in d.same_fact_as
                   and o.location.line <= d.location.end_line
                   and d.location.line <= o.location.end_line
                   and involved <= {r.path for r in o.related}
                   for o in by_path[d.path])

    return [d for d in diagnostics if not (d.same_fact_as and covered(d))]


def _fresh_directives(results: Sequence[FileResult]) -> dict[str, list[Directive]]:
    """Directives are mutated (marked used): work on copies, cached results stay clean."""
    return {r.path: [replace(d, used=set()) for d in r.directives]
            for r in results if r.directives}


def _with_severity(diagnostic: Diagnostic, settings: Settings) -> Diagnostic:
    severity = settings.severity_of(diagnostic.code, diagnostic.severity)
    return diagnostic if severity == diagnostic.severity else replace(diagnostic,
                                                                      severity=severity)


def _unused_suppressions(directives: dict[str, list[Directive]], settings: Settings,
                         relatives: Mapping[str, str]) -> list[Diagnostic]:
    rule = UnusedSuppression()
    if not settings.is_enabled(rule.code):
        return []
    out = []
    for path, items in sorted(directives.items()):
        for directive in items:
            found = unused(path, directive, settings.is_enabled)
            if found is None:
                continue
            location, message, key = found
            ident = relatives.get(path) or settings.relative(Path(path))
            diagnostic = Diagnostic(rule.code, rule.name, rule.severity, message, location,
                                    fingerprint=fingerprint(rule.code, key, [ident]), key=key)
            out.append(_with_severity(diagnostic, settings))
    return selected(out, settings, relatives)
