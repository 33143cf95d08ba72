"""One JSON object: version, diagnostics (with related locations and fingerprints), summary."""

from __future__ import annotations

import json
from typing import Any, TextIO

from newslint import __version__
from newslint.diagnostics import Diagnostic
from newslint.docs import doc_url
from newslint.engine.result import RunResult
from newslint.report.summary import summary


def diagnostic_dict(d: Diagnostic) -> dict[str, Any]:
    loc = d.location
    return {
        "code": d.code,
        "rule": d.rule,
        "severity": d.severity.label,
        "message": d.message,
        "path": loc.path,
        "line": loc.line,
        "col": loc.col,
        "end_line": loc.end_line,
        "end_col": loc.end_col,
        "related": [
            {"path": r.path, "line": r.line, "col": r.col, "message": r.message}
            for r in d.related
        ],
        "fingerprint": d.fingerprint,
        "doc_url": doc_url(d.code),
        "fixable": bool(d.fixes),
    }


def write_json(result: RunResult, stream: TextIO) -> None:
    """One finding per line. json's indent= switches to its pure-Python encoder, several
    times slower on the tens of thousands of findings a large archive can have."""
    dumps = json.JSONEncoder(ensure_ascii=False).encode

    stream.write(f'{{"version": {dumps(__version__)},\n"diagnostics": [')
    for number, diagnostic in enumerate(result.diagnostics):
        stream.write(",\n  " if number else "\n  ")
        stream.write(dumps(diagnostic_dict(diagnostic)))
    stream.write(f'\n],\n"summary": {dumps(summary(result))}}}\n')
