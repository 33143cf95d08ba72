"""Resolved settings for one run: what to check, how strictly, and how to report."""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newslint.diagnostics import Severity
from newslint.load.discover import resolve_path
from newslint.load.reader import DEFAULT_MAX_BYTES
from newslint.load.remote import RemoteFile


@dataclass(frozen=True)
class Settings:
    select: tuple[str, ...] = ("ALL",)
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: dict[str, Severity] = field(default_factory=dict)
    fail_on: Severity = Severity.INFO
    jobs: int = 0  # 0: one worker per core
    max_file_size: int = DEFAULT_MAX_BYTES
    rule_packs: tuple[Path, ...] = ()
    rule_options: dict[str, dict[str, Any]] = field(default_factory=dict)
    # Publication dates by path: keys are resolved absolute POSIX paths (or display paths).
    dates: dict[str, dt.date] = field(default_factory=dict)
    output_format: str = "text"
    # Globs relative to the project root: which discovered files are articles.
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    root: Path | None = None  # the folder of the configuration file
    config_path: Path | None = None
    cache: bool = True
    file_time_limit: float = 60.0  # seconds one file may take (NL011); 0: no limit

    def is_enabled(self, code: str) -> bool:
        """Ruff's convention: the most specific matching selector wins; ALL is least specific."""
        return _is_enabled(code, self.select + self.extend_select, self.ignore)

    def severity_of(self, code: str, default: Severity) -> Severity:
        return self.severity.get(code, default)

    def relative(self, path: Path | RemoteFile) -> str:
        """`path` relative to the project root (or the working folder), POSIX style; a
        file named by URL, relative to the URL it was found under."""
        if isinstance(path, RemoteFile):
            return path.ident
        base = _resolved(self.root or Path.cwd())
        resolved = resolve_path(path)
        try:
            return resolved.relative_to(base).as_posix()
        except ValueError:
            return path.as_posix()

    def is_article(self, path: Path | RemoteFile) -> bool:
        """Include/exclude globs; a file named on the command line passes when no include."""
        if not self.exclude and not self.include:
            return True  # resolving every path costs system calls a large corpus feels
        rel = self.relative(path)
        if self.exclude and any(glob_match(g, rel) for g in self.exclude):
            return False
        return not self.include or any(glob_match(g, rel) for g in self.include)

    def ignored_in(self, path: str, relative: str | None = None) -> tuple[str, ...]:
        """Codes per-file-ignores switches off for a display path (`relative`: the path
        to match when it is not worked out from the root, as for an article named by URL)."""
        rel = relative if relative is not None else self.relative(Path(path))
        return tuple(c for glob, codes in self.per_file_ignores if glob_match(glob, rel)
                     for c in codes)

    def date_of(self, path: Path | RemoteFile, display: str) -> dt.date | None:
        if not self.dates:
            return None
        if isinstance(path, RemoteFile):
            return self.dates.get(display)
        return self.dates.get(resolve_path(path).as_posix()) or self.dates.get(display)


# Rules that ALL (the default selection) leaves out: they run when a selector names them
# or their family ("NL303", "NL3"). NL303 reports no discrepancy, only a pattern to check.
OPT_IN = frozenset({"NL303"})


@functools.lru_cache(maxsize=1024)
def _is_enabled(code: str, selected: tuple[str, ...], ignored: tuple[str, ...]) -> bool:
    # Cached: a large corpus asks this once per finding, of a few dozen codes.
    chosen = _best_match(code, selected)
    dropped = _best_match(code, ignored)
    if code in OPT_IN and not chosen:
        return False
    return chosen is not None and (dropped is None or chosen > dropped)


def _best_match(code: str, selectors: tuple[str, ...]) -> int | None:
    best: int | None = None
    for selector in selectors:
        selector = selector.strip().upper()
        if selector == "ALL":
            length = 0
        elif code.startswith(selector):
            length = len(selector)
        else:
            continue
        best = length if best is None else max(best, length)
    return best


def matches_any(code: str, selectors: tuple[str, ...]) -> bool:
    return _best_match(code, selectors) is not None


def is_valid_selector(selector: str) -> bool:
    return bool(re.fullmatch(r"ALL|[A-Z]{1,6}\d{0,4}", selector.strip().upper()))


def glob_match(pattern: str, path: str) -> bool:
    """Gitignore-like globs: `*` stays in a folder, `**` crosses folders; a pattern without
    a slash also matches the file name alone (`*.txt`), as in ruff's per-file-ignores."""
    if "/" not in pattern.rstrip("/") and _glob_regex(pattern).fullmatch(path.rsplit("/", 1)[-1]):
        return True
    pattern = pattern.removeprefix("./")
    if pattern.endswith("/"):
        pattern += "**"
    return bool(_glob_regex(pattern).fullmatch(path))


@functools.lru_cache(maxsize=256)
def _glob_regex(pattern: str) -> re.Pattern[str]:
    out, i = [], 0
    while i < len(pattern):
        if pattern.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
        elif pattern.startswith("**", i):
            out.append(".*")
            i += 2
        elif pattern[i] == "*":
            out.append("[^/]*")
            i += 1
        elif pattern[i] == "?":
            out.append("[^/]")
            i += 1
        else:
            out.append(re.escape(pattern[i]))
            i += 1
    return re.compile("".join(out))


@functools.lru_cache(maxsize=64)
def _resolved(folder: Path) -> Path:
    """The project root, resolved once per run rather than once per article."""
    return folder.resolve()


def parse_size(text: str) -> int:
    units = {"": 1, "B": 1, "KB": 1024, "MB": 1024**2, "GB": 1024**3}
    raw = text.strip().upper()
    number = raw.rstrip("KMGB")
    unit = raw[len(number):]
    try:
        value = float(number)
    except ValueError:
        raise ValueError(f"not a size: {text!r}") from None
    if unit not in units or value <= 0:
        raise ValueError(f"not a size: {text!r}")
    return int(value * units[unit])
