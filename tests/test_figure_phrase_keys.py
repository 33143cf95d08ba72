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


def test_each_after_a_share_gives_it_to_each_subject():
    # Fox: "followed by Trump and former Arkansas Gov. Mike Huckabee at 17 percent each":
    # each one's share, not a share per unit.
    q = _at("2011-trump-holds-birther-meeting", "fox.md", 26, "17 percent")
    assert "per unit" not in q.modifiers
    sentence = "Trump and Huckabee were at 17 percent each in the poll."
    at = sentence.index("17")
    assert "per unit" not in clause_context(sentence, at, at + 10, (0, len(sentence)),
                                            share=True).modifiers


def test_each_after_an_amount_and_a_shares_period_stay_modifiers():
    sentence = "The two tickets cost $50 each at the door."
    at = sentence.index("$50")
    assert "per unit" in clause_context(sentence, at, at + 3, (0, len(sentence))).modifiers
    sentence = "Prices rose 3 percent a year over the decade."
    at = sentence.index("3")
    assert "per unit" in clause_context(sentence, at, at + 9, (0, len(sentence)),
                                        share=True).modifiers
