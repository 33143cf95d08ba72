"""The subject of the clause that quotes the words is their speaker, past what stands
between it and its verb: each shape pinned on its real dev paragraph and on a passage of
the same shape written in the style of wire copy."""

from __future__ import annotations

from realcopy import paragraph
from test_quotes import quotes_of


def _keys(text: str) -> list[str | None]:
    return [q.speaker_key for q in quotes_of(text)]


# --- a party tag before an appositive ------------------------------------------------------

def test_a_party_tag_then_an_appositive_keeps_the_name():
    """"In a letter to ..., Rep. Trey Gowdy (R-S.C.), the committee chairman, said the
    committee ... pertaining to “...”": Gowdy's words."""
    text = paragraph("2015-benghazi-committee-wants-to-interview-clinton-ab", "hpo.md", 12)
    assert _keys(text + "\n")[-1] == "Trey Gowdy"


def test_a_party_tag_then_an_appositive_written():
    text = ("In a memo to the staff, Sen. Maria Ortiz (D-N.M.), the panel’s ranking member, "
            "said the panel would not meet again this year and would instead turn to matters "
            "of “greater urgency to voters.”\n")
    assert _keys(text) == ["Maria Ortiz"]


# --- "even" between a subject and its verb -------------------------------------------------

def test_even_stands_between_the_subject_and_the_verb():
    """"During a press conference Monday, President Obama even acknowledged that the country
    now knows that “...”": Obama's words."""
    text = paragraph("2013-e-mails-show-jostling-over-benghazi-talking-poin", "fox.md", 14)
    assert (_keys(text + "\n")[-1] or "").endswith("Obama")


def test_even_written():
    text = ("At a rally on Friday, Gov. Dan Kline even conceded that the plan was "
            "“far from perfect.”\n")
    assert _keys(text) == ["Dan Kline"]
