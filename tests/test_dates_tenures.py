"""A span of years keyed by the office it is a tenure of (index/year_spans.py): "the former
Mexican president, who led the country from 2000 to 2006" and "Mr. Fox, who was president
of Mexico from 2000 to 2006" share a post and its place (Mexican = Mexico), whatever their
verbs; a slip of one end by a year is found, at info. Two holders in a row, two holders
named, another place or another post stay apart."""

from __future__ import annotations

import datetime as dt

from dated import dated_facts
from findings import graded_places, related
from newslint.index.date_conflicts import conflict_text, keyed_conflicts
from newslint.index.year_spans import tenure_pairs
from realcopy import article_copy, edit_line

_FOX = "2016-fox-and-calder-say-mexico-isn-t-paying-for-borde"
_LED = "The former Mexican president, who led the country from {}, also questioned Trump."
_WAS = "Mr. Fox, who was president of Mexico from {}, was clear in his opposition to Trump."


def _found(a: str, b: str) -> list[str]:
    articles = [dated_facts(name, dt.date(2016, 8, 31), body)
                for name, body in (("a.md", a), ("b.md", b))]
    return [conflict_text(c, 4)[0] for c in keyed_conflicts(
        articles, None, tenure_pairs(articles))]


def test_one_tenure_told_by_a_verb_and_by_its_post():
    found = _found(_LED.format("2001 to 2006"), _WAS.format("2000 to 2006"))
    assert len(found) == 1
    assert 'apparently the same tenure ("president")' in found[0]
    assert len(_found(_LED.format("2000 to 2007"), _WAS.format("2000 to 2006"))) == 1
    assert _found(_LED.format("2000 to 2006"), _WAS.format("2000 to 2006")) == []


def test_other_tenures_stay_apart():
    # two ends apart: not a slip of one
    assert _found(_LED.format("2001 to 2007"), _WAS.format("2000 to 2006")) == []
    # two holders in a row share no end at one side
    after = "Felipe Calderon, who was president of Mexico from {}, has also dismissed it."
    assert _found(_WAS.format("2000 to 2006"), after.format("2006 to 2012")) == []
    # each names its holder, and they differ
    assert _found(_WAS.format("2000 to 2006"), after.format("2001 to 2006")) == []
    # another place, another post
    france = "The former French president, who led the country from 2001 to 2006, spoke."
    assert _found(france, _WAS.format("2000 to 2006")) == []
    governor = "Mr. Fox, who was governor of Guanajuato from 2001 to 2006, was clear to Trump."
    assert _found(_LED.format("2000 to 2006"), governor) == []



def test_a_span_of_another_act_is_no_tenure():
    """A sentence may name the post, its place and its holder and date something else: the
    span's own head must be the post or a verb of holding it."""
    grew = "Vicente Fox, who endorsed the winner, was president when Mexico's economy grew " \
        "from 2000 to 2005."
    lived = "Vicente Fox, who endorsed the winner, lived in Mexico City from 2000 to 2005 " \
        "as president."
    was = "Vicente Fox, who was president of Mexico from 2000 to 2006, endorsed the winner."
    assert _found(grew, was) == []
    assert _found(lived, was) == []
    # the same holder told by a verb of holding the post is still one tenure
    served = "Vicente Fox, who served as president of Mexico from 2000 to 2005, endorsed him."
    assert len(_found(served, was)) == 1

def test_a_slipped_tenure_on_real_copy(tmp_path, run_json):
    """Fox: "The former Mexican president, who led the country from 2000 to 2006"; the
    Times: "Mr. Fox, who was president of Mexico from 2000 to 2006"; HuffPost and the
    Times also give Calderón's term, from 2006 to 2012. Untouched, nothing is found; a
    slip in Fox's start is found against the Times' Fox alone, at info (two versions, one
    article each: reported once, at the earlier)."""
    folder = article_copy(tmp_path, _FOX)
    _, untouched = run_json(str(folder), "--select", "NL501")
    assert untouched == []
    edit_line(folder, "fox.md", 20, "from 2000 to 2006", "from 2001 to 2006")
    _, diagnostics = run_json(str(folder), "--select", "NL501")
    assert graded_places(diagnostics) == [("nyt.md", 20, "info")]
    assert "apparently the same tenure" in diagnostics[0]["message"]
    assert related(diagnostics[0]) == [("fox.md", 20)]
