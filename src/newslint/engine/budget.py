"""A bound on the time one file may take: past it, the file is stopped and reported (NL011).

The bound is on CPU time, so that whether a file is stopped depends on the file and not on
how busy the machine is: the same corpus gives the same findings under any load. A file
that waits without computing (a stalled read of a remote file) is stopped by a wall-clock
backstop at WALL_FACTOR times the bound.

Interval timers raise OverBudget in the thread checking the file, between two Python
bytecodes. It derives from BaseException so that no `except Exception` in a rule can
swallow it. Only the main thread of a process can receive signals; elsewhere (newslint
embedded in a threaded program) no budget applies. A worker checks one file at a time,
so the process's CPU time while the timer runs is the file's.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

WALL_FACTOR = 10


class OverBudget(BaseException):
    """Raised in the checking thread; `waiting` when the wall-clock backstop fired."""

    def __init__(self, waiting: bool = False) -> None:
        super().__init__(waiting)
        self.waiting = waiting


def _expired(signum: int, frame: FrameType | None) -> None:
    raise OverBudget(waiting=signum == signal.SIGALRM)


@contextmanager
def time_budget(seconds: float) -> Iterator[None]:
    if (seconds <= 0 or not hasattr(signal, "setitimer")
            or threading.current_thread() is not threading.main_thread()):
        yield
        return
    previous_cpu = signal.signal(signal.SIGPROF, _expired)
    previous_wall = signal.signal(signal.SIGALRM, _expired)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    signal.setitimer(signal.ITIMER_REAL, seconds * WALL_FACTOR)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGPROF, previous_cpu)
        signal.signal(signal.SIGALRM, previous_wall)
