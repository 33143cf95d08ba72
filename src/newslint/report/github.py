"""GitHub Actions workflow commands: `::warning file=…,line=…,col=…,title=NL302::message`.

GitHub shows only about ten annotations of each kind per step, so errors come first and a
single notice at the end counts what was not shown.
"""

from __future__ import annotations

from typing import TextIO

from newslint.diagnostics import Diagnostic, Severity
from newslint.engine.result import RunResult
from newslint.report.paths import repo_relative

MAX_ANNOTATIONS = 10
_COMMAND = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def write_github(result: RunResult, stream: TextIO) -> None:
    ordered = sorted(result.diagnostics, key=lambda d: (-d.severity, d.sort_key()))
    for d in ordered[:MAX_ANNOTATIONS]:
        stream.write(annotation(result, d) + "\n")
    hidden = len(ordered) - MAX_ANNOTATIONS
    if hidden > 0:
        stream.write(
            f"::notice title=newslint::{hidden} more finding{'s' if hidden != 1 else ''} not "
            "shown as annotations; run newslint locally or read the SARIF report\n"
        )


def annotation(result: RunResult, d: Diagnostic) -> str:
    loc = d.location
    props = [
        f"file={escape_property(repo_relative(result, loc.path))}",
        f"line={loc.line}",
        f"col={loc.col}",
    ]
    if loc.end_line >= loc.line:
        props += [f"endLine={loc.end_line}", f"endColumn={loc.end_col}"]
    props.append(f"title={escape_property(d.code)}")
    message = d.message
    if d.related:
        others = "; ".join(f"{repo_relative(result, r.path)}:{r.line}:{r.col} {r.message}".strip()
                           for r in d.related)
        message = f"{message}\nsee: {others}"
    return f"::{_COMMAND[d.severity]} {','.join(props)}::{escape_data(message)}"
