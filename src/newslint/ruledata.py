"""The editors' rule data: YAML files in `rules/`, read with safe loading only."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import yaml

# libyaml's safe loader when PyYAML was built with it: several times faster.
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class RuleDataError(Exception):
    """A rule-data or rule-pack file that cannot be used; the run stops with exit code 2."""


@functools.cache
def builtin_rules_dir() -> Path:
    # Cached: every lexicon lookup of every story asks. Installed wheel: the data is
    # packaged beside the code. Source checkout or editable install: it is the repository's
    # top-level rules/ folder.
    packaged = Path(__file__).parent / "_data" / "rules"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "rules"


@functools.cache
def load_yaml_file(path: Path) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise RuleDataError(f"{path}: cannot read rule data: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise RuleDataError(f"{path}: rule data must be UTF-8") from None
    try:
        return yaml.load(text, Loader=_SAFE_LOADER)  # safe: no Python objects
    except yaml.YAMLError as exc:
        raise RuleDataError(f"{path}: invalid YAML: {exc}") from None


def builtin(name: str) -> dict[str, Any]:
    """A built-in rule-data file by name, e.g. builtin("spinner.yaml")."""
    data = load_yaml_file(builtin_rules_dir() / name)
    if not isinstance(data, dict):
        raise RuleDataError(f"{builtin_rules_dir() / name}: expected a mapping at the top level")
    return data
