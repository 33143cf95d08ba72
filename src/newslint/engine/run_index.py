"""The index of the files a run checked, in ONE file read whole: .newslint_cache/index.marshal.

A re-check must know, for every file, whether it changed since the last run and, if not,
its cache key and summary (per-article findings, suppression comments, story signature).
From the store's tables that is two rows read and a key hashed per article (10,000 real
articles: about 0.1 s of CPU, two thirds of a warm re-check's own work); from one
marshalled file of plain tuples it is one read and one `marshal.loads`, then a dictionary
look-up per file.

The index only speeds up what the store already answers: an entry stands for a file only
while its stat signature and date are those recorded, and holds the key and summary that
the same run wrote to the store. A damaged file, another format or another fingerprint of
the settings and code is no index at all (every file is then looked up in the store, as
before); it is replaced whole and at once (a concurrent reader sees the old or the new).
"""

from __future__ import annotations

import marshal
import os
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

INDEX_NAME = "index.marshal"
_FORMAT = 1

# display path → (stat signature or None, date, cache key, *summary row (summaries.py))
Entry = tuple[Any, ...]
_FIELDS = 8


def read_index(folder: Path, fingerprint: str) -> tuple[dict[str, Entry], bool]:
    """The entries recorded under this fingerprint, and whether the file was damaged
    (a missing file or one of another format or fingerprint is not damage: no entries)."""
    try:
        with open(folder / INDEX_NAME, "rb") as handle:
            data = handle.read()
    except OSError:
        return {}, False
    try:
        version, recorded, entries = marshal.loads(data)
    except (ValueError, TypeError, EOFError):
        return {}, True
    if version != _FORMAT or recorded != fingerprint:
        return {}, False
    if not isinstance(entries, dict):
        return {}, True
    return entries, False


def valid(entry: Any) -> bool:
    """Whether an entry has the shape written (a damaged one is a miss)."""
    return (type(entry) is tuple and len(entry) == _FIELDS and type(entry[1]) is str
            and type(entry[2]) is str)


def write_index(folder: Path, fingerprint: str, entries: Mapping[str, Entry]) -> None:
    """Replace the index at once; a failure leaves the old one (or none). Never raises."""
    try:
        data = marshal.dumps((_FORMAT, fingerprint, dict(entries)))
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=".index-")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(data)
            os.replace(temporary, folder / INDEX_NAME)
        except BaseException:
            os.unlink(temporary)
            raise
    except (OSError, ValueError):
        pass  # read-only or full: the store still answers, more slowly


def remove_index(folder: Path) -> None:
    (folder / INDEX_NAME).unlink(missing_ok=True)
