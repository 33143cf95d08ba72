"""Files newslint keeps between runs in the user's cache folder, as Python keeps compiled
modules in __pycache__: what depends only on newslint's libraries (compiled patterns,
word frequencies), never on the articles checked. Any failure is a miss."""

from __future__ import annotations

import hashlib
import marshal
import os
import tempfile
import time
from pathlib import Path
from typing import Any

# Each upgrade of newslint or its libraries starts new files; the old ones are removed once
# nothing has written them for this long (another install sharing the folder rewrites its own).
STALE_AFTER = 30 * 24 * 3600


def folder() -> Path | None:
    """$NEWSLINT_PATTERN_CACHE, else $XDG_CACHE_HOME/newslint or ~/.cache/newslint; None
    when turned off (NEWSLINT_PATTERN_CACHE=off) or there is no home."""
    chosen = os.environ.get("NEWSLINT_PATTERN_CACHE", "")
    if chosen.lower() in ("off", "0", "no"):
        return None
    if chosen:
        return Path(chosen)
    try:
        return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "newslint"
    except RuntimeError:  # no home
        return None


def path_for(kind: str, versions: str) -> Path | None:
    """The file of one kind of entries for one set of library versions."""
    base = folder()
    if base is None:
        return None
    return base / f"{kind}-{hashlib.sha256(versions.encode()).hexdigest()[:16]}.marshal"


def read(path: Path, version: int) -> Any:
    """What write() stored at `path` with this format version; None when missing or
    damaged."""
    try:
        stored, value = marshal.loads(path.read_bytes())
    except (OSError, ValueError, TypeError, EOFError):
        return None
    return value if stored == version else None


def write(path: Path, version: int, value: Any) -> None:
    """Replace the file at once (a concurrent reader sees the old or the new one)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        data = marshal.dumps((version, value))
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}-")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(data)
            os.replace(temporary, path)
        except BaseException:
            os.unlink(temporary)
            raise
    except (OSError, ValueError):
        return  # a read-only home: computed again next time
    prune(path)


def prune(kept: Path, now: float | None = None) -> None:
    """Remove the files of `kept`'s kind (and temporaries a killed run left) that nothing
    has written for STALE_AFTER seconds: without this, each upgrade leaves a file behind."""
    kind = kept.stem.rsplit("-", 1)[0]
    limit = (time.time() if now is None else now) - STALE_AFTER
    # Names are matched as strings: a glob compiles patterns, which the pattern cache
    # (compiled.py) would record while it is being saved.
    try:
        names = [entry.name for entry in os.scandir(kept.parent)]
    except OSError:
        return
    for name in names:
        ours = ((name.startswith(f"{kind}-") and name.endswith(".marshal"))
                or name.startswith(f".{kind}-"))
        if not ours or name == kept.name:
            continue
        other = kept.parent / name
        try:
            if other.stat().st_mtime < limit:
                other.unlink()
        except OSError:
            pass  # removed by a concurrent run, or not ours to remove
