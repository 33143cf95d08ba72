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

from newslint.engine.base import Engine
from newslint.engine.blobs import facts_blob
from newslint.engine.cache import FactCache
from newslint.engine.file_task import FileResult
from newslint.engine.keys import content_digest, entry_key, stat_signature
from newslint.engine.result import Progress
from newslint.facts import ArticleFacts
from newslint.load.remote import RemoteFile
from newslint.settings import Settings
from newslint.timing import Timings

# Facts extracted in this process are kept for the cross-article rules when there are few
# (an edit or two); more go to the cache as they come and are read back story by story, so
# memory does not grow with the corpus (about 110 KB per article as objects).
_HOLD_FACTS_UP_TO = 1_000
_POSIX = os.sep == "/"  # a path's posix form is its string


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
        keys, results = _cached_results(files, settings, store)
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
    final = [r for r in results if r is not None]
    return Checked(final, len(files) - len(todo), FactSources(
        {r.ident: keys[n] for n, r in enumerate(results)
         if r is not None and r.ident is not None and n in keys},
        held,
        {r.ident: files[n] for n, r in enumerate(results) if r is not None and r.ident},
        store.root if store is not None else None,
    ))


def _cached_results(files: Sequence[Path | RemoteFile], settings: Settings, store: FactCache | None
                    ) -> tuple[dict[int, str], list[FileResult | None]]:
    """Cache keys by file number, and the results the cache already holds (None elsewhere).

    A file whose size, times and inode are those recorded last time is not read again: its
    recorded content digest stands (as git's index does)."""
    results: list[FileResult | None] = [None] * len(files)
    keys: dict[int, str] = {}
    displays: dict[int, str] = {}  # each file's as_posix(), made once
    if store is None:
        return keys, results
    known = store.file_digests()
    seen: list[tuple[str, str, str]] = []
    now = time.time_ns()
    for number, path in enumerate(files):
        # On POSIX a Path's posix form is its string, which os.stat would make anyway.
        display = displays[number] = (os.fspath(path) if _POSIX and isinstance(path, Path)
                                      else path.as_posix())
        if isinstance(path, RemoteFile):
            remote = _remote_digest(path, known.get(display), settings, seen)
            if remote is not None:
                keys[number] = entry_key(remote, display, settings.date_of(path, display),
                                         store.fingerprint)
            continue
        try:
            info = os.stat(display if _POSIX else path)
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
        keys[number] = entry_key(digest, display, settings.date_of(path, display),
                                 store.fingerprint)
    store.put_file_digests(seen)
    hits = store.get_summaries(keys.values())
    for number, key in keys.items():
        entry = hits.get(key)
        if isinstance(entry, FileResult) and entry.path == displays[number]:
            results[number] = entry
    return keys, results


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
