"""The progress line: only at a terminal, only for long runs, cleared at the end."""

from __future__ import annotations

import io

from newslint import progress as progress_module
from newslint.progress import Progress


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_not_on_a_pipe_or_in_ci(monkeypatch):
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.delenv("NO_PROGRESS", raising=False)
    assert not Progress.wanted(io.StringIO())
    assert Progress.wanted(Terminal())
    monkeypatch.setenv("CI", "true")
    assert not Progress.wanted(Terminal())


def test_silent_for_short_runs_then_shows_rate_and_time_left(monkeypatch):
    clock = iter([0.0, 0.5, 2.0, 2.05, 4.0])
    monkeypatch.setattr(progress_module.time, "perf_counter", lambda: next(clock))
    stream = Terminal()
    bar = Progress(stream)  # started at 0.0
    bar(10, 100)  # at 0.5 s: too early
    assert stream.getvalue() == ""
    bar(40, 100)  # at 2.0 s: 20 files/s, 60 left → 3 s
    assert "40/100 files" in stream.getvalue() and "20/s" in stream.getvalue()
    assert "3s left" in stream.getvalue()
    before = stream.getvalue()
    bar(41, 100)  # 0.05 s later: throttled
    assert stream.getvalue() == before
    bar(100, 100)
    bar.close()
    assert stream.getvalue().endswith("\r\033[K")


def test_stories_after_files_get_their_own_rate(monkeypatch):
    clock = iter([0.0, 2.0, 10.0, 12.0])
    monkeypatch.setattr(progress_module.time, "perf_counter", lambda: next(clock))
    stream = Terminal()
    bar = Progress(stream)  # started at 0.0
    bar(100, 100)  # files done at 2.0 s
    bar(0, 50, "stories")  # the story phase starts at 10.0 s
    bar(20, 50, "stories")  # 20 stories in 2 s: 10/s, 30 left → 3 s
    assert "20/50 stories" in stream.getvalue() and "10/s" in stream.getvalue()
    assert "3s left" in stream.getvalue()
