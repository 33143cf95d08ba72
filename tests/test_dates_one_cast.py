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


def test_a_passive_with_a_doer_of_its_own_is_not_the_actives_act():
    """"Donald Trump was rebuked by Mitch McConnell and Chuck Schumer on Wednesday" is their
    act on Trump, not his "attacked Mitch McConnell and Chuck Schumer on Tuesday", though
    the passive's subject is who acted in the active and the clauses share four names and
    two words (the reviewer's case). Without a "by" phrase, Reid praised is still not Reid
    scolding McConnell, though the clauses share four names and two words: the active acts
    on someone the passive leaves out. The real copy's inauguration in two voices stays
    one act (test above)."""
    attacked = dated_facts("a.md", _FRIDAY, "Donald Trump attacked Mitch McConnell and "
                           "Chuck Schumer on Tuesday over the budget deal.")
    rebuked = dated_facts("b.md", _FRIDAY, "Donald Trump was rebuked by Mitch McConnell and "
                          "Chuck Schumer on Wednesday over the budget deal.")
    (passive,) = [m for m in rebuked.dates if m.text == "Wednesday"]
    assert passive.passive and passive.by_agent
    assert keyed_conflicts([attacked, rebuked]) == []
    praised = dated_facts("a.md", _FRIDAY, "Senate Majority Leader Harry Reid was praised "
                          "Tuesday about the budget deal.")
    scolding = dated_facts("b.md", _FRIDAY, "Senate Majority Leader Harry Reid scolded Mitch "
                           "McConnell Wednesday about the budget deal.")
    assert keyed_conflicts([praised, scolding]) == []


def test_a_passive_sworn_in_by_another_is_not_his_own_act():
    """Reid sworn in by Joe Biden is Biden's act on Reid: it is not Reid taking office,
    though without the "by" phrase the two voices tell one act (test above)."""
    sworn = dated_facts("a.md", _FRIDAY, "Senate Majority Leader Harry Reid was sworn in by "
                        "Joe Biden Tuesday for a fifth term in the chamber.")
    took = dated_facts("b.md", _FRIDAY, "Senate Majority Leader Harry Reid took office "
                       "Wednesday for a fifth term in the chamber.")
    assert keyed_conflicts([sworn, took]) == []


def test_two_steps_the_lexicon_keeps_apart_are_two_acts():
    """McConnell and Schumer "unveiled the budget deal on Wednesday" and "passed their
    budget deal on Thursday", with Trump and Ryan in both: four shared names and three
    shared words, but "unveiled" is a release and "passed" a vote in rules/dates.yaml, two
    steps of one deal (the reviewer's case). Two verbs the lexicon knows nothing of
    ("assumed the nation's highest office", "took the oath of office") stay one act on the
    real copy (test_an_oath_and_an_office_assumed_are_one_act_on_real_copy)."""
    unveiled = dated_facts("a.md", _FRIDAY, "Mitch McConnell and Chuck Schumer unveiled the "
                           "budget deal on Wednesday, with the support of Donald Trump and "
                           "Paul Ryan.")
    passed = dated_facts("b.md", _FRIDAY, "Mitch McConnell and Chuck Schumer passed their "
                         "budget deal on Thursday in the Senate, with Donald Trump and Paul "
                         "Ryan in support.")
    assert keyed_conflicts([unveiled, passed]) == []
    launched = dated_facts("b.md", _FRIDAY, "Mitch McConnell and Chuck Schumer launched "
                           "their budget deal on Thursday in the Senate, with Donald Trump "
                           "and Paul Ryan in support.")
    (conflict,) = keyed_conflicts([unveiled, launched])  # one release: one act
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
