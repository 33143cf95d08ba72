"""--fix, --diff, --statistics, --quiet, colour, and one finding per discrepancy."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from conftest import SEEDS
from newslint.report.facts_view import read_article
from newslint.settings import Settings


@pytest.fixture
def seeds_copy(tmp_path, monkeypatch) -> Path:
    target = tmp_path / "seeds"
    shutil.copytree(SEEDS, target)
    monkeypatch.chdir(tmp_path)
    return target


def quotes_of(path: Path) -> list[str]:
    view = read_article(path, Settings(cache=False))
    assert view.facts is not None
    return sorted(q.text for q in view.facts.quotes)


def test_default_run_groups_findings(run_cli):
    code, out, _ = run_cli(SEEDS, "--no-cache")
    assert code == 1
    assert out.count(" NL202 ") == 1 and " NL201 " not in out
    assert out.count('"DeekSeek" looks like a misspelling') == 1
    assert "... and 48 more (all in --format json or html)" in out


def test_fix_seeds_rewrites_deekseek_and_leaves_quotes(seeds_copy, run_cli):
    spun = next(seeds_copy.glob("004_*"))
    before = {p.name: quotes_of(p) for p in seeds_copy.iterdir()}
    text_before = spun.read_text(encoding="utf-8")
    assert text_before.count("DeekSeek") == 4
    code, out, err = run_cli("seeds", "--fix", "--no-cache")
    after = spun.read_text(encoding="utf-8")
    assert "DeekSeek" not in after
    assert "fixed 8 place(s) in 1 file(s)" in err
    assert "{dollars}" not in after and "{hardware}" not in after and "LlaMA" not in after
    # "O1" is flagged but not fixed: its article never writes "o1" itself.
    assert "O1 model" in next(seeds_copy.glob("001_*")).read_text(encoding="utf-8")
    # Quoted words stay as written, spun or not ("Sputnik Second" is Andreessen's, as spun).
    assert {p.name: quotes_of(p) for p in seeds_copy.iterdir()} == before
    assert "“Sputnik Second”" in after
    # What is left is reported; the fixed findings are gone.
    assert "DeekSeek" not in out and "NL203" not in out and code == 1
    # Nothing else changed: same lines, same number of characters changed per line.
    assert len(after.splitlines()) == len(text_before.splitlines())


def test_diff_writes_nothing(seeds_copy, run_cli):
    spun = next(seeds_copy.glob("004_*"))
    before = spun.read_bytes()
    code, out, err = run_cli("seeds", "--diff", "--no-cache")
    assert code == 1 and spun.read_bytes() == before
    assert f"--- a/seeds/{spun.name}" in out and "+++ b/seeds/" in out
    assert "-DeekSeek claims that the R1" in out and "+DeepSeek claims that the R1" in out
    assert "8 fix(es) in 1 file(s)" in err


def test_fix_keeps_front_matter_quotes_crlf_and_mode(corpus, run_cli, monkeypatch):
    body = ("DeepSeek released its model on Monday. DeepSeek said the model was cheap. "
            "Analysts said DeepSeek had surprised the market, and DeepSeek shares of "
            "partners rose.\n\nDeekSeek later said it had no comment. "
            "A rival wrote that “DeekSeek is overrated,” without giving a reason.\n")
    front = "---\ntitle: DeekSeek story\nsource: Wire\n---\n"
    root = corpus({"a.md": front + body,
                   "b.md": "DeepSeek opened an office. DeepSeek hired staff in Hangzhou.\n"})
    path = root / "a.md"
    path.write_bytes(path.read_bytes().replace(b"\n", b"\r\n"))
    os.chmod(path, 0o640)
    monkeypatch.chdir(root)
    run_cli(".", "--fix", "--no-cache")
    data = path.read_bytes()
    assert b"title: DeekSeek story\r\n" in data  # front matter is not the copy
    assert "“DeekSeek is overrated,”".encode() in data  # a quote is the speaker's
    assert b"\r\nDeepSeek later said" in data and b"\n" not in data.replace(b"\r\n", b"")
    assert os.stat(path).st_mode & 0o777 == 0o640
    assert not [p for p in root.iterdir() if p.name.startswith(".a.md.")]


def test_statistics_and_quiet(run_cli):
    code, out, _ = run_cli(SEEDS, "--statistics", "--no-cache")
    lines = out.splitlines()
    assert code == 1 and lines[0].split() == ["4", "NL603", "info", "vague-attribution"]
    assert any(line.split()[:3] == ["3", "NL101", "[*]"] for line in lines)
    assert lines[-1] == "[*] 5 fixable with --fix"
    _, quiet, _ = run_cli(SEEDS, "--quiet", "--no-cache")
    assert quiet and not quiet.splitlines()[-1].startswith("Found ")


def test_doc_urls_in_json_and_sarif(run_cli, monkeypatch):
    monkeypatch.setenv("NEWSLINT_DOCS_URL", "https://example.org/newslint/rules/")
    _, out, _ = run_cli(SEEDS, "--format", "json", "--no-cache")
    first = json.loads(out)["diagnostics"][0]
    assert first["doc_url"] == f"https://example.org/newslint/rules/{first['code']}.md"
    _, out, _ = run_cli(SEEDS, "--format", "sarif", "--no-cache")
    rules = json.loads(out)["runs"][0]["tool"]["driver"]["rules"]
    assert {r["helpUri"] for r in rules if r["id"] == "NL302"} == {
        "https://example.org/newslint/rules/NL302.md"}


def test_doc_urls_from_the_installs_documentation_url(monkeypatch):
    from email.message import Message
    from importlib import metadata

    from newslint import docs

    published = Message()
    published["Project-URL"] = "Source, https://git.example.org/newslint"
    published["Project-URL"] = "Documentation, https://docs.example.org/newslint/"
    monkeypatch.delenv("NEWSLINT_DOCS_URL", raising=False)
    monkeypatch.setattr(metadata, "metadata", lambda name: published)
    docs._published_docs.cache_clear()
    try:
        assert docs.doc_url("NL302") == "https://docs.example.org/newslint/rules/NL302.md"
        assert docs.doc_url("NL999") is None  # not a built-in rule: no page
    finally:
        docs._published_docs.cache_clear()


def test_fix_spinner_phrases_when_selected(seeds_copy, run_cli):
    spun = next(seeds_copy.glob("004_*"))
    before = quotes_of(spun)
    run_cli("seeds", "--fix", "--no-cache")  # phrases of a spun article: not by default
    assert "lots of of" in spun.read_text(encoding="utf-8")
    code, _, err = run_cli("seeds", "--fix", "--select", "NL201", "--no-cache")
    after = spun.read_text(encoding="utf-8")
    assert code == 1  # the phrases inside quotes are left, and reported
    assert "fixed 68 place(s) in 1 file(s)" in err
    assert "lots of of" not in after and "hundreds of" in after
    assert "Chinese companies may threaten" in after  # phrase replaced, sentence kept
    assert "“Sputnik Second”" in after and quotes_of(spun) == before
