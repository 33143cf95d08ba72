"""Reported speech and its epithets: "the lawmaker" after a lawmaker is named stands for
them, as "the congressman" does; quoted words that end in a comma or a stop ("an "act of
terror," though ...") are the speaker's phrase, not a name modifying the noun after them
(`a "place of residence" standard`)."""

from __future__ import annotations

from realcopy import paragraph
from test_quotes import quotes_of

ETHERIDGE = "2010-rep-etheridge-apologizes-for-grabbing-a-young-ma"
ORLANDO = "2016-trump-criticizes-obama-and-clinton-over-orlando"


def _credits(event: str, file: str, *lines: int) -> list[tuple[str, str | None]]:
    text = "\n\n".join(paragraph(event, file, n) for n in lines) + "\n"
    return [(q.text, q.speaker_key) for q in quotes_of(text)]


def test_the_lawmaker_is_the_lawmaker_named_before():
    """`North Carolina Rep. Bob Etheridge ..., the lawmaker said he is "profoundly" sorry`."""
    assert _credits(ETHERIDGE, "fox.md", 10) == [("profoundly", "Bob Etheridge")]


def test_a_phrase_ended_by_its_comma_is_reported_speech():
    """`Obama, speaking from the White House on Sunday, said the nightclub massacre ... is
    being investigated as an "act of terror," though did not say ...`: Obama's words."""
    assert _credits(ORLANDO, "fox.md", 16) == [("act of terror", "Obama")]


def test_quoted_words_before_their_noun_still_name_a_thing():
    text = 'The court threw out a "place of residence" standard the county used.\n'
    assert [q.speaker_key for q in quotes_of(text)] in ([], [None])
