"""A year that names its noun ("the 2016 election") dates it as a name would: the very noun
in two sentences that share a name is one event, though they share no other word
(index/date_agreement.py, year_names_noun); a noun of another lemma, or sentences with no
name in common, stay apart."""

from __future__ import annotations

import datetime as dt

from dated import dated_facts
from findings import graded_places, related
from newslint.index.date_agreement import UNCONFIRMED, year_names_noun
from newslint.index.date_conflicts import keyed_conflicts
from realcopy import article_copy, edit_line

_FLYNN = "2017-flynn-pleaded-guilty"
# Sentences with many names and one in common: too few shared for the names alone.
_A = ("Governor Tom Baker defended his aide John Smith by invoking his {} election opponent, "
      "Mary Walsh.")
_B = ("The inquiry by Robert Mueller looks at Russia's meddling in the {} election and "
      "possible ties to Walsh allies.")


def _year(name: str, body: str):
    facts = dated_facts(name, dt.date(2017, 12, 4), body)
    return facts, next(m for m in facts.dates if m.precision == "year")


def test_the_very_noun_and_a_shared_name_date_one_event():
    _, a = _year("a.md", _A.format(2016))
    _, b = _year("b.md", _B.format(2015))
    assert (a.head, b.head, a.bound, b.bound) == ("election", "election", True, True)
    assert not set(a.content) & set(b.content)  # no word in common but the noun
    assert year_names_noun(a, b) == UNCONFIRMED


def test_no_shared_name_or_another_noun_stays_apart():
    _, a = _year("a.md", _A.format(2016))
    _, other_people = _year("b.md", _B.format(2015).replace("Walsh", "Jones"))
    assert year_names_noun(a, other_people) == 0.0
    _, other_noun = _year("c.md", _B.format(2015).replace("election", "budget"))
    assert year_names_noun(a, other_noun) == 0.0


def test_a_misdated_election_on_real_copy(tmp_path, run_json):
    """HuffPost: Trump invoked "his 2016 election opponent, Hillary Clinton"; the Times:
    Mueller's inquiry into Russia's influence "on the 2016 election" and ties to Trump
    associates. A slip to 2015 in HuffPost is found, at info; untouched, nothing is."""
    folder = article_copy(tmp_path, _FLYNN)
    _, untouched = run_json(str(folder), "--select", "NL501")
    assert untouched == []
    edit_line(folder, "hpo.md", 10, "his 2016 election", "his 2015 election")
    _, diagnostics = run_json(str(folder), "--select", "NL501")
    assert graded_places(diagnostics) == [("hpo.md", 10, "info")]
    assert related(diagnostics[0]) == [("nyt.md", 12)]


def test_two_elections_two_years_apart_stay_apart():
    a, _ = _year("a.md", _A.format(2014))
    b, _ = _year("b.md", _B.format(2016))
    assert keyed_conflicts([a, b]) == []
    a, _ = _year("a.md", _A.format(2015))
    assert len(keyed_conflicts([a, b])) == 1  # a year's slip is one
