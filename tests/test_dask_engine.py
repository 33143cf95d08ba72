"""The Dask engine gives the local engine's findings, byte for byte (engine/dask_engine.py).

The cluster tests run only where the 'dask' extra is installed (.ci/run installs it)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import DATA, SEEDS
from newslint.engine import articles, dask_engine

BASIL = Path("/work/shared/corpora/basil")


@pytest.fixture(scope="module")
def scheduler():
    """A cluster of two worker processes, started in the test suite's working folder."""
    distributed = pytest.importorskip("dask.distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        yield cluster.scheduler_address


def both(run_cli, scheduler: str, *args: str) -> tuple[str, str]:
    """The JSON report of the local engine, then of the Dask engine."""
    local = run_cli(*args, "--format", "json")
    remote = run_cli(*args, "--format", "json", "--engine", "dask", "--scheduler", scheduler)
    assert local[0] in (0, 1) and remote[0] == local[0], remote[2]
    return local[1], remote[1]


def test_seeds_identical(run_cli, scheduler):
    local, remote = both(run_cli, scheduler, SEEDS, "--no-cache")
    assert '"code": "NL' in local  # the seeds have findings to compare
    assert remote == local


def test_corpus_through_the_cache_identical(run_cli, scheduler, tmp_path, monkeypatch):
    """Run from another folder than the workers' (ids and paths are made where the run
    starts), cold then warm, the workers reading each story's facts from the cache."""
    shutil.copytree(DATA / "corpora" / "multi_outlet", tmp_path / "multi_outlet")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(articles, "_HOLD_FACTS_UP_TO", 0)
    expected, _ = both(run_cli, scheduler, "multi_outlet", "--no-cache")
    cold = run_cli("multi_outlet", "--format", "json", "--engine", "dask",
                   "--scheduler", scheduler)
    assert (tmp_path / ".newslint_cache").exists()
    warm = run_cli("multi_outlet", "--format", "json", "--engine", "dask",
                   "--scheduler", scheduler)
    (tmp_path / "multi_outlet" / "boe-bbc.md").write_text(
        (tmp_path / "multi_outlet" / "boe-bbc.md").read_text() + "\nOne more line.\n")
    edited_local = run_cli("multi_outlet", "--format", "json", "--no-cache")
    edited = run_cli("multi_outlet", "--format", "json", "--engine", "dask",
                     "--scheduler", scheduler)
    assert '"path": "multi_outlet/' in expected
    assert cold[1] == expected and warm[1] == expected
    assert edited[1] == edited_local[1]


@pytest.mark.skipif(not BASIL.is_dir(), reason="the real-copy corpus is not on this machine")
def test_real_copy_identical(run_cli, scheduler):
    local, remote = both(run_cli, scheduler, BASIL, "--no-cache")
    assert remote == local


def test_without_dask_a_usage_error(run_cli, monkeypatch):
    monkeypatch.setattr(dask_engine, "available", lambda: False)
    code, _, err = run_cli(SEEDS, "--engine", "dask")
    assert code == 2 and "pip install 'newslint[dask]'" in err


def test_scheduler_needs_the_dask_engine(run_cli):
    code, _, err = run_cli(SEEDS, "--engine", "local", "--scheduler", "tcp://127.0.0.1:1")
    assert code == 2 and "--engine dask" in err
