"""The pipeline: load → extract (per article, in parallel) → index → rules → diagnostics.

Around it: the per-article cache, suppression comments (NL009 for unused ones), per-file
ignores, and the focus set (pre-commit: check the corpus, report what touches some files).
"""

from __future__ import annotations

import gc
import os
import stat
from collections.abc import Callable, Collection, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from newslint.diagnostics import Diagnostic, Location, fingerprint, sort_diagnostics
from newslint.extract import ArticleFacts, extract_article
from newslint.index import CorpusIndex
from newslint.load import LoadProblem, discover, load_article
from newslint.rules import all_rules
from newslint.rules.base import ArticleContext, ArticleRule, CorpusContext, CorpusRule, Rule
from newslint.settings import Settings
from newslint.suppress import Directive, apply_suppressions, parse_directives, unused
from newslint.timing import Timings

if TYPE_CHECKING:
    from newslint.cache import FactCache

# Starting worker processes costs more than checking a small corpus in one.
_MIN_FILES_PER_WORKER = 40


@dataclass(slots=True)
class FileResult:
    path: str
    facts: ArticleFacts | None
    # Load problems and every per-article rule's findings, before selection and suppression.
    diagnostics: list[Diagnostic] = field(default_factory=list)
    directives: tuple[Directive, ...] = ()
    # Seconds per stage for this file (load, extract:<kind>, article rules); not cached.
    timings: dict[str, float] = field(default_factory=dict)


@dataclass(slots=True)
class RunResult:
    diagnostics: list[Diagnostic]
    files: int
    articles: Sequence[ArticleFacts]
    suppressed: int = 0
    cached: int = 0  # files whose facts came from the cache
    root: Path | None = None  # the project root; machine formats give paths relative to it
    rules: Sequence[Rule] = ()  # every rule known to this run (for SARIF's rule table)
    timings: dict[str, float] = field(default_factory=dict)  # seconds per stage


ProgressCallback = Callable[[int, int], None]


def run(paths: Iterable[str | os.PathLike[str]], settings: Settings,
        focus: Collection[Path] | None = None,
        progress: ProgressCallback | None = None) -> RunResult:
    """Check every article under `paths`. Raises PathNotFound / RuleDataError on usage errors.

    With `focus` (files, e.g. from pre-commit), report only findings located in one of them,
    with the primary location moved into it.
    """
    timings = Timings()
    with timings.stage("discover"):
        files = [p for p in discover(paths) if settings.is_article(p)]
        rules = all_rules(settings.rule_packs)  # fail early on a broken rule pack
    with timings.stage("files (wall)"):
        results, cached = _check_files(files, settings, timings, progress)
    for result in results:
        timings.add(result.timings)
    facts = [r.facts for r in results if r.facts is not None]
    diagnostics = [d for r in results for d in r.diagnostics]
    with timings.stage("index"):
        index = CorpusIndex(facts)
        context = CorpusContext(index, settings)
    for rule in rules:
        if isinstance(rule, CorpusRule) and settings.is_enabled(rule.code):
            with timings.stage(f"corpus rule {rule.code}"):
                diagnostics.extend(rule.check(context))
    with timings.stage("suppressions"):
        diagnostics = _apply_settings(diagnostics, settings)
        # Directives are mutated (marked used): work on copies, cached results stay clean.
        directives = {r.path: [replace(d, used=set()) for d in r.directives]
                      for r in results if r.directives}
        kept = apply_suppressions(diagnostics, directives)
        suppressed = len(diagnostics) - len(kept)
        kept.extend(_unused_suppressions(directives, settings))
        if focus is not None:
            kept = _focus(kept, focus)
        kept = sort_diagnostics(kept)
    return RunResult(kept, len(files), index.articles, suppressed, cached,
                     (settings.root or Path.cwd()).resolve(), rules, timings.seconds)


def _check_files(files: Sequence[Path], settings: Settings, timings: Timings,
                 progress: ProgressCallback | None = None) -> tuple[list[FileResult], int]:
    from newslint.cache import FactCache

    store = FactCache(settings.root or Path.cwd()) if settings.cache else None
    with timings.stage("cache read"):
        keys, results = _cached_results(files, settings, store)
    todo = [number for number, result in enumerate(results) if result is None]
    fresh = _compute([files[n] for n in todo], settings, progress)
    for number, result in zip(todo, fresh, strict=True):
        results[number] = result
    if store is not None:
        with timings.stage("cache write"):
            store.put_many({keys[n]: (files[n].as_posix(), replace(results[n], timings={}))
                            for n in todo if n in keys})
            store.close()
    return [r for r in results if r is not None], len(files) - len(todo)


def _cached_results(files: Sequence[Path], settings: Settings, store: FactCache | None
                    ) -> tuple[dict[int, str], list[FileResult | None]]:
    """Cache keys by file number, and the results the cache already holds (None elsewhere)."""
    from newslint.cache import entry_key, settings_fingerprint

    results: list[FileResult | None] = [None] * len(files)
    keys: dict[int, str] = {}
    if store is None:
        return keys, results
    settings_fp = settings_fingerprint(settings)
    for number, path in enumerate(files):
        data = _read_for_cache(path, settings.max_file_size)
        if data is not None:
            display = path.as_posix()
            keys[number] = entry_key(data, display, settings.date_of(path, display),
                                     settings_fp)
    hits = store.get_many(keys.values())
    for number, key in keys.items():
        entry = hits.get(key)
        if isinstance(entry, FileResult) and entry.path == files[number].as_posix():
            results[number] = entry
    return keys, results


def _read_for_cache(path: Path, max_bytes: int) -> bytes | None:
    """The bytes to key a cache entry on; None when the loader must report on the file."""
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode) or info.st_size > max_bytes:
            return None
        return path.read_bytes()
    except OSError:
        return None


def _compute(files: Sequence[Path], settings: Settings,
             progress: ProgressCallback | None = None) -> list[FileResult]:
    jobs = settings.jobs or os.cpu_count() or 1
    jobs = min(jobs, max(1, len(files) // _MIN_FILES_PER_WORKER))
    task: Callable[[Path], FileResult] = _FileTask(settings)
    if jobs <= 1:
        return _serially(task, files, progress)
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        # map keeps the input order, so results do not depend on which worker ran first.
        chunk = max(1, min(64, len(files) // (jobs * 8)))
        return _collect(pool.map(task, files, chunksize=chunk), len(files), progress)


def _collect(results: Iterable[FileResult], total: int,
             progress: ProgressCallback | None) -> list[FileResult]:
    collected: list[FileResult] = []
    for result in results:
        collected.append(result)
        if progress is not None:
            progress(len(collected), total)
    return collected


def _serially(task: Callable[[Path], FileResult], files: Sequence[Path],
              progress: ProgressCallback | None = None) -> list[FileResult]:
    """task(path) for each file, in one process.

    Every result stays alive to the end of the run, and the cyclic garbage collector would
    scan all of them again on each full collection (a tenth of the CPU time on 1,000
    articles, growing with the corpus): each finished result is moved out of its reach with
    gc.freeze(), and put back with gc.unfreeze() at the end. Left alone when the embedding
    program froze objects itself."""
    if gc.get_freeze_count():
        return _collect(map(task, files), len(files), progress)
    results: list[FileResult] = []
    try:
        for path in files:
            results.append(task(path))
            gc.freeze()
            if progress is not None:
                progress(len(results), len(files))
    finally:
        gc.unfreeze()
    return results


class _FileTask:
    """Load, extract and run the per-article rules for one file (runs in a worker).

    Every per-article rule runs, selected or not, so that a cached result serves any
    selection; the selection is applied afterwards.
    """

    def __init__(self, settings: Settings):
        self.settings = settings

    def __call__(self, path: Path) -> FileResult:
        timings = Timings()
        display = path.as_posix()
        ident = article_id(path, self.settings)
        with timings.stage("load"):
            article, problems = load_article(path, display, ident, self.settings.max_file_size)
        diagnostics = [_problem_diagnostic(display, ident, p) for p in problems]
        if article is None:
            return FileResult(display, None, diagnostics, timings=timings.seconds)
        date = self.settings.date_of(path, display)
        if date is not None and "date" not in article.meta:
            article.meta["date"] = date
        directives = parse_directives(article.text, article.meta, article.body_start,
                                      markdown=path.suffix.lower() in (".md", ".markdown"))
        facts = extract_article(article, timings)
        context = ArticleContext(article, facts, self.settings)
        with timings.stage("article rules"):
            for rule in all_rules(self.settings.rule_packs):
                if isinstance(rule, ArticleRule):
                    diagnostics.extend(rule.check(context))
        return FileResult(display, facts, diagnostics, directives, timings.seconds)


def article_id(path: Path, settings: Settings | None = None) -> str:
    """Path relative to the project root: ids and fingerprints do not depend on the cwd."""
    return settings.relative(path) if settings is not None else path.as_posix()


def _problem_diagnostic(path: str, ident: str, problem: LoadProblem) -> Diagnostic:
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
        fingerprint=fingerprint(rule.code, problem.message.split(";")[0], [ident]),
        key=problem.code,
    )


def _apply_settings(diagnostics: list[Diagnostic], settings: Settings) -> list[Diagnostic]:
    out = []
    ignored_by_path: dict[str, tuple[str, ...]] = {}
    for diagnostic in diagnostics:
        if not settings.is_enabled(diagnostic.code):
            continue
        if settings.per_file_ignores:
            path = diagnostic.path
            if path not in ignored_by_path:
                ignored_by_path[path] = settings.ignored_in(path)
            if any(diagnostic.code.startswith(c) for c in ignored_by_path[path]):
                continue
        out.append(_with_severity(diagnostic, settings))
    return out


def _with_severity(diagnostic: Diagnostic, settings: Settings) -> Diagnostic:
    severity = settings.severity_of(diagnostic.code, diagnostic.severity)
    return diagnostic if severity == diagnostic.severity else replace(diagnostic,
                                                                      severity=severity)


def _unused_suppressions(directives: dict[str, list[Directive]],
                         settings: Settings) -> list[Diagnostic]:
    from newslint.rules.nl009_unused_suppression import UnusedSuppression

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
            ident = settings.relative(Path(path))
            diagnostic = Diagnostic(rule.code, rule.name, rule.severity, message, location,
                                    fingerprint=fingerprint(rule.code, key, [ident]), key=key)
            out.append(_with_severity(diagnostic, settings))
    return _apply_settings(out, settings)


def _focus(diagnostics: list[Diagnostic], focus: Collection[Path]) -> list[Diagnostic]:
    wanted = {p.resolve() for p in focus}

    def inside(location: Location) -> bool:
        return Path(location.path).resolve() in wanted

    out = []
    for diagnostic in diagnostics:
        if inside(diagnostic.location):
            out.append(diagnostic)
            continue
        here = next((r for r in diagnostic.related if inside(r)), None)
        if here is None or diagnostic.illustrative:
            continue
        # Report it in the changed file; the original primary becomes a related location,
        # and the message says where it was flagged so that its "here" stays true.
        primary = diagnostic.location.with_message("flagged here")
        others = tuple(r for r in diagnostic.related if r is not here)
        origin = f"{Path(primary.path).name}:{primary.line}:{primary.col}"
        out.append(replace(diagnostic, location=here.with_message(""),
                           message=f"in {origin}: {diagnostic.message}",
                           related=(primary, *others)))
    return out
