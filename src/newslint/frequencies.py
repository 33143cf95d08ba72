"""English word frequencies from wordfreq, remembered between runs.

Loading wordfreq's English list costs about half a second per process (its imports, a list
of 300,000 words, and wordfreq finding its own data folder by inspecting the call stack):
more than the rest of a re-check after an edit, for the few hundred names one story's NL101
looks up. A word's value depends only on the word and on wordfreq's files, so values once
looked up are kept in the user's cache folder (usercache.py) and wordfreq is loaded only
for a word never looked up before.
"""

from __future__ import annotations

import importlib.util
import os
import threading
from pathlib import Path

from newslint import usercache

_FORMAT = 1
_MAX_KEPT = 1_000_000  # words; a file of about 20 MB
_lock = threading.Lock()
_memo: dict[str, float] | None = None
_new: dict[str, float] = {}
_file: Path | None = None


def zipf(word: str) -> float:
    """wordfreq's zipf_frequency(word, "en")."""
    memo = _memo if _memo is not None else _load()
    value = memo.get(word)
    if value is None:
        # Deferred: only a word never looked up before needs wordfreq.
        from wordfreq import zipf_frequency

        value = zipf_frequency(word, "en")
        with _lock:
            memo[word] = _new[word] = value
    return value


def save() -> None:
    """Write the values looked up in this process that the file lacked (merged with the
    file as it is now). Never raises."""
    if _file is None or not _new:
        return
    with _lock:
        kept = usercache.read(_file, _FORMAT)
        merged = {**(kept if isinstance(kept, dict) else {}), **_new}
        _new.clear()
    if len(merged) <= _MAX_KEPT:
        usercache.write(_file, _FORMAT, merged)


def _load() -> dict[str, float]:
    global _memo, _file
    with _lock:
        if _memo is None:
            _file = usercache.path_for("zipf", _version())
            kept = usercache.read(_file, _FORMAT) if _file is not None else None
            _memo = {w: v for w, v in kept.items() if type(w) is str and type(v) is float} \
                if isinstance(kept, dict) else {}
        return _memo


def _version() -> str:
    """What wordfreq's values depend on: its code and data files as installed (their
    size and time: a new version rewrites them). Cheaper than reading its metadata."""
    spec = importlib.util.find_spec("wordfreq")
    origin = spec.origin if spec is not None else None
    if origin is None:
        return "none"
    parts = [f"{_FORMAT}"]
    data = Path(origin).parent / "data"
    for path in (Path(origin), data / "large_en.msgpack.gz", data / "small_en.msgpack.gz"):
        try:
            info = os.stat(path)
            parts.append(f"{path}:{info.st_size}:{info.st_mtime_ns}")
        except OSError:
            parts.append(f"{path}:-")
    return "|".join(parts)
