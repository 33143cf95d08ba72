"""The keys of the cache: what an article's entry, a story's findings and the whole run's
settings are known by. A key changes whenever what it stands for could change: the file's
bytes, its path and date, newslint's code and version, the records' fields, the rule data
and the settings that change extraction or per-article results."""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from newslint import __version__, diagnostics, facts, suppress
from newslint.engine import file_task
from newslint.ruledata import builtin_rules_dir
from newslint.settings import Settings


@functools.cache
def schema_fingerprint() -> str:
    """Field names of every record the cache stores; changes when any of them changes."""
    return fields_fingerprint((facts, diagnostics, suppress, file_task))


def fields_fingerprint(modules: Iterable[Any]) -> str:
    parts = []
    for module in modules:
        for name, value in sorted(vars(module).items()):
            if dataclasses.is_dataclass(value) and isinstance(value, type):
                fields = ",".join(f.name for f in dataclasses.fields(value))
                parts.append(f"{module.__name__}.{name}({fields})")
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:16]


@functools.cache
def _code_fingerprint() -> str:
    """newslint's own source: a changed extractor or rule must not serve stale entries, even
    before the version number moves (a development checkout, an editable install)."""
    digest = hashlib.sha256()
    package = Path(__file__).parent.parent
    for path in sorted(package.rglob("*.py")):
        digest.update(path.relative_to(package).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


@functools.cache
def _data_fingerprint(folders: tuple[Path, ...]) -> str:
    """Contents of the rule data and rule packs: editing a YAML list changes results."""
    digest = hashlib.sha256()
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in sorted(folder.iterdir()):
            if path.suffix in (".yaml", ".yml"):
                digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def settings_fingerprint(settings: Settings) -> str:
    """The settings that change what one article's entry holds."""
    parts = [
        __version__,
        _code_fingerprint(),
        schema_fingerprint(),
        _data_fingerprint((builtin_rules_dir(), *settings.rule_packs)),
        repr(sorted((k, sorted(v.items())) for k, v in settings.rule_options.items())),
        str(settings.max_file_size),
        str(settings.root),  # article ids are paths relative to it
        os.getcwd(),  # displayed paths are relative to it: together they give the ids
    ]
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()


def content_digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def entry_key(digest: str, display: str, date: Any, settings_fp: str) -> str:
    """The key of one article's entry: its content digest, path, date and the settings."""
    return hashlib.sha256(f"{digest}\x1f{display}\x1f{date}\x1f{settings_fp}".encode()
                          ).hexdigest()


def stat_signature(info: Any) -> str:
    """What says a file is unchanged without reading it: size, times, inode (as git does)."""
    return f"{info.st_size}:{info.st_mtime_ns}:{info.st_ctime_ns}:{info.st_ino}"
