"""The pre-commit hooks, for real: pre-commit clones a committed copy of this tree, installs
it from PyPI and runs it in a fresh editorial repository."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, SEEDS

pytestmark = pytest.mark.network

_GIT_ENV = {
    "GIT_AUTHOR_NAME": "Desk", "GIT_AUTHOR_EMAIL": "desk@example.org",
    "GIT_COMMITTER_NAME": "Desk", "GIT_COMMITTER_EMAIL": "desk@example.org",
    "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1",
}


def git(repo: Path, *args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", *args], cwd=repo, env=env, text=True, capture_output=True,
                          check=False)


def snapshot_of_this_tree(target: Path, env: dict[str, str]) -> str:
    """A git repo holding the working tree as it is now (pre-commit only sees commits)."""
    for name in ("src", "rules"):
        shutil.copytree(ROOT / name, target / name,
                        ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    for name in ("pyproject.toml", "README.md", ".pre-commit-hooks.yaml"):
        shutil.copy2(ROOT / name, target / name)
    git(target, "init", "-q", env=env)
    git(target, "add", "-A", env=env)
    assert git(target, "commit", "-qm", "snapshot", env=env).returncode == 0
    return git(target, "rev-parse", "HEAD", env=env).stdout.strip()


@pytest.fixture
def editorial_repo(tmp_path):
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    env = {**os.environ, **_GIT_ENV, "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home")}
    hooks = tmp_path / "newslint-hooks"
    hooks.mkdir()
    rev = snapshot_of_this_tree(hooks, env)
    repo = tmp_path / "newsroom"
    shutil.copytree(SEEDS, repo / "articles")
    (repo / ".pre-commit-config.yaml").write_text(
        "repos:\n"
        f"  - repo: {hooks.as_posix()}\n"
        f"    rev: {rev}\n"
        "    hooks:\n"
        "      - id: newslint\n"
        "        args: [--select, NL1]\n"
    )
    git(repo, "init", "-q", env=env)
    git(repo, "add", "-A", env=env)
    assert git(repo, "commit", "-qm", "archive", "--no-verify", env=env).returncode == 0
    return repo, env


def pre_commit(repo: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "pre_commit", *args], cwd=repo, env=env,
                          text=True, capture_output=True, check=False, timeout=900)


def test_run_all_files_reports_the_misspelling(editorial_repo):
    repo, env = editorial_repo
    done = pre_commit(repo, env, "run", "--all-files")
    assert done.returncode == 1, done.stdout + done.stderr
    assert '"DeekSeek" looks like a misspelling of "DeepSeek"' in done.stdout
    assert (repo / ".newslint_cache" / "facts.sqlite").is_file()


def test_commit_of_one_article_reports_only_what_touches_it(editorial_repo):
    repo, env = editorial_repo
    assert pre_commit(repo, env, "install").returncode == 0
    (article,) = (repo / "articles").glob("002_*")
    text = article.read_text(encoding="utf-8")
    article.write_text(text + "\nDeepSeak's app was still the most downloaded on Monday.\n",
                       encoding="utf-8")
    git(repo, "add", article.relative_to(repo).as_posix(), env=env)
    done = git(repo, "commit", "-m", "Update 002", env=env)
    output = done.stdout + done.stderr
    assert done.returncode != 0, output
    assert '"DeepSeak"' in output and article.name in output
    assert "DeekSeek" not in output  # in another article, not part of this commit

    # Fixed, the same commit goes through: the corpus-wide DeekSeek finding does not block it.
    article.write_text(text + "\nDeepSeek's app was still the most downloaded on Monday.\n",
                       encoding="utf-8")
    git(repo, "add", article.relative_to(repo).as_posix(), env=env)
    done = git(repo, "commit", "-m", "Update 002", env=env)
    assert done.returncode == 0, done.stdout + done.stderr
