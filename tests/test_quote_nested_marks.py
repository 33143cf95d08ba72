"""A quotation inside a quotation written with the same curly mark: the inner opening mark
is nested when the inner quote closes before the outer one ends, so the outer quotation is
not cut at it."""

from __future__ import annotations

from newslint.extract import extract_article
from realcopy import paragraph
from test_quotes import article_of, quotes_of

STEELE = "2010-michael-steele-criticized-for-afghanistan-commen"


def test_a_letter_quoting_a_phrase_in_the_same_marks_is_one_quotation():
    """A paragraph-long letter that quotes a phrase and, later, a statement in the same
    double marks: one quotation from the paragraph's first word, running on."""
    text = paragraph(STEELE, "hpo.md", 14) + "\n"
    found = quotes_of(text)
    assert len(found) == 1
    assert found[0].span.col == 2 and found[0].text.startswith("Needless to say")


def test_a_nested_quote_that_closes_with_the_outer_one():
    text = ("Trump wrote on Twitter: “Fox, who is railing against my visit, also invited me "
            "when he apologized for using the “f bomb.””\n")
    found = quotes_of(text)
    assert [q.text.split()[0] for q in found] == ["Fox,"]
    assert found[0].text.endswith("“f bomb.”")


def test_an_unclosed_mark_before_a_new_quotation_still_starts_again():
    # the first mark was never closed and the second quotation closes alone: no nesting
    text = ("He said “we will win the vote in March. Later she added, “There is no deal,” "
            "and left.\n")
    assert [q.text for q in quotes_of(text)] == ["There is no deal"]


# --- a headline's single marks around words that open with a figure ---------------------

def test_a_headline_quote_in_single_marks_that_opens_with_a_figure():
    """`Boehner: '1-in-3 chance' Republicans could lose House in November`: the quote opens
    before a digit, and it is Boehner's."""
    text = paragraph("2012-john-boehner-discusses-chance-gop-will-lose-hous", "fox.md", 8)
    found = _markdown_quotes(text + "\n\nBoehner spoke on Monday.\n")
    assert [(q.text, q.speaker_key) for q in found] == [("1-in-3 chance", "Boehner")]


def _markdown_quotes(text: str) -> list:
    return list(extract_article(article_of(text, "a.md")).quotes)
