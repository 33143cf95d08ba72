"""The user cache folder: files written for one set of library versions, old ones pruned."""

import os
import time

from newslint import usercache


def test_a_written_file_reads_back_and_another_format_is_a_miss(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSLINT_PATTERN_CACHE", str(tmp_path))
    path = usercache.path_for("zipf", "wordfreq 3.1")
    assert path is not None and path.parent == tmp_path
    usercache.write(path, 2, {"the": 7.7})
    assert usercache.read(path, 2) == {"the": 7.7}
    assert usercache.read(path, 3) is None


def test_files_of_an_old_version_are_pruned_once_stale(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSLINT_PATTERN_CACHE", str(tmp_path))
    old = usercache.path_for("zipf", "wordfreq 3.0")
    recent = usercache.path_for("zipf", "wordfreq 3.0.1")
    other_kind = usercache.path_for("patterns", "regex 2024")
    leftover = tmp_path / ".zipf-0123-killed"
    for path in (old, recent, other_kind, leftover):
        assert path is not None
        path.write_bytes(b"x")
    month_ago = time.time() - usercache.STALE_AFTER - 60
    for path in (old, other_kind, leftover):
        os.utime(path, (month_ago, month_ago))

    current = usercache.path_for("zipf", "wordfreq 3.1")
    assert current is not None
    usercache.write(current, 1, {})

    # The stale file and temporary of this kind go; a recent one (another install
    # sharing the folder) and files of other kinds stay.
    assert not old.exists() and not leftover.exists()
    assert recent.exists() and other_kind.exists() and current.exists()


def test_turned_off_cache_has_no_path(monkeypatch):
    monkeypatch.setenv("NEWSLINT_PATTERN_CACHE", "off")
    assert usercache.path_for("zipf", "v") is None
