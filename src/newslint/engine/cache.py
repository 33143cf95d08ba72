"""Per-article cache of extraction results in ONE sqlite file: .newslint_cache/facts.sqlite
(and beside it the index of the last run's files, run_index.py).

An entry is keyed by a hash of the file's bytes, its path and the settings (keys.py). The
findings of cross-article rules are kept per story, keyed by the entries of the story's
articles: after one edit only the story of the edited article is checked again.

Only the main process writes the store, in single transactions, so a concurrent run never
sees a half-written entry. A corrupt entry or store is ignored and rebuilt.
"""

from __future__ import annotations

import pickle
import sqlite3
import sys
from collections.abc import Collection, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from newslint.engine import run_index, summaries
from newslint.engine.blobs import dumps

CACHE_DIR_NAME = ".newslint_cache"
_SCAN_FROM = 2_000  # entries asked for at once, from which the table is read whole
STORE_NAME = "facts.sqlite"
_TAG = (
    "Signature: 8a477f597d28d172789f06886806bc55\n"
    "# This file is a cache directory tag created by newslint.\n"
    "# For information about cache directory tags see https://bford.info/cachedir/\n"
)


class FactCache:
    """The store behind a run; every failure degrades to a cache miss.

    - files: path → stat signature and content digest, so an unchanged file is not read;
    - summaries: one per article, its per-article findings, suppression comments and the
      names that tie it to a story, as plain columns (summaries.py): every run reads them
      all, so they are kept apart from the facts;
    - entries: one per article, its facts, which only a story being checked again needs;
    - stories: the cross-article findings of one story, keyed by its members' entries;
    - beside them, the index of the last run's files in one file (run_index.py), which
      answers for the unchanged files of a re-check without a row read per article.
    """

    def __init__(self, root: Path, readonly: bool = False, fingerprint: str = ""):
        self.folder = root / CACHE_DIR_NAME
        self.root = root
        self.fingerprint = fingerprint  # of the settings every key of this run derives from
        self.readonly = readonly
        if readonly:  # a worker reading facts; the main process made the store
            try:
                self._conn = sqlite3.connect(self.folder / STORE_NAME, timeout=30)
            except sqlite3.Error:
                self._conn = None
            return
        self._conn: sqlite3.Connection | None = None
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            _write_if_missing(self.folder / "CACHEDIR.TAG", _TAG)
            _write_if_missing(self.folder / ".gitignore",
                              "# Automatically created by newslint.\n*\n")
            self._conn = self._open()
        except (OSError, sqlite3.Error) as exc:
            _warn(f"cache disabled: {exc}")
            self._conn = None

    def _open(self) -> sqlite3.Connection:
        path = self.folder / STORE_NAME
        try:
            return _connect(path)
        except sqlite3.DatabaseError as exc:
            if not _is_damage(exc):
                raise  # locked by a long write elsewhere, unreadable: run without the cache
            self._remove_store()  # not a database: start again
            return _connect(path)

    def _remove_store(self) -> None:
        for name in (STORE_NAME, f"{STORE_NAME}-wal", f"{STORE_NAME}-shm"):
            (self.folder / name).unlink(missing_ok=True)
        run_index.remove_index(self.folder)  # started again: every entry a miss

    def _failed(self, exc: sqlite3.Error, action: str) -> None:
        """A damaged store is started again (every entry a miss); other errors only skip
        this read or write."""
        if not _is_damage(exc) or self.readonly:
            _warn(f"cache not {action}: {exc}")
            return
        _warn(f"cache damaged ({exc}): starting it again")
        self.close()
        try:
            self._remove_store()
            self._conn = _connect(self.folder / STORE_NAME)
        except (OSError, sqlite3.Error) as again:
            _warn(f"cache disabled: {again}")
            self._conn = None

    def file_digests(self, paths: Collection[str] | None = None) -> dict[str, tuple[str, str]]:
        """path → (stat signature, content digest) as last seen, of every file or of
        `paths` (looked up one by one when they are few, else from the whole table)."""
        if paths is not None and len(paths) < _SCAN_FROM:
            ordered, rows = sorted(paths), []
            for start in range(0, len(ordered), 500):
                chunk = ordered[start:start + 500]
                rows += self._select("SELECT path, stat, digest FROM files WHERE path IN "
                                     f"({','.join('?' * len(chunk))})", chunk)
        else:
            rows = self._select("SELECT path, stat, digest FROM files", ())
        return {path: (signature, digest) for path, signature, digest in rows}

    def index(self) -> dict[str, run_index.Entry]:
        """The last run's index of its files under this fingerprint (run_index.py); a
        damaged one is dropped with a warning, and rewritten by this run."""
        if self._conn is None:
            return {}
        entries, damaged = run_index.read_index(self.folder, self.fingerprint)
        if damaged:
            _warn("cache index damaged: reading the store instead, and writing it again")
        return entries

    def put_index(self, entries: Mapping[str, run_index.Entry]) -> None:
        if self._conn is not None and not self.readonly:
            run_index.write_index(self.folder, self.fingerprint, entries)

    def put_file_digests(self, rows: Iterable[tuple[str, str, str]]) -> None:
        self._write("INSERT OR REPLACE INTO files (path, stat, digest) VALUES (?, ?, ?)",
                    list(rows))

    def get_summaries(self, keys: Iterable[str]) -> dict[str, Any]:
        """key → the FileResult summarised (facts aside) for the keys the store holds."""
        wanted = set(keys)
        if len(wanted) < _SCAN_FROM:
            rows: list[Any] = []
            ordered = sorted(wanted)
            for start in range(0, len(ordered), 500):
                chunk = ordered[start:start + 500]
                rows += self._select(f"SELECT key, {summaries.COLUMNS} FROM summaries "
                                     f"WHERE key IN ({','.join('?' * len(chunk))})", chunk)
        else:
            # A re-check asks for nearly every entry: one pass over the table reads them
            # about twice as fast as looking each up.
            rows = self._select(f"SELECT key, {summaries.COLUMNS} FROM summaries", ())
        found: dict[str, Any] = {}
        for row in rows:
            if row[0] in wanted:
                result = summaries.result_of(row[1:])
                if result is not None:  # a damaged row is a miss; it is rewritten
                    found[row[0]] = result
        return found

    def get_facts(self, keys: Iterable[str]) -> dict[str, Any]:
        return self._get("entries", "facts", keys)

    def get_stories(self, keys: Iterable[str]) -> dict[str, Any]:
        return self._get("stories", "value", keys)

    def put_many(self, entries: Mapping[str, tuple[str, Any, Any]]) -> None:
        """Store {key: (path, summary, facts or facts_blob(facts))}, replacing older entries
        of the same paths. A summary is a FileResult without its facts and timings."""
        if self._conn is None or not entries:
            return
        rows = [(key, path, facts if isinstance(facts, bytes) else dumps(facts))
                for key, (path, _, facts) in entries.items()]
        summary_rows = [(key, *summaries.row_of(summary))
                        for key, (_, summary, _) in entries.items()]
        older = [(path, key) for key, path, _ in rows]
        try:
            with self._conn:  # one transaction: all of it or none of it
                self._conn.executemany("DELETE FROM entries WHERE path = ? AND key != ?", older)
                self._conn.executemany("DELETE FROM summaries WHERE path = ? AND key != ?",
                                       older)
                self._conn.executemany("INSERT OR REPLACE INTO entries (key, path, facts) "
                                       "VALUES (?, ?, ?)", rows)
                self._conn.executemany(f"INSERT OR REPLACE INTO summaries (key, "
                                       f"{summaries.COLUMNS}) VALUES (?, ?, ?, ?, ?, ?)",
                                       summary_rows)
        except sqlite3.Error as exc:
            self._failed(exc, "written")

    def put_stories(self, stories: Mapping[str, Any], keep: Collection[str]) -> None:
        """Store {story key: findings}. Stories of earlier versions of the corpus are dropped
        once they outnumber the current ones `keep` (with room for a second corpus in the
        root); an empty `keep` drops nothing."""
        if self._conn is None:
            return
        try:
            with self._conn:
                self._conn.executemany(
                    "INSERT OR REPLACE INTO stories (key, value) VALUES (?, ?)",
                    [(key, dumps(value)) for key, value in stories.items()])
                (count,) = self._conn.execute("SELECT COUNT(*) FROM stories").fetchone()
                if keep and count > 2 * len(keep) + 1000:
                    self._conn.execute("CREATE TEMP TABLE IF NOT EXISTS keep (key TEXT)")
                    self._conn.execute("DELETE FROM keep")
                    self._conn.executemany("INSERT INTO keep VALUES (?)",
                                           [(k,) for k in keep])
                    self._conn.execute("DELETE FROM stories WHERE key NOT IN "
                                       "(SELECT key FROM keep)")
        except sqlite3.Error as exc:
            self._failed(exc, "written")

    def _get(self, table: str, column: str, keys: Iterable[str]) -> dict[str, Any]:
        found: dict[str, Any] = {}
        wanted = list(dict.fromkeys(keys))
        for start in range(0, len(wanted), 500):
            chunk = wanted[start:start + 500]
            marks = ",".join("?" * len(chunk))
            rows = self._select(f"SELECT key, {column} FROM {table} WHERE key IN ({marks})",
                                chunk)
            for key, blob in rows:
                try:
                    found[key] = pickle.loads(blob)
                except Exception:  # a corrupt entry is a miss; it is rewritten
                    continue
        return found

    def _select(self, query: str, parameters: Sequence[Any]) -> list[Any]:
        if self._conn is None:
            return []
        try:
            return self._conn.execute(query, parameters).fetchall()
        except sqlite3.Error as exc:
            self._failed(exc, "read")
            return []

    def _write(self, query: str, rows: list[Any]) -> None:
        if self._conn is None or not rows:
            return
        try:
            with self._conn:
                self._conn.executemany(query, rows)
        except sqlite3.Error as exc:
            self._failed(exc, "written")

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None


def _is_damage(exc: sqlite3.Error) -> bool:
    """"file is not a database", "database disk image is malformed": not "database is
    locked" or "unable to open", which are OperationalErrors."""
    return isinstance(exc, sqlite3.DatabaseError) and not isinstance(exc, sqlite3.OperationalError)


# Bumped when the tables change; an older store is emptied and rebuilt.
_STORE_VERSION = 3


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, timeout=30)
    conn.execute("PRAGMA journal_mode=WAL")
    # Under the write lock: two runs starting together must not both rebuild the store.
    conn.execute("BEGIN IMMEDIATE")
    try:
        (version,) = conn.execute("PRAGMA user_version").fetchone()
        if version != _STORE_VERSION:
            for (table,) in conn.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table'").fetchall():
                conn.execute(f'DROP TABLE "{table}"')
            conn.execute(f"PRAGMA user_version = {_STORE_VERSION}")
        conn.execute("CREATE TABLE IF NOT EXISTS files (path TEXT PRIMARY KEY, stat TEXT, "
                     "digest TEXT)")
        conn.execute("CREATE TABLE IF NOT EXISTS entries (key TEXT PRIMARY KEY, path TEXT, "
                     "facts BLOB)")
        conn.execute("CREATE INDEX IF NOT EXISTS entries_path ON entries(path)")
        conn.execute("CREATE TABLE IF NOT EXISTS summaries (key TEXT PRIMARY KEY, path TEXT, "
                     "ident TEXT, day INTEGER, terms TEXT, extra BLOB)")
        conn.execute("CREATE INDEX IF NOT EXISTS summaries_path ON summaries(path)")
        conn.execute("CREATE TABLE IF NOT EXISTS stories (key TEXT PRIMARY KEY, value BLOB)")
        conn.commit()
    except BaseException:
        conn.rollback()
        conn.close()
        raise
    return conn


def _write_if_missing(path: Path, text: str) -> None:
    if not path.exists():
        path.write_text(text, encoding="utf-8")


def _warn(message: str) -> None:
    print(f"newslint: warning: {message}", file=sys.stderr)
