"""Speakers read from the structure of a sentence: an appositive that holds an abbreviation,
a place after a name ("Senator Chuck Schumer of New York"), an adverb between a subject and
its verb. Pinned on real dev and unlabelled paragraphs, with the near cases that must not
change."""

from __future__ import annotations

from realcopy import paragraph
from test_quotes import quotes_of


def _quotes(event: str, file: str, line: int):
    return quotes_of(paragraph(event, file, line) + "\n")


def test_a_role_goes_on_past_an_abbreviation():
    """"said Jim Manley, a top adviser to Mr. Reid.": the role is not cut at "Mr."."""
    quotes = _quotes("2010-republican-congressional-candidates-dispute-plan", "nyt.md", 14)
    assert quotes[0].speaker_key == "Jim Manley"
    assert quotes[0].speaker_role == "top adviser to Mr. Reid"


def test_a_role_still_ends_at_the_sentence_end():
    quotes = quotes_of("“We will appeal,” said Jane Doe, a lawyer for Acme Corp. The judge "
                       "left.\n")
    assert quotes[0].speaker_key == "Jane Doe"
    assert quotes[0].speaker_role == "lawyer for Acme Corp"
