"""A date that opens its sentence and goes on to an event noun, with no verb near ("And on
Wednesday, in a speech before the Council on Foreign Relations, Senator Rubio ..."), is
keyed by that noun (facts/event_key.py); a verb near it still comes first, and a date
after its verb never reaches on to a noun."""

from __future__ import annotations

from findings import graded_places, related
from newslint.facts.event_key import event_key
from realcopy import article_copy, edit_line, paragraph

_RUBIO = "2015-marco-rubio-announces-his-foreign-policy"


def _head(sentence: str, date: str) -> str | None:
    start = sentence.index(date)
    key = event_key(sentence, 0, len(sentence), start, start + len(date))
    return key.head_text if key is not None else None


def test_an_opening_date_reaches_on_to_its_event_noun():
    assert _head("And on Tuesday, in a speech before the Chamber of Commerce in Denver, "
                 "Governor Jane Miller, a Democrat, laid out her plan.", "Tuesday") == "speech"


def test_a_verb_comes_first_and_a_date_after_its_verb_keeps_it():
    assert _head("On Thursday, the State Department released a report on the attack.",
                 "Thursday") == "released"
    assert _head("The governor spoke on Tuesday, in a speech before the Chamber of "
                 "Commerce.", "Tuesday") == "spoke"


def test_the_opening_noun_on_real_copy(tmp_path, run_json):
    """The Times opens with the day of Rubio's foreign-policy speech, Fox has it after "his
    speech at the Council on Foreign Relations"; a day changed in the Times is found (info),
    untouched they agree."""
    assert _head(paragraph(_RUBIO, "nyt.md", 12), "Wednesday") == "speech"
    folder = article_copy(tmp_path, _RUBIO)
    _, untouched = run_json(str(folder), "--select", "NL502")
    assert untouched == []
    edit_line(folder, "nyt.md", 12, "on Wednesday", "on Tuesday")
    _, diagnostics = run_json(str(folder), "--select", "NL502")
    assert graded_places(diagnostics) == [("nyt.md", 12, "info")]
    assert related(diagnostics[0]) == [("fox.md", 12)]
