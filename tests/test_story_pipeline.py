"""A corpus is checked story by story: in worker processes, from the cache, or in one
process, the findings are the same."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from newslint.engine.pipeline import run
from newslint.settings import Settings

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from generate import generate


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> tuple[Path, dict]:
    root = tmp_path_factory.mktemp("generated")
    manifest = generate(root / "corpus", 160, seed=3, plant_rate=0.2)
    (root / "corpus" / "manifest.json").unlink()
    return root, manifest


def findings(result) -> list[tuple]:
    return [(d.code, d.path, d.location.line, d.location.col, d.message)
            for d in result.diagnostics]


def test_workers_cache_and_one_process_agree(generated, monkeypatch):
    root, manifest = generated
    monkeypatch.chdir(root)
    alone = run(["corpus"], Settings(root=root, jobs=1, cache=False))
    assert alone.stories == manifest["stories"]  # each generated story is found as one
    cold = run(["corpus"], Settings(root=root, jobs=2))
    assert cold.stories_checked == cold.stories
    warm = run(["corpus"], Settings(root=root, jobs=2))
    assert warm.stories_checked == 0 and warm.cached == 160
    assert findings(alone) == findings(cold) == findings(warm)
    # Planted discrepancies are found: every garbled company name, for one.
    garbled = {p["file"] for p in manifest["planted"] if p["kind"] == "name"}
    flagged = {Path(d.path).name for d in alone.diagnostics if d.code == "NL101"}
    assert garbled and garbled <= flagged
