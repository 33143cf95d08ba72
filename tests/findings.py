"""Reading findings in tests: where a finding and its related locations are, by file name."""

from __future__ import annotations

from typing import Any


def related(finding: dict[str, Any]) -> list[tuple[str, int]]:
    """(file name, line) of every related location of a finding, in its order."""
    return [(r["path"].rsplit("/", 1)[-1], r["line"]) for r in finding["related"]]


def graded_places(found: list[dict[str, Any]]) -> list[tuple[str, int, str]]:
    """(file name, line, severity) of each finding, in order."""
    return [(d["path"].rsplit("/", 1)[-1], d["line"], d["severity"]) for d in found]


def places(finding: dict[str, Any]) -> set[tuple[str, int]]:
    """(file name, line) of a finding and of every related location."""
    return {(finding["path"].rsplit("/", 1)[-1], finding["line"]), *related(finding)}


def showing(run_json, root, code: str, word: str) -> set[tuple[str, int]]:
    """The places of the `code` findings on `root` whose message shows `word`."""
    _, found = run_json(str(root), "--select", code)
    return set().union(*(places(d) for d in found if word in d["message"]))
