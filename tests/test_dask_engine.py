"""The Dask engine gives the local engine's findings, byte for byte (engine/dask_engine.py).

The cluster tests run only where the 'dask' extra is installed (.ci/run installs it)."""

from __future__ import annotations

import shutil

import pytest

from conftest import DATA, SEEDS
from newslint.engine import articles, dask_engine
from realcopy import BASIL  # ../shared beside the checkout; tests skip without it


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


def test_shared_cache_identical(run_cli, scheduler, tmp_path):
    """Workers keep per-file results by content hash in a folder they share; a second run
    reads them back and reports the same."""
    store = tmp_path / "store"
    local = run_cli(SEEDS, "--no-cache", "--format", "json")[1]
    args = (SEEDS, "--no-cache", "--format", "json", "--engine", "dask", "--scheduler",
            scheduler, "--shared-cache", store.as_uri())
    cold, warm = run_cli(*args), run_cli(*args)
    assert len([p for p in store.rglob("*") if p.is_file()]) == len(list(SEEDS.iterdir()))
    assert cold[1] == local and warm[1] == local


class Counting:
    def __init__(self, task):
        self.task, self.calls = task, 0

    def __call__(self, *args):
        self.calls += 1
        return self.task(*args)


def test_store_serves_unchanged_files_only(tmp_path):
    """In-memory filesystem: a file is checked once while its bytes stay the same, again
    once they change, and again when its stored entry is damaged."""
    pytest.importorskip("fsspec")
    from newslint.engine.shared_store import SharedStore, StoredFileTask
    from newslint.settings import Settings

    article = tmp_path / "harbor.md"
    article.write_text("The council approved $4.2 million for the harbor wall on Tuesday, "
                       "Mayor Ana Ruiz said.\n", encoding="utf-8")
    store = SharedStore(f"memory://newslint-test-{tmp_path.name}")
    stored = StoredFileTask(Settings(), "fp", store)
    counting = stored.task = Counting(stored.task)
    job = (str(article), "harbor.md", "harbor.md")
    first, again = stored(*job), stored(*job)
    assert counting.calls == 1
    assert again.ident == first.ident == "harbor.md" and again.facts_blob == first.facts_blob
    article.write_text(article.read_text() + "She said work starts in May.\n")
    stored(*job)
    assert counting.calls == 2
    fs, _ = store._filesystem()
    for entry in fs.find(store.url):
        fs.pipe(entry, b"not a pickle")
    stored(*job)
    assert counting.calls == 3


def test_unreachable_scheduler_a_usage_error(run_cli, monkeypatch):
    pytest.importorskip("dask.distributed")
    monkeypatch.setattr(dask_engine, "CONNECT_TIMEOUT", 1)
    code, _, err = run_cli(SEEDS, "--engine", "dask", "--scheduler", "tcp://127.0.0.1:9")
    assert code == 2 and "cannot reach the Dask scheduler tcp://127.0.0.1:9" in err


def test_url_archive_identical(run_cli, scheduler, tmp_path):
    """An archive named by URL: each worker opens the files at their URL, and the ids the
    findings rest on are the local engine's."""
    shutil.copytree(DATA / "corpora" / "multi_outlet", tmp_path / "archive")
    url = (tmp_path / "archive").as_uri()
    local, remote = both(run_cli, scheduler, url, "--no-cache")
    assert f'"path": "{url}/boe-bbc.md"' in local
    assert remote == local
    stored = run_cli(url, "--no-cache", "--format", "json", "--engine", "dask",
                     "--scheduler", scheduler, "--shared-cache", (tmp_path / "s").as_uri())
    assert stored[1] == local


def test_story_links_as_a_shuffle_on_the_cluster(scheduler):
    """The cluster's links (shards of terms, buckets of pairs) are those a build in one
    process finds, to the bit, on 600 articles of 120 stories over two months."""
    import random

    from newslint.index.stories import RULES, Signature
    from newslint.index.story_links import StoryGraph

    rng = random.Random(21)
    signatures = {}
    for story in range(120):
        day = 739000 + rng.randrange(60)
        words = [f"s{story}w{k}" for k in range(12)]
        for outlet in range(5):
            terms = rng.sample(words, 8) + [f"common{rng.randrange(30)}" for _ in range(6)]
            when = None if rng.random() < 0.05 else day + rng.randrange(3)
            signatures[f"{story:03}/{outlet}.md"] = Signature.of(when, set(terms))
    engine = dask_engine.DaskEngine(scheduler)
    try:
        graph = engine.story_graph(signatures, RULES)
    finally:
        engine.close()
    built = StoryGraph.build(signatures, RULES)
    assert len(built.links) > 600 and graph.links == built.links


def test_facts_stay_in_the_shared_store(run_cli, scheduler, tmp_path, monkeypatch):
    """With a shared store, a per-file result comes back with a reference to its facts,
    not the facts; story tasks read them from the store, and extract an article again
    when its entry is gone."""
    import pickle

    from newslint.engine import pipeline
    from newslint.engine.shared_store import StoredFacts

    shutil.copytree(DATA / "corpora" / "multi_outlet", tmp_path / "multi_outlet")
    monkeypatch.chdir(tmp_path)
    expected = run_cli("multi_outlet", "--no-cache", "--format", "json")[1]
    held: list[object] = []
    check_stories = pipeline.check_stories

    def noting(partition, stories, rules, facts, *rest, **options):
        held.extend(facts.held.values())
        return check_stories(partition, stories, rules, facts, *rest, **options)

    monkeypatch.setattr(pipeline, "check_stories", noting)
    store = tmp_path / "store"
    args = ("multi_outlet", "--format", "json", "--engine", "dask", "--scheduler", scheduler,
            "--shared-cache", store.as_uri())
    assert run_cli(*args, "--no-cache")[1] == expected
    assert len(held) == 22
    assert all(len(blob) < 400 and isinstance(pickle.loads(blob), StoredFacts)
               for blob in held)
    cold, warm = run_cli(*args)[1], run_cli(*args)[1]  # through the local cache as well
    assert cold == warm == expected
    # The store is gone and one article edited: its story is checked again, the facts
    # of the others (their local entries refer to the store) extracted again.
    shutil.rmtree(store)
    edited = tmp_path / "multi_outlet" / "boe-bbc.md"
    edited.write_text(edited.read_text() + "\nOne more line.\n")
    monkeypatch.setattr(pipeline, "check_stories", check_stories)
    assert run_cli(*args)[1] == run_cli("multi_outlet", "--no-cache", "--format", "json")[1]
