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
    (changed,) = (tmp_path / "seeds").glob("000_*")
    code, found = run_json("--focus", f"seeds/{changed.name}", "--select", "NL302,NL101")
    # 001 says "CCP state psyop", 000 "state psyop": a tie, flagged at 001 (the wording
    # decides, not the file name). Without 000 there is no finding: it is 000's business
    # too. NL101's "DeekSeek" (in 004) is not.
    assert code == 1
    assert [(d["code"], d["line"]) for d in found] == [("NL302", 6)]
    psyop = found[0]
    assert psyop["message"].startswith("in 001_1d6f361f19b39540.txt:14:52: Neal Khosla quoted")
    assert psyop["related"][0]["message"] == "flagged here"
    assert psyop["related"][0]["path"].endswith("001_1d6f361f19b39540.txt")


def test_focus_loads_the_corpus_from_the_config_root(project, run_json, monkeypatch):
    monkeypatch.chdir(project / "wire")
    code, found = run_json("--focus", "c.md")
    assert code == 1 and found[0]["code"] == "NL101"
