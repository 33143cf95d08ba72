"""Where a fact is in its article: offsets with line and column already resolved."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from newslint.diagnostics import Location

Context = Literal["text", "heading", "label", "post"]


@dataclass(slots=True, unsafe_hash=True)
class Span:
    start: int
    end: int
    line: int
    col: int
    end_line: int
    end_col: int

    def location(self, path: str, message: str = "") -> Location:
        return Location(path, self.line, self.col, self.end_line, self.end_col, message)
