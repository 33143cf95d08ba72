"""Read one file into an Article, turning every kind of bad input into a LoadProblem."""

from __future__ import annotations

import codecs
import errno
import os
import stat
from pathlib import Path

from newslint.load.article import Article
from newslint.load.frontmatter import split_front_matter
from newslint.load.markup import mask_markup
from newslint.load.problems import LoadProblem
from newslint.load.remote import RemoteFile
from newslint.load.segment import segment

DEFAULT_MAX_BYTES = 10 * 1024 * 1024
_SNIFF_BYTES = 8192



def load_article(
    path: Path | RemoteFile, display_path: str, article_id: str,
    max_bytes: int = DEFAULT_MAX_BYTES
) -> tuple[Article | None, list[LoadProblem]]:
    """Read, decode and segment one file. Returns (None, problems) when it cannot be checked."""
    problems: list[LoadProblem] = []
    data, problem = _read_remote(path, max_bytes) if isinstance(path, RemoteFile) \
        else _read_local(path, max_bytes)
    if data is None:
        return None, [problem] if problem else []

    text, decode_problem = decode(data)
    if text is None:
        return None, [decode_problem] if decode_problem else []
    if decode_problem:
        problems.append(decode_problem)

    text = normalise_newlines(text)
    if not text.strip():
        problems.append(LoadProblem("NL004", "file is empty; nothing to check"))

    front = split_front_matter(text)
    problems.extend(front.problems)
    analysis = mask_markup(text, front.body_start, markdown=_is_markdown(path))
    article = Article(
        path=display_path,
        id=str(front.meta.get("id") or front.meta.get("slug") or article_id),
        text=text,
        analysis=analysis,
        body_start=front.body_start,
        meta=front.meta,
    )
    segment(article)
    return article, problems


def _read_local(path: Path, max_bytes: int) -> tuple[bytes | None, LoadProblem | None]:
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):
            # A FIFO or device would block or never end.
            return None, LoadProblem("NL001", "cannot read file: not a regular file")
        if info.st_size > max_bytes:
            return None, _too_large(info.st_size, max_bytes)
        return path.read_bytes(), None
    except IsADirectoryError:
        return None, LoadProblem("NL001", "cannot read file: it is a directory")
    except OSError as exc:
        reason = exc.strerror or exc.__class__.__name__
        if exc.errno == errno.ELOOP:
            reason = "it is part of a symbolic link loop"
        elif path.is_symlink() and not path.exists():
            reason = f"it is a broken symbolic link (to {os.readlink(path)})"
        return None, LoadProblem("NL001", f"cannot read file: {reason}")


def _read_remote(file: RemoteFile, max_bytes: int) -> tuple[bytes | None, LoadProblem | None]:
    """An object on an fsspec filesystem; whatever the filesystem raises is NL001."""
    try:
        size = file.size if file.size is not None else file.current_size()
        if size > max_bytes:
            return None, _too_large(size, max_bytes)
        data = file.read_bytes()
    except Exception as exc:  # each filesystem raises its own errors
        detail = str(exc).splitlines()[0][:200] if str(exc) else type(exc).__name__
        reason = getattr(exc, "strerror", None) or detail
        return None, LoadProblem("NL001", f"cannot read file: {reason}")
    if len(data) > max_bytes:  # it grew since it was listed
        return None, _too_large(len(data), max_bytes)
    return data, None


def _too_large(size: int, max_bytes: int) -> LoadProblem:
    return LoadProblem("NL006", f"file is {_human(size)}, over the {_human(max_bytes)} limit; "
                       "not checked (raise it with --max-file-size)")


def decode(data: bytes) -> tuple[str | None, LoadProblem | None]:
    """UTF-8 (with or without BOM), UTF-16 with a BOM, else Windows-1252 with a warning."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), None
        except UnicodeDecodeError:
            pass
    head = data[:_SNIFF_BYTES]
    if b"\x00" in head:
        utf16 = _utf16_without_bom(head)
        if utf16:
            try:
                return data.decode(utf16), None
            except UnicodeDecodeError:
                pass
        return None, LoadProblem("NL002", "binary file (contains NUL bytes); not checked")
    if _mostly_control_bytes(head):
        return None, LoadProblem("NL002", "binary file (mostly control bytes); not checked")
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        bad_at = exc.start
    text = data.decode("cp1252", errors="replace")
    undecodable = text.count("\ufffd")
    line = data[:bad_at].count(b"\n") + 1
    detail = f"; {undecodable} byte(s) could not be decoded" if undecodable else ""
    return text, LoadProblem(
        "NL003",
        f"not valid UTF-8 (first bad byte at offset {bad_at}); read as Windows-1252{detail}. "
        "Re-save the file as UTF-8",
        line=line,
    )


def _utf16_without_bom(head: bytes) -> str | None:
    """Text saved as UTF-16 with no byte-order mark: every other byte is NUL."""
    if len(head) < 4:
        return None
    even, odd = head[0::2], head[1::2]
    if odd.count(0) > 0.9 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.9 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None


# Every byte value but the control characters that binary data is made of (tab, line
# feed, form feed and carriage return are text).
_NOT_CONTROL = bytes(b for b in range(256) if b >= 32 or b in (9, 10, 12, 13))


def _mostly_control_bytes(head: bytes) -> bool:
    """Binary data without NUL bytes (compressed or encrypted files) is still not text."""
    if not head:
        return False
    control = len(head.translate(None, _NOT_CONTROL))  # keeps only the control bytes
    return control > 0.05 * len(head)


def normalise_newlines(text: str) -> str:
    # Line and column numbers are unchanged: a CR only ever ends a line.
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def _is_markdown(path: Path | RemoteFile) -> bool:
    return path.suffix.lower() in {".md", ".markdown"}


def _human(size: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size} {unit}" if unit == "bytes" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{size} bytes"
