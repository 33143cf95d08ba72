"""A date's tense is read from its own clause: the clause of a relative or reported clause
after it ("a plan that will reopen", "that it would close") does not make it future."""

from __future__ import annotations

import datetime as dt

from dated import dated_facts
from realcopy import paragraph


def _dates(body: str, published: dt.date):
    return dated_facts("a.md", published, body).dates


def _only(body: str, published: dt.date, weekday: str):
    found = [m for m in _dates(body, published) if m.text == weekday]
    assert len(found) == 1, found
    return found[0]


def test_announced_friday_a_plan_that_will_reopen_is_last_friday():
    # HuffPost, Friday 25 January 2019: the announcement is that day, not a week later.
    body = paragraph("2019-donald-trump-announces-end-to-government-shutdow", "hpo.md", 10)
    mention = _only(body, dt.date(2019, 1, 25), "Friday")
    assert mention.tense == "past"
    assert mention.start == dt.date(2019, 1, 25)


def test_a_relative_clause_with_would_leaves_the_verb_before_it_past():
    body = ("The utility's board approved Monday a merger that would create the largest "
            "power company in the state.")
    mention = _only(body, dt.date(2019, 3, 7), "Monday")  # a Thursday
    assert mention.tense == "past"
    assert mention.start == dt.date(2019, 3, 4)


def test_reported_speech_dates_the_saying():
    body = "The mayor said Tuesday that the bridge would stay closed until the spring."
    mention = _only(body, dt.date(2019, 3, 7), "Tuesday")
    assert mention.start == dt.date(2019, 3, 5)


def test_a_future_verb_in_the_dates_own_clause_is_still_future():
    body = "The company will announce Friday a plan that cut 300 jobs last year."
    mention = _only(body, dt.date(2019, 3, 7), "Friday")
    assert mention.tense == "future"
    assert mention.start == dt.date(2019, 3, 8)


def test_the_tense_nearest_before_the_date_in_its_clause_decides():
    # "said ... would be held Tuesday": the vote is ahead; "was expected to" is a plan.
    published = dt.date(2019, 3, 7)
    said = _only("Trump said the vote would be held Tuesday in the Senate.", published,
                 "Tuesday")
    assert said.tense == "future" and said.start == dt.date(2019, 3, 12)
    expected = _only("The governor was expected to sign the bill Tuesday.", published,
                     "Tuesday")
    assert expected.tense == "future"


def test_a_silent_clause_takes_the_sentences_main_verb():
    # Fox News, 2018-12-23: the letter was Thursday's; "had said he would" is reported.
    body = paragraph("2018-james-mattis-quits-as-defense-secretary", "fox.md", 20)
    mention = _only(body, dt.date(2018, 12, 23), "Thursday")
    assert mention.tense == "past"
    assert mention.start == dt.date(2018, 12, 20)


def test_a_possessive_weekday_dates_its_noun_by_the_verb_that_governs_it():
    """The Times, Friday 13 July 2018: Republicans "steered clear of discussing whether Mr.
    Trump should cancel Monday’s meeting in Helsinki", and Mr. Royce called Friday for Mr.
    Trump "to challenge" Mr. Putin "at Monday’s summit meeting": a meeting still to come,
    the 16th, not the Monday before (the past tense around it governs the discussing, not
    the meeting). What a past verb did at "Thursday's" event stays in the past."""
    event, published = "2018-democrats-say-trump-should-cancel-putin-meeting", \
        dt.date(2018, 7, 13)
    for line in (36, 42):
        found = _only(paragraph(event, "nyt.md", line), published, "Monday")
        assert found.start == dt.date(2018, 7, 16), line
        assert found.head_text in ("meeting", "summit")
    past = _only("Senators who skipped Thursday's vote said they would return.",
                 published, "Thursday")
    assert past.start == dt.date(2018, 7, 12) and past.head_text == "vote"
    canceled = _only("The White House canceled Monday's briefing.", published, "Monday")
    assert canceled.start == dt.date(2018, 7, 16)


def test_a_possessive_weekday_owns_the_noun_after_it_not_a_verb_or_a_name():
    """Fox, 29 August 2013: "Thursday’s announcement comes on the heels of a historic
    decision": the announcement's date, not what comes. A name that owns ("TGI Friday's")
    or a title ("Monday's Child", tests/test_dates_table.py) is no date."""
    body = paragraph("2013-legally-married-same-sex-couples-will-now-be-all", "fox.md", 12)
    found = _only(body, dt.date(2013, 8, 29), "Thursday")
    assert found.head_text == "announcement" and found.start == dt.date(2013, 8, 29)
    assert not [m for m in _dates("Diners packed TGI Friday's on Main Street.",
                                  dt.date(2013, 8, 29)) if m.key.startswith("weekday")]


def test_a_weekday_governed_by_a_modal_a_prospective_verb_or_a_when_clause_is_ahead():
    """The Times, Friday 13 July 2018: senators urged the president to get tough with Mr.
    Putin "when they meet on Monday" and Democrats called for Mr. Trump "to cancel the
    Monday session": both the Helsinki summit of the 16th, not the Monday before. A vote's
    day after an infinitive, a past "when" clause and a verb's adverb stay in the past."""
    event, published = "2018-democrats-say-trump-should-cancel-putin-meeting", \
        dt.date(2018, 7, 13)
    for line, head in ((14, "meet"), (22, "cancel")):
        found = _only(paragraph(event, "nyt.md", line), published, "Monday")
        assert (found.start, found.head_text) == (dt.date(2018, 7, 16), head), line
    ahead = _only("Republicans said Mr. Trump should meet Mr. Putin on Monday in Helsinki.",
                  published, "Monday")
    assert ahead.start == dt.date(2018, 7, 16)
    for body in ("The House voted to approve the bill Monday.",
                 "When they met on Monday, Mr. Trump praised Mr. Putin.",
                 "The Senate postponed the vote Monday, Mr. McConnell said."):
        (found,) = [m for m in _dates(body, published) if "Monday" in m.text]
        assert found.start == dt.date(2018, 7, 9), body
