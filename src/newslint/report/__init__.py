"""Report stage: diagnostics → text for people or machines. Reporters only format."""

from __future__ import annotations

from collections.abc import Callable
from typing import TextIO

from newslint.engine.result import RunResult
from newslint.report.github import write_github
from newslint.report.html import write_html
from newslint.report.json_format import write_json
from newslint.report.junit import write_junit
from newslint.report.sarif import write_sarif
from newslint.report.text import write_text

Reporter = Callable[[RunResult, TextIO], None]

REPORTERS: dict[str, Reporter] = {
    "text": write_text,
    "json": write_json,
    "sarif": write_sarif,
    "github": write_github,
    "junit": write_junit,
    "html": write_html,
}
FORMATS = tuple(REPORTERS)
