"""An article's summary as a cache row (engine/summaries.py): what a re-check reads back
is the result the check made, findings, suppression comments and story signature alike,
and a damaged row is a miss, never a wrong result."""

from __future__ import annotations

from pathlib import Path

import pytest

from newslint.engine.file_task import FileResult, check_file
from newslint.engine.summaries import result_of, row_of
from newslint.settings import Settings

SEEDS = Path(__file__).resolve().parents[1] / "seeds"

# Written in the style of the seed copy: a spun phrase (a per-article finding) and a
# suppression comment, so the row carries both.
_WITH_COMMENT = """---
title: Chip exports
date: 2025-01-28
---
<!-- newslint: disable-next-line NL101 -- the spelling is the company's own -->
Shares of Nvidia fell 17 percent on Monday, wiping out $593 billion of market value.

The company's counterfeit consciousness model was trained for $5.6 million, it said.
"""


def _summary(path: Path) -> FileResult:
    """The result as the cache keeps it: facts and timings taken out."""
    result = check_file(path, Settings(cache=False))
    result.facts = result.facts_blob = None
    result.timings = {}
    return result


@pytest.mark.parametrize("name", sorted(p.name for p in SEEDS.glob("*.txt"))[:6])
def test_a_seed_article_reads_back_as_checked(name):
    summary = _summary(SEEDS / name)
    assert summary.story is not None and summary.ident is not None
    assert result_of(row_of(summary)) == summary


def test_findings_and_comments_read_back(tmp_path):
    path = tmp_path / "chips.md"
    path.write_text(_WITH_COMMENT, encoding="utf-8")
    summary = _summary(path)
    assert summary.directives and summary.diagnostics
    row = row_of(summary)
    assert row[-1] is not None  # only findings and comments are pickled
    assert result_of(row) == summary


def test_a_file_that_could_not_be_read_has_no_story(tmp_path):
    path = tmp_path / "photo.md"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    summary = _summary(path)
    assert summary.story is None and [d.code for d in summary.diagnostics] == ["NL002"]
    assert result_of(row_of(summary)) == summary


def test_an_article_without_findings_pickles_nothing(tmp_path):
    path = tmp_path / "plain.md"
    path.write_text(_WITH_COMMENT.split("<!--")[0] + "Shares of Nvidia fell on Monday.\n",
                    encoding="utf-8")
    summary = _summary(path)
    assert not summary.diagnostics and not summary.directives
    row = row_of(summary)
    assert row[-1] is None and result_of(row) == summary


@pytest.mark.parametrize("row", [
    ("a.md", "a.md", 1, "x", b"\x00\xff\x00"),  # unreadable pickle
    ("a.md", "a.md", "monday", "x", None),  # a day that is no day
    (None, "a.md", 1, "x", None),  # no path
    ("a.md", "a.md", 1),  # columns missing
])
def test_a_damaged_row_is_a_miss(row):
    assert result_of(row) is None
