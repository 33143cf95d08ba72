from __future__ import annotations

from conftest import ROOT
from newslint.docs import expected_pages, write_rule_docs


def test_rule_pages_are_up_to_date():
    stale = write_rule_docs(ROOT / "docs" / "rules", check=True)
    assert stale == [], "run `newslint docs docs/rules` and commit the pages"


def test_check_mode_notices_a_changed_page(tmp_path):
    write_rule_docs(tmp_path)
    assert write_rule_docs(tmp_path, check=True) == []
    page = tmp_path / "NL101.md"
    page.write_text(page.read_text() + "edited by hand\n")
    (tmp_path / "NL999.md").write_text("# a removed rule\n")
    assert write_rule_docs(tmp_path, check=True) == [page, tmp_path / "NL999.md"]
    assert "## What it flags" in expected_pages()["NL101.md"]
