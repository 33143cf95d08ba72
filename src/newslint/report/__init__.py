"""Report stage: diagnostics → text for people or machines. Reporters only format."""

from __future__ import annotations

from collections.abc import Callable
from typing import TextIO

from newslint.pipeline import RunResult
from newslint.report.json_format import write_json
from newslint.report.text import write_text

Reporter = Callable[[RunResult, TextIO], None]

REPORTERS: dict[str, Reporter] = {
    "text": write_text,
    "json": write_json,
}
