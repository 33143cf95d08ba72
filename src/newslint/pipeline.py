"""The pipeline: load → extract and per-article rules (per file, in parallel) → stories →
index and cross-article rules (per story, story_phase.py) → diagnostics.

Around it: the cache, suppression comments (NL009 for unused ones), per-file ignores, and
the focus set (pre-commit: check the corpus, report what touches some files).
"""

from __future__ import annotations

import gc
import os
import stat
import time
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from newslint.diagnostics import Diagnostic, fingerprint, sort_diagnostics
from newslint.facts import ArticleFacts
from newslint.file_task import (
    FileResult,
    FileTask,
    PackingTask,
    check_file,
    failed_file,
    internal_error,
)
from newslint.focus import focus_ids, introduced, without
from newslint.index.stories import Signature
from newslint.load import discover
from newslint.rules import all_rules
from newslint.rules.base import CorpusRule, Rule
from newslint.settings import Settings
from newslint.story_phase import (
    MIN_ARTICLES_PER_WORKER,
    FactSources,
    Progress,
    check_stories,
    split_stories,
)
from newslint.suppress import Directive, apply_suppressions, unused
from newslint.timing import Timings
from newslint.workers import worker_pool

if TYPE_CHECKING:
    from newslint.cache import FactCache

# Starting worker processes costs more than checking a small corpus in one.
_MIN_FILES_PER_WORKER = MIN_ARTICLES_PER_WORKER
# Facts extracted in this process are kept for the cross-article rules when there are few
# (an edit or two); more go to the cache as they come and are read back story by story, so
# memory does not grow with the corpus (about 110 KB per article as objects).
_HOLD_FACTS_UP_TO = 1_000


@dataclass(slots=True)
class RunResult:
    diagnostics: list[Diagnostic]
    files: int
    article_paths: Sequence[str]  # every file that was read as an article
    suppressed: int = 0
    cached: int = 0  # files whose per-article results came from the cache
    root: Path | None = None  # the project root; machine formats give paths relative to it
    rules: Sequence[Rule] = ()  # every rule known to this run (for SARIF's rule table)
    timings: dict[str, float] = field(default_factory=dict)  # seconds per stage
    stories: int = 0  # stories the corpus was split into
    stories_checked: int = 0  # stories whose cross-article findings were not in the cache
    # In focus mode, every finding of the corpus (the baseline is compared with these).
    unfocused: list[Diagnostic] | None = None
    partition: Sequence[Sequence[str]] = ()  # the stories, as sorted lists of article ids


ProgressCallback = Progress


def run(paths: Iterable[str | os.PathLike[str]], settings: Settings,
        focus: Collection[Path] | None = None,
        progress: ProgressCallback | None = None) -> RunResult:
    """Check every article under `paths`. Raises PathNotFound / RuleDataError on usage errors.

    Per-article work (load, extract, per-article rules) runs per file, in parallel and
    cached. The corpus is then split into stories (index/stories.py) and every cross-article
    rule runs on one story at a time; a story's findings are cached under its articles'
    entries, so after an edit only the edited article's story is checked again.

    With `focus` (files, e.g. from pre-commit), report only the findings those files
    introduce or change, located in them (focus.py).
    """
    from newslint.cache import FactCache

    timings = Timings()
    with timings.stage("discover"):
        files = [p for p in discover(paths) if settings.is_article(p)]
        rules = all_rules(settings.rule_packs)  # fail early on a broken rule pack
    store = FactCache(settings.root or Path.cwd()) if settings.cache else None
    try:
        with timings.stage("files (wall)"):
            checked = _check_files(files, settings, store, timings, progress)
        articles = [r for r in checked.results if r.ident is not None]
        with timings.stage("stories"):
            stories, partition, story_entries = split_stories(
                {r.ident: r.story or Signature(None, "") for r in articles
                 if r.ident is not None}, settings, store)
        corpus_rules = [r for r in rules
                        if isinstance(r, CorpusRule) and settings.is_enabled(r.code)]
        found, recomputed = check_stories(partition, stories, corpus_rules, checked.sources,
                                          settings, store, timings, story_entries, progress)
        before: list[Diagnostic] = []
        if focus is not None:  # the changed articles' stories as they are without them
            changed = focus_ids({r.ident: r.path for r in articles if r.ident}, focus)
            with timings.stage("focus"):
                before, _ = check_stories(without(partition, changed), stories, corpus_rules,
                                          checked.sources, settings, None, timings)
    finally:
        if store is not None:
            store.close()
    diagnostics = [d for r in checked.results for d in r.diagnostics]
    diagnostics.extend(found)
    with timings.stage("suppressions"):
        diagnostics = _apply_settings(diagnostics, settings)
        # Directives are mutated (marked used): work on copies, cached results stay clean.
        directives = {r.path: [replace(d, used=set()) for d in r.directives]
                      for r in checked.results if r.directives}
        kept = apply_suppressions(diagnostics, directives)
        suppressed = len(diagnostics) - len(kept)
        kept.extend(_unused_suppressions(directives, settings))
        everything = None
        if focus is not None:
            copies = {r.path: [replace(d, used=set()) for d in r.directives]
                      for r in checked.results if r.directives}
            before = apply_suppressions(_apply_settings(before, settings), copies)
            everything = sort_diagnostics(kept)
            kept = introduced(everything, before, focus)
        kept = sort_diagnostics(kept)
    return RunResult(kept, len(files), sorted(r.path for r in articles), suppressed,
                     checked.cached, (settings.root or Path.cwd()).resolve(), rules,
                     timings.seconds, len(partition), recomputed, everything, partition)


@dataclass(slots=True)
class _Checked:
    """Per-file results (without facts), and where each article's facts can be found."""

    results: list[FileResult]
    cached: int
    sources: FactSources


def _check_files(files: Sequence[Path], settings: Settings, store: FactCache | None,
                 timings: Timings, progress: ProgressCallback | None = None) -> _Checked:
    from newslint.cache import facts_blob

    with timings.stage("cache read"):
        keys, results = _cached_results(files, settings, store)
    todo = [number for number, result in enumerate(results) if result is None]
    # With a store, facts go there as they come and are read back story by story; memory
    # then does not grow with the corpus. Without one they are held, pickled when a worker
    # sent them so (about a third of their size as objects).
    hold_objects = store is None or len(todo) <= _HOLD_FACTS_UP_TO
    held: dict[str, ArticleFacts | bytes] = {}
    pending: dict[str, tuple[str, FileResult, bytes]] = {}

    # What is kept here lives to the end of the run: each batch is moved out of the cyclic
    # collector's reach (as _serially does), or every full collection would scan all of the
    # corpus again, a cost growing with its square. Left alone when the embedding program
    # froze objects itself.
    freezing = not gc.get_freeze_count()
    count = 0

    def flush() -> None:
        if store is not None and pending:
            with timings.stage("cache write"):
                store.put_many(pending)
            pending.clear()
        if freezing:
            gc.freeze()

    def keep(number: int, result: FileResult) -> None:
        nonlocal count
        facts, blob = result.facts, result.facts_blob
        result.facts = result.facts_blob = None
        timings.add(result.timings)
        result.timings = {}
        results[number] = result
        if number in keys and not result.uncacheable:
            if blob is None:
                blob = facts_blob(facts)
            pending[keys[number]] = (result.path, result, blob)
        count += 1
        if count % 500 == 0:
            flush()
        if result.ident is None:
            return
        if facts is not None and hold_objects:
            held[result.ident] = facts
        elif number not in keys and (facts is not None or blob is not None):
            held[result.ident] = blob if blob is not None else facts  # type: ignore[assignment]

    try:
        _compute(files, todo, settings, keep, progress)
        flush()
    finally:
        if freezing:
            gc.unfreeze()
    final = [r for r in results if r is not None]
    return _Checked(final, len(files) - len(todo), FactSources(
        {r.ident: keys[n] for n, r in enumerate(results)
         if r is not None and r.ident is not None and n in keys},
        held,
        {r.ident: files[n] for n, r in enumerate(results) if r is not None and r.ident},
        store.root if store is not None else None,
    ))


def _cached_results(files: Sequence[Path], settings: Settings, store: FactCache | None
                    ) -> tuple[dict[int, str], list[FileResult | None]]:
    """Cache keys by file number, and the results the cache already holds (None elsewhere).

    A file whose size, times and inode are those recorded last time is not read again: its
    recorded content digest stands (as git's index does)."""
    from newslint.cache import content_digest, entry_key, settings_fingerprint, stat_signature

    results: list[FileResult | None] = [None] * len(files)
    keys: dict[int, str] = {}
    if store is None:
        return keys, results
    settings_fp = settings_fingerprint(settings)
    known = store.file_digests()
    seen: list[tuple[str, str, str]] = []
    now = time.time_ns()
    for number, path in enumerate(files):
        display = path.as_posix()
        try:
            info = os.stat(path)
            if not stat.S_ISREG(info.st_mode) or info.st_size > settings.max_file_size:
                continue  # the loader reports on it
            signature = stat_signature(info)
            recorded = known.get(display)
            if recorded is not None and recorded[0] == signature:
                digest = recorded[1]
            else:
                digest = content_digest(path.read_bytes())
                if _settled(info, now):
                    seen.append((display, signature, digest))
        except OSError:
            continue
        keys[number] = entry_key(digest, display, settings.date_of(path, display), settings_fp)
    store.put_file_digests(seen)
    hits = store.get_summaries(keys.values())
    for number, key in keys.items():
        entry = hits.get(key)
        if isinstance(entry, FileResult) and entry.path == files[number].as_posix():
            results[number] = entry
    return keys, results


def _settled(info: os.stat_result, now: int) -> bool:
    """Whether a file's signature can be trusted next time. A file written within one
    timestamp tick of now may be written again in the same tick without its size changing:
    it is read again next time (as git treats "racily clean" files). Whole-second
    timestamps (FAT, some network mounts) tick every 2 s; others within milliseconds."""
    tick = 2_000_000_000 if info.st_mtime_ns % 1_000_000_000 == 0 else 100_000_000
    return max(info.st_mtime_ns, info.st_ctime_ns) < now - tick


def _compute(files: Sequence[Path], todo: Sequence[int], settings: Settings,
             keep: Callable[[int, FileResult], None],
             progress: ProgressCallback | None = None) -> None:
    """Run the per-file task on files[n] for n in todo; keep(n, result) in input order.

    A worker process that dies (a crash in a C extension, the kernel's out-of-memory
    killer) loses only the file it was on: the files not yet reported are checked again
    one per task in a single worker, which names the one that kills it (NL010); the rest
    then go back to the full pool."""
    jobs = settings.jobs or os.cpu_count() or 1
    jobs = min(jobs, max(1, len(todo) // _MIN_FILES_PER_WORKER))
    paths = [files[n] for n in todo]
    if jobs <= 1:
        for number, result in zip(todo, _serially(FileTask(settings), paths, progress),
                                  strict=True):
            keep(number, result)
        return
    task = PackingTask(settings)
    done, isolating = 0, False
    while done < len(paths):
        rest = paths[done:]
        try:
            with worker_pool(1 if isolating else jobs) as pool:
                chunk = 1 if isolating else max(1, min(64, len(rest) // (jobs * 8)))
                # map keeps the input order: results do not depend on which worker ran first.
                for result in pool.map(task, rest, chunksize=chunk):
                    keep(todo[done], result)
                    done += 1
                    if progress is not None:
                        progress(done, len(paths))
        except BrokenProcessPool:
            if isolating:
                keep(todo[done], failed_file(paths[done].as_posix(), "NL010",
                                             "a worker process died while checking this "
                                             "file; its findings are missing"))
                done += 1
            isolating = not isolating


def _counted(results: Iterable[FileResult], total: int,
             progress: ProgressCallback | None) -> Iterator[FileResult]:
    for done, result in enumerate(results, 1):
        yield result
        if progress is not None:
            progress(done, total)


def _serially(task: Callable[[Path], FileResult], files: Sequence[Path],
              progress: ProgressCallback | None = None) -> Iterator[FileResult]:
    """task(path) for each file, in one process.

    Facts held for the cross-article rules stay alive to the end of the run, and the cyclic
    garbage collector would scan all of them again on each full collection (a tenth of the
    CPU time on 1,000 articles, growing with the corpus): each finished result is moved out
    of its reach with gc.freeze(), and put back with gc.unfreeze() at the end. Left alone
    when the embedding program froze objects itself."""
    if gc.get_freeze_count():
        yield from _counted(map(task, files), len(files), progress)
        return
    try:
        for done, path in enumerate(files, 1):
            yield task(path)
            gc.freeze()
            if progress is not None:
                progress(done, len(files))
    finally:
        gc.unfreeze()


def _apply_settings(diagnostics: list[Diagnostic], settings: Settings) -> list[Diagnostic]:
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


__all__ = ["FileResult", "RunResult", "check_file", "internal_error", "run"]
