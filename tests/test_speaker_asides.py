"""A speaker phrase read past what stands inside it: an aside between dashes before the verb
(`Jerrold Nadler, ... Committee — where any inquiry must begin — said`), and an office split
at "of" (`Former Speaker of the House Newt Gingrich`)."""

from __future__ import annotations

from realcopy import paragraph
from test_quotes import quotes_of

TLAIB = "2019-democrats-react-to-rashida-tlaib-s-comments"
SHOOTING = "2017-rare-comity-at-capitol-after-shooting-doesn-t-la"


def keys(text: str) -> list[str | None]:
    return [q.speaker_key for q in quotes_of(text)]


def test_an_aside_between_dashes_is_not_part_of_the_speaker():
    assert keys(paragraph(TLAIB, "nyt.md", 36) + "\n") == ["Jerrold Nadler"] * 2


def test_an_aside_between_dashes_written():
    text = ("“We will not wait any longer,” Maria Soto, the mayor of Dayton and the head of "
            "its budget board — which meets again in May — told reporters.\n")
    assert keys(text) == ["Maria Soto"]


def test_an_office_split_at_of_titles_the_person():
    """`Former Speaker of the House Newt Gingrich lauded ...` then `He said ...` and `"...,"
    he said`: Gingrich, not the congressman quoted in the paragraph before."""
    text = "\n\n".join(paragraph(SHOOTING, "fox.md", n) for n in (34, 36, 38)) + "\n"
    assert keys(text) == ["Mike Doyle", *["Newt Gingrich"] * 3]


def test_an_office_split_at_of_written():
    text = ("Ana Ruiz spoke first. Former Secretary of State Paul Weston took the stage "
            "after her.\n\n“We are not done yet,” he said.\n")
    assert keys(text) == ["Paul Weston"]
