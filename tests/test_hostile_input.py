"""Input and failures that must never take the run down: each stays with its own file."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from newslint.load import load_article
from newslint.load.frontmatter import MAX_NODES, split_front_matter

# Nine levels of nine aliases: 9**9 (387 million) strings once expanded, in 400 bytes.
_BOMB = "\n".join(
    ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    + [f"{c}: &{c} [{','.join(['*' + p] * 9)}]"
       for p, c in zip("abcdefgh", "bcdefghi", strict=True)])
STORY = ("The central bank raised its main rate to 4.5 percent on Tuesday, the governor said "
         "in a statement.\n")


def _front(block: str) -> str:
    return f"---\ntitle: Rates\n{block}\n---\n{STORY}"


@pytest.mark.parametrize("extra", ["", "date: *i", "id: *i"])
def test_alias_bomb_is_refused_before_it_expands(tmp_path, extra):
    path = tmp_path / "bomb.md"
    path.write_text(_front(_BOMB + ("\n" + extra if extra else "")))
    article, problems = load_article(path, path.as_posix(), "bomb.md")
    assert [p.code for p in problems] == ["NL005"]
    assert f"more than {MAX_NODES:,} values" in problems[0].message
    assert article is not None and article.meta == {} and "central bank" in article.text


def test_recursive_alias_is_refused():
    front = split_front_matter("---\ntitle: &t [*t]\n---\nText.\n")
    assert [p.code for p in front.problems] == ["NL005"] and front.meta == {}


def test_a_few_shared_values_still_load():
    front = split_front_matter("---\nwho: &w {name: Ana Lopez}\nauthor: *w\n"
                               "editor: *w\n---\nText.\n")
    assert front.problems == [] and front.meta["author"] == {"name": "Ana Lopez"}


def test_unprintable_bad_date_is_named_not_expanded():
    front = split_front_matter("---\ndate: [2025, 1, 28]\n---\nText.\n")
    assert [p.code for p in front.problems] == ["NL007"]
    assert "date list is not a date" in front.problems[0].message


def test_symlink_loop_is_a_finding_and_the_rest_is_checked(corpus, run_json):
    root = corpus({"c.md": STORY})
    (root / "a.md").symlink_to("b.md")
    (root / "b.md").symlink_to("a.md")
    code, found = run_json(root, "--no-cache")
    loops = {Path(d["path"]).name for d in found if d["code"] == "NL001"}
    assert loops == {"a.md", "b.md"}
    assert all("symbolic link loop" in d["message"] for d in found if d["code"] == "NL001")
    assert code == 1


def test_internal_error_exits_2_with_one_line(corpus, run_cli, monkeypatch):
    import newslint.engine.pipeline

    def broken(*args, **kwargs):
        raise ValueError("the story index is inconsistent")

    monkeypatch.setattr(newslint.engine.pipeline, "split_stories", broken)
    root = corpus({"a.md": STORY})
    code, out, err = run_cli(root, "--no-cache")
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "internal error: ValueError: the story index is inconsistent" in err
    code, _, err = run_cli(root, "--no-cache", "--verbose")
    assert code == 2 and "Traceback" in err and "split_stories" in err


def _breaking_on(name: str, monkeypatch, failure) -> None:
    """Make extraction fail (in this process and in forked workers) on files called name."""
    import newslint.extract as extract_package

    real = extract_package.extract_article

    def extract(article, timings=None):
        if article.path.endswith(name):
            failure()
        return real(article, timings)

    monkeypatch.setattr(extract_package, "extract_article", extract)


def _raise() -> None:
    raise KeyError("speaker")


def test_an_exception_on_one_file_loses_only_that_file(corpus, run_json, monkeypatch):
    root = corpus({"bad.md": STORY, "good.txt": "The index rose 2 p.c. on Friday.\n"})
    _breaking_on("bad.md", monkeypatch, _raise)
    code, found = run_json(root, "--no-cache")
    by_file = {(Path(d["path"]).name, d["code"]) for d in found}
    assert ("bad.md", "NL010") in by_file
    assert any(name == "good.txt" and c != "NL010" for name, c in by_file)
    failed = next(d for d in found if d["code"] == "NL010")
    assert "KeyError" in failed["message"] and code == 1


def _spin() -> None:
    end = time.process_time() + 120
    while time.process_time() < end:
        pass


def test_a_file_over_the_time_budget_is_stopped(corpus, run_json, monkeypatch):
    root = corpus({"slow.md": STORY, "good.txt": "The index rose 2 p.c. on Friday.\n"})
    _breaking_on("slow.md", monkeypatch, _spin)
    _, found = run_json(root, "--no-cache", "--file-time-limit", "0.5")
    stopped = [d for d in found if d["code"] == "NL011"]
    assert [Path(d["path"]).name for d in stopped] == ["slow.md"]
    assert "0.5 s of CPU time" in stopped[0]["message"]
    assert any(Path(d["path"]).name == "good.txt" for d in found)


def test_a_file_that_waits_without_computing_is_stopped_by_the_backstop(
        corpus, run_json, monkeypatch):
    # The budget is CPU time (the same findings however busy the machine); a file blocked
    # on a read uses none, and a wall clock at ten times the budget stops it.
    root = corpus({"slow.md": STORY, "good.txt": "The index rose 2 p.c. on Friday.\n"})
    _breaking_on("slow.md", monkeypatch, lambda: time.sleep(120))
    _, found = run_json(root, "--no-cache", "--file-time-limit", "0.2")
    stopped = [d for d in found if d["code"] == "NL011"]
    assert [Path(d["path"]).name for d in stopped] == ["slow.md"]
    assert "waited over 2 s" in stopped[0]["message"]


def _many(root: Path, count: int = 90) -> None:
    """Articles enough for two worker processes."""
    for number in range(count):
        (root / f"{number:03}.md").write_text(
            f"---\ntitle: Rates {number}\n---\nThe central bank kept its rate at {number} "
            "percent, the governor said. The index rose 2 p.c. on Friday.\n")


def test_a_dead_worker_loses_only_its_file(tmp_path, run_json, monkeypatch):
    _many(tmp_path)
    _breaking_on("/042.md", monkeypatch, lambda: os._exit(9))
    _, found = run_json(tmp_path, "--no-cache", "--jobs", "2")
    failed = [Path(d["path"]).name for d in found if d["code"] == "NL010"]
    assert failed == ["042.md"]
    checked = {Path(d["path"]).name for d in found if d["code"] != "NL010"}
    assert len(checked) == 89


def test_a_failing_cross_article_rule_loses_only_that_rule(corpus, run_json, monkeypatch):
    from newslint.rules.nl401_figure_conflict import FigureConflict

    def broken(self, ctx):
        raise ZeroDivisionError("division by zero")
        yield

    root = corpus({"a.md": STORY, "b.md": STORY.replace("4.5", "4.75")})
    _, before = run_json(root, "--no-cache")
    monkeypatch.setattr(FigureConflict, "check", broken)
    _, after = run_json(root, "--no-cache")
    failed = [d for d in after if d["code"] == "NL010"]
    assert len(failed) == 1 and "NL401 failed" in failed[0]["message"]
    assert [d for d in after if d["code"] != "NL010"] == [
        d for d in before if d["code"] != "NL401"]


_SLOW_RUN = textwrap.dedent("""
    import sys, time
    import newslint.extract as extract_package
    from newslint.cli import main
    real = extract_package.extract_article
    def extract(article, timings=None):
        if article.path.endswith("/042.md"):
            time.sleep(600)
        return real(article, timings)
    extract_package.extract_article = extract
    sys.exit(main([*sys.argv[1:], "--jobs", "2"]))
""")


def _children(pid: int) -> set[int]:
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return set()
    return {int(p) for p in text.split()}


def _interrupted(folder: Path, signum: int, *options: str) -> tuple[int, bytes, set[int]]:
    """Run newslint on folder, stuck on one file, and send it signum once its workers run."""
    process = subprocess.Popen([sys.executable, "-c", _SLOW_RUN, str(folder), *options],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=folder)
    workers: set[int] = set()
    for _ in range(600):  # until the pool is up (the file it is stuck on keeps it busy)
        workers = _children(process.pid)
        if len(workers) >= 2:
            break
        time.sleep(0.05)
    assert workers, "the workers never started"
    process.send_signal(signum)
    _, err = process.communicate(timeout=60)
    return process.returncode, err, workers


def _gone(pid: int, wait: float = 10.0) -> bool:
    """Whether the process has ended (or is a zombie), allowing it `wait` seconds: a worker
    forked just before the signal may still be starting up when the run exits."""
    status = Path(f"/proc/{pid}/status")
    deadline = time.monotonic() + wait
    while True:
        try:
            if "zombie" in status.read_text():
                return True
        except OSError:
            return True
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)


_LINUX = pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs Linux /proc")


@_LINUX
@pytest.mark.parametrize("signum, code", [(signal.SIGTERM, 143), (signal.SIGINT, 130)])
def test_a_signal_stops_the_workers_too(tmp_path, signum, code):
    _many(tmp_path)
    returncode, err, workers = _interrupted(tmp_path, signum, "--no-cache")
    assert returncode == code, err
    assert b"Traceback" not in err
    assert all(_gone(pid) for pid in workers)


@_LINUX
def test_the_cache_is_sound_after_sigterm(tmp_path, run_json, monkeypatch):
    _many(tmp_path)
    returncode, err, workers = _interrupted(tmp_path, signal.SIGTERM)
    assert returncode == 143 and all(_gone(pid) for pid in workers), err
    monkeypatch.chdir(tmp_path)
    _, fresh = run_json(".", "--no-cache")
    _, cached = run_json(".")
    assert cached == fresh and len({d["path"] for d in fresh}) == 90


def test_a_stop_swallowed_by_a_destructor_prints_no_traceback(monkeypatch, capsys):
    # The signal's exception can land in an object's __del__, which Python swallows and
    # reports through sys.unraisablehook; while a run is being stopped that report is
    # expected and not printed. Any other unraisable exception still is.
    from newslint.engine import workers

    class Held:
        def __init__(self, exc: BaseException) -> None:
            self.exc = exc

        def __del__(self) -> None:
            raise self.exc

    monkeypatch.setattr(sys, "unraisablehook", workers.quiet_unraisable)
    monkeypatch.setattr(workers, "_received", signal.SIGINT)
    held = Held(KeyboardInterrupt())
    del held
    assert "Traceback" not in capsys.readouterr().err
    other = Held(ValueError("a real defect"))
    del other
    assert "a real defect" in capsys.readouterr().err
    monkeypatch.setattr(workers, "_received", None)  # not stopping: shown as ever
    held = Held(KeyboardInterrupt())
    del held
    assert "KeyboardInterrupt" in capsys.readouterr().err
