"""Worker processes of both phases: their settings, and stopping them with the run."""

from __future__ import annotations

import gc
import os
import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType
from typing import TYPE_CHECKING

from newslint import compiled, frequencies

if TYPE_CHECKING:  # imported when a pool starts: a run in one process never needs them
    from concurrent.futures import ProcessPoolExecutor


def init_worker() -> None:
    """In a worker process: an article's few hundred records hold no reference cycles that
    matter, so the cyclic collector runs far less often (about 4% of extraction time, and
    40% of reading a story's facts back from the cache).

    Ctrl-C reaches the whole process group: the main process stops the workers, which must
    not print tracebacks of their own. SIGTERM ends a worker at once (the main process's
    handler, inherited on fork, would only raise an exception the pool reports back).

    What a worker compiled or looked up that the user's cache lacked is written there when
    it exits (a worker ends through multiprocessing, which runs no atexit handlers)."""
    from multiprocessing import util

    gc.set_threshold(50_000, 20, 100)
    util.Finalize(None, compiled.save, exitpriority=10)
    util.Finalize(None, frequencies.save, exitpriority=10)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if hasattr(signal, "pthread_sigmask"):  # forked while they were held (_started)
        signal.pthread_sigmask(signal.SIG_UNBLOCK, _HELD)


class Terminated(BaseException):
    """SIGTERM received: unwinds the run as KeyboardInterrupt does for SIGINT."""


_ACTIVE: list[ProcessPoolExecutor] = []
_received: int | None = None  # the signal that stops the run
_OWNER = os.getpid()  # the process that imported this module: the one running the check


def on_signal(signum: int, frame: FrameType | None) -> None:
    """The main process's SIGTERM and SIGINT handler. The workers are ended here and now:
    the exception raised next can land anywhere, even in a __del__ that swallows it, and
    then the main thread still sees its pool break and knows why (stopped_by())."""
    if os.getpid() != _OWNER:
        # A worker forked before its initializer replaced this inherited handler: end it
        # quietly, as SIG_DFL would, instead of raising (and printing) in the worker.
        os._exit(128 + signum)
    global _received
    _received = signum
    for pool in list(_ACTIVE):
        for process in list((getattr(pool, "_processes", None) or {}).values()):
            process.terminate()  # only a kill(2): safe inside a signal handler
    _raise_for(signum)


# What a stopped run's own machinery raises where no one can catch it: the signal's
# exception, the pool's wake-up pipe closed under the interpreter's exit ("Bad file
# descriptor"), a future failed after stop() cancelled it, a pool broken by the stop.
_ECHOES: tuple[type[BaseException], ...] = (KeyboardInterrupt, OSError, RuntimeError)


def _echo(exc: BaseException | None) -> bool:
    from concurrent.futures import InvalidStateError

    return _received is not None and isinstance(exc, (*_ECHOES, Terminated, InvalidStateError))


def quiet_unraisable(unraisable: object) -> None:
    """sys.unraisablehook while a run may be stopped: the exception on_signal raises can
    land in a __del__ (the regex module's, say), where Python swallows it and prints a
    traceback, and the pool's pipes may close under the interpreter's exit. Those are the
    stop's echo (the run still ends with the signal's exit code) and are not shown;
    anything else goes to the default hook."""
    if _echo(getattr(unraisable, "exc_value", None)):
        return
    sys.__unraisablehook__(unraisable)  # type: ignore[arg-type]


def quiet_thread_exception(args: threading.ExceptHookArgs) -> None:
    """threading.excepthook, likewise: a stopped pool's manager thread may still try to
    fail a future that stop() has cancelled (InvalidStateError)."""
    if _echo(args.exc_value):
        return
    threading.__excepthook__(args)


def _raise_for(signum: int) -> None:
    if signum == signal.SIGINT:
        raise KeyboardInterrupt
    raise Terminated


def stopped_by() -> int | None:
    return _received


def reset() -> None:
    global _received
    _received = None


@contextmanager
def worker_pool(jobs: int) -> Iterator[ProcessPoolExecutor]:
    """A process pool that is stopped, not waited for, when the run is interrupted
    (SIGINT, SIGTERM) or fails: no worker outlives the run."""
    from concurrent.futures import ProcessPoolExecutor

    pool = ProcessPoolExecutor(max_workers=jobs, initializer=init_worker)
    _ACTIVE.append(pool)
    try:
        _started(pool)
        yield pool
    except BaseException:
        stop(pool)
        if _received is not None:
            _raise_for(_received)
        raise
    finally:
        _ACTIVE.remove(pool)
    pool.shutdown(wait=True)


_HELD = {signal.SIGINT, signal.SIGTERM}


def _started(pool: ProcessPoolExecutor) -> None:
    """Fork the workers now, with SIGINT and SIGTERM held back: handled in the middle of a
    fork's bookkeeping (logging's at-fork lock release), a signal's exception cannot be
    raised and prints a traceback. Held, it arrives once the forks are done (the pool's
    manager thread, started here, keeps them held)."""
    if not hasattr(signal, "pthread_sigmask"):
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, _HELD)
    try:
        pool.submit(int).result()
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def stop(pool: ProcessPoolExecutor) -> None:
    # The pool's own shutdown waits for running tasks; a file that takes minutes would
    # hold the run. Its processes are terminated instead (they hold no state to save).
    processes = list((getattr(pool, "_processes", None) or {}).values())
    for process in processes:
        if process.is_alive():
            process.terminate()
    # A signal may have interrupted this thread while it held the pool's lock (inside
    # submit); shutting down would then wait on itself. The ended processes break the
    # pool either way, so the shutdown is only tried when the lock is free.
    lock = getattr(pool, "_shutdown_lock", None)
    if lock is None or lock.acquire(blocking=False):
        if lock is not None:
            lock.release()
        pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        process.join(timeout=5)
        if process.is_alive():
            process.kill()
