"""Report stage: diagnostics → text for people or machines. Reporters only format.

Each format's module is imported when it is used: a run prints one format, and the HTML
page (with the explanations it embeds) costs more to import than a one-article run checks.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from newslint.engine.result import RunResult

Reporter = Callable[["RunResult", TextIO], None]

# format → (module under newslint.report, its writer)
_WRITERS: dict[str, tuple[str, str]] = {
    "text": ("text", "write_text"),
    "json": ("json_format", "write_json"),
    "sarif": ("sarif", "write_sarif"),
    "github": ("github", "write_github"),
    "junit": ("junit", "write_junit"),
    "html": ("html", "write_html"),
}
FORMATS = tuple(_WRITERS)


def reporter(name: str) -> Reporter:
    """The writer of one format (KeyError for an unknown one)."""
    module, function = _WRITERS[name]
    writer: Reporter = getattr(import_module(f"newslint.report.{module}"), function)
    return writer
