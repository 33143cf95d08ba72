"""NL302 across an organisation and the person who speaks for it: a quote one article
credits to a campaign ("Moore's campaign ... telling the paper") is the words another
article gives its chairman, whatever the possessive; another person's words stay apart.
"""

from __future__ import annotations

from newslint.index.quote_match import speaks_for
from realcopy import article_copy, edit_line, paragraph

EVENT = "2017-white-house-responds-to-sexual-misconduct-allega"


def _nl302(run_json, root) -> list[dict]:
    _, diagnostics = run_json(str(root), "--select", "NL302")
    return diagnostics


def test_a_possessive_organisation_is_the_one_a_role_names() -> None:
    roles = [("moore", "campaign", "chairman")]
    assert speaks_for("Moore's campaign", roles) and speaks_for("Moore’s campaign", roles)
    assert not speaks_for("Jones's campaign", roles)


def test_real_campaign_quote_is_its_chairmans_words(tmp_path, run_json) -> None:
    # HuffPost credits "the very definition of fake news" to Moore's campaign; Fox gives
    # the line to its chairman, Bill Armistead ("he said", after his named quote).
    assert "definition of fake news" in paragraph(EVENT, "hpo.md", 16)
    assert "definition of fake news" in paragraph(EVENT, "fox.md", 40)
    root = article_copy(tmp_path, EVENT)
    assert _nl302(run_json, root) == []  # as published, the two agree
    edit_line(root, "hpo.md", 16, "definition of fake news", "definition of false news")
    (finding,) = _nl302(run_json, root)
    assert finding["path"].endswith("/hpo.md") and finding["line"] == 16
    assert "Bill Armistead" in finding["message"] and '"false"' in finding["message"]
    assert [(r["line"]) for r in finding["related"] if r["path"].endswith("/fox.md")] == [40]


def test_real_campaign_quote_stays_apart_from_another_persons(tmp_path, run_json) -> None:
    # the same changed words, but Fox gives them to someone who does not speak for the
    # campaign: two sources, no misquote to report
    root = article_copy(tmp_path, EVENT)
    edit_line(root, "hpo.md", 16, "definition of fake news", "definition of false news")
    edit_line(root, "fox.md", 40, "” he said.", "” Doug Jones said.")
    assert _nl302(run_json, root) == []
