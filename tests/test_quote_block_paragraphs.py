"""A block quotation whose later paragraphs were not reopened with a mark (a post or a
report quoted at length, its line breaks kept) runs through the paragraphs without marks
up to the one its closing mark ends, also through one whose only marks are a quote nested in
it; each paragraph is a quote of the same speaker. An open
quote after a lead-in that ends its paragraph with a colon ("Politico reports:") is the
lead-in's subject's. A paragraph without marks after one left open, with no closing mark
after it, is the writer's."""

from __future__ import annotations

from realcopy import paragraph
from test_quotes import quotes_of

ETHERIDGE = "2010-rep-etheridge-apologizes-for-grabbing-a-young-ma"
NETANYAHU = "2012-benjamin-netanyahu-used-in-conservative-attack-a"
FLYNN = "2017-flynn-pleaded-guilty"


def _credits(event: str, file: str, *lines: int) -> list[tuple[str, str | None]]:
    text = "\n\n".join(paragraph(event, file, n) for n in lines) + "\n"
    return [(" ".join(q.text.split()[:2]), q.speaker_key) for q in quotes_of(text)]


def test_a_report_quoted_over_three_paragraphs_after_a_colon():
    assert _credits(NETANYAHU, "hpo.md", 12, 14, 16, 18) == [
        ("A Republican", "Politico"), ("Those markets", "Politico"),
        ("The pollster", "Politico")]


def test_a_tweet_quoted_over_four_paragraphs():
    found = _credits(FLYNN, "fox.md", 32, 34, 36, 38)
    assert [text for text, _ in found] == ["I had", "He has", "It is", "There was"]
    assert len({key for _, key in found}) == 1


def test_a_block_quotation_runs_through_a_paragraph_with_a_nested_quote():
    """`Mediaite ... argues ...:` then `"Now, Etheridge's actions ...`, `But little is known
    about these "students." ...` and `Which brings us back ... Capitol Hill."`."""
    found = _credits(ETHERIDGE, "hpo.md", 26, 28, 30, 32)
    assert found[-3:] == [("Now, Etheridge’s", "Mediaite"), ("But little", "Mediaite"),
                          ("Which brings", "Mediaite")]


def test_an_open_quote_with_no_closing_mark_later_does_not_run_on():
    text = ('Smith said: "We will appeal the ruling.\n\n'
            "The court meets again in May, when the judges will hear the case.\n\n"
            "The company's shares fell 3 percent on Tuesday.\n")
    assert [q.text for q in quotes_of(text)] == ["We will appeal the ruling."]
