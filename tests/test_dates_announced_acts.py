"""The day of an announcement and the day of the act it tells (facts/event_acts.py,
index/date_agreement.py `announced_act_agreement`): "his resignation letter Tuesday" and
"resigned Thursday" of one doer are one act's days, as info."""

from __future__ import annotations

import datetime as dt

from dated import dated_facts
from newslint.facts.event_key import event_key
from newslint.index.date_conflicts import keyed_conflicts, sure
from realcopy import article_copy, edit_line

MATTIS = "2018-james-mattis-quits-as-defense-secretary"
FARENTHOLD = "2018-blake-farenthold-resigns-from-congress"
_FRIDAY = dt.date(2025, 3, 14)


def _act(sentence: str, date: str) -> str | None:
    start = sentence.index(date)
    key = event_key(sentence, 0, len(sentence), start, start + len(date))
    assert key is not None
    return key.act


def test_the_act_an_announcement_tells():
    assert _act("In his resignation letter Tuesday, Mattis, 68, had said he would stay.",
                "Tuesday") == "resignation"
    assert _act("Mattis sent a letter Thursday announcing his resignation.",
                "Thursday") == "resignation"
    assert _act("Farenthold announced Thursday that he is resigning.", "Thursday") == "resign"
    assert _act("Rep. Blake Farenthold (R-Texas) is resigning from Congress, he announced "
                "Thursday in a statement and accompanying video.", "Thursday") == "resign"


def test_no_act_for_a_letter_about_something_else_or_another_persons_act():
    """A letter whose sentence goes on to another clause tells no act; nor an announcement
    whose complement or reported clause names another doer than the announcer."""
    assert _act("In a letter Tuesday, Mattis said he would stay.", "Tuesday") is None
    assert _act("Trump announced Thursday that Mattis is resigning.", "Thursday") is None
    assert _act("Farenthold is resigning from Congress, Trump announced Thursday.",
                "Thursday") is None
    assert _act("He announced Thursday in a statement that the budget is final.",
                "Thursday") is None


def _conflicts(first: str, second: str):
    return keyed_conflicts([dated_facts("a.md", _FRIDAY, first),
                            dated_facts("b.md", _FRIDAY, second)])


def test_a_resignation_letter_dates_its_writers_resignation():
    (conflict,) = _conflicts(
        "In his resignation letter Tuesday, Mattis, 68, had said he would remain in his role.",
        "Defense Secretary Jim Mattis resigned Thursday in protest of the decision.")
    assert not sure(conflict)


def test_an_announcement_of_another_persons_act_dates_nothing_of_it():
    assert _conflicts("President Trump announced Tuesday that Jim Mattis is resigning.",
                      "Defense Secretary Jim Mattis resigned Thursday in protest.") == []
    assert _conflicts("In a letter Tuesday, Jim Mattis said he would remain in his role.",
                      "Defense Secretary Jim Mattis resigned Thursday in protest.") == []
    # whose letter it is is not told when the clause names two people
    assert _conflicts("In his resignation letter Tuesday, Brett McGurk praised Jim Mattis.",
                      "Defense Secretary Jim Mattis resigned Thursday in protest.") == []


def test_an_announcement_of_an_act_on_some_object_dates_no_other_mention_of_that_verb():
    """A statement, letter or announcement of an act that takes an object may be about
    another matter than the other article's act of the same verb."""
    assert _conflicts("Susan Collins released a statement Monday opposing the nominee for "
                      "the appeals court.",
                      "Susan Collins opposed the tax bill on Wednesday, saying it would add "
                      "to the deficit.") == []
    assert _conflicts("Speaker Nancy Pelosi issued a statement Monday criticizing the court "
                      "ruling on asylum.",
                      "Speaker Nancy Pelosi criticized the administration Wednesday during a "
                      "visit to a detention center in Texas.") == []
    assert _conflicts("Nancy Pelosi sent a letter Tuesday inviting the president to deliver "
                      "the State of the Union address.",
                      "Nancy Pelosi invited the president on Thursday to meet the new "
                      "Democratic committee chairs.") == []
    assert _conflicts("Bernie Sanders announced Monday that he is endorsing Tim Canova in his "
                      "primary against Debbie Wasserman Schultz.",
                      "Bernie Sanders endorsed Hillary Clinton on Tuesday at a rally in New "
                      "Hampshire.") == []


def test_an_act_still_to_come_or_done_to_the_announcer_is_not_dated_by_the_announcement():
    assert _act("Justice Anthony Kennedy announced Wednesday that he is retiring from the "
                "Supreme Court at the end of next month.", "Wednesday") is None
    assert _act("Anthony Kennedy is retiring at the end of July, he announced Wednesday.",
                "Wednesday") is None
    assert _conflicts("Justice Anthony Kennedy announced Wednesday that he is retiring from "
                      "the Supreme Court at the end of next month.",
                      "Justice Anthony Kennedy retired Friday after his final day of sitting "
                      "with the court, aides said.") == []
    assert _conflicts("Anthony Kennedy is retiring at the end of July, he announced "
                      "Wednesday.",
                      "Anthony Kennedy retired Friday from the appeals court bar "
                      "association's board, his clerk said.") == []
    assert _conflicts("Ana Ruiz announced Tuesday that she had been fired as campaign "
                      "manager by the Smith campaign.",
                      "Ana Ruiz fired her deputy on Thursday, two days before her own "
                      "dismissal was made public.") == []
    assert _conflicts("Roy Moore announced Monday that he was rejected by the state party "
                      "for the nomination.",
                      "Roy Moore rejected calls to drop out of the race on Wednesday.") == []


def test_a_resignation_letter_moved_to_another_weekday_on_real_copy(tmp_path, run_json):
    """Fox (published Sunday): "In his resignation letter Thursday, Mattis, 68, had said";
    the Times: Mattis "resigned Thursday in protest". Fox moved to Tuesday is flagged
    (info), the Times' paragraph related."""
    folder = article_copy(tmp_path, MATTIS)
    _, before = run_json(str(folder), "--select", "NL502")
    assert not [d for d in before if d["line"] == 20]
    edit_line(folder, "fox.md", 20, "resignation letter Thursday", "resignation letter Tuesday")
    _, after = run_json(str(folder), "--select", "NL502")
    (found,) = [d for d in after if d["path"].endswith("fox.md") and d["line"] == 20]
    assert found["severity"] == "info"
    assert ("nyt.md", 10) in {(r["path"].rsplit("/", 1)[-1], r["line"])
                              for r in found["related"]}


def test_a_reported_resignation_moved_to_another_weekday_on_real_copy(tmp_path, run_json):
    """HuffPost: Farenthold "is resigning from Congress, he announced Friday in a statement";
    Fox and the Times: he "resigned from Congress on Friday". HuffPost moved to Tuesday is
    flagged (info)."""
    folder = article_copy(tmp_path, FARENTHOLD)
    _, before = run_json(str(folder), "--select", "NL502")
    assert not [d for d in before if d["line"] == 12]
    edit_line(folder, "hpo.md", 12, "he announced Friday", "he announced Tuesday")
    _, after = run_json(str(folder), "--select", "NL502")
    (found,) = [d for d in after if d["path"].endswith("hpo.md") and d["line"] == 12]
    assert found["severity"] == "info"
