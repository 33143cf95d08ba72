"""Paths as machine formats want them: relative to the project root, POSIX style."""

from __future__ import annotations

import os
from pathlib import Path

from newslint.engine.result import RunResult
from newslint.load.discover import resolve_path
from newslint.load.remote import is_url


def repo_relative(result: RunResult, path: str) -> str:
    if is_url(path):  # an article named by URL is shown at its URL
        return path
    root = result.root or Path.cwd().resolve()
    absolute = resolve_path(Path(path))
    try:
        return absolute.relative_to(root).as_posix()
    except ValueError:
        return Path(os.path.relpath(absolute, root)).as_posix()
