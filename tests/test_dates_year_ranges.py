"""Spans of years compared as ranges: both ends ("from 1967 to 1979" against "from 1966 to
1978" is a conflict), and a year inside a span is no conflict with it."""

from __future__ import annotations

import datetime as dt

from dated import dated_facts
from findings import graded_places, related
from newslint.facts import ArticleFacts
from newslint.index.date_conflicts import keyed_conflicts
from realcopy import article_copy, edit_line, paragraph

_COWAN = "2013-william-cowan-named-interim-senator-in-massachus"
_FOX = "2016-fox-and-calder-say-mexico-isn-t-paying-for-borde"
_A = "Mo Cowan will be the second black senator after Edward Brooke, who served from {}."
_B = "Edward Brooke, a Republican, held the seat from {} as the state's senator."


def _facts(name: str, body: str) -> ArticleFacts:
    return dated_facts(name, dt.date(2013, 1, 30), body)


def _conflicts(a: str, b: str) -> list[tuple[str, str]]:
    found = keyed_conflicts([_facts("a.md", a), _facts("b.md", b)])
    return sorted((c.entry.mention.text, c.others[0].mention.text) for c in found)


def test_two_tenures_that_differ_at_either_end_conflict():
    assert _conflicts(_A.format("1967 to 1979"), _B.format("1966 to 1978")) == [
        ("1966 to 1978", "1967 to 1979")]
    assert len(_conflicts(_A.format("1967 to 1979"), _B.format("1967 to 1978"))) == 1


def test_the_same_tenure_or_a_year_inside_it_is_no_conflict():
    assert _conflicts(_A.format("1967 to 1979"), _B.format("1967 to 1979")) == []
    inside = "Edward Brooke, a Republican, held the seat in 1970 as the state's senator."
    assert _conflicts(_A.format("1967 to 1979"), inside) == []


def test_another_person_or_another_verb_stays_apart():
    other = _B.replace("Edward Brooke", "Paul Tsongas").format("1966 to 1978")
    assert _conflicts(_A.format("1967 to 1979"), other) == []
    taught = _B.replace("held the seat", "taught law").format("1966 to 1978")
    assert _conflicts(_A.format("1967 to 1979"), taught) == []


def test_brookes_senate_years_on_real_copy(tmp_path, run_json):
    """HuffPost: Edward Brooke "served from 1967 to 1979"; the Times: he "held the seat from
    1966 to 1978". Found at info, at both spans; with the Times set right, nothing is."""
    folder = article_copy(tmp_path, _COWAN, ["hpo.md", "nyt.md"])
    _, found = run_json(str(folder), "--select", "NL501")
    spans = set(graded_places(found))
    assert ("nyt.md", 16, "info") in spans
    brooke = next(d for d in found if (d["path"].rsplit("/", 1)[-1], d["line"]) == ("nyt.md", 16))
    assert related(brooke) == [("hpo.md", 24)]
    edit_line(folder, "nyt.md", 16, "from 1966 to 1978", "from 1967 to 1979")
    _, after = run_json(str(folder), "--select", "NL501")
    assert not [d for d in after if d["line"] == 16]


def test_two_presidents_terms_on_real_copy():
    """The Times: "Mr. Fox, who was president of Mexico from 2000 to 2006"; HuffPost:
    "Felipe Calderon, who was president of Mexico from 2006 to 2012". Both sentences name
    Mexico and Trump, but who held the post differs: two tenures, no conflict."""
    fox = paragraph(_FOX, "nyt.md", 20)
    calderon = paragraph(_FOX, "hpo.md", 26)
    assert "2000 to 2006" in fox and "2006 to 2012" in calderon
    assert _conflicts(fox, calderon) == []
    # the same man's term, misdated by a year, is one
    assert len(_conflicts(fox, fox.replace("2000 to 2006", "2000 to 2007"))) == 1


_HUCKABEE = "2015-mike-huckabee-announced-his-run-for-the-presiden"


def test_one_end_the_same_on_real_copy(tmp_path, run_json):
    """Fox: Huckabee "was Arkansas governor from 1996 to 2007, serving after Bill Clinton";
    HuffPost: "He was the longest-serving Arkansas governor, from 1996 to 2007". Agreeing,
    nothing; with Fox's end moved a year, one tenure with one end the same is found, at
    info (serving = longest-serving: a compound's last word is its head)."""
    folder = article_copy(tmp_path, _HUCKABEE, ["fox.md", "hpo.md"])
    _, untouched = run_json(str(folder), "--select", "NL501")
    assert untouched == []
    edit_line(folder, "fox.md", 30, "from 1996 to 2007", "from 1996 to 2008")
    _, found = run_json(str(folder), "--select", "NL501")
    assert graded_places(found) == [
        ("hpo.md", 26, "info")]
    assert related(found[0]) == [("fox.md", 30)]


def test_two_holders_in_a_row_share_no_end_at_one_side():
    """Fox's term ends in 2006, Calderon's starts in 2006: two holders, never one span,
    whatever the names they share."""
    a = "Vicente Fox served as president of Mexico from 2000 to 2006, Trump was told."
    b = "Felipe Calderon served as president of Mexico from 2006 to 2012, Trump was told."
    assert _conflicts(a, b) == []
    # each names who held the post: the same start makes no one span of two people
    assert _conflicts(a, b.replace("2006 to 2012", "2000 to 2012")) == []
    unnamed = "The former president of Mexico, who served from 2000 to 2007, met Trump."
    assert len(_conflicts(a, unnamed)) == 1
