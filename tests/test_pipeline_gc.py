"""Serial runs freeze finished results out of the collector's reach, and undo it."""

from __future__ import annotations

import gc

from newslint.engine import local


def test_serial_run_unfreezes_the_collector():
    assert list(local._serially(lambda path: path, ["a", "b"])) == ["a", "b"]
    assert gc.get_freeze_count() == 0
