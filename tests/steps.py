"""Counting work in tests without timing it: Python lines run, which a loaded machine does
not change (speed itself is measured in bench/, never asserted in a test)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any


def steps(work: Callable[[], Any]) -> int:
    """How many Python line, call and return events `work()` runs."""
    count = 0

    def tracer(frame, event, arg):
        nonlocal count
        count += 1
        return tracer

    sys.settrace(tracer)
    try:
        work()
    finally:
        sys.settrace(None)
    return count
