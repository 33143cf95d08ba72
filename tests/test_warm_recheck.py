"""A re-check after an edit: the index of the last run's files (engine/run_index.py)
answers for the unchanged files, never for a changed one, and a damaged or foreign index
is no index at all; findings are those of a run without the cache."""

from __future__ import annotations

import marshal
import os
import shutil
import time
from pathlib import Path

import pytest

from newslint.engine import run_index
from newslint.engine.cache import CACHE_DIR_NAME, FactCache
from newslint.engine.pipeline import run
from newslint.load import discover
from newslint.settings import Settings

INDEX = Path(CACHE_DIR_NAME) / run_index.INDEX_NAME


@pytest.fixture
def archive(tmp_path, monkeypatch):
    """The multi-outlet corpus (22 articles, five stories), its files looking settled: a
    file changed within a timestamp tick of a run is read again by the next (articles.py)."""
    root = tmp_path / "corpus"
    shutil.copytree(Path(__file__).parent / "data" / "corpora" / "multi_outlet", root)
    for extra in root.glob("KEY*"):
        extra.unlink()
    monkeypatch.chdir(root)
    later = time.time_ns() + 10_000_000_000
    monkeypatch.setattr(time, "time_ns", lambda: later)
    return root


def fresh(root: Path) -> list:
    return run([root], Settings(root=root, cache=False, jobs=1)).diagnostics


def rows_asked(monkeypatch) -> list[str]:
    """What the re-check asks the store's tables for, per article (summaries, digests)."""
    asked: list[str] = []
    summaries, digests = FactCache.get_summaries, FactCache.file_digests

    def spy_summaries(self, keys):
        keys = list(keys)
        asked.extend("summary" for _ in keys)
        return summaries(self, keys)

    def spy_digests(self, paths=None):
        asked.extend(f"digest {Path(p).name}" for p in (paths if paths is not None else "*"))
        return digests(self, paths)

    monkeypatch.setattr(FactCache, "get_summaries", spy_summaries)
    monkeypatch.setattr(FactCache, "file_digests", spy_digests)
    return asked


def test_unchanged_files_are_answered_by_the_index_alone(archive, monkeypatch):
    first = run([archive], Settings(root=archive, jobs=1))
    assert (archive / INDEX).is_file()
    asked = rows_asked(monkeypatch)
    again = run([archive], Settings(root=archive, jobs=1))
    assert asked == [] and again.cached == 22 and again.stories_checked == 0
    assert again.diagnostics == first.diagnostics
    # One edit: only that file is looked up in the store (its digest, then its summary under
    # its new key: a miss), then read and extracted again.
    target = archive / "quake-bbc.md"
    target.write_text(target.read_text() + "\nRescuers said the search would go on.\n")
    edited = run([archive], Settings(root=archive, jobs=1))
    assert asked == ["digest quake-bbc.md", "summary"] and edited.cached == 21
    assert edited.stories_checked == 1 and edited.diagnostics == fresh(archive)


def test_an_index_from_before_an_edit_is_not_served_for_the_edited_file(archive):
    """A slower concurrent run may leave the index it read: its entry for a file edited
    since no longer matches the file's stat signature."""
    before = run([archive], Settings(root=archive, jobs=1)).diagnostics
    older = (archive / INDEX).read_bytes()
    target = archive / "villa-reuters.md"
    target.write_text(target.read_text().replace("Unai Emery", "Unai Emrey"))  # same size
    run([archive], Settings(root=archive, jobs=1))
    (archive / INDEX).write_bytes(older)
    again = run([archive], Settings(root=archive, jobs=1))
    assert again.diagnostics == fresh(archive) != before  # the edit is seen
    assert any('"Emrey" looks like a misspelling' in d.message for d in again.diagnostics)


@pytest.mark.parametrize("damage", [b"", b"\x00not marshal at all", b"\xff" * 64])
def test_a_damaged_index_is_read_past_with_a_warning_and_written_again(archive, capsys,
                                                                        damage):
    expected = run([archive], Settings(root=archive, jobs=1)).diagnostics
    (archive / INDEX).write_bytes(damage)
    capsys.readouterr()
    again = run([archive], Settings(root=archive, jobs=1))
    assert again.diagnostics == expected and again.cached == 22
    assert "cache index damaged" in capsys.readouterr().err
    assert run_index.read_index(archive / CACHE_DIR_NAME, FactCache(archive).fingerprint)[1] \
        is False  # rewritten whole


def test_a_foreign_or_misshapen_index_answers_nothing(archive, capsys):
    expected = run([archive], Settings(root=archive, jobs=1)).diagnostics
    folder = archive / CACHE_DIR_NAME
    version, fingerprint, entries = marshal.loads((archive / INDEX).read_bytes())
    # Another version of the settings and code, with a finding-free summary for every file:
    # nothing of it is served.
    blank = {path: (e[0], e[1], e[2], path, e[4], e[5], e[6], None)
             for path, e in entries.items()}
    (archive / INDEX).write_bytes(marshal.dumps((version, "another fingerprint", blank)))
    assert run([archive], Settings(root=archive, jobs=1)).diagnostics == expected
    # Entries of the wrong shape are misses, one by one.
    shapes = {path: ("x",) if n % 2 else e for n, (path, e) in enumerate(sorted(entries.items()))}
    (archive / INDEX).write_bytes(marshal.dumps((version, fingerprint, shapes)))
    assert run([archive], Settings(root=archive, jobs=1)).diagnostics == expected
    assert "damaged" not in capsys.readouterr().err
    assert run_index.read_index(folder, fingerprint)[0].keys() == entries.keys()


def test_a_damaged_store_drops_the_index_with_it(archive):
    expected = run([archive], Settings(root=archive, jobs=1)).diagnostics
    (archive / CACHE_DIR_NAME / "facts.sqlite").write_bytes(b"this is not a database" * 100)
    again = run([archive], Settings(root=archive, jobs=1))
    assert again.cached == 0 and again.diagnostics == expected


def test_walked_paths_are_the_paths_path_makes(tmp_path, monkeypatch):
    (tmp_path / "a" / "b").mkdir(parents=True)
    for name in ("a/one.md", "a/b/two.txt", "three.markdown", "a/README.md"):
        (tmp_path / name).write_text("x")
    monkeypatch.chdir(tmp_path)
    for root in (".", "a", "a/", str(tmp_path), f"{tmp_path}/a/"):
        found = discover([root])
        assert found == [Path(os.fspath(p)) for p in found]
        assert [str(p) for p in found] == [Path(p).as_posix() for p in found]
    assert [p.as_posix() for p in discover(["."])] == ["a/b/two.txt", "a/one.md",
                                                       "three.markdown"]


def test_a_few_edits_leave_the_index_and_are_looked_up_in_the_store(archive, monkeypatch):
    """The index is rewritten only once more than a share of the files was not answered
    by it; until then an edited file is looked up in the store, and never served stale."""
    from newslint.engine import articles

    monkeypatch.setattr(articles, "_REWRITE_SHARE", 20)  # 1 edit in 22 articles is few
    run([archive], Settings(root=archive, jobs=1))
    written = (archive / INDEX).read_bytes()
    target = archive / "villa-reuters.md"
    target.write_text(target.read_text().replace("Unai Emery", "Unai Emrey"))
    edited = run([archive], Settings(root=archive, jobs=1))
    assert (archive / INDEX).read_bytes() == written  # left as it was
    asked = rows_asked(monkeypatch)
    again = run([archive], Settings(root=archive, jobs=1))
    assert asked == ["digest villa-reuters.md", "summary"] and again.cached == 22
    assert again.diagnostics == edited.diagnostics == fresh(archive)
    assert any('"Emrey" looks like a misspelling' in d.message for d in again.diagnostics)
    monkeypatch.setattr(articles, "_REWRITE_SHARE", 100)  # now 1 in 22 is more than a few
    target.write_text(target.read_text() + "\nThe fee was not disclosed.\n")
    run([archive], Settings(root=archive, jobs=1))
    assert (archive / INDEX).read_bytes() != written
