"""`path:line:col: CODE [severity] message`, related locations indented below, then a summary."""

from __future__ import annotations

import os
from typing import TextIO

from newslint.diagnostics import Severity
from newslint.engine.result import RunResult
from newslint.report.summary import summary

_COLOURS = {Severity.ERROR: "\033[31m", Severity.WARNING: "\033[33m", Severity.INFO: "\033[36m"}
# A finding with dozens of places (a spun article's phrases) lists the first few here.
_MAX_RELATED = 8
_BOLD, _DIM, _RESET = "\033[1m", "\033[2m", "\033[0m"


def use_colour(stream: TextIO) -> bool:
    if os.environ.get("NO_COLOR"):
        return False
    return bool(getattr(stream, "isatty", lambda: False)())


def write_text(result: RunResult, stream: TextIO, quiet: bool = False) -> None:
    colour = use_colour(stream)
    for d in result.diagnostics:
        loc = d.location
        where = f"{loc.path}:{loc.line}:{loc.col}:"
        level = f"[{d.severity.label}]"
        if colour:
            where = f"{_BOLD}{where}{_RESET}"
            level = f"{_COLOURS[d.severity]}{level}{_RESET}"
        stream.write(f"{where} {d.code} {level} {d.message}\n")
        for rel in d.related[:_MAX_RELATED]:
            line = f"  --> {rel.path}:{rel.line}:{rel.col}: {rel.message}"
            stream.write(f"{_DIM}{line}{_RESET}\n" if colour else f"{line}\n")
        if len(d.related) > _MAX_RELATED:
            more = f"  ... and {len(d.related) - _MAX_RELATED} more (all in --format json or html)"
            stream.write(f"{_DIM}{more}{_RESET}\n" if colour else f"{more}\n")
    if quiet:
        return
    counts = summary(result)
    if counts["findings"] == 0:
        stream.write(f"No findings in {_files(counts['files'])}.\n")
        return
    parts = [_plural(counts[k], label) for k, label in
             (("errors", "error"), ("warnings", "warning")) if counts[k]]
    if counts["info"]:
        parts.append(f"{counts['info']} info")
    stream.write(
        f"Found {counts['findings']} finding{'s' if counts['findings'] != 1 else ''} "
        f"({', '.join(parts)}) in {_files(counts['files'])}.\n"
    )


def _files(n: int) -> str:
    return _plural(n, "file")


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'s' if n != 1 else ''}"
