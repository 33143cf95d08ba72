"""Find the article files under the paths a user names."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from pathlib import Path

from newslint.load.remote import RemoteFile, discover_url, is_url

ARTICLE_SUFFIXES = frozenset({".txt", ".md", ".markdown"})
# What an editorial repository holds beside its articles. Skipped when walking a folder, as
# linters skip virtualenvs; a file named on the command line is still checked.
NOT_ARTICLES = frozenset({"readme", "changelog", "changes", "contributing", "license",
                          "licence", "code_of_conduct", "security", "authors", "notice",
                          "history", "todo", "requirements"})
NOT_ARTICLE_FOLDERS = frozenset({"docs", "node_modules", "venv", "env", "site-packages",
                                 "__pycache__", "build", "dist", "_site", "public"})


class PathNotFound(Exception):
    pass


def resolve_path(path: Path) -> Path:
    """`path` made absolute with links followed as far as they go: a symbolic link loop
    (which Path.resolve() raises on) stays the absolute path of the link itself."""
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return Path(os.path.abspath(path))


def discover(paths: Iterable[str | os.PathLike[str]]) -> list[Path | RemoteFile]:
    """Files to check, sorted and without duplicates.

    A named file is always checked, whatever its suffix (the user asked for it); folders are
    walked recursively for .txt/.md/.markdown files, skipping hidden folders and files and
    what a repository keeps beside its articles (README, LICENSE, docs/, virtualenvs).
    A URL (`s3://bucket/archive/`) is read through fsspec (remote.py), its files walked
    by the same rules. A path that does not exist is a usage error when it is all there is
    to check, and a file with its own finding beside others.
    """
    found: set[Path | RemoteFile] = set()
    # The files folders hold, by their posix form: an archive's ten thousand paths are
    # compared and sorted as strings, and made Paths once, from their folder's (a third of
    # the time each).
    walked: dict[str, tuple[Path, str]] = {}
    missing: list[str] = []
    given = False  # a path that exists was given, even a folder with no articles in it
    for raw in paths:
        if is_url(raw):
            remote = discover_url(str(raw), _walked)
            if remote is None:
                raise PathNotFound(str(raw))
            found.update(remote)
            given = True
            continue
        path = Path(raw)
        if path.is_dir():
            walked.update(_walk(path))
            given = True
        elif path.exists() or path.is_symlink():
            found.add(path)
            given = True
        else:
            missing.append(str(raw))
    if missing and not given:
        raise PathNotFound(missing[0])  # nothing to check: a usage error
    # A missing path beside others is checked as a file: it gets its own finding (NL001),
    # and the rest of the corpus is still checked.
    found.update(Path(raw) for raw in missing)
    named = [(f.as_posix(), f) for f in found]
    for posix, f in named:
        if isinstance(f, Path):
            walked.pop(posix, None)
    ordered = sorted([*named, *((posix, None) for posix in walked)], key=lambda pair: pair[0])
    return [_child(*walked[posix]) if f is None else f for posix, f in ordered]


def _fast_child() -> Callable[[Path, str], Path] | None:
    """pathlib's own way of adding a name to a folder's path without parsing it again
    (what its glob and walk use), when this Python has it and it gives what Path() gives."""
    make = getattr(Path, "_make_child_relpath", None)
    try:
        if make is not None and all(
                make(Path(folder), "b.md") == Path(expected)
                and str(make(Path(folder), "b.md")) == expected
                for folder, expected in ((".", "b.md"), ("a", "a/b.md"), ("/a/", "/a/b.md"))):
            return make  # type: ignore[no-any-return]
    except Exception:  # internals moved: the public way
        return None
    return None


_child: Callable[[Path, str], Path] = _fast_child() or (lambda folder, name: folder / name)


def _walked(relative: str) -> bool:
    """Whether a walk keeps the file at this path below the folder named (as _walk)."""
    *folders, name = relative.split("/")
    stem, suffix = os.path.splitext(name)
    return (suffix.lower() in ARTICLE_SUFFIXES and not name.startswith(".")
            and stem.lower() not in NOT_ARTICLES
            and not any(f.startswith(".") or f.lower() in NOT_ARTICLE_FOLDERS
                        for f in folders))


def _walk(root: Path) -> Iterable[tuple[str, tuple[Path, str]]]:
    """The article files below `root`: their posix forms (as Path(...).as_posix() gives),
    each with its folder's Path and its name."""
    # followlinks=False: a link back up the tree must not loop forever.
    for folder, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames
                             if not d.startswith(".") and d.lower() not in NOT_ARTICLE_FOLDERS)
        where = Path(folder)
        base = where.as_posix()
        prefix = "" if base == "." else base if base.endswith("/") else base + "/"
        for name in filenames:
            stem, suffix = os.path.splitext(name)
            if (suffix.lower() in ARTICLE_SUFFIXES and not name.startswith(".")
                    and stem.lower() not in NOT_ARTICLES):
                yield prefix + name, (where, name)
