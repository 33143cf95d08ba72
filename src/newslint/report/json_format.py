"""One JSON object: version, diagnostics (with related locations and fingerprints), summary."""

from __future__ import annotations

import json
from typing import Any, TextIO

from newslint import __version__
from newslint.diagnostics import Diagnostic
from newslint.pipeline import RunResult
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
    }


def write_json(result: RunResult, stream: TextIO) -> None:
    document = {
        "version": __version__,
        "diagnostics": [diagnostic_dict(d) for d in result.diagnostics],
        "summary": summary(result),
    }
    json.dump(document, stream, indent=2, ensure_ascii=False)
    stream.write("\n")
