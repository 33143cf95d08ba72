"""Resolved settings for one run: what to check, how strictly, and how to report."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newslint.diagnostics import Severity
from newslint.load.reader import DEFAULT_MAX_BYTES


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
    dates: dict[str, dt.date] = field(default_factory=dict)
    output_format: str = "text"

    def is_enabled(self, code: str) -> bool:
        """Ruff's convention: the most specific matching selector wins; ALL is least specific."""
        chosen = _best_match(code, self.select + self.extend_select)
        ignored = _best_match(code, self.ignore)
        return chosen is not None and (ignored is None or chosen > ignored)

    def severity_of(self, code: str, default: Severity) -> Severity:
        return self.severity.get(code, default)


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


def is_valid_selector(selector: str) -> bool:
    import re

    return bool(re.fullmatch(r"ALL|[A-Z]{1,6}\d{0,4}", selector.strip().upper()))
