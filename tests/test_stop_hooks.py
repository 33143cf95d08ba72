"""Once a signal stops a run, what its pool's threads and pipes still report as the
interpreter exits is the stop's echo, not an error: nothing is printed. Before any signal,
the default hooks print as usual."""

from __future__ import annotations

import sys
import threading
from concurrent.futures import InvalidStateError

import pytest

from newslint.engine import workers


def _thread_error(exc: BaseException) -> threading.ExceptHookArgs:
    return threading.ExceptHookArgs((type(exc), exc, None, threading.current_thread()))


def _unraisable(exc: BaseException) -> object:
    class Unraisable:
        exc_type, exc_value, exc_traceback = type(exc), exc, None
        err_msg, object = "Exception ignored in", None
    return Unraisable()


@pytest.fixture
def stopped(monkeypatch):
    monkeypatch.setattr(workers, "_received", 15)


def test_after_a_signal_a_cancelled_future_in_the_pool_thread_prints_nothing(stopped, capsys):
    workers.quiet_thread_exception(_thread_error(InvalidStateError("CANCELLED: <Future>")))
    workers.quiet_unraisable(_unraisable(OSError(9, "Bad file descriptor")))
    assert capsys.readouterr().err == ""


def test_without_a_signal_thread_and_unraisable_errors_still_print(monkeypatch, capsys):
    monkeypatch.setattr(workers, "_received", None)
    printed: list[str] = []
    monkeypatch.setattr(threading, "__excepthook__", lambda a: printed.append("thread"))
    monkeypatch.setattr(sys, "__unraisablehook__", lambda u: printed.append("unraisable"))
    workers.quiet_thread_exception(_thread_error(InvalidStateError("CANCELLED")))
    workers.quiet_unraisable(_unraisable(OSError(9, "Bad file descriptor")))
    assert printed == ["thread", "unraisable"]


def test_after_a_signal_a_real_defect_in_a_thread_still_prints(stopped, monkeypatch):
    printed: list[str] = []
    monkeypatch.setattr(threading, "__excepthook__", lambda a: printed.append("thread"))
    workers.quiet_thread_exception(_thread_error(ValueError("a real defect")))
    assert printed == ["thread"]
