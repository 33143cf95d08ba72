"""A clause that names no one is about the names of the clause before it in its sentence
(facts/event_key.py): "..., according to tax returns released Thursday" dates what the
Clintons did, and is compared with another article's "Clinton on Friday released her
tax returns"."""

from __future__ import annotations

import datetime as dt

from dated import dated_facts
from findings import related
from newslint.index.date_conflicts import keyed_conflicts
from realcopy import article_copy, edit_line

TAXES = "2015-hillary-clinton-releases-tax-returns"
_FRIDAY = dt.date(2025, 3, 14)


def _facts(name: str, body: str):
    return dated_facts(name, _FRIDAY, body)


def _weekday(facts, text: str):
    return next(m for m in facts.dates if m.text == text)


def test_a_clause_without_names_takes_those_of_the_clause_before():
    a = _facts("a.md", "Jane and John Doe paid $4 million in state taxes over the decade, "
               "according to tax returns released Thursday.")
    b = _facts("b.md", "Jane Doe on Wednesday released eight years of tax returns, showing "
               "that she and John Doe paid $4 million.")
    assert {"john", "doe"} <= set(_weekday(a, "Thursday").names)
    (conflict,) = keyed_conflicts([a, b])
    assert {conflict.entry.mention.text, conflict.others[0].mention.text} == \
        {"Thursday", "Wednesday"}


def test_borrowed_names_must_still_be_the_same_people():
    a = _facts("a.md", "Jane Doe criticised the measure in a speech, and the committee "
               "approved the spending bill Thursday.")
    b = _facts("b.md", "Richard Roe said the committee approved the spending bill on "
               "Wednesday after a long debate.")
    assert keyed_conflicts([a, b]) == []


def test_tax_returns_released_another_day_on_real_copy(tmp_path, run_json):
    """HuffPost's tax figures come "according to tax returns released Friday", a clause
    with no name of its own; the Times has Clinton release them on Friday. HuffPost moved
    to Thursday is flagged against the Times."""
    folder = article_copy(tmp_path, TAXES, ["hpo.md", "nyt.md"])
    _, before = run_json(str(folder), "--select", "NL5")
    assert not [d for d in before if d["path"].endswith("hpo.md") and d["line"] == 10]
    edit_line(folder, "hpo.md", 10, "tax returns released Friday",
              "tax returns released Thursday")
    _, after = run_json(str(folder), "--select", "NL5")
    flagged = [d for d in after if d["code"] == "NL502"]
    pairs = {(d["path"].rsplit("/", 1)[-1], d["line"], *related(d)) for d in flagged}
    assert any({("hpo.md", 10), ("nyt.md", 10)} <= {p[:2], *p[2:]} for p in pairs), pairs


def test_a_name_opening_its_sentence_is_a_name_when_the_article_writes_it_inside_one():
    """"Trump also met Thursday with ...": a sentence's first word is a name when the
    article writes it capitalised inside a sentence ("said President Donald Trump"); a
    word capitalised only where sentences open ("Officials") stays out."""

    facts = dated_facts("a.md", dt.date(2017, 5, 19),
                        "The search was narrowed on Wednesday, said President Donald Trump. "
                        "Trump also met Thursday with acting FBI Director Andrew McCabe. "
                        "Officials met Friday with McCabe.")
    dates = {m.text: m for m in facts.dates}
    assert "trump" in dates["Thursday"].names and "mccabe" in dates["Thursday"].names
    assert "officials" not in dates["Friday"].names
