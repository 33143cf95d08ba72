from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from conftest import SEEDS
from wire import corpus_files


@pytest.fixture
def seeds_copy(tmp_path, monkeypatch):
    root = tmp_path / "repo"
    shutil.copytree(SEEDS, root / "seeds")
    monkeypatch.chdir(root)
    return root


def new_findings(run_json, baseline: str) -> tuple[int, list[dict]]:
    return run_json("seeds", "--baseline", baseline)


def test_baseline_survives_paragraphs_inserted_at_the_top(seeds_copy, run_cli, run_json):
    code, _, err = run_cli("seeds", "--write-baseline", "newslint-baseline.json")
    assert code == 0 and "wrote" in err
    assert new_findings(run_json, "newslint-baseline.json") == (0, [])

    (article,) = (seeds_copy / "seeds").glob("000_*")
    added = ("Markets in Asia opened lower on Monday as investors weighed the news.\n"
             "Bernstein analyst Stacy Rasgon said DeepSeak had surprised the industry.\n")
    article.write_text(added + article.read_text(encoding="utf-8"), encoding="utf-8")

    code, found = new_findings(run_json, "newslint-baseline.json")
    assert code == 1
    assert [(d["code"], d["path"], d["line"]) for d in found] == [
        ("NL101", f"seeds/{article.name}", 2)
    ]
    assert '"DeepSeak"' in found[0]["message"]


def _two_known_slips(corpus, monkeypatch, run_cli) -> tuple[dict[str, str], Path]:
    """A corpus whose baseline knows two uses of "DeekSeek" (one in c.md's own copy)."""
    files = corpus_files()
    files["b.md"] += ("\nDeepSeek shares are not listed. DeepSeek has no outside investors. "
                      "DeepSeek is based in Hangzhou. DeepSeek was founded by Liang Wenfeng.\n")
    files["c.md"] += "\nDeekSeek later said it had no comment.\n"
    root = corpus(files)
    monkeypatch.chdir(root)
    assert run_cli(".", "--write-baseline", "base.json")[0] == 0
    return files, root


def test_a_third_identical_finding_is_new(corpus, monkeypatch, run_cli, run_json):
    files, root = _two_known_slips(corpus, monkeypatch, run_cli)
    entries = json.loads((root / "base.json").read_text())["entries"]
    assert [(e["code"], e["count"]) for e in entries] == [("NL101", 2)]

    (root / "c.md").write_text(files["c.md"] + "\nDeekSeek has 200 staff.\n")
    code, found = run_json(".", "--baseline", "base.json")
    assert code == 1 and len(found) == 1 and found[0]["code"] == "NL101"


def test_the_new_occurrence_is_reported_where_it_was_added(corpus, monkeypatch, run_cli,
                                                            run_json):
    """Two known uses of a misspelling and a third written above them: the finding names
    the added line, not the first use in report order."""
    files, root = _two_known_slips(corpus, monkeypatch, run_cli)
    (entry,) = json.loads((root / "base.json").read_text())["entries"]
    assert entry["count"] == 2 and len(entry["lines"]) == 2

    lines = files["c.md"].split("\n")
    first_use = next(i for i, line in enumerate(lines) if "DeekSeek" in line)
    lines.insert(first_use, "DeekSeek opened an office in Paris.\n")
    (root / "c.md").write_text("\n".join(lines))
    code, found = run_json(".", "--baseline", "base.json")
    assert code == 1
    assert [(d["path"], d["line"]) for d in found] == [("c.md", first_use + 1)]

    # an edited line of a known use stays known while the count allows
    lines[first_use] = "The company kept quiet on Tuesday."
    last_use = max(i for i, line in enumerate(lines) if "DeekSeek" in line)
    lines[last_use] = "DeekSeek later declined to comment."
    (root / "c.md").write_text("\n".join(lines))
    assert run_json(".", "--baseline", "base.json") == (0, [])


def test_a_baseline_without_line_hashes_still_matches_by_count(corpus, monkeypatch, run_cli,
                                                               run_json):
    files = corpus_files()
    files["c.md"] += "\nDeekSeek later said it had no comment.\n"
    root = corpus(files)
    monkeypatch.chdir(root)
    assert run_cli(".", "--write-baseline", "base.json")[0] == 0
    data = json.loads((root / "base.json").read_text())
    for entry in data["entries"]:
        del entry["lines"]
    (root / "base.json").write_text(json.dumps(data))
    assert run_json(".", "--baseline", "base.json") == (0, [])
    (root / "base.json").write_text(json.dumps(data).replace('"entries": [{',
                                                               '"entries": [{"lines": 3, '))
    code, _, err = run_cli(".", "--baseline", "base.json")
    assert code == 2 and "lines must be a list" in err


def test_update_baseline_only_removes(corpus, monkeypatch, run_cli):
    files = corpus_files()
    root = corpus(files)
    monkeypatch.chdir(root)
    run_cli(".", "--write-baseline", "base.json")
    before = (root / "base.json").read_text()

    # Rewriting with the same findings leaves the file byte-for-byte alone.
    code, _, err = run_cli(".", "--write-baseline", "base.json")
    assert code == 0 and "unchanged" in err and (root / "base.json").read_text() == before

    # Fix the old misspelling, add a new one elsewhere.
    (root / "c.md").write_text(files["c.md"].replace("DeekSeek", "DeepSeek"))
    (root / "b.md").write_text(files["b.md"].replace("topped", "DeepSeke topped"))
    code, out, err = run_cli(".", "--update-baseline", "base.json")
    assert code == 1 and "DeepSeke" in out and "1 baseline occurrence(s) no longer found" in err
    assert json.loads((root / "base.json").read_text())["entries"] == []


def test_baseline_file_is_sorted_one_entry_per_line(seeds_copy, run_cli):
    run_cli("seeds", "--write-baseline", "b.json")
    lines = (seeds_copy / "b.json").read_text().splitlines()
    assert lines[0] == '{"version": 1, "entries": [' and lines[-1] == "]}"
    entries = [json.loads(line.rstrip(",")) for line in lines[1:-1]]
    order = [(e["code"], e["path"], e["key"], e["fingerprint"]) for e in entries]
    assert order == sorted(order)
    assert sum(e["count"] for e in entries) > len(entries)  # counts, not one line per finding


def test_fingerprints_do_not_depend_on_the_working_folder(seeds_copy, run_json, monkeypatch):
    _, here = run_json("seeds", "--no-cache")
    monkeypatch.chdir(seeds_copy / "seeds")
    _, inside = run_json(".", "--no-cache")
    assert sorted(d["fingerprint"] for d in here) != []
    (seeds_copy / "pyproject.toml").write_text("[tool.newslint]\n")
    _, with_root = run_json(".", "--no-cache")
    monkeypatch.chdir(seeds_copy)
    _, from_root = run_json("seeds", "--no-cache")
    assert sorted(d["fingerprint"] for d in with_root) == sorted(
        d["fingerprint"] for d in from_root)
    assert len(inside) == len(here)


@pytest.mark.parametrize(
    ("content", "message"),
    [(None, "not found"), ("{not json", "corrupt"), ('{"version": 1, "entries": [{}]}',
                                                     "corrupt"),
     ('{"version": 7, "entries": []}', "corrupt")],
)
def test_missing_or_corrupt_baseline_exits_2(seeds_copy, run_cli, content, message):
    if content is not None:
        (seeds_copy / "b.json").write_text(content)
    code, out, err = run_cli("seeds", "--baseline", "b.json")
    assert code == 2 and out == "" and message in err and "b.json" in err


def test_exit_zero(seeds_copy, run_cli):
    code, out, _ = run_cli("seeds", "--exit-zero")
    assert code == 0 and "NL101" in out
