"""Counts shared by the reporters."""

from __future__ import annotations

from collections import Counter

from newslint.diagnostics import Severity
from newslint.engine.result import RunResult


def summary(result: RunResult) -> dict[str, int]:
    counts = Counter(d.severity for d in result.diagnostics)
    return {
        "files": result.files,
        "findings": len(result.diagnostics),
        "errors": counts[Severity.ERROR],
        "warnings": counts[Severity.WARNING],
        "info": counts[Severity.INFO],
    }
