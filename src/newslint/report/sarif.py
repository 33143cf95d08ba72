"""SARIF 2.1.0 for code scanning (GitHub, Azure DevOps, IDE viewers).

One result per finding. The other articles of a cross-article finding are relatedLocations,
linked from the message as `[path:line](id)`: that is the only way GitHub shows them.
Paths are relative to the project root (uriBaseId %SRCROOT%); columns count code points.

GitHub code scanning keeps at most 5,000 results of a run and 100 locations of a result
(and rejects a run of more than 25,000): results are ordered errors first, then warnings,
then notes, and capped there; what is left out is said in the run's notifications and on
stderr, never dropped silently. Upload the baseline-filtered report (docs/ci.md).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from typing import Any, TextIO
from urllib.parse import quote

from newslint import __version__
from newslint.diagnostics import Diagnostic, Location, Severity
from newslint.docs import doc_url
from newslint.engine.result import RunResult
from newslint.load.remote import is_url
from newslint.report.paths import repo_relative

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
FINGERPRINT_NAME = "newslint/v1"
MAX_RESULTS = 5_000
MAX_RELATED = 100


def write_sarif(result: RunResult, stream: TextIO) -> None:
    rules = sorted(result.rules, key=lambda r: r.code)
    index = {rule.code: number for number, rule in enumerate(rules)}
    ordered = _ordered(result.diagnostics)
    kept = ordered[:MAX_RESULTS]
    left_out = len(ordered) - len(kept)
    document = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "newslint",
                "version": __version__,
                "semanticVersion": __version__,
                "rules": [_rule(rule) for rule in rules],
            }},
            "originalUriBaseIds": {"%SRCROOT%": {"uri": (result.root.as_uri() + "/")
                                                 if result.root else "file:///"}},
            "columnKind": "unicodeCodePoints",
            "results": [_result(result, d, index) for d in kept],
        }],
    }
    if left_out:
        warning = (f"{left_out} of {len(result.diagnostics)} findings left out of the SARIF "
                   f"report (GitHub code scanning keeps {MAX_RESULTS:,} per run; errors and "
                   "warnings come first): fix or baseline findings, or use --select")
        document["runs"][0]["invocations"] = [{
            "executionSuccessful": True,
            "toolExecutionNotifications": [{"level": "warning", "message": {"text": warning}}],
        }]
        print(f"newslint: warning: {warning}", file=sys.stderr)
    json.dump(document, stream, indent=2, ensure_ascii=False)
    stream.write("\n")


def _ordered(diagnostics: Sequence[Diagnostic]) -> list[Diagnostic]:
    """Most severe first (what a capped upload keeps); report order within a severity."""
    return sorted(diagnostics, key=lambda d: -d.severity)


def _rule(rule: Any) -> dict[str, Any]:
    url = doc_url(rule.code)
    return ({"helpUri": url} if url else {}) | {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary or rule.name},
        "fullDescription": {"text": rule.doc or rule.summary or rule.name},
        "help": {"text": rule.doc or rule.summary, "markdown": rule.doc or rule.summary},
        "defaultConfiguration": {"level": _LEVEL[rule.severity]},
        "properties": {"tags": [rule.scope]},
    }


def _result(run: RunResult, d: Diagnostic, index: dict[str, int]) -> dict[str, Any]:
    related = [
        {"id": number, "physicalLocation": _physical(run, loc),
         "message": {"text": loc.message or "related"}}
        for number, loc in enumerate(d.related[:MAX_RELATED], start=1)
    ]
    text = d.message
    if related:
        links = ", ".join(
            f"[{_escape_link(repo_relative(run, loc.path))}:{loc.line}]({number})"
            for number, loc in enumerate(d.related[:MAX_RELATED], start=1)
        )
        more = len(d.related) - MAX_RELATED
        text = f"{text} (see {links}{f' and {more} more' if more > 0 else ''})"
    out: dict[str, Any] = {
        "ruleId": d.code,
        "level": _LEVEL[d.severity],
        "message": {"text": text},
        "locations": [{"physicalLocation": _physical(run, d.location)}],
        "partialFingerprints": {FINGERPRINT_NAME: d.fingerprint},
    }
    if d.code in index:
        out["ruleIndex"] = index[d.code]
    if related:
        out["relatedLocations"] = related
    return out


def _physical(run: RunResult, loc: Location) -> dict[str, Any]:
    region = {"startLine": max(1, loc.line), "startColumn": max(1, loc.col)}
    if loc.end_line >= loc.line:
        region["endLine"] = loc.end_line
        region["endColumn"] = max(1, loc.end_col)
    artifact = ({"uri": loc.path} if is_url(loc.path)  # an article named by URL: absolute
                else {"uri": quote(repo_relative(run, loc.path)), "uriBaseId": "%SRCROOT%"})
    return {"artifactLocation": artifact, "region": region}


def _escape_link(text: str) -> str:
    # Brackets in a link text must be escaped (SARIF §3.11.6).
    return text.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]")
