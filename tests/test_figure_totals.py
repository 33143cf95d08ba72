"""A measure of several kinds listed together is their total, and a family named in the
plural is its members ("the Clintons"): on real paragraphs of basil."""

from __future__ import annotations

from pathlib import Path

from newslint.facts.figure_names import names_in
from realcopy import article_copy, edit_line
from test_figure_phrase_keys import _at

CLINTON = "2015-hillary-clinton-releases-tax-returns"


def test_a_rate_for_listed_kinds_is_their_total():
    # Fox: "the effective tax rate for federal, state and local taxes was 45.8 percent";
    # The Times: "with city and state income taxes, was a combined rate of 45.8 percent".
    fox = _at(CLINTON, "fox.md", 16, "45.8 percent")
    nyt = _at(CLINTON, "nyt.md", 44, "45.8 percent")
    assert "in all" in fox.modifiers and "in all" in nyt.modifiers
    # The federal rate of the same Fox sentence is one kind's, not the total.
    assert "in all" not in _at(CLINTON, "fox.md", 16, "35.7 percent").modifiers


def test_a_family_in_the_plural_is_named_as_its_members():
    # Fox line 10 names Hillary Clinton; line 14 gives "the Clintons'" rate.
    text = "Hillary Clinton's campaign released the returns. " \
        "The Clintons' effective federal tax rate for 2014 was 35.7 percent."
    at = text.index("The Clintons")
    assert "clinton" in names_in(text, at, len(text), at)
    # A plural after "the" is a family only where the article names a person by its
    # singular: "the Browns" a team, "the Times" a paper.
    text = "The Browns have won 12 games, the Times reported."
    assert names_in(text, 0, len(text), 0) == ("browns", "times")
    text = "Representative Sam Graves said 12 members agreed."
    assert names_in(text, 0, len(text), 0) == ("graves", "sam")


def _links(found: list[dict]) -> list[set[tuple[str, int]]]:
    return [{(Path(d["path"]).name, d["line"]),
             *((Path(r["path"]).name, r["line"]) for r in d["related"])} for d in found]


def test_the_combined_rate_told_differently_is_flagged(tmp_path, run_json):
    folder = article_copy(tmp_path, CLINTON)
    _, before = run_json(str(folder), "--select", "NL401")
    assert not any(("fox.md", 16) in link for link in _links(before))
    edit_line(folder, "fox.md", 16, "was 45.8 percent", "was 75.8 percent")
    _, found = run_json(str(folder), "--select", "NL401")
    hits = [d for d, link in zip(found, _links(found), strict=True)
            if {("fox.md", 16), ("nyt.md", 44)} <= link]
    assert hits and all(d["severity"] == "info" for d in hits)
