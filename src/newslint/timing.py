"""Seconds spent per pipeline stage, for `--timings` and the benchmark.

Each stage has two figures: wall seconds (perf_counter) and CPU seconds (process_time, the
processor time of the process that ran the stage). Per-file and per-story stages run in
worker processes and are summed over them, so on a shared machine their wall figure also
counts the time a worker waited for a core; their CPU figure does not.

A stage's CPU figure leaves out the stages opened inside it (in the same thread, whichever
Timings records them), so the CPU column adds up to the run's CPU; its wall figure
includes them ("files (wall)" is the whole per-file phase).
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager

# A stage's (wall, cpu) seconds: what workers send back with their results.
Seconds = Mapping[str, tuple[float, float]]

# Per thread: the (wall, CPU) seconds spent so far in the stages inside each open stage.
_open = threading.local()


class Timings:
    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}  # wall
        self.cpu: dict[str, float] = {}

    @contextmanager
    def stage(self, name: str, between: bool = False) -> Iterator[None]:
        """Time a stage. Its CPU leaves out the stages opened inside it; so does its wall
        time when `between` (a stage that is only the work between others)."""
        inner: list[tuple[float, float]] = getattr(_open, "stack", None) or []
        _open.stack = inner
        inner.append((0.0, 0.0))
        start, cpu = time.perf_counter(), time.process_time()
        try:
            yield
        finally:
            wall, used = time.perf_counter() - start, time.process_time() - cpu
            nested_wall, nested_cpu = inner.pop()
            if inner:
                outer_wall, outer_cpu = inner[-1]
                inner[-1] = (outer_wall + wall, outer_cpu + used)
            self.add({name: (max(0.0, wall - nested_wall) if between else wall,
                             max(0.0, used - nested_cpu))})

    def add(self, other: Seconds) -> None:
        for name, (wall, cpu) in other.items():
            self.seconds[name] = self.seconds.get(name, 0.0) + wall
            self.cpu[name] = self.cpu.get(name, 0.0) + cpu

    def both(self) -> dict[str, tuple[float, float]]:
        """Stage → (wall, cpu) seconds."""
        return {name: (wall, self.cpu.get(name, 0.0)) for name, wall in self.seconds.items()}


def process_cpu() -> float:
    """CPU seconds of this process and of the worker processes it has waited for."""
    times = os.times()
    return times.user + times.system + times.children_user + times.children_system


def format_timings(seconds: Seconds, wall: float, cpu: float) -> str:
    """A table for stderr: wall and CPU seconds per stage (per-file and per-story stages
    summed over worker processes), then the run's wall time and its CPU time, workers
    included."""
    lines = [f"{'stage':<28}{'seconds':>10}{'cpu':>10}"]
    for name, (value, used) in sorted(seconds.items(), key=lambda item: -item[1][0]):
        lines.append(f"{name:<28}{value:>10.3f}{used:>10.3f}")
    lines.append(f"{'wall time':<28}{wall:>10.3f}{cpu:>10.3f}")
    return "\n".join(lines)


def parse_timings(text: str) -> dict[str, tuple[float, float]]:
    """Stage → (wall, cpu) seconds read back from format_timings' table (the benchmark
    reads them from a run's stderr; other lines are skipped)."""
    stages: dict[str, tuple[float, float]] = {}
    for line in text.splitlines():
        parts = line.rsplit(None, 2)
        if len(parts) != 3:
            continue
        try:
            stages[parts[0].strip()] = (float(parts[1]), float(parts[2]))
        except ValueError:
            continue
    return stages
