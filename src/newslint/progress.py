"""A progress line on stderr for long interactive runs: files done, rate, time left."""

from __future__ import annotations

import os
import sys
import time
from typing import TextIO

_DELAY = 1.0  # runs shorter than this never show a bar
_INTERVAL = 0.1


class Progress:
    def __init__(self, stream: TextIO | None = None):
        self.stream = stream or sys.stderr
        self.started = time.perf_counter()
        self._last = 0.0
        self._shown = False
        self._unit = "files"
        self._phase_started = self.started

    @staticmethod
    def wanted(stream: TextIO | None = None) -> bool:
        """Only for a person at a terminal: never on a pipe, in CI, or with NO_PROGRESS."""
        stream = stream or sys.stderr
        if os.environ.get("CI") or os.environ.get("NO_PROGRESS"):
            return False
        return bool(getattr(stream, "isatty", lambda: False)())

    def __call__(self, done: int, total: int, unit: str = "files") -> None:
        """`done` of `total` units; a new unit ("stories" after "files") starts a new bar."""
        now = time.perf_counter()
        if unit != self._unit:
            self._unit, self._phase_started = unit, now
        if now - self.started < _DELAY or (now - self._last < _INTERVAL and done < total):
            return
        self._last = now
        elapsed = now - self._phase_started
        rate = done / elapsed if elapsed else 0.0
        left = (total - done) / rate if rate else 0.0
        width = 24
        filled = int(width * done / total) if total else width
        bar = "#" * filled + "-" * (width - filled)
        self.stream.write(f"\r[{bar}] {done:,}/{total:,} {unit}  {rate:,.0f}/s  "
                          f"{_duration(left)} left ")
        self.stream.flush()
        self._shown = True

    def close(self) -> None:
        if self._shown:
            self.stream.write("\r\033[K")
            self.stream.flush()


def _duration(seconds: float) -> str:
    seconds = int(seconds + 0.5)
    return f"{seconds // 60}m{seconds % 60:02d}s" if seconds >= 60 else f"{seconds}s"
