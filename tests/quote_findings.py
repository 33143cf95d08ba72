"""The NL302 findings of quote tests: on two wire articles written in a test, or on a copy
of a real event."""

from __future__ import annotations

from typing import Any

from realcopy import article_copy


def wire_pair(corpus, first: str, second: str):
    """A corpus of two wire articles from one dateline, a.txt giving `first` and b.txt
    `second`."""
    return corpus({"a.txt": f"WASHINGTON (Wire) - {first}\n",
                   "b.txt": f"WASHINGTON (Wire) - {second}\n"})


def nl302(run_json, root) -> list[dict[str, Any]]:
    """The NL302 findings on the corpus at `root`."""
    _, diagnostics = run_json(str(root), "--select", "NL302")
    return diagnostics


def nl302_at(tmp_path, run_json, event: str, file: str, line: int) -> dict[str, Any]:
    """The one NL302 finding at file:line of a copy of the real `event`."""
    (finding,) = [d for d in nl302(run_json, article_copy(tmp_path, event))
                  if d["path"].endswith(file) and d["line"] == line]
    return finding
