"""Serial runs freeze finished results out of the collector's reach, and undo it."""

from __future__ import annotations

import gc

from newslint.engine import local
from newslint.settings import Settings


def test_serial_run_unfreezes_the_collector():
    assert list(local._serially(lambda path: path, ["a", "b"])) == ["a", "b"]
    assert gc.get_freeze_count() == 0


def test_stories_checked_here_run_with_few_collections_and_undo_it():
    """Stories checked in this process: what the run held before is frozen, the collector
    runs as rarely as in a worker, and both are put back afterwards, in input order."""
    held = [object() for _ in range(100)]  # the per-article results a run keeps
    before = gc.get_threshold()
    seen: list[tuple[tuple[int, int, int], bool]] = []

    def task(story: str) -> str:
        seen.append((gc.get_threshold(), gc.get_freeze_count() >= len(held)))
        return story.upper()

    kept: list[tuple[int, str]] = []
    local.LocalEngine().map_stories(task, ["a", "b"], Settings(), 2, True,
                                    lambda n, out: kept.append((n, out)))
    assert kept == [(0, "A"), (1, "B")]
    assert seen == [((50_000, 20, 100), True)] * 2
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0
