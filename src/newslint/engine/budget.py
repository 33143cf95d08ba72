"""A bound on the time one file may take: past it, the file is stopped and reported (NL011).

An interval timer raises OverBudget in the thread checking the file, between two Python
bytecodes. It derives from BaseException so that no `except Exception` in a rule can
swallow it. Only the main thread of a process can receive signals; elsewhere (newslint
embedded in a threaded program) no budget applies.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType


class OverBudget(BaseException):
    pass


def _expired(signum: int, frame: FrameType | None) -> None:
    raise OverBudget


@contextmanager
def time_budget(seconds: float) -> Iterator[None]:
    if (seconds <= 0 or not hasattr(signal, "setitimer")
            or threading.current_thread() is not threading.main_thread()):
        yield
        return
    previous = signal.signal(signal.SIGALRM, _expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
