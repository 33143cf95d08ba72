"""A speech verb as a text spinner writes it ("mentioned" for "said") dates a statement, as
the verb meant does, and a statement is its speaker's act: two statements by different
speakers, or a statement and another person's act, are two happenings."""

from __future__ import annotations

from newslint.facts.event_vocabulary import vocabulary
from newslint.index.date_agreement import statement_agreement
from realcopy import article_copy, edit_line
from test_dates_statements import _facts

FLYNN = "2017-house-intelligence-committee-prepares-to-subpoen"
LETTER = "2010-republicans-sign-letter-to-stop-legislature-unti"


def test_a_spun_speech_verb_is_a_statement_as_the_verb_meant():
    vocab = vocabulary()
    assert "mention" in vocab.routine and "mention" in vocab.statements
    # "is asking" stands for "is calling": a statement as a call is (rules/dates.yaml);
    # a spun form of a routine head that tells no statement stays no statement
    assert "ask" in vocab.routine and "ask" in vocab.statements and "call" in vocab.statements
    assert "clos" in vocab.routine and "clos" not in vocab.statements


def _lines(found: list[dict], file: str) -> set[int]:
    return {d["line"] for d in found if d["path"].endswith(file)}


def test_a_lawyer_s_statement_is_not_the_committee_s_on_real_copy(tmp_path, run_json):
    """HuffPost: "Flynn's lawyer said on Monday that Flynn would not comply with
    subpoenas"; Fox: "The leaders of the Senate intelligence committee said Tuesday they
    had subpoenaed two of ... Flynn's businesses". Spun to "mentioned", the lawyer's
    statement was taken for an act of its own and set against the committee's day."""
    folder = article_copy(tmp_path, FLYNN, ["fox.md", "hpo.md"])
    edit_line(folder, "hpo.md", 14, "lawyer said on Monday", "lawyer mentioned on Monday")
    _, found = run_json(str(folder), "--select", "NL502")
    assert 14 not in _lines(found, "hpo.md")


def test_reid_s_floor_remarks_are_not_mcconnell_s_on_real_copy(tmp_path, run_json):
    """HuffPost: Reid spoke "on the Senate floor on Tuesday"; the Times: the letter was
    "mentioned Wednesday on the Senate floor by the minority leader, Mitch McConnell".
    Spun ("mentioned Reid on the Senate floor on Tuesday"), two men's remarks on two days
    were one event."""
    folder = article_copy(tmp_path, LETTER, ["hpo.md", "nyt.md"])
    edit_line(folder, "hpo.md", 16, "said Reid on the Senate floor",
              "mentioned Reid on the Senate floor")
    _, found = run_json(str(folder), "--select", "NL502")
    assert 16 not in _lines(found, "hpo.md")


def test_a_statement_and_another_speaker_s_act_are_two_happenings():
    said = _facts("a.md", "Senator Jane Doe said Wednesday that the Senate will reopen the "
                          "government with a short-term spending bill.")
    act = _facts("b.md", "Speaker John Roe announced Friday a short-term spending bill "
                         "that will reopen the government, Senator Jane Doe's office said.")
    same = _facts("c.md", "Senator Jane Doe announced Friday a short-term spending bill "
                          "that will reopen the government.")
    a = next(m for m in said.dates if m.head)
    b = next(m for m in act.dates if m.head and m.head != a.head)
    c = next(m for m in same.dates if m.head)
    assert a.actors and b.actors and c.actors
    assert statement_agreement(a, b, (False, False)) == 0.0
    assert statement_agreement(a, c, (False, False)) > 0.0
