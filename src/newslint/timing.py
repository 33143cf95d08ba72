"""Seconds spent per pipeline stage, for `--timings` and the benchmark."""

from __future__ import annotations

import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager


class Timings:
    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        start = time.perf_counter()
        try:
            yield
        finally:
            self.add({name: time.perf_counter() - start})

    def add(self, other: Mapping[str, float]) -> None:
        for name, seconds in other.items():
            self.seconds[name] = self.seconds.get(name, 0.0) + seconds


def format_timings(seconds: Mapping[str, float], wall: float) -> str:
    """A table for stderr. Per-file stages are summed over worker processes."""
    lines = [f"{'stage':<28}{'seconds':>10}"]
    for name, value in sorted(seconds.items(), key=lambda item: -item[1]):
        lines.append(f"{name:<28}{value:>10.3f}")
    lines.append(f"{'wall time':<28}{wall:>10.3f}")
    return "\n".join(lines)
