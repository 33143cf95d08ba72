"""NL101's majority is the story's: one article, however long, cannot outvote the others."""

from __future__ import annotations

import shutil

from conftest import SEEDS


def _deekseek(diagnostics: list[dict]) -> list[dict]:
    return [d for d in diagnostics if d["code"] == "NL101" and '"DeekSeek"' in d["message"]]


def test_one_long_article_cannot_outvote_the_story(tmp_path, run_json):
    root = tmp_path / "seeds"
    shutil.copytree(SEEDS, root)
    # One paragraph of single lines that repeats the slip 2,000 times: counted use by use,
    # it would outnumber the 80 uses of "DeepSeek" in the five seed articles.
    line = "DeekSeek released another model on Monday, the company said.\n"
    (root / "dump.txt").write_text(line * 2000, encoding="utf-8")
    _, diagnostics = run_json(root, "--select", "NL101")
    (found,) = _deekseek(diagnostics)
    assert found["path"].endswith("004_b1fd41a863b98786.txt")
    assert (found["line"], found["col"]) == (3, 1)
    assert '"DeepSeek"' in found["message"]
    # The counts are the story's, and the message says so: no "corpus" in a story's counts.
    assert "the story uses that spelling 80 times in 5 articles" in found["message"]
    assert '"DeekSeek" 2004 times in 2 articles' in found["message"]
    # Capitals and the other seed findings are as without the long article.
    assert {d["message"].split('"')[1] for d in diagnostics} == {"DeekSeek", "LlaMA", "O1"}


def test_a_capped_article_still_counts_its_uses_up_to_the_cap(tmp_path, run_json, corpus):
    # Four articles spell "Brannigan" right, three times each; one writes "Branigan" twice.
    # Capping changes nothing for articles of ordinary length: 12 uses against 2.
    right = ("Mayor Ellen Brannigan opened the bridge on Tuesday. Brannigan said the repairs "
             "were overdue. Residents thanked Brannigan for the quick work.\n")
    files = {f"{n}.txt": right for n in "abcd"}
    files["e.txt"] = ("Mayor Ellen Branigan opened the bridge on Tuesday. The council praised "
                      "Branigan for the repairs.\n")
    _, diagnostics = run_json(corpus(files), "--select", "NL101")
    (found,) = diagnostics
    assert '"Branigan" looks like a misspelling of "Brannigan"' in found["message"]
    assert "the story uses that spelling 12 times in 4 articles" in found["message"]
