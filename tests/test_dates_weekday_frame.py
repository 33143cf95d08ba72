"""A weekday beside a wider date ("so far this year", "this week") keeps its words: only
another day crowds it (index/date_conflicts.py `_crowded`)."""

from __future__ import annotations

import datetime as dt

from dated import dated_facts
from findings import related
from newslint.index.date_conflicts import keyed_conflicts
from realcopy import article_copy, edit_line

LABRADOR = "2014-raul-labrador-challenges-kevin-mccarthy-for-hous"

_FRIDAY = dt.date(2019, 1, 25)
_SAID = ("In the fiercest fight so far {frame}, President Trump said {day} that he will "
         "support a short-term spending bill to re-open the government.")
_ACT = ("President Trump announced Friday a short-term plan that will reopen the government "
        "for three weeks.")


def test_a_wider_date_beside_a_weekday_leaves_its_words_to_it():
    """"so far this year ... said Wednesday": the year frames the week; the statement is
    compared with the act by its words. Another day beside it ("since Tuesday") would own
    the words as much, and the statement is left alone."""
    framed = [dated_facts("a.md", _FRIDAY, _SAID.format(frame="this year", day="Wednesday")),
              dated_facts("b.md", _FRIDAY, _ACT)]
    (conflict,) = keyed_conflicts(framed)
    assert conflict.entry.mention.text == "Wednesday"
    crowded = [dated_facts("a.md", _FRIDAY, _SAID.format(frame="since Tuesday",
                                                         day="Wednesday")),
               dated_facts("b.md", _FRIDAY, _ACT)]
    assert keyed_conflicts(crowded) == []


def test_a_statement_beside_this_year_moved_a_day_on_real_copy(tmp_path, run_json):
    """Fox: "In one of the highest-profile showdowns ... so far this year, Rep. Raul Labrador
    said Friday that he is challenging Rep. Kevin McCarthy for the House majority leader
    position that became open this week"; the Times: Labrador "jumped into the race for
    House majority leader on Friday". Fox moved to Monday is flagged, as info."""
    folder = article_copy(tmp_path, LABRADOR, ["fox.md", "nyt.md"])
    _, before = run_json(str(folder), "--select", "NL502")
    assert not [d for d in before if d["line"] == 10]
    edit_line(folder, "fox.md", 10, "Labrador said Friday", "Labrador said Monday")
    _, after = run_json(str(folder), "--select", "NL502")
    (found,) = [d for d in after if d["line"] == 10]
    assert found["severity"] == "info"
    assert found["path"].endswith("fox.md")
    assert related(found) == [("nyt.md", 10)]
