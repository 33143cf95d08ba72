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


def test_focus_on_the_article_that_only_illustrates_reports_nothing(project, run_json):
    # a.md only holds an example of the usual spelling; the misspelling is c.md's to fix.
    code, found = run_json("--focus", "wire/a.md")
    assert (code, found) == (0, [])


def test_focus_moves_a_two_article_finding_and_says_where_it_was_flagged(
        tmp_path, monkeypatch, run_json):
    import shutil

    from conftest import SEEDS

    shutil.copytree(SEEDS, tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
    (changed,) = (tmp_path / "seeds").glob("001_*")
    code, found = run_json("--focus", f"seeds/{changed.name}", "--select", "NL302,NL101")
    # 001 says "CCP state psyop"; the NL302 finding is flagged at 000 and involves 001.
    # NL101's "DeekSeek" (in 004) is not 001's business; its "O1" is.
    assert code == 1
    assert [(d["code"], d["line"]) for d in found] == [("NL101", 4), ("NL302", 14)]
    psyop = found[1]
    assert psyop["message"].startswith("in 000_8ca5922052ddf8b1.txt:6:231: Neal Khosla quoted")
    assert psyop["related"][0]["message"] == "flagged here"
    assert psyop["related"][0]["path"].endswith("000_8ca5922052ddf8b1.txt")


def test_focus_loads_the_corpus_from_the_config_root(project, run_json, monkeypatch):
    monkeypatch.chdir(project / "wire")
    code, found = run_json("--focus", "c.md")
    assert code == 1 and found[0]["code"] == "NL101"
