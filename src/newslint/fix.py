"""`--fix` and `--diff`: apply the certain fixes findings carry, as ruff does.

A finding carries edits only where the fix is certain (a misspelling to the story's
spelling, a spinner phrase to its original, a template slot to its word) and never inside
quotation marks or an embedded post (rules/base.certain_edit). Here each edit is checked
again against the file as it is now: it must replace exactly the text it was made for and
lie after the front matter; anything else is skipped. Files are written atomically
(a temporary file in the same folder, then a rename), keeping their encoding, BOM, line
endings and permissions.
"""

from __future__ import annotations

import codecs
import contextlib
import difflib
import os
import sys
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newslint.diagnostics import Diagnostic, Edit
from newslint.grouping import merge_groups
from newslint.load.frontmatter import split_front_matter


@dataclass(slots=True)
class FileFix:
    path: str
    before: str  # the file's text as on disk (decoded)
    after: str
    applied: int  # edits applied
    encoding: str = "utf-8"
    bom: bool = False


@dataclass(slots=True)
class FixResult:
    files: list[FileFix] = field(default_factory=list)
    skipped: int = 0  # edits not applied: stale, overlapping, or in a file not safe to edit

    @property
    def applied(self) -> int:
        return sum(f.applied for f in self.files)


def edits_of(diagnostics: Iterable[Diagnostic]) -> dict[str, list[Edit]]:
    by_path: dict[str, list[Edit]] = {}
    for diagnostic in diagnostics:
        for edit in diagnostic.fixes:
            by_path.setdefault(edit.path, []).append(edit)
    return by_path


def plan(diagnostics: Iterable[Diagnostic]) -> FixResult:
    """The new text of every file some finding can fix; nothing is written."""
    result = FixResult()
    for path, edits in sorted(edits_of(diagnostics).items()):
        fixed = _fix_file(Path(path), edits)
        if fixed is None:
            result.skipped += len(edits)
            continue
        file_fix, skipped = fixed
        result.skipped += skipped
        if file_fix.applied:
            result.files.append(file_fix)
    return result


def _fix_file(path: Path, edits: list[Edit]) -> tuple[FileFix, int] | None:
    try:
        data = path.read_bytes()
    except OSError:
        return None
    bom = data.startswith(codecs.BOM_UTF8)
    try:
        raw = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None  # not UTF-8: rewriting it could change more than the edits
    crlf = "\r\n" in raw
    text = raw.replace("\r\n", "\n")
    if "\r" in text:
        return None  # old Mac line ends: offsets would not survive the round trip
    body_start = split_front_matter(text).body_start
    applied, skipped, last_start = 0, 0, len(text) + 1
    out = text
    # From the end, so earlier offsets stay valid; one edit per place.
    for edit in sorted(set(edits), key=lambda e: (e.start, e.end), reverse=True):
        if (edit.end > last_start or edit.start < body_start
                or text[edit.start:edit.end] != edit.old):
            skipped += 1
            continue
        out = out[:edit.start] + edit.new + out[edit.end:]
        last_start = edit.start
        applied += 1
    if crlf:
        out = out.replace("\n", "\r\n")
    return FileFix(path.as_posix(), raw, out, applied, bom=bom), skipped


def write(fixes: FixResult) -> None:
    for file_fix in fixes.files:
        _write_atomically(Path(file_fix.path), file_fix)


def _write_atomically(path: Path, file_fix: FileFix) -> None:
    data = (codecs.BOM_UTF8 if file_fix.bom else b"") + file_fix.after.encode("utf-8")
    mode = path.stat().st_mode & 0o7777
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.",
                                         suffix=".newslint-fix")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def unified_diff(fixes: FixResult) -> str:
    chunks = []
    for file_fix in fixes.files:
        chunks.extend(difflib.unified_diff(
            file_fix.before.splitlines(keepends=True), file_fix.after.splitlines(keepends=True),
            fromfile=f"a/{file_fix.path.lstrip('/')}", tofile=f"b/{file_fix.path.lstrip('/')}"))
    return "".join(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n"
                   for line in chunks)


def run_fixes(result: Any, diff_only: bool, quiet: bool,
              rerun: Callable[[], Any]) -> tuple[int | None, Any]:
    """--diff: print the fixes and return the exit code (1 when there are some). --fix:
    write them and return the run again, so that what is left is reported."""
    fixes = plan(merge_groups(result.diagnostics))
    skipped = f"; {fixes.skipped} skipped" if fixes.skipped else ""
    if diff_only:
        sys.stdout.write(unified_diff(fixes))
        if not quiet:
            print(f"newslint: {fixes.applied} fix(es) in {len(fixes.files)} file(s){skipped}",
                  file=sys.stderr)
        return (1 if fixes.applied else 0), result
    write(fixes)
    if not quiet:
        print(f"newslint: fixed {fixes.applied} place(s) in {len(fixes.files)} file(s)"
              f"{skipped}", file=sys.stderr)
    return None, (rerun() if fixes.files else result)
