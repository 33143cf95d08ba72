"""Two weekdays of different heads whose clauses share three names and two words tell one
act of the story's week (index/date_alignment.py), as info; a plan and an act do not."""

from __future__ import annotations

import datetime as dt

from dated import dated_facts
from findings import related
from newslint.index.date_conflicts import keyed_conflicts, sure
from realcopy import article_copy, edit_line

INAUGURATED = "2017-donald-trump-is-inaugurated"
STEELE = "2010-michael-steele-about-to-announce-whether-he-ll-r"

_FRIDAY = dt.date(2025, 3, 14)


def test_an_oath_and_an_office_assumed_are_one_act_on_real_copy(tmp_path, run_json):
    """Fox: "Donald Trump assumed the nation's highest office Friday as the 45th president
    of the United States"; HuffPost: "Donald J. Trump took the oath of office Friday to
    become the 45th president of the United States". The heads (assumed, took) agree in no
    lexicon; the clauses share four names (Donald, Trump, United, States) and two words
    (office, president). Fox moved to Wednesday is flagged, as info."""
    folder = article_copy(tmp_path, INAUGURATED, ["fox.md", "hpo.md"])
    _, before = run_json(str(folder), "--select", "NL502")
    assert not [d for d in before if d["line"] == 10]
    edit_line(folder, "fox.md", 10, "highest office Friday", "highest office Wednesday")
    _, after = run_json(str(folder), "--select", "NL502")
    (found,) = [d for d in after if d["line"] == 10]
    assert found["severity"] == "info"
    assert found["path"].endswith("fox.md") and ("hpo.md", 10) in related(found)


def test_a_passive_of_who_acted_is_his_act_on_real_copy(tmp_path, run_json):
    """The Times: "Donald John Trump was inaugurated as the 45th president of the United
    States on Friday" (passive); Fox: "Donald Trump assumed the nation's highest office
    Friday as the 45th president". The passive's subject is who acted in the active, so
    the two voices tell one act: the Times moved to Sunday is flagged, as info."""
    folder = article_copy(tmp_path, INAUGURATED, ["fox.md", "nyt.md"])
    _, before = run_json(str(folder), "--select", "NL502")
    assert not [d for d in before if d["path"].endswith("nyt.md") and d["line"] == 10]
    edit_line(folder, "nyt.md", 10, "United States on Friday", "United States on Sunday")
    _, after = run_json(str(folder), "--select", "NL502")
    (found,) = [d for d in after if d["path"].endswith("nyt.md") and d["line"] == 10]
    assert found["severity"] == "info" and ("fox.md", 10) in related(found)


def test_a_passive_of_another_than_who_acted_is_another_act():
    """Reid praised on Tuesday is not McConnell's scolding of Reid on Wednesday, though the
    clauses share three names and two words: the passive's subject did not act in the
    other. Reid sworn in and Reid taking office are one act, in two voices."""
    praised = dated_facts("a.md", _FRIDAY, "Senate Majority Leader Harry Reid was praised "
                          "Tuesday about the budget deal.")
    scolded = dated_facts("b.md", _FRIDAY, "Mitch McConnell scolded Senate Majority Leader "
                          "Harry Reid Wednesday about the budget deal.")
    assert keyed_conflicts([praised, scolded]) == []
    sworn = dated_facts("a.md", _FRIDAY, "Senate Majority Leader Harry Reid was sworn in "
                        "Tuesday for a fifth term in the chamber.")
    took = dated_facts("b.md", _FRIDAY, "Senate Majority Leader Harry Reid took office "
                       "Wednesday for a fifth term in the chamber.")
    (conflict,) = keyed_conflicts([sworn, took])
    assert not sure(conflict)


def test_two_plans_of_one_announcement_are_one_act_on_real_copy(tmp_path, run_json):
    """Fox: Michael Steele "will speak with RNC members Monday evening in which he is
    expected to announce a decision about whether to make another run"; the Times: "will
    take a new turn on Monday when Michael Steele announces whether he plans to step down".
    Both are plans told the same day, of the same names and words: Fox moved to Thursday is
    flagged, as info."""
    folder = article_copy(tmp_path, STEELE, ["fox.md", "nyt.md"])
    _, before = run_json(str(folder), "--select", "NL502")
    assert not [d for d in before if d["line"] == 10]
    edit_line(folder, "fox.md", 10, "RNC members Monday evening", "RNC members Thursday evening")
    _, after = run_json(str(folder), "--select", "NL502")
    (found,) = [d for d in after if d["line"] == 10]
    assert found["severity"] == "info"
    assert {found["path"].rsplit("/", 1)[-1], *(p for p, _ in related(found))} == {
        "fox.md", "nyt.md"}


def test_a_plan_and_an_act_or_fewer_names_are_two_happenings():
    """The same three names and two words: "will meet ... Tuesday" (a plan, compared only
    with plans) and "talked ... Wednesday" are two happenings; two shared names are too
    few; a clause whose actor is another tells another act."""
    plan_act = (dated_facts("a.md", _FRIDAY, "Senate Majority Leader Harry Reid will meet "
                            "Republican leaders Tuesday to discuss the budget deal."),
                dated_facts("b.md", _FRIDAY, "Senate Majority Leader Harry Reid talked with "
                            "Republican leaders Wednesday about the budget deal."))
    two_names = (dated_facts("a.md", _FRIDAY, "Harry Reid chaired talks Tuesday about the "
                             "budget deal."),
                 dated_facts("b.md", _FRIDAY, "Harry Reid held a session Wednesday about "
                             "the budget deal."))
    other_actor = (dated_facts("a.md", _FRIDAY, "Senate Majority Leader Harry Reid chaired "
                               "talks Tuesday about the budget deal with Mitch McConnell."),
                   dated_facts("b.md", _FRIDAY, "Mitch McConnell held a session Wednesday "
                               "about the budget deal with Senate Majority Leader Harry "
                               "Reid."))
    for pair in (plan_act, two_names, other_actor):
        assert keyed_conflicts(list(pair)) == []
    same = (dated_facts("a.md", _FRIDAY, "Senate Majority Leader Harry Reid chaired talks "
                        "Tuesday about the budget deal."),
            dated_facts("b.md", _FRIDAY, "Senate Majority Leader Harry Reid held a session "
                        "Wednesday about the budget deal."))
    (conflict,) = keyed_conflicts(list(same))
    assert not sure(conflict)
