"""The keys a figure gets from its own phrase, on real paragraphs of basil: a compound is
no modal, the next figure's qualifier is not this one's modifier, and an irregular plural
is the noun a count counts."""

from __future__ import annotations

from newslint.extract import extract_article
from newslint.facts import Quantity
from newslint.facts.context import clause_context
from newslint.load import load_article
from realcopy import BASIL, paragraph


def _at(event: str, file: str, line: int, text: str) -> Quantity:
    paragraph(event, file, line)  # skipped without the corpus
    path = BASIL / event / file
    article, _ = load_article(path, str(path), str(path))
    assert article is not None
    (found,) = [q for q in extract_article(article).quantities
                if q.span.line == line and q.text == text]
    return found


def test_a_would_be_group_is_no_modal():
    # Fox: Romney "leads the would-be group of contenders with 21 percent": a present lead.
    q = _at("2011-trump-holds-birther-meeting", "fox.md", 26, "21 percent")
    assert not q.future
    sentence = "He said they would win 21 percent of the vote."
    at = sentence.index("21")
    assert clause_context(sentence, at, at + 10, (0, len(sentence))).future


def test_the_next_figures_qualifier_is_its_own():
    # Fox: "50 people were killed and at least 53 others were wounded": "at least" is the
    # 53's, and the 50 is no threshold.
    event = "2016-trump-criticizes-obama-and-clinton-over-orlando"
    killed = _at(event, "fox.md", 16, "50")
    assert "threshold" not in killed.modifiers
    sentence = "The bill needs 60 votes or at least a majority to pass."
    at = sentence.index("60")
    assert "threshold" not in clause_context(sentence, at, at + 2, (0, len(sentence))).modifiers
    sentence = "The bill needs at least 60 votes to pass."
    at = sentence.index("60")
    assert "threshold" in clause_context(sentence, at, at + 2, (0, len(sentence))).modifiers


def test_people_are_what_a_count_counts():
    # The Huffington Post: a shooting "that left 50 people dead": the count is of people,
    # as the other articles' "50 people were killed", not of "dead".
    q = _at("2016-trump-criticizes-obama-and-clinton-over-orlando", "hpo.md", 10, "50")
    assert q.head == _at("2016-trump-criticizes-obama-and-clinton-over-orlando",
                         "nyt.md", 30, "50").head
