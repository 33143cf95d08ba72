"""A date a schedule governs is the date of what it schedules (facts/event_schedule.py):
two such dates of one noun in one story are one event (index/date_schedule.py), surely
when they share a name, at info when they do not; the names owning two scheduled nouns
keep two events apart, and a paragraph that tells of the event moved keeps its date out."""

from __future__ import annotations

from findings import graded_places, related
from newslint.facts.event_key import event_key
from newslint.facts.event_schedule import moved, paragraph_names
from realcopy import article_copy, edit_line, paragraph

_JACKSON = "2013-jackson-pleads-guilty-over-illegal-campaign-spen"
_NETANYAHU = "2015-netanyahu-plans-to-deliver-a-speech-to-congress"


def _key(sentence: str, date: str):
    start = sentence.index(date)
    key = event_key(sentence, 0, len(sentence), start, start + len(date))
    assert key is not None
    return key


def test_the_three_shapes_of_a_schedule():
    noun = _key("The hearing, scheduled for March 3, was arranged by the committee chairman.",
                "March 3")
    assert (noun.head_text, noun.scheduled) == ("hearing", True)
    verb = _key("The judge, Anne Miller, is scheduled to sentence Mr. Hale on June 25.",
                "June 25")
    assert (verb.head_text, verb.scheduled, verb.owners) == ("sentence", True,
                                                             ("anne", "miller"))
    taken = _key("The judge set the sentencing for June 28 at 2 p.m.", "June 28")
    assert (taken.head_text, taken.scheduled) == ("sentencing", True)
    owned = _key("Critics pressed on Hale's speech, set for March 3.", "March 3")
    assert (owned.scheduled, owned.owners) == (True, ("hale",))


def test_a_verb_and_its_particle_or_a_plain_past_schedule_nothing():
    assert not _key("The group's shift set off debate in Washington on Friday.",
                    "Friday").scheduled
    assert not _key("The committee held a hearing on March 3.", "March 3").scheduled
    assert not _key("Mr. Hale's speech was set up on a stage in Denver on Tuesday.",
                    "Tuesday").scheduled


def test_a_move_and_the_names_of_a_paragraph():
    assert moved("The vote, originally scheduled for Tuesday, will be held Thursday.")
    assert moved("The sentencing was pushed back to July.")
    assert not moved("The vote is scheduled for Tuesday.")
    assert paragraph_names("The judge set the sentencing for June 28. Mr. Hale will be "
                           "free until then, said Judge Anne Miller.") == ("anne", "hale",
                                                                          "miller")


def test_the_sentencing_on_real_copy(tmp_path, run_json):
    """The Post has the judge set the sentencing for June 28, the Times the judge scheduled
    to sentence Mr. Jackson on June 28: untouched they agree; a day changed in the Times
    is one sentencing dated twice, and they share Jackson's name (a warning)."""
    assert _key(paragraph(_JACKSON, "hpo.md", 20), "June 28").scheduled
    folder = article_copy(tmp_path, _JACKSON)
    _, untouched = run_json(str(folder), "--select", "NL501")
    assert untouched == []
    edit_line(folder, "nyt.md", 12, "on June 28", "on June 25")
    _, diagnostics = run_json(str(folder), "--select", "NL501")
    assert graded_places(diagnostics) == [("nyt.md", 12, "warning")]
    assert related(diagnostics[0]) == [("hpo.md", 20)]


def test_the_speech_on_real_copy(tmp_path, run_json):
    """Fox has "Netanyahu's speech, set for March 3", the Times "The speech, scheduled for
    March 3": no name shared, one speech of the story (info)."""
    folder = article_copy(tmp_path, _NETANYAHU)
    _, untouched = run_json(str(folder), "--select", "NL501")
    assert untouched == []
    edit_line(folder, "fox.md", 18, "set for March 3", "set for March 6")
    _, diagnostics = run_json(str(folder), "--select", "NL501")
    found = sorted((d["path"].rsplit("/", 1)[-1], d["line"], d["severity"])
                   for d in diagnostics)
    assert found in ([("fox.md", 18, "info")], [("nyt.md", 16, "info")])


_FRONT = '---\ntitle: "{title}"\nsource: "{source}"\ndate: "2021-03-01"\n---\n\n'


def _story(corpus, first: str, second: str):
    return corpus({
        "wire.md": _FRONT.format(title="Senate to take up the bill", source="Wire") + first,
        "daily.md": _FRONT.format(title="Bill heads to a vote", source="Daily") + second,
    })


def test_two_scheduled_events_of_one_noun_stay_apart(corpus, run_json):
    """The House vote and a vote in the Senate are two votes, whatever their days."""
    folder = _story(
        corpus,
        "The House vote, scheduled for March 9, is expected to be close, aides to Speaker "
        "Tom Ward said.\n",
        "A vote in the Senate is set for March 11, said Senator Ruth Cole, a sponsor of the "
        "measure.\n")
    _, diagnostics = run_json(str(folder), "--select", "NL5")
    assert diagnostics == []


def test_a_rescheduled_event_stays_apart(corpus, run_json):
    """"originally scheduled for March 9" tells of two dates of one hearing."""
    same = _story(
        corpus,
        "The hearing, originally scheduled for March 9, will now take place later, said "
        "Senator Ruth Cole.\n",
        "The hearing, scheduled for March 11, will hear from Senator Ruth Cole first.\n")
    _, diagnostics = run_json(str(same), "--select", "NL5")
    assert diagnostics == []


def test_a_scheduled_weekday_and_a_sentence_that_names_no_one(corpus, run_json):
    """"set for Tuesday" and "scheduled for Thursday" of one vote: the weekday rule's. The
    Daily's sentence names no one; its paragraph names Cole, as the Wire's sentence does,
    and a shared name makes it sure."""
    folder = _story(
        corpus,
        "The Senate vote, set for Tuesday, is expected to be close, Senator "
        "Ruth Cole said.\n",
        "Aides were counting heads all weekend. The vote is scheduled for Thursday. Ms. Cole "
        "said she was confident.\n")
    _, diagnostics = run_json(str(folder), "--select", "NL5")
    assert [(d["code"], d["severity"]) for d in diagnostics] == [("NL502", "warning")]


def test_one_of_a_series_singled_out_on_one_side_stays_apart(corpus, run_json):
    """"A second hearing is set for March 17" is not the hearing "scheduled for March 3";
    without "second", the two dates of one hearing are a note."""
    first = "A public hearing on the request is scheduled for March 3 in Portland.\n"
    second = ("Consumer groups said they would oppose the request. A second hearing is set "
              "for March 17 in Medford.\n")
    _, diagnostics = run_json(str(_story(corpus, first, second)), "--select", "NL5")
    assert diagnostics == []
    _, diagnostics = run_json(str(_story(corpus, first, second.replace("A second", "A"))),
                              "--select", "NL5")
    assert [d["severity"] for d in diagnostics] == ["info"]
