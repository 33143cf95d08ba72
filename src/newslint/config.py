"""Configuration files: `[tool.newslint]` in pyproject.toml, or newslint.yaml / .newslint.yaml.

The file is found by walking up from the first checked path, as ruff does; the folder holding
it is the project root (relative paths in it, and the pre-commit corpus, start there).
Every key is validated: an unknown key or a bad value is a ConfigError naming the key and file.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from newslint.diagnostics import Severity
from newslint.load.frontmatter import parse_date
from newslint.report import FORMATS
from newslint.settings import is_valid_selector, parse_size

# libyaml's safe loader when PyYAML was built with it: several times faster.
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

CONFIG_NAMES = ("newslint.yaml", ".newslint.yaml", "pyproject.toml")


class ConfigError(Exception):
    """A configuration file that cannot be used; the run stops with exit code 2."""


@dataclass(slots=True)
class FileConfig:
    """What a configuration file says, validated; `values` uses Settings field names."""

    path: Path | None = None
    root: Path | None = None
    values: dict[str, Any] = field(default_factory=dict)


def find_config(start: Path) -> Path | None:
    """The nearest configuration file in `start` (a file's folder) or above it."""
    folder = start.resolve()
    if not folder.is_dir():
        folder = folder.parent
    for candidate in (folder, *folder.parents):
        found = [candidate / name for name in CONFIG_NAMES if (candidate / name).is_file()]
        # A pyproject.toml without [tool.newslint] is not ours.
        found = [p for p in found if p.name != "pyproject.toml" or _has_tool_table(p)]
        # An empty newslint.yaml marks the project root but says nothing: it must not
        # hide the settings of a pyproject.toml beside it.
        if found:
            return next((p for p in found if not _says_nothing(p)), found[0])
    return None


def _says_nothing(path: Path) -> bool:
    if path.name == "pyproject.toml":
        return False
    try:
        return not _read_table(path)
    except ConfigError:
        return False  # reported when it is loaded


def _has_tool_table(path: Path) -> bool:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return "[tool.newslint" in _read_quietly(path)
    return isinstance(data.get("tool"), dict) and "newslint" in data["tool"]


def _read_quietly(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


def load_config(path: Path) -> FileConfig:
    raw = _read_table(path)
    root = path.resolve().parent
    values: dict[str, Any] = {}
    for key, value in raw.items():
        parser = _KEYS.get(str(key))
        if parser is None:
            known = ", ".join(sorted(_KEYS))
            raise ConfigError(f"{path}: unknown key {key!r} (known keys: {known})")
        try:
            values.update(parser(value, root))
        except (TypeError, ValueError) as exc:
            raise ConfigError(f"{path}: bad value for {key!r}: {exc}") from None
    return FileConfig(path, root, values)


def _read_table(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read configuration: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: configuration must be UTF-8") from None
    if path.name == "pyproject.toml":
        try:
            data: Any = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{path}: invalid TOML: {exc}") from None
        data = data.get("tool", {}).get("newslint", {})
    else:
        try:
            data = yaml.load(text, Loader=_SAFE_LOADER)  # safe: no Python objects
        except yaml.YAMLError as exc:
            raise ConfigError(f"{path}: invalid YAML: {exc}") from None
        if data is None:
            data = {}
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: the configuration must be a table of keys")
    return data


# --- value parsers: each returns {settings field: value} or raises ValueError/TypeError ---


def _codes(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        raise TypeError("expected a list of rule codes or prefixes, e.g. [NL1, NL302]")
    codes = tuple(str(v).strip().upper() for v in value)
    for code in codes:
        if not is_valid_selector(code):
            raise ValueError(f"{code!r} is not a rule code or prefix (e.g. NL101, NL3)")
    return codes


def _globs(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise TypeError("expected a list of glob patterns, e.g. ['articles/**/*.md']")
    return tuple(value)


def _severity_map(value: Any) -> dict[str, Severity]:
    if not isinstance(value, dict):
        raise TypeError("expected a table of code = level, e.g. {NL101 = 'error'}")
    out: dict[str, Severity] = {}
    for code, level in value.items():
        (code,) = _codes([code])
        out[code] = Severity.parse(str(level))
    return out


def _per_file_ignores(value: Any) -> tuple[tuple[str, tuple[str, ...]], ...]:
    if not isinstance(value, dict):
        raise TypeError("expected a table of glob = [codes], e.g. {'archive/*' = ['NL2']}")
    return tuple((str(glob), _codes(codes)) for glob, codes in value.items())


def _rule_packs(value: Any, root: Path) -> tuple[Path, ...]:
    folders = _globs(value)
    return tuple((root / folder).resolve() for folder in folders)


def _options(value: Any) -> dict[str, dict[str, Any]]:
    if not isinstance(value, dict):
        raise TypeError("expected a table per rule code, e.g. {NL202 = {min_distinct = 6}}")
    out: dict[str, dict[str, Any]] = {}
    for code, options in value.items():
        if not isinstance(options, dict):
            raise TypeError(f"options of {code} must be a table of name = value")
        for name, option in options.items():
            if not isinstance(option, (int, float, str, bool)):
                raise TypeError(f"option {code}.{name} must be a number, string or boolean")
        out[str(code).strip().upper()] = {str(k): v for k, v in options.items()}
    return out


def _dates(value: Any, root: Path) -> dict[str, dt.date]:
    if not isinstance(value, dict):
        raise TypeError("expected a table of path = date, e.g. {'wire/a.txt' = 2025-01-27}")
    out: dict[str, dt.date] = {}
    for path, date in value.items():
        parsed = parse_date(date)
        if parsed is None:
            raise ValueError(f"{date!r} for {path} is not a date (use YYYY-MM-DD)")
        out[(root / str(path)).resolve().as_posix()] = parsed
    return out


def _fail_on(value: Any) -> Severity:
    return Severity.parse(str(value))


def _size(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, str)):
        raise TypeError("expected a size such as 10MB or a number of bytes")
    return parse_size(str(value)) if isinstance(value, str) else int(value)


def _bool(value: Any) -> bool:
    if not isinstance(value, bool):
        raise TypeError("expected true or false")
    return value


def _jobs(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError("expected a whole number of worker processes (0: one per core)")
    return value


def _seconds(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
        raise ValueError("expected seconds (0: no limit)")
    return float(value)


def _format(value: Any) -> str:
    if value not in FORMATS:
        raise ValueError(f"{value!r} is not one of {', '.join(FORMATS)}")
    return str(value)


_Parser = Callable[[Any, Path], dict[str, Any]]
_KEYS: dict[str, _Parser] = {
    "select": lambda v, r: {"select": _codes(v)},
    "extend-select": lambda v, r: {"extend_select": _codes(v)},
    "ignore": lambda v, r: {"ignore": _codes(v)},
    "severity": lambda v, r: {"severity": _severity_map(v)},
    "fail-on": lambda v, r: {"fail_on": _fail_on(v)},
    "include": lambda v, r: {"include": _globs(v)},
    "exclude": lambda v, r: {"exclude": _globs(v)},
    "per-file-ignores": lambda v, r: {"per_file_ignores": _per_file_ignores(v)},
    "rule-packs": lambda v, r: {"rule_packs": _rule_packs(v, r)},
    "options": lambda v, r: {"rule_options": _options(v)},
    "dates": lambda v, r: {"dates": _dates(v, r)},
    "max-file-size": lambda v, r: {"max_file_size": _size(v)},
    "jobs": lambda v, r: {"jobs": _jobs(v)},
    "file-time-limit": lambda v, r: {"file_time_limit": _seconds(v)},
    "cache": lambda v, r: {"cache": _bool(v)},
    "format": lambda v, r: {"output_format": _format(v)},
}
KNOWN_KEYS = tuple(sorted(_KEYS))
