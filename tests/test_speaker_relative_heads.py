"""The head of a subject speaks, past what is said about it: a name that opens a subject
with several appositives ("Elliott Maynard, a Republican trying to unseat ..., a Democrat,
..., said"), a relative clause opened by "whose", and the antecedent of "who said"."""

from __future__ import annotations

from realcopy import paragraph
from test_quotes import quotes_of

MOSQUE = "2010-republican-congressional-candidates-dispute-plan"
STONE = "2019-roger-stone-has-been-indicted-by-mueller"


def keys(text: str) -> list[str | None]:
    return [q.speaker_key for q in quotes_of(text)]


def test_name_opening_a_subject_of_appositives_speaks():
    """`"...," Elliott Maynard, a Republican trying to unseat Representative Nick J. Rahall
    II, a Democrat, in West Virginia's Third District, said`: Maynard, not "Democrat"."""
    assert keys(paragraph(MOSQUE, "nyt.md", 18) + "\n") == ["Elliott Maynard"] * 2


def test_whose_clause_between_subject_and_verb():
    """`Mr. Nadler, whose view is that ..., said, "..."`: Nadler's words."""
    text = paragraph(MOSQUE, "nyt.md", 36) + "\n\n" + paragraph(MOSQUE, "nyt.md", 38) + "\n"
    assert keys(text) == ["Jerrold Nadler"]


def test_who_said_takes_its_antecedent():
    """`even from President Trump, who said "..." and questioned "..."`: Trump's words."""
    assert keys(paragraph(STONE, "fox.md", 30) + "\n") == ["Trump", "Trump"]


def test_written_examples_of_the_same_shapes():
    text = ("“The pier must close,” Ana Ruiz, a fisher who sued Mayor Tom Ward, a Democrat, "
            "in Harbor County, said on Monday.\n\n"
            "Dr. Lee Chan, whose clinic stands by the pier, said, “We will stay open all "
            "winter.”\n\n"
            "The vote drew a reply from Gov. Mary Hill, who said “the port stays open for "
            "every boat in the bay.”\n")
    assert keys(text) == ["Ana Ruiz", "Lee Chan", "Mary Hill"]


def test_subject_after_a_fronted_clause_with_a_suffixed_name():
    """`A day before Mr. Stone and Mr. Bannon emailed ..., Donald Trump Jr. exchanged
    messages ... and asked, "..."`: not Bannon, named in the clause that opens the
    sentence, but Trump Jr., a person with a generational suffix."""
    assert keys(paragraph(STONE, "nyt.md", 50) + "\n") == ["Donald Trump Jr"]


def test_written_example_of_a_fronted_clause():
    text = ("Hours after Ana Ruiz and Tom Ward met the board, Dale Hicks Jr. wrote to the "
            "council and asked, “Who approved the pier contract?”\n")
    assert keys(text) == ["Dale Hicks Jr"]


WEINER = "2011-weiner-denies-sending-photo"


def test_who_after_a_surname_or_an_epithet_that_opens_the_sentence():
    """`The congressman, who described the incident as "mischief," continued to allege
    ...`: "the congressman" is Weiner, named before; so is "Weiner, who described"."""
    text = "\n\n".join(paragraph(WEINER, "fox.md", n) for n in (10, 12)) + "\n"
    credits = [(q.text, q.speaker_key) for q in quotes_of(text)]
    assert ("mischief", "Anthony Weiner") in credits
    written = 'Weiner, who described the incident as "mischief," said more later.\n'
    assert keys(written) == ["Weiner"]


def test_who_after_a_thing_is_no_ones():
    """The near case: "The bill, which ..." and "The report, who ..." name no speaker."""
    text = 'The bill, which described the incident as "mischief," passed.\n'
    assert keys(text) in ([], [None])
