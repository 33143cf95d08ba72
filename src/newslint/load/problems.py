"""Problems with an input file itself, reported as NL0xx diagnostics."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class LoadProblem:
    code: str
    message: str
    line: int = 1
    col: int = 1
