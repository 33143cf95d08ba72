"""Real copy for regression tests, read by event, file and line from ../shared/corpora/basil.

The corpus stays outside the project: a test names the paragraph (and, to pin it, a hash
of a span of it) and reads it here; without the corpus the test is skipped, not failed.

    from realcopy import paragraph, article_copy
    text = paragraph("2010-glenn-beck-speaks-at-cpac", "fox.md", 20)
    folder = article_copy(tmp_path, "2010-glenn-beck-speaks-at-cpac", ["fox.md", "nyt.md"])
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

BASIL = Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "basil"


def _file(event: str, file: str) -> Path:
    path = BASIL / event / file
    if not path.is_file():
        pytest.skip(f"real-copy corpus not available: {path}")
    return path


def paragraph(event: str, file: str, line: int) -> str:
    """The text of one line (a paragraph) of a real article."""
    lines = _file(event, file).read_text(encoding="utf-8").split("\n")
    return lines[line - 1]


def span(event: str, file: str, line: int, col: int, end_col: int, sha: str | None = None
         ) -> str:
    """The text of a span (1-based columns, end exclusive), checked against its hash."""
    text = paragraph(event, file, line)[col - 1 : end_col - 1]
    if sha is not None:
        assert hashlib.sha1(text.encode("utf-8")).hexdigest()[:10] == sha, (
            f"{event}/{file}:{line}:{col}: the corpus no longer has the pinned text")
    return text


def article_copy(tmp_path: Path, event: str, files: list[str] | None = None) -> Path:
    """A copy of an event folder (or some of its articles) under tmp_path, to lint."""
    if not (BASIL / event).is_dir():  # no corpus on this machine: skipped, not failed
        pytest.skip(f"{BASIL / event} is not on this machine")
    folder = tmp_path / event
    folder.mkdir(parents=True, exist_ok=True)
    for name in files or sorted(p.name for p in (BASIL / event).glob("*")):
        shutil.copy(_file(event, name), folder / name)
    return folder


def edit_line(folder: Path, file: str, line: int, old: str, new: str) -> None:
    """Change `old` to `new` once in one line of a copied article, as an editor's slip would
    (the line must hold `old`: a test cannot plant on the wrong line)."""
    path = folder / file
    lines = path.read_text(encoding="utf-8").split("\n")
    assert old in lines[line - 1]
    lines[line - 1] = lines[line - 1].replace(old, new, 1)
    path.write_text("\n".join(lines), encoding="utf-8")
