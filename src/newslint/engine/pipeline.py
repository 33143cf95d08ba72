"""The run, one stage after another: discover → load and extract, through the cache →
stories → cross-article rules → select and suppress → the result the reporters format.

Each stage is one call below; what it needs comes from the stages above it. The per-file
and per-story work is run by an engine (base.py), by default the local one (local.py:
processes on this machine).
"""

from __future__ import annotations

import os
from collections.abc import Collection, Iterable, Sequence
from pathlib import Path

from newslint.diagnostics import Diagnostic
from newslint.engine.articles import check_articles
from newslint.engine.base import Engine
from newslint.engine.cache import FactCache
from newslint.engine.file_task import FileResult
from newslint.engine.focus import focus_ids, without
from newslint.engine.keys import settings_fingerprint
from newslint.engine.local import LocalEngine
from newslint.engine.result import Progress, RunResult
from newslint.engine.select import select_and_suppress
from newslint.engine.story_phase import check_stories, split_stories
from newslint.index.stories import Signature
from newslint.load import discover
from newslint.load.remote import RemoteFile
from newslint.rules import all_rules
from newslint.rules.base import CorpusRule
from newslint.settings import Settings
from newslint.timing import Timings


def run(paths: Iterable[str | os.PathLike[str]], settings: Settings,
        focus: Collection[Path] | None = None,
        progress: Progress | None = None, engine: Engine | None = None) -> RunResult:
    """Check every article under `paths`. Raises PathNotFound / RuleDataError on usage errors.

    Per-article work (load, extract, per-article rules) runs per file, in parallel and
    cached. The corpus is then split into stories (index/stories.py) and every cross-article
    rule runs on one story at a time; a story's findings are cached under its articles'
    entries, so after an edit only the edited article's story is checked again.

    With `focus` (files, e.g. from pre-commit), report only the findings those files
    introduce or change, located in them (focus.py).

    `engine` runs the per-file and per-story work (default: processes on this machine).
    """
    engine = engine or LocalEngine()
    timings = Timings()
    with timings.stage("discover"):
        files = [p for p in discover(paths) if settings.is_article(p)]
        rules = all_rules(settings.rule_packs)  # fail early on a broken rule pack
    store = open_store(settings)
    try:
        with timings.stage("files (wall)"):
            checked = check_articles(files, settings, store, engine, timings, progress)
        articles = checked.articles
        with timings.stage("stories"):
            stories, partition, story_entries = split_stories(_signatures(articles), store,
                                                              engine)
        corpus_rules = [r for r in rules
                        if isinstance(r, CorpusRule) and settings.is_enabled(r.code)]
        found, recomputed = check_stories(partition, stories, corpus_rules, checked.sources,
                                          settings, store, engine, timings, story_entries,
                                          progress)
        before: list[Diagnostic] = []
        if focus is not None:  # the changed articles' stories as they are without them
            changed = focus_ids({r.ident: r.path for r in articles if r.ident}, focus)
            with timings.stage("focus"):
                before, _ = check_stories(without(partition, changed), stories, corpus_rules,
                                          checked.sources, settings, None, engine, timings)
    finally:
        if store is not None:
            store.close()
    with timings.stage("suppressions"):
        chosen = select_and_suppress(checked.results, found, settings, focus, before,
                                     _url_relatives(files))
    return RunResult(chosen.diagnostics, len(files), sorted(r.path for r in articles),
                     chosen.suppressed, checked.cached, (settings.root or Path.cwd()).resolve(),
                     rules, timings.both(), len(partition), recomputed, chosen.unfocused,
                     partition)


def open_store(settings: Settings) -> FactCache | None:
    """The cache of this run (None with --no-cache), its keys made from these settings."""
    if not settings.cache:
        return None
    return FactCache(settings.root or Path.cwd(), fingerprint=settings_fingerprint(settings))


def _signatures(articles: Sequence[FileResult]) -> dict[str, Signature]:
    """Article id → what ties it to its story."""
    return {r.ident: r.story or Signature(None, "") for r in articles if r.ident is not None}


def _url_relatives(files: Sequence[Path | RemoteFile]) -> dict[str, str]:
    """What per-file ignores match for an article named by URL: its path under the URL
    it was found under (a local file's is worked out from the project root)."""
    return {f.url: f.ident for f in files if isinstance(f, RemoteFile)}
