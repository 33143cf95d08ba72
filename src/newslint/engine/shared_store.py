"""Per-file results kept by content hash in a folder the workers of a cluster share, on any
fsspec filesystem (a local or network folder, `memory://` in tests, `s3://...` where
s3fs is installed): `newslint PATH --engine dask --shared-cache URL`.

A worker reads the file, hashes its bytes, and returns the stored result when one exists
under that hash (with the article's id, shown path, date and the settings' fingerprint);
else it checks the file and stores the result. A re-run on any machine of the cluster
then checks again only the articles whose text changed. One object per entry, written
under a temporary name and moved into place, so that a reader never sees half of one.
The Dask engine's results come back with a reference to their stored facts
(`StoredFacts`), which the story tasks read from the store: the run's process never
holds the archive's facts.

fsspec comes with dask; it is imported only when a store is opened.
"""

from __future__ import annotations

import dataclasses
import pickle
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newslint.engine.blobs import dumps, read_blob
from newslint.engine.file_task import FileResult, PackingTask
from newslint.engine.keys import content_digest, entry_key
from newslint.facts import ArticleFacts
from newslint.load.remote import RemoteFile
from newslint.settings import Settings


class SharedStore:
    """A key-value folder: each key one file, its value a pickled per-file result."""

    def __init__(self, url: str):
        self.url = url.rstrip("/")
        self._fs: Any = None
        self._root = ""

    def __getstate__(self) -> dict[str, Any]:
        return {"url": self.url, "_fs": None, "_root": ""}  # each process opens its own

    def _filesystem(self) -> tuple[Any, str]:
        if self._fs is None:
            from fsspec.core import url_to_fs  # deferred: comes with the 'dask' extra
            self._fs, self._root = url_to_fs(self.url)
        return self._fs, self._root

    def _path(self, key: str) -> str:
        return f"{self._filesystem()[1]}/{key[:2]}/{key}"

    def get(self, key: str) -> FileResult | None:
        fs, _ = self._filesystem()
        try:
            with fs.open(self._path(key), "rb") as handle:
                value = pickle.loads(handle.read())
        except FileNotFoundError:
            return None
        except Exception:  # a damaged entry is checked again and overwritten
            return None
        return value if isinstance(value, FileResult) else None

    def put(self, key: str, result: FileResult) -> None:
        fs, _ = self._filesystem()
        final = self._path(key)
        import uuid  # here: it imports platform, which a run without a store never needs

        temporary = f"{final}.{uuid.uuid4().hex}.tmp"
        fs.makedirs(final.rsplit("/", 1)[0], exist_ok=True)
        with fs.open(temporary, "wb") as handle:
            handle.write(dumps(result))
        fs.mv(temporary, final)


@dataclass(frozen=True, slots=True)
class StoredFacts:
    """Where an article's facts are kept in a shared store. With `by_reference`, this is
    what a per-file result brings back instead of the facts (about 13 KB pickled): the
    run's process holds and sends out a hundred bytes per article, and the story task on
    a worker reads the facts from the store."""

    url: str
    key: str

    def load(self) -> ArticleFacts | None:
        """The facts, or None when the entry is gone or damaged (the caller extracts the
        article again)."""
        try:
            stored = SharedStore(self.url).get(self.key)
            value = read_blob(stored.facts_blob) if stored and stored.facts_blob else None
        except Exception:  # each filesystem raises its own errors
            return None
        return value if isinstance(value, ArticleFacts) else None


def resolved(value: object) -> object:
    """Facts held or cached for a story: pickled, referred to in a shared store, or as
    they are."""
    if isinstance(value, bytes):
        value = read_blob(value)
    return value.load() if isinstance(value, StoredFacts) else value


class StoredFileTask:
    """The per-file task through the shared store, on a worker: (opened path, shown path,
    id) → its result, read from the store when the file's bytes are known; with
    `by_reference`, a stored result comes back with its facts left in the store."""

    def __init__(self, settings: Settings, fingerprint: str, store: SharedStore,
                 by_reference: bool = False):
        self.task = PackingTask(settings)
        self.settings = settings
        self.fingerprint = fingerprint
        self.store = store
        self.by_reference = by_reference

    def _referring(self, result: FileResult, key: str) -> FileResult:
        if not self.by_reference or result.facts_blob is None:
            return result
        return dataclasses.replace(result, facts_blob=dumps(StoredFacts(self.store.url, key)))

    def __call__(self, opened: str | RemoteFile, display: str, ident: str) -> FileResult:
        path = Path(opened) if isinstance(opened, str) else opened
        try:
            size = path.stat().st_size if isinstance(path, Path) else path.current_size()
            data = path.read_bytes() if size <= self.settings.max_file_size else None
        except Exception:  # OSError, or a remote filesystem's own errors
            data = None
        if data is None:  # unreadable or too large: the loader says which, uncached
            return self.task(path, display, ident)
        date = self.settings.date_of(path, display)
        key = entry_key(content_digest(data), f"{display}\x1f{ident}", date, self.fingerprint)
        try:
            stored = self.store.get(key)
        except OSError:
            stored = None
        if stored is not None and stored.path == display:
            return self._referring(stored, key)
        result = self.task(path, display, ident)
        if result.uncacheable:
            return result
        kept = FileResult(result.path, None, result.diagnostics, result.directives, {},
                          result.ident, result.story, result.facts_blob)
        try:
            self.store.put(key, kept)
        except OSError:  # an unwritable store costs only time: the facts travel
            return result
        return self._referring(result, key)
