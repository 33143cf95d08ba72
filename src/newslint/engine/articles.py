"""Load and extract, through the cache: every article's per-file result (its per-article
findings, suppression comments, story signature) and where its facts can be found for
the cross-article rules."""

from __future__ import annotations

import gc
import os
import stat
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from newslint.engine import summaries
from newslint.engine.base import Engine
from newslint.engine.blobs import facts_blob
from newslint.engine.cache import FactCache
from newslint.engine.file_task import FileResult
from newslint.engine.keys import content_digest, entry_key, stat_signature
from newslint.engine.result import Progress
from newslint.engine.run_index import Entry, valid
from newslint.facts import ArticleFacts
from newslint.load.remote import RemoteFile
from newslint.settings import Settings
from newslint.timing import Timings

# Facts extracted in this process are kept for the cross-article rules when there are few
# (an edit or two); more go to the cache as they come and are read back story by story, so
# memory does not grow with the corpus (about 110 KB per article as objects).
_HOLD_FACTS_UP_TO = 1_000
_POSIX = os.sep == "/"  # a path's posix form is its string
# The index of the last run's files (run_index.py) is written again once more than one
# file in this many was not answered by it. Until then the few edited since are looked up
# in the store (a row or two each): rewriting the whole index after every edit would cost
# more than reading it (5.7 MB at 10,000 real articles).
_REWRITE_SHARE = 100


@dataclass(slots=True)
class FactSources:
    """Where each article's facts are: the cache, memory, or (failing both) its file."""

    keys: dict[str, str]  # article id → cache entry key
    held: dict[str, ArticleFacts | bytes]  # article id → facts kept in memory (maybe pickled)
    # article id → file, to extract again if its cached facts are bad
    paths: dict[str, Path | RemoteFile]
    store_root: Path | None = None  # where worker processes read facts from


@dataclass(slots=True)
class Checked:
    """Per-file results (without facts), and where each article's facts can be found."""

    results: list[FileResult]
    cached: int
    sources: FactSources

    @property
    def articles(self) -> list[FileResult]:
        """The results of the files that were read as articles."""
        return [r for r in self.results if r.ident is not None]


def check_articles(files: Sequence[Path | RemoteFile], settings: Settings, store: FactCache | None,
                   engine: Engine, timings: Timings, progress: Progress | None = None
                   ) -> Checked:
    with timings.stage("cache read"):
        keyed = _cached_results(files, settings, store)
    keys, results = keyed.keys, keyed.results
    todo = [number for number, result in enumerate(results) if result is None]
    # With a store, facts go there as they come and are read back story by story; memory
    # then does not grow with the corpus. Without one they are held, pickled when a worker
    # sent them so (about a third of their size as objects).
    hold_objects = store is None or len(todo) <= _HOLD_FACTS_UP_TO
    held: dict[str, ArticleFacts | bytes] = {}
    pending: dict[str, tuple[str, FileResult, bytes]] = {}

    # What is kept here lives to the end of the run: each batch is moved out of the cyclic
    # collector's reach (as local._serially does), or every full collection would scan all
    # of the corpus again, a cost growing with its square. Left alone when the embedding
    # program froze objects itself.
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
        engine.map_files(files, todo, settings, keep, progress)
        flush()
    finally:
        if freezing:
            gc.unfreeze()
    if store is not None:
        with timings.stage("cache write"):
            _write_index(store, keyed, results)
    final = [r for r in results if r is not None]
    return Checked(final, len(files) - len(todo), FactSources(
        {r.ident: keys[n] for n, r in enumerate(results)
         if r is not None and r.ident is not None and n in keys},
        held,
        {r.ident: files[n] for n, r in enumerate(results) if r is not None and r.ident},
        store.root if store is not None else None,
    ))


@dataclass(slots=True)
class _Keyed:
    """The cache's answer for the files of a run, before any is checked."""

    keys: dict[int, str]  # file number → cache entry key
    results: list[FileResult | None]  # the results the cache holds (None elsewhere)
    # The index entries that answered for unchanged files, and what the index records of
    # the others (stat signature when settled, date), by file number.
    served: dict[int, Entry]
    fresh: dict[int, tuple[str | None, str]]
    index: dict[str, Entry]  # the index as read


def _cached_results(files: Sequence[Path | RemoteFile], settings: Settings, store: FactCache | None
                    ) -> _Keyed:
    """Cache keys by file number, and the results the cache already holds.

    A file whose size, times and inode are those recorded last time is not read again: the
    index of the last run (run_index.py) gives its key and summary, or failing that the
    store its recorded content digest (as git's index does)."""
    keyed = _Keyed({}, [None] * len(files), {}, {}, {})
    if store is None:
        return keyed
    keys, results, served = keyed.keys, keyed.results, keyed.served
    index = keyed.index = store.index()
    known: dict[str, tuple[str, str]] | None = None  # the store's digests of remote files
    seen: list[tuple[str, str, str]] = []
    misses: list[tuple[int, Path, str, os.stat_result, str, str]] = []
    now = time.time_ns()
    for number, path in enumerate(files):
        display = _display(path)
        if isinstance(path, RemoteFile):
            if known is None:
                known = store.file_digests()
            remote = _remote_digest(path, known.get(display), settings, seen)
            if remote is not None:
                keys[number] = entry_key(remote, display, settings.date_of(path, display),
                                         store.fingerprint)
            continue
        try:
            info = os.stat(display if _POSIX else path)
        except OSError:
            continue
        if not stat.S_ISREG(info.st_mode) or info.st_size > settings.max_file_size:
            continue  # the loader reports on it
        signature = stat_signature(info)
        date = str(settings.date_of(path, display))
        entry = index.get(display)
        if entry is not None and entry[0] == signature and valid(entry) and entry[1] == date:
            result = summaries.result_of(entry[3:])
            if result is not None and result.path == display:
                keys[number], results[number], served[number] = entry[2], result, entry
                continue
        misses.append((number, path, display, info, signature, date))
    recorded = store.file_digests([m[2] for m in misses]) if misses else {}
    for number, path, display, info, signature, date in misses:
        before = recorded.get(display)
        settled: str | None = signature
        if before is not None and before[0] == signature:
            digest = before[1]
        else:
            try:
                digest = content_digest(path.read_bytes())
            except OSError:
                continue
            if _settled(info, now):
                seen.append((display, signature, digest))
            else:
                settled = None  # read again next time
        keys[number] = entry_key(digest, display, date, store.fingerprint)
        keyed.fresh[number] = (settled, date)
    store.put_file_digests(seen)
    asked = {number: keys[number] for number in keys if number not in served}
    hits = store.get_summaries(asked.values()) if asked else {}
    for number, key in asked.items():
        entry = hits.get(key)
        if isinstance(entry, FileResult) and entry.path == _display(files[number]):
            results[number] = entry
    return keyed


def _display(path: Path | RemoteFile) -> str:
    """The path findings show. On POSIX a Path's posix form is its string, which
    os.stat would make anyway."""
    return os.fspath(path) if _POSIX and isinstance(path, Path) else path.as_posix()


def _write_index(store: FactCache, keyed: _Keyed, results: Sequence[FileResult | None]) -> None:
    """Record this run's files in the index when more than a few were not answered by it
    (`_REWRITE_SHARE`): unchanged ones keep their entry, the others get one from their
    result (not when uncacheable). Entries of files this run did not see stay, unless
    they outnumber this run's."""
    if not keyed.fresh or (keyed.served and
                           len(keyed.fresh) * _REWRITE_SHARE <= len(results)):
        return
    entries = dict(keyed.index) if len(keyed.index) <= 2 * len(results) + 1_000 else {}
    for entry in keyed.served.values():
        entries[entry[3]] = entry
    for number, (settled, date) in keyed.fresh.items():
        result = results[number]
        if result is None:
            continue
        if result.uncacheable:
            entries.pop(result.path, None)
            continue
        entries[result.path] = (settled, date, keyed.keys[number], *summaries.row_of(result))
    store.put_index(entries)


def _remote_digest(file: RemoteFile, recorded: tuple[str, str] | None, settings: Settings,
                   seen: list[tuple[str, str, str]]) -> str | None:
    """The content digest of a file named by URL: the recorded one while the store's
    checksum (its version) is unchanged, else its bytes hashed; None when unreadable
    (the loader reports on it)."""
    if file.version is not None and recorded is not None and recorded[0] == file.version:
        return recorded[1]
    if file.size is not None and file.size > settings.max_file_size:
        return None
    try:
        digest = content_digest(file.read_bytes())
    except Exception:  # each filesystem raises its own errors
        return None
    if file.version is not None:
        seen.append((file.as_posix(), file.version, digest))
    return digest


def _settled(info: os.stat_result, now: int) -> bool:
    """Whether a file's signature can be trusted next time. A file written within one
    timestamp tick of now may be written again in the same tick without its size changing:
    it is read again next time (as git treats "racily clean" files). Whole-second
    timestamps (FAT, some network mounts) tick every 2 s; others within milliseconds."""
    tick = 2_000_000_000 if info.st_mtime_ns % 1_000_000_000 == 0 else 100_000_000
    return max(info.st_mtime_ns, info.st_ctime_ns) < now - tick
