"""Find the article files under the paths a user names."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

ARTICLE_SUFFIXES = frozenset({".txt", ".md", ".markdown"})


class PathNotFound(Exception):
    pass


def discover(paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """Files to check, sorted and without duplicates.

    A named file is always checked, whatever its suffix (the user asked for it); folders are
    walked recursively for .txt/.md/.markdown files, skipping hidden folders and files.
    """
    found: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found.update(_walk(path))
        elif path.exists() or path.is_symlink():
            found.add(path)
        else:
            raise PathNotFound(str(raw))
    return sorted(found, key=lambda p: p.as_posix())


def _walk(root: Path) -> Iterable[Path]:
    # followlinks=False: a link back up the tree must not loop forever.
    for folder, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in filenames:
            if name.startswith("."):
                continue
            if os.path.splitext(name)[1].lower() in ARTICLE_SUFFIXES:
                yield Path(folder) / name
