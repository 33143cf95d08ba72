"""Articles on any fsspec filesystem: `newslint s3://bucket/archive/` (where s3fs is
installed), `gs://...`, `memory://...` in tests, `file:///...`, as well as local paths.

An article named by URL shows its URL in findings, and its id is its path relative to the
URL it was found under (`2024/05/harbor.md` for `s3://bucket/archive/2024/05/harbor.md`
under `s3://bucket/archive/`): the same on every machine, whatever the working folder, so
fingerprints, baselines and cached entries do not move when the archive is checked from
elsewhere. A `RemoteFile` is small and picklable; each process opens the filesystem
itself (fsspec keeps one instance per URL's options).

fsspec comes with the 'dask' extra and is imported only when a URL is named.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# `scheme://`: two letters at least, so that a Windows drive (C:/...) stays a path.
_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]+://")


class NoFilesystem(Exception):
    """A URL was named and fsspec (or the filesystem's own package) is not installed."""


def is_url(raw: object) -> bool:
    return isinstance(raw, str) and _URL.match(raw) is not None


@dataclass(frozen=True, slots=True)
class RemoteFile:
    """One article on an fsspec filesystem: where to open it, and its id."""

    url: str  # what findings show, and where any process opens it
    ident: str  # its path relative to the URL it was found under
    size: int | None = None
    version: str | None = None  # says the bytes are unchanged (an ETag, a checksum), or None

    def as_posix(self) -> str:
        return self.url

    def __str__(self) -> str:
        return self.url

    @property
    def name(self) -> str:
        return posixpath.basename(self.url.rstrip("/"))

    @property
    def suffix(self) -> str:
        return posixpath.splitext(self.name)[1]

    def read_bytes(self) -> bytes:
        fs, path = _filesystem(self.url)
        data: bytes = fs.cat_file(path)
        return data

    def current_size(self) -> int:
        fs, path = _filesystem(self.url)
        return int(fs.size(path))


def named(text: str) -> Path | RemoteFile:
    """A path given alone (one article to show): a RemoteFile, its id its name, when it
    is a URL."""
    return RemoteFile(text, posixpath.basename(text.rstrip("/"))) if is_url(text) else Path(text)


def _filesystem(url: str) -> tuple[Any, str]:
    try:
        from fsspec.core import url_to_fs  # deferred: an optional extra
        fs, path = url_to_fs(url)
    except ImportError as exc:
        raise NoFilesystem(f"{url}: reading URLs needs fsspec and the filesystem's package "
                           f"(pip install 'newslint[dask]'; {exc})") from None
    except ValueError as exc:  # an unknown protocol
        raise NoFilesystem(f"{url}: {exc}") from None
    return fs, path


def discover_url(url: str, wanted: Callable[[str], bool]) -> list[RemoteFile] | None:
    """The file at `url`, or the files under it that `wanted(relative path)` keeps, as
    discover() walks a folder; None when nothing is there."""
    fs, root = _filesystem(url)
    root = root.rstrip("/") or "/"
    base = url.rstrip("/")
    try:
        if not fs.exists(root):
            return None
        if not fs.isdir(root):
            info = fs.info(root)
            name = posixpath.basename(root)
            return [RemoteFile(base, name, info.get("size"), _version(info))]
        found = fs.find(root, detail=True)
    except (OSError, ValueError) as exc:
        raise NoFilesystem(f"{url}: {exc}") from None
    out = []
    for path, info in sorted(found.items()):
        relative = posixpath.relpath(path, root)
        if info.get("type", "file") == "file" and wanted(relative):
            out.append(RemoteFile(f"{base}/{relative}", relative, info.get("size"),
                                  _version(info)))
    return out


def _version(info: dict[str, Any]) -> str | None:
    """What says an object's bytes are unchanged without reading them: a content checksum
    the store keeps (S3's ETag, GCS's md5Hash). A modification time alone could be the
    same after a rewrite within its tick: such files are read again on every run."""
    for field in ("ETag", "etag", "md5Hash", "content_md5", "checksum"):
        value = info.get(field)
        if value:
            return f"{info.get('size')}:{value}"
    return None
