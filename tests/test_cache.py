from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from newslint.engine import cache
from newslint.engine.cache import CACHE_DIR_NAME, STORE_NAME
from newslint.engine.keys import fields_fingerprint, schema_fingerprint
from newslint.engine.pipeline import run
from newslint.engine.run_index import INDEX_NAME
from newslint.settings import Settings
from wire import corpus_files


@pytest.fixture
def project(corpus, monkeypatch):
    files: dict[str, str | bytes] = dict(corpus_files())
    files["empty.txt"] = ""
    files["photo.txt"] = b"\x89PNG\r\n\x1a\n\x00\x00"
    root = corpus(files)
    monkeypatch.chdir(root)
    return root


def check(root: Path, **options) -> tuple[list[tuple[str, str, int]], int]:
    result = run([root], Settings(root=root, **options))
    return [(d.code, Path(d.path).name, d.location.line) for d in result.diagnostics], \
        result.cached


def without_index(root: Path) -> None:
    """The store's rows alone answer the next run (not the index of the files, which
    tests/test_warm_recheck.py checks)."""
    (root / CACHE_DIR_NAME / INDEX_NAME).unlink(missing_ok=True)


def test_second_run_reads_the_cache_and_reports_the_same(project):
    first, cached = check(project)
    assert cached == 0
    second, cached = check(project)
    assert cached == 5 and second == first
    # Load problems come back from the cache too.
    assert {("NL004", "empty.txt", 1), ("NL002", "photo.txt", 1)} <= set(second)
    folder = project / CACHE_DIR_NAME
    assert (folder / "CACHEDIR.TAG").read_text().startswith("Signature: 8a477f597d28d172")
    assert (folder / ".gitignore").read_text().splitlines()[-1] == "*"
    assert [p.name for p in folder.glob("*.sqlite")] == [STORE_NAME]


def test_an_edited_file_is_extracted_again(project):
    check(project)
    text = (project / "b.md").read_text()
    (project / "b.md").write_text(text.replace("Sunday", "DeekSeek's Sunday"))
    found, cached = check(project)
    assert cached == 4
    assert [f for f in found if f[0] == "NL101"] == [("NL101", "b.md", 8),
                                                     ("NL101", "c.md", 10)]


def test_selection_is_applied_after_the_cache(project):
    check(project, select=("NL2",))
    found, cached = check(project)
    assert cached == 5 and ("NL101", "c.md", 10) in found


def test_corrupt_entries_and_store_are_rebuilt(project):
    expected, _ = check(project)
    store = project / CACHE_DIR_NAME / STORE_NAME
    with closing(sqlite3.connect(store)) as conn, conn:
        conn.execute("UPDATE summaries SET extra = x'00ff00'")
    without_index(project)  # which would answer for the files before the rows
    assert check(project) == (expected, 0)
    assert check(project) == (expected, 5)
    # Unreadable facts and story findings: the story is checked again, its facts extracted.
    with closing(sqlite3.connect(store)) as conn, conn:
        conn.execute("UPDATE entries SET facts = x'00ff00'")
        conn.execute("UPDATE stories SET value = x'00ff00'")
    assert check(project) == (expected, 5)
    store.write_bytes(b"this is not a database" * 100)
    assert check(project) == (expected, 0)
    assert check(project) == (expected, 5)


def test_no_cache_writes_nothing(project, run_cli):
    run_cli(".", "--no-cache")
    assert not (project / CACHE_DIR_NAME).exists()
    run_cli(".")
    assert (project / CACHE_DIR_NAME / STORE_NAME).is_file()


def test_one_entry_per_file(project):
    check(project)
    (project / "a.md").write_text((project / "a.md").read_text() + "\nMore text.\n")
    check(project)
    with closing(sqlite3.connect(project / CACHE_DIR_NAME / STORE_NAME)) as conn:
        rows = conn.execute("SELECT path, COUNT(*) FROM entries GROUP BY path").fetchall()
    assert len(rows) == 5 and all(count == 1 for _, count in rows)


def test_schema_fingerprint_changes_when_a_fact_gains_a_field():
    import dataclasses
    import types

    def module_with(*names: str) -> types.ModuleType:
        module = types.ModuleType("facts")
        module.Quote = dataclasses.make_dataclass("Quote", list(names))
        return module

    before = fields_fingerprint([module_with("text", "span")])
    assert before == fields_fingerprint([module_with("text", "span")])
    assert before != fields_fingerprint([module_with("text", "span", "confidence")])
    assert len(schema_fingerprint()) == 16


def test_concurrent_runs_agree(project):
    import subprocess
    import sys

    command = [sys.executable, "-m", "newslint", "."]
    runs = [subprocess.Popen(command, cwd=project, stdout=subprocess.PIPE, text=True)
            for _ in range(3)]
    outputs = [(run.communicate()[0], run.returncode) for run in runs]
    again = subprocess.run(command, cwd=project, capture_output=True, text=True, check=False)
    assert {output for output in outputs} == {(again.stdout, 1)}
    assert "NL101" in again.stdout


@pytest.fixture
def stories_project(tmp_path, monkeypatch):
    """The multi-outlet corpus: 22 articles, five stories."""
    import shutil

    root = tmp_path / "corpus"
    shutil.copytree(Path(__file__).parent / "data" / "corpora" / "multi_outlet", root)
    for extra in root.glob("KEY*"):
        extra.unlink()
    monkeypatch.chdir(root)
    return root


def test_after_one_edit_only_that_story_is_checked_again(stories_project):
    root = stories_project
    first = run([root], Settings(root=root))
    assert (first.stories, first.stories_checked, first.cached) == (5, 5, 0)
    again = run([root], Settings(root=root))
    assert (again.stories_checked, again.cached) == (0, 22)
    assert again.diagnostics == first.diagnostics
    target = root / "quake-bbc.md"
    target.write_text(target.read_text() + "\nRescuers said the search would go on.\n")
    edited = run([root], Settings(root=root))
    assert (edited.stories_checked, edited.cached) == (1, 21)
    fresh = run([root], Settings(root=root, cache=False))
    assert edited.diagnostics == fresh.diagnostics


def test_an_unchanged_file_is_not_read_and_a_changed_one_is(stories_project, monkeypatch):
    import os
    import time

    root = stories_project
    # Files changed in the last seconds are always read again (a second edit within one
    # timestamp tick keeps size and time): let these look settled.
    later = time.time_ns() + 10_000_000_000
    monkeypatch.setattr(time, "time_ns", lambda: later)
    run([root], Settings(root=root))
    target = root / "villa-reuters.md"
    os.utime(target)  # touched, not changed: read again, same digest, served from the cache
    assert run([root], Settings(root=root)).cached == 22
    reads = spy_on_reads(monkeypatch)
    assert run([root], Settings(root=root)).cached == 22
    assert reads == []  # nothing changed since: no file was read to key the cache
    text = target.read_text()
    target.write_text(text.replace("Villa", "Vella", 1))  # same size, new content
    result = run([root], Settings(root=root, jobs=1))
    assert result.cached == 21 and result.stories_checked == 1


def spy_on_reads(monkeypatch) -> list[str]:
    """Names of the files read whole from now on (how the cache keys a changed file)."""
    reads: list[str] = []
    original = Path.read_bytes

    def spy(self: Path) -> bytes:
        reads.append(self.name)
        return original(self)

    monkeypatch.setattr(Path, "read_bytes", spy)
    return reads


def test_a_file_changed_just_now_is_read_again(stories_project, monkeypatch):
    import os
    import time

    root = stories_project
    time.sleep(0.2)  # the copies are now older than a timestamp tick
    run([root], Settings(root=root))
    reads = spy_on_reads(monkeypatch)
    assert run([root], Settings(root=root)).cached == 22
    assert len(reads) == 0
    # Files changed within a timestamp tick of the run are read again on the next run.
    (root / "villa-reuters.md").write_text((root / "villa-reuters.md").read_text() + "\n")
    just_after = max(os.stat(p).st_mtime_ns for p in root.iterdir()) + 1_000_000
    monkeypatch.setattr(time, "time_ns", lambda: just_after)
    run([root], Settings(root=root))
    reads.clear()
    assert run([root], Settings(root=root)).cached == 22
    assert reads == ["villa-reuters.md"]


def test_a_store_with_damaged_pages_is_started_again(project, capsys):
    expected, _ = check(project)
    store = project / CACHE_DIR_NAME / STORE_NAME
    data = bytearray(store.read_bytes())
    data[4096:4096 * 3] = b"\xa5" * (4096 * 2)  # past the header: pages, not the file type
    store.write_bytes(bytes(data))
    assert check(project)[0] == expected
    assert check(project) == (expected, 5)  # rebuilt: the next run is served again


def test_a_locked_store_is_left_alone(project, capsys, monkeypatch):
    import newslint.engine.cache as cache

    expected, _ = check(project)
    store = project / CACHE_DIR_NAME / STORE_NAME
    inode = store.stat().st_ino

    def locked(path):
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(cache, "_connect", locked)
    found, cached = check(project)
    assert found == expected
    assert cached == 0 and "cache disabled: database is locked" in capsys.readouterr().err
    assert store.stat().st_ino == inode  # not deleted from under the run that holds it


def test_runs_from_two_folders_of_one_project_agree(tmp_path, monkeypatch):
    import shutil

    root = tmp_path / "project"
    for name in ("a", "b"):
        shutil.copytree(Path(__file__).parents[1] / "seeds", root / name)
    fingerprints = {}
    for name in ("a", "b", "b"):
        monkeypatch.chdir(root / name)
        result = run(["."], Settings(root=root))
        fingerprints.setdefault(name, []).append(sorted(d.fingerprint for d in result.diagnostics))
    fresh = run(["."], Settings(root=root, cache=False))
    assert fingerprints["b"] == [sorted(d.fingerprint for d in fresh.diagnostics)] * 2


def test_few_fresh_articles_are_held_many_stream_through_the_store(stories_project,
                                                                    monkeypatch):
    import shutil

    from newslint.engine import articles
    from newslint.engine.cache import FactCache
    from newslint.engine.local import LocalEngine
    from newslint.timing import Timings

    root = stories_project
    expected = run([root], Settings(root=root, cache=False, jobs=1)).diagnostics
    monkeypatch.setattr(articles, "_HOLD_FACTS_UP_TO", 3)
    files = sorted(p for p in root.iterdir() if p.is_file())
    store = FactCache(root)
    checked = articles.check_articles(files, Settings(root=root, jobs=1), store, LocalEngine(),
                                      Timings())
    store.close()
    sources = checked.sources
    assert len(sources.keys) == 22 and sources.held == {}  # more than 3: none kept in memory
    shutil.rmtree(root / CACHE_DIR_NAME)
    assert run([root], Settings(root=root, jobs=1)).diagnostics == expected


@pytest.mark.parametrize("scan_from", [1, 10_000])
def test_entries_read_by_scan_or_by_key_agree(project, monkeypatch, scan_from):
    """A re-check asking for most entries reads the table whole (cache._SCAN_FROM); the
    result is the one looking each entry up gives, and a corrupt entry is a miss both ways."""
    expected, _ = check(project)
    monkeypatch.setattr(cache, "_SCAN_FROM", scan_from)
    without_index(project)
    assert check(project) == (expected, 5)
    store = project / CACHE_DIR_NAME / STORE_NAME
    with closing(sqlite3.connect(store)) as conn, conn:
        conn.execute("UPDATE summaries SET extra = x'00ff00' WHERE path LIKE '%b.md'")
    without_index(project)
    assert check(project) == (expected, 4)
    assert check(project) == (expected, 5)
