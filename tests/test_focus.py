from __future__ import annotations

import pytest

from wire import corpus_files


@pytest.fixture
def project(corpus, monkeypatch):
    root = corpus({f"wire/{name}": text for name, text in corpus_files().items()})
    (root / "newslint.yaml").write_text("include: ['wire/**']\n")
    monkeypatch.chdir(root)
    return root


def test_focus_reports_findings_in_the_changed_file_only(project, run_json):
    code, found = run_json("--focus", "wire/c.md")
    assert code == 1 and [(d["code"], d["path"]) for d in found] == [("NL101", "wire/c.md")]
    assert run_json("--focus", "wire/b.md") == (0, [])


def test_focus_moves_the_primary_location_into_the_changed_file(project, run_json):
    # a.md holds the other side of the finding (the usual spelling), not the misspelling.
    code, found = run_json("--focus", "wire/a.md")
    (finding,) = found
    assert code == 1 and (finding["path"], finding["line"]) == ("wire/a.md", 6)
    assert [(r["path"], r["line"], r["message"]) for r in finding["related"]] == [
        ("wire/c.md", 10, "flagged here")
    ]


def test_focus_loads_the_corpus_from_the_config_root(project, run_json, monkeypatch):
    monkeypatch.chdir(project / "wire")
    code, found = run_json("--focus", "c.md")
    assert code == 1 and found[0]["code"] == "NL101"
