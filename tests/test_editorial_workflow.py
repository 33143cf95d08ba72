"""The editorial workflow on a story that grows: baselines, anchors and the commit hook.

The story is wire copy we wrote in the style of real reporting: three articles on a bridge
closure, one of which gives a different repair cost (NL401)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

_ARTICLE = """---
title: {title}
date: 2025-03-04
---
{lead}

"We will not reopen the bridge until every cable has been replaced," said Dana Whitfield, \
the authority's chief engineer.

Governor Ellen Marsh said the state would cover half of the bill. Commuters from Eastport \
have faced detours of up to 40 minutes since the bridge closed on Feb. 12.
"""
_LEAD = ("The Meridian Port Authority said on Tuesday that repairs to the Harbor Bridge would "
         "cost {cost}, after inspectors found corroded cables on the span.")
_CLOSERS = (
    "Ferry operators said they would add sailings.",
    "Local businesses near the bridge said trade had fallen.",
    "The authority said it would publish the inspection report.",
    "School buses have been rerouted through the tunnel.",
)


def article(cost: str, number: int = 0) -> str:
    body = _ARTICLE.format(title=f"Harbor Bridge update {number}", lead=_LEAD.format(cost=cost))
    return body + "\n" + _CLOSERS[number % len(_CLOSERS)] + "\n"


@pytest.fixture
def story(tmp_path, monkeypatch):
    root = tmp_path / "desk"
    root.mkdir()
    (root / "a.md").write_text(article("$48 million", 0))
    (root / "b.md").write_text(article("$48 million", 1))
    (root / "c.md").write_text(article("$84 million", 2))
    monkeypatch.chdir(root)
    return root


def test_the_odd_one_out_is_flagged_whatever_the_file_names(story, run_json):
    _, found = run_json(".", "--no-cache")
    (conflict,) = [d for d in found if d["code"] == "NL401"]
    assert conflict["path"] == "c.md"
    (story / "c.md").rename(story / "0-first.md")
    _, found = run_json(".", "--no-cache")
    (moved,) = [d for d in found if d["code"] == "NL401"]
    assert moved["path"] == "0-first.md" and moved["fingerprint"] == conflict["fingerprint"]


def test_a_tie_is_anchored_by_content_not_file_name(story, run_json):
    (story / "b.md").unlink()
    _, found = run_json(".", "--no-cache")
    anchored = [(d["path"], d["line"]) for d in found if d["code"] == "NL401"]
    (story / "a.md").rename(story / "z.md")
    _, found = run_json(".", "--no-cache")
    again = [(d["path"], d["line"]) for d in found if d["code"] == "NL401"]
    assert anchored == [("a.md", 5)] and again == [("z.md", 5)]  # "$48 million" both times


# Follow-ups that add nothing contradictory. Each names three of the story's five names, as
# coverage does; no name is in so many articles that it stops telling this story apart.
_FOLLOW_UPS = (
    "Traffic on the Harbor Bridge was diverted overnight.",
    "The Meridian Port Authority said it would publish the inspection report.",
    "Dana Whitfield, the chief engineer, said the work was going to plan.",
    "Governor Ellen Marsh visited the site with the engineers.",
    "Commuters from Eastport welcomed the extra ferries.",
)


def follow_up(number: int) -> str:
    picked = [(number + k) % len(_FOLLOW_UPS) for k in range(3)]
    chosen = [_FOLLOW_UPS[i] for i in picked if not {0, 1} <= set(picked) or i > 1]
    if {0, 1} <= set(picked):  # the bridge and the authority: restate the agreed cost
        chosen.insert(0, _LEAD.format(cost="$48 million"))
    return f"---\ntitle: Bridge follow-up {number}\ndate: 2025-03-04\n---\n" + \
        "\n\n".join(chosen) + "\n"


def test_a_baseline_outlives_ten_consistent_articles(story, run_cli, run_json):
    assert run_cli(".", "--no-cache", "--write-baseline", "baseline.json")[0] == 0
    for number in range(10):
        (story / f"update-{number:02}.md").write_text(follow_up(number))
    _, found = run_json(".", "--no-cache")
    (conflict,) = [d for d in found if d["code"] == "NL401"]
    assert conflict["path"] == "c.md" and len(conflict["related"]) == 6  # four follow-ups
    code, out, err = run_cli(".", "--no-cache", "--baseline", "baseline.json")
    assert code == 0 and "no longer found" not in err, out + err
    (story / "c.md").rename(story / "port-authority.md")
    code, out, err = run_cli(".", "--no-cache", "--baseline", "baseline.json")
    assert code == 0 and "no longer found" not in err, out + err


def test_focus_with_a_baseline_counts_only_what_is_really_gone(story, run_cli):
    assert run_cli(".", "--no-cache", "--write-baseline", "baseline.json")[0] == 0
    (story / "d.md").write_text(article("$48 million", 4))
    code, out, err = run_cli("--focus", "d.md", "--no-cache", "--baseline", "baseline.json")
    assert code == 0, out
    assert "no longer found" not in err


_GIT_ENV = {
    "GIT_AUTHOR_NAME": "Desk", "GIT_AUTHOR_EMAIL": "desk@example.org",
    "GIT_COMMITTER_NAME": "Desk", "GIT_COMMITTER_EMAIL": "desk@example.org",
    "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1",
}
# What the `newslint` pre-commit hook runs (.pre-commit-hooks.yaml): the staged articles.
_HOOK = """#!/bin/sh
files=$(git diff --cached --name-only --diff-filter=ACMR -- '*.md')
[ -z "$files" ] && exit 0
exec "{python}" -m newslint --focus $files
"""


def _git(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, **_GIT_ENV, "NO_PROGRESS": "1"}
    return subprocess.run(["git", *args], cwd=repo, env=env, text=True, capture_output=True,
                          check=False, timeout=300)


@pytest.fixture
def newsroom(story):
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    _git(story, "init", "-q")
    (story / ".gitignore").write_text(".newslint_cache/\n")
    _git(story, "add", "-A")
    assert _git(story, "commit", "-qm", "archive", "--no-verify").returncode == 0
    hook = story / ".git" / "hooks" / "pre-commit"
    hook.write_text(_HOOK.format(python=sys.executable))
    hook.chmod(0o755)
    return story


def test_hook_passes_a_consistent_article(newsroom):
    # The old conflict (c.md) now has d.md among its related locations: not d.md's doing.
    (newsroom / "d.md").write_text(article("$48 million", 4))
    _git(newsroom, "add", "d.md")
    done = _git(newsroom, "commit", "-m", "Add d")
    assert done.returncode == 0, done.stdout + done.stderr


def test_hook_blocks_a_conflict_only_for_that_conflict(newsroom):
    (newsroom / "e.md").write_text(article("$60 million", 4))
    _git(newsroom, "add", "e.md")
    done = _git(newsroom, "commit", "-m", "Add e")
    assert done.returncode != 0
    output = done.stdout + done.stderr  # git shows a hook's output on stderr
    findings = [line for line in output.splitlines() if ": NL" in line]
    assert len(findings) == 1 and findings[0].startswith("e.md:5:"), output
    assert "NL401" in findings[0] and "$60 million" in findings[0]
