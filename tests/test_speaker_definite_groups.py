"""A "they" after a sentence whose subject is "the group" (or "the committee") reaches back
through it to the group the story named before, as it does through another "they"; never to
a person who is the subject there."""

from __future__ import annotations

from realcopy import paragraph
from test_quotes import quotes_of

_EVENT = "2019-house-intelligence-committee-demand-adam-schiff"


def test_they_after_the_group_is_the_group_named_before():
    """HuffPost: "In a letter dated Thursday, the GOP committee members accused Schiff ...
    The group even went so far as to link Schiff to ..." then ""...," they said"."""
    text = "\n\n".join(paragraph(_EVENT, "hpo.md", n) for n in (16, 18)) + "\n"
    keys = [(q.speaker, q.speaker_key) for q in quotes_of(text)]
    assert keys[0] == ("the GOP committee members", "GOP committee members")
    assert keys[1] == ("they", "GOP committee members")


_WRITTEN = (
    "On Thursday, Sen. Jane Morrow accused the governor of misleading voters about the "
    "budget. {second} even went so far as to call the plan a fraud.\n\n"
    "\u201cThis budget is a shell game played with the savings of working families,\u201d "
    "they said.\n"
)


def test_they_never_reaches_a_person_through_the_group():
    # the sentence before "the group" has a person as its subject: "they" is no one named
    keys = [q.speaker_key for q in quotes_of(_WRITTEN.format(second="The group"))]
    assert keys == [None]


def test_a_sentence_opened_by_another_noun_breaks_the_chain():
    written = ("Five Democratic senators criticized the governor on Thursday. The plan even "
               "went so far as to cut school lunches.\n\n"
               "\u201cThis budget is a shell game played with the savings of working "
               "families,\u201d they said.\n")
    assert [q.speaker_key for q in quotes_of(written)] == [None]
    chained = written.replace("The plan even went", "The group even went")
    assert [q.speaker_key for q in quotes_of(chained)] == ["Democratic senators"]
