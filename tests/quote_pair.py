"""Two wire articles written in a test, and the NL302 findings on a corpus."""

from __future__ import annotations

from typing import Any


def wire_pair(corpus, first: str, second: str):
    """A corpus of two wire articles from one dateline, a.txt giving `first` and b.txt
    `second`."""
    return corpus({"a.txt": f"WASHINGTON (Wire) - {first}\n",
                   "b.txt": f"WASHINGTON (Wire) - {second}\n"})


def nl302(run_json, root) -> list[dict[str, Any]]:
    """The NL302 findings on the corpus at `root`."""
    _, diagnostics = run_json(str(root), "--select", "NL302")
    return diagnostics
