"""A word that opens a sentence before its comma ("Instead, he laid out ...") is no
speaker: the clause's subject is the pronoun after it, resolved as any "he"."""

from __future__ import annotations

from realcopy import paragraph
from test_quotes import quotes_of

INAUGURATED = "2017-donald-trump-is-inaugurated"


def _keys(text: str) -> dict[str, str | None]:
    return {q.text.rstrip(",."): q.speaker_key for q in quotes_of(text)}


def test_an_opening_adverb_is_no_speaker_on_real_copy():
    """"Instead, he laid out a protectionist agenda, saying his rule will be "buy American
    and hire American." He did pledge to "eradicate ..."": Mr. Trump's words, not a person
    called "Instead"."""
    text = paragraph(INAUGURATED, "nyt.md", 68) + "\n\n" + paragraph(INAUGURATED, "nyt.md",
                                                                     70) + "\n"
    keys = _keys(text)
    assert keys["buy American and hire American"] == "Trump"
    assert keys["eradicate from the face of the Earth"] == "Trump"


def test_an_opening_adverb_written():
    text = ("Gov. Dana Whitfield spoke for twenty minutes on Tuesday.\n\n"
            "Instead, she outlined a spending freeze, saying the state would “live within "
            "its means.”\n")
    assert _keys(text)["live within its means"] == "Dana Whitfield"


def test_an_appositive_is_still_skipped():
    text = ("Mark Ellis, a longtime critic of the plan, issued a statement, calling it "
            "“a costly mistake.”\n")
    assert _keys(text)["a costly mistake"] == "Mark Ellis"
