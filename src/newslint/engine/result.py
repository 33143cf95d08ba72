"""What a run hands the reporters, and how it reports progress."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from newslint.diagnostics import Diagnostic
from newslint.rules.base import Rule


class Progress(Protocol):
    def __call__(self, done: int, total: int, unit: str = ...) -> None: ...


@dataclass(slots=True)
class RunResult:
    diagnostics: list[Diagnostic]
    files: int
    article_paths: Sequence[str]  # every file that was read as an article
    suppressed: int = 0
    cached: int = 0  # files whose per-article results came from the cache
    root: Path | None = None  # the project root; machine formats give paths relative to it
    rules: Sequence[Rule] = ()  # every rule known to this run (for SARIF's rule table)
    timings: dict[str, tuple[float, float]] = field(default_factory=dict)  # (wall, cpu) s per stage
    stories: int = 0  # stories the corpus was split into
    stories_checked: int = 0  # stories whose cross-article findings were not in the cache
    # In focus mode, every finding of the corpus (the baseline is compared with these).
    unfocused: list[Diagnostic] | None = None
    partition: Sequence[Sequence[str]] = ()  # the stories, as sorted lists of article ids
