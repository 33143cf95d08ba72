"""The pipeline: load → extract (per article, in parallel) → index → rules → diagnostics."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path

from newslint.diagnostics import Diagnostic, Location, sort_diagnostics
from newslint.extract import ArticleFacts, extract_article
from newslint.index import CorpusIndex
from newslint.load import LoadProblem, discover, load_article
from newslint.rules import all_rules
from newslint.rules.base import ArticleContext, ArticleRule, CorpusContext, CorpusRule, Rule
from newslint.settings import Settings

# Starting worker processes costs more than checking a small corpus in one.
_MIN_FILES_PER_WORKER = 40


@dataclass(slots=True)
class FileResult:
    path: str
    facts: ArticleFacts | None
    diagnostics: list[Diagnostic] = field(default_factory=list)


@dataclass(slots=True)
class RunResult:
    diagnostics: list[Diagnostic]
    files: int
    articles: Sequence[ArticleFacts]


def run(paths: Iterable[str | os.PathLike[str]], settings: Settings) -> RunResult:
    """Check every article under `paths`. Raises PathNotFound / RuleDataError on usage errors."""
    files = discover(paths)
    rules = all_rules(settings.rule_packs)  # fail early on a broken rule pack
    results = _check_files(files, settings)
    facts = [r.facts for r in results if r.facts is not None]
    diagnostics = [d for r in results for d in r.diagnostics]
    index = CorpusIndex(facts)
    context = CorpusContext(index, settings)
    for rule in rules:
        if isinstance(rule, CorpusRule) and settings.is_enabled(rule.code):
            diagnostics.extend(rule.check(context))
    diagnostics = _apply_settings(diagnostics, settings)
    return RunResult(sort_diagnostics(diagnostics), len(files), index.articles)


def _check_files(files: Sequence[Path], settings: Settings) -> list[FileResult]:
    jobs = settings.jobs or os.cpu_count() or 1
    jobs = min(jobs, max(1, len(files) // _MIN_FILES_PER_WORKER))
    task: Callable[[Path], FileResult] = _FileTask(settings)
    if jobs <= 1:
        return [task(path) for path in files]
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        # map keeps the input order, so results do not depend on which worker ran first.
        return list(pool.map(task, files, chunksize=max(1, len(files) // (jobs * 8))))


class _FileTask:
    """Load, extract and run the per-article rules for one file (runs in a worker)."""

    def __init__(self, settings: Settings):
        self.settings = settings

    def __call__(self, path: Path) -> FileResult:
        display = path.as_posix()
        article, problems = load_article(path, display, article_id(path),
                                         self.settings.max_file_size)
        diagnostics = [_problem_diagnostic(display, p) for p in problems]
        if article is None:
            return FileResult(display, None, diagnostics)
        if display in self.settings.dates and "date" not in article.meta:
            article.meta["date"] = self.settings.dates[display]
        facts = extract_article(article)
        context = ArticleContext(article, facts, self.settings)
        for rule in all_rules(self.settings.rule_packs):
            if isinstance(rule, ArticleRule) and self.settings.is_enabled(rule.code):
                diagnostics.extend(rule.check(context))
        return FileResult(display, facts, diagnostics)


def article_id(path: Path) -> str:
    return path.as_posix()


def _problem_diagnostic(path: str, problem: LoadProblem) -> Diagnostic:
    from newslint.diagnostics import fingerprint
    from newslint.rules import find_rule

    rule: Rule | None = find_rule(problem.code)
    assert rule is not None, problem.code
    location = Location(path, problem.line, problem.col, problem.line, problem.col)
    return Diagnostic(
        code=rule.code,
        rule=rule.name,
        severity=rule.severity,
        message=problem.message,
        location=location,
        fingerprint=fingerprint(rule.code, problem.message.split(";")[0], [path]),
        key=problem.code,
    )


def _apply_settings(diagnostics: list[Diagnostic], settings: Settings) -> list[Diagnostic]:
    out = []
    for diagnostic in diagnostics:
        if not settings.is_enabled(diagnostic.code):
            continue
        severity = settings.severity_of(diagnostic.code, diagnostic.severity)
        if severity != diagnostic.severity:
            diagnostic = replace(diagnostic, severity=severity)
        out.append(diagnostic)
    return out
