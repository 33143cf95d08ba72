"""NL401 on real copy: a figure asked about or said under a condition is a hypothetical; a
figure after "to be" is keyed by its subject's noun; a hedge allows the rounding of its own
written precision; a sentence that gives one head two values tells two measures."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newslint.extract.figures.keys import figure_keys
from newslint.extract.figures.read import read_figures
from newslint.facts import Quantity
from newslint.facts.context import clause_context
from newslint.facts.predicate import HYPOTHETICAL, copula_subject, hypothetical
from newslint.rules.figure_pairs import gap, interval
from realcopy import article_copy, edit_line, paragraph

GORSUCH = "2017-supreme-court-nomination-of-judge-neil-m-gorsuch"
SHUTDOWN = "2019-trump-continues-government-shutdown-for-border-w"
TAXES = "2015-hillary-clinton-releases-tax-returns"


def _touched(found: list[dict]) -> list[set[tuple[str, int]]]:
    return [{(Path(d["path"]).name, d["line"]),
             *((Path(r["path"]).name, r["line"]) for r in d["related"])} for d in found]


def _modifiers(sentence: str, figure: str, nth: int = 0) -> tuple[str, ...]:
    at = -1
    for _ in range(nth + 1):
        at = sentence.index(figure, at + 1)
    return clause_context(sentence, at, at + len(figure), (0, len(sentence))).modifiers


@pytest.mark.parametrize(("sentence", "figure", "asked"), [
    ("If the bill can't get 60 votes, the leaders will drop it.", "60", True),
    ("Unless the city finds $5 million, the school closes.", "$5 million", True),
    ("Did the bill get 60 votes in the Senate?", "60", True),
    ("“Could any judge be approved with 60 votes?” he asked on Tuesday.", "60", True),
    ("The bill got 60 votes in the Senate.", "60", False),
    ("The U.S. spent $5 billion on the wall. Was it worth it?", "$5 billion", False),
    ("The bill got 60 votes, and the leaders asked what comes next?", "60", True),
])
def test_a_figure_asked_about_or_conditional_is_a_hypothetical(sentence, figure, asked):
    assert (HYPOTHETICAL in _modifiers(sentence, figure)) is asked


def test_mcconnell_question_is_a_hypothetical_and_the_times_count_is_not():
    """Fox quotes McConnell: "If Judge Gorsuch can't achieve 60 votes in the Senate, could
    any judge ... be approved with 60 or more votes in the Senate?" The Times: the party
    "effectively has only 51 votes right now"."""
    fox = paragraph(GORSUCH, "fox.md", 36)
    nyt = paragraph(GORSUCH, "nyt.md", 40)
    assert HYPOTHETICAL in _modifiers(fox, "60") and HYPOTHETICAL in _modifiers(fox, "60", 1)
    assert HYPOTHETICAL not in _modifiers(nyt, "51")


def test_a_threshold_asked_about_is_not_compared_with_a_count(tmp_path, run_json):
    """The Times's count changed (51 to 81 votes) is no discrepancy with the threshold
    McConnell asks about in Fox's quotation: they were paired before hypotheticals were
    told apart."""
    folder = article_copy(tmp_path, GORSUCH)
    edit_line(folder, "nyt.md", 40, "only 51 votes", "only 81 votes")
    _, found = run_json(folder, "--select", "NL401")
    assert not any({("fox.md", 36), ("nyt.md", 40)} <= t for t in _touched(found))


@pytest.mark.parametrize(("sentence", "figure", "subject"), [
    ("The effective tax rate for federal, state and local taxes was 45.8 percent.",
     "45.8 percent", "rate"),
    ("The Clintons' effective federal tax rate for 2014 was 35.7 percent.", "35.7 percent",
     "rate"),
    ("The cost of the wall is $8 billion.", "$8 billion", "cost"),
    ("He said it was 30 percent.", "30 percent", None),
    ("The rate rose to 30 percent.", "30 percent", None),
])
def test_the_subject_of_to_be_is_the_head(sentence, figure, subject):
    at = sentence.index(figure)
    assert copula_subject(sentence, 0, at) == subject
    (found,) = [f for f in read_figures(sentence) if f.start == at]
    head = figure_keys(sentence, found, (0, len(sentence))).head
    assert (head == f"n:{subject[:3]}" or (head or "").startswith(f"n:{subject[:3]}")) \
        if subject else not (head or "").startswith("n:")


def test_a_bare_number_after_to_be_keeps_its_own_keys():
    # "her heart rate was 72" (Fox's account of a physical) is a reading, not a tax rate.
    sentence = "At her most recent physical, her heart rate was 72."
    (found,) = read_figures(sentence)
    assert figure_keys(sentence, found, (0, len(sentence))).head != "n:rat"


def test_a_rate_after_to_be_is_compared_with_the_rate_of_another_article(tmp_path, run_json):
    """Fox: "The Clintons' effective federal tax rate for 2014 was 35.7 percent, while the
    effective tax rate for federal, state and local taxes was 45.8 percent." HuffPost: the
    Clintons "paid an effective federal tax rate of 35.7 percent". Fox's first rate changed
    is found; Fox's second, a rate of other taxes in the same sentence, is not HuffPost's."""
    assert "was 35.7 percent" in paragraph(TAXES, "fox.md", 16)
    folder = article_copy(tmp_path, TAXES)
    _, found = run_json(folder, "--select", "NL401")
    assert not any({("fox.md", 16), ("hpo.md", 14)} <= t for t in _touched(found))
    edit_line(folder, "fox.md", 16, "was 35.7 percent", "was 38.7 percent")
    _, found = run_json(folder, "--select", "NL401")
    assert any({("fox.md", 16), ("hpo.md", 14)} <= t for t in _touched(found))


def _q(text: str) -> Quantity:
    (figure,) = read_figures(text)
    return Quantity(text=text, span=None, kind="count", unit="",  # type: ignore[arg-type]
                    value=figure.value, low=figure.low, high=figure.high,
                    qualifier=figure.qualifier, subject=None, measure=None, direction=0,
                    context="text", dimension="count")


def test_a_hedge_allows_the_rounding_of_its_own_precision():
    assert interval(_q("about 80")) == pytest.approx((72, 88))  # at least a tenth
    assert interval(_q("about 900,000")) == pytest.approx((810_000, 990_000))
    assert interval(_q("about 1,000,000")) == pytest.approx((900_000, 1_100_000))
    assert interval(_q("about 200")) == pytest.approx((150, 250))  # its rounding
    # A leading 1 in digits is read to two digits; "1 million" stays a round million.
    assert gap(_q("about 800,000"), _q("1,000,000")) is not None
    assert interval(_q("about 1 million")) == pytest.approx((500_000, 1_500_000))
    assert gap(_q("about 100"), _q("90")) is None


def test_about_800000_and_a_million_in_digits_disagree(tmp_path, run_json):
    """HuffPost: "about 800,000 federal employees"; the Times: "affecting 800,000 federal
    employees". The Times's changed to 1,000,000 is found (read as one digit, it was
    500,000 to 1,500,000 and agreed with anything)."""
    folder = article_copy(tmp_path, SHUTDOWN)
    _, found = run_json(folder, "--select", "NL401")
    assert not any({("hpo.md", 26), ("nyt.md", 24)} <= t for t in _touched(found))
    edit_line(folder, "nyt.md", 24, "affecting 800,000", "affecting 1,000,000")
    _, found = run_json(folder, "--select", "NL401")
    assert any({("hpo.md", 26), ("nyt.md", 24)} <= t for t in _touched(found))


WALL = "2016-fox-and-calder-say-mexico-isn-t-paying-for-borde"


def test_an_estimate_is_one_whatever_its_tense():
    """HuffPost: "The real estate mogul estimates the price tag at around $8 billion." The
    Times: the wall, "which he estimates would cost about $8 billion". Both are estimates
    (the verb five words before the figure), and an estimate is of what will be."""
    hpo = paragraph(WALL, "hpo.md", 16)
    nyt = paragraph(WALL, "nyt.md", 30)
    for text, figure in ((hpo, "around $8 billion"), (nyt, "about $8 billion")):
        at = text.index(figure)
        ctx = clause_context(text, at, at + len(figure), (0, len(text)))
        assert "estimated" in ctx.modifiers and not ctx.future
    # Without an estimate, "would" still tells what would happen.
    text = "The wall would cost about $8 billion."
    at = text.index("about")
    assert clause_context(text, at, len(text) - 1, (0, len(text))).future


def test_the_estimated_price_tag_is_compared_with_the_estimated_cost(tmp_path, run_json):
    folder = article_copy(tmp_path, WALL)
    _, found = run_json(folder, "--select", "NL401")
    assert not any({("hpo.md", 16), ("nyt.md", 30)} <= t for t in _touched(found))
    edit_line(folder, "hpo.md", 16, "around $8 billion", "around $11 billion")
    _, found = run_json(folder, "--select", "NL401")
    assert any({("hpo.md", 16), ("nyt.md", 30)} <= t for t in _touched(found))


def test_an_estimate_is_not_compared_with_what_was_spent(corpus, run_json):
    # Written in the style of wire copy: the estimate and the bill are two measures.
    root = corpus({
        "a.md": "---\ndate: 2024-03-01\n---\nThe mayor estimates the price tag at around "
                "$8 billion for the new bridge.\n",
        "b.md": "---\ndate: 2024-03-01\n---\nThe city paid about $11 billion for the new "
                "bridge, the mayor said.\n",
    })
    _, found = run_json(root, "--select", "NL401")
    assert found == []


def test_an_adjective_far_before_a_figure_is_not_its_modifier():
    """The Times: Mr. Trump "said he would allow 700,000 Dreamers to keep their protections
    for three more years in exchange for $5.7 billion": the "more" is the years', five words
    back; the $5.7 billion is no other sum."""
    text = paragraph("2019-lawmakers-react-to-trump-s-immigration-proposal", "nyt.md", 22)
    at = text.index("$5.7 billion")
    ctx = clause_context(text, at, at + len("$5.7 billion"), (0, len(text)))
    assert "other" not in ctx.modifiers


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=" abcdeisfwunl?.!,'“”\"$0123456789ITW", max_size=80),
       st.integers(0, 80), st.integers(0, 80))
def test_clause_roles_read_any_text(text, start, length):
    """Any text and any offsets: an answer, never an exception."""
    start = min(start, len(text))
    end = min(len(text), start + length)
    assert isinstance(hypothetical(text, 0, start, end, len(text)), bool)
    subject = copula_subject(text, 0, start)
    assert subject is None or (subject.isalpha() and subject.islower())


def test_a_hedge_and_a_figure_rounded_to_one_place_differ_in_its_digit():
    # "about 900,000 federal employees" and "800,000 federal employees": both rounded to
    # the 100,000, they differ in the digit a reader compares.
    assert gap(_q("about 900,000"), _q("800,000")) is not None
    assert gap(_q("800,000"), _q("about 900,000")) is not None
    assert gap(_q("about 80"), _q("70")) is not None
    # Written to another place, the hedge keeps its room; a leading 1 is read to two digits.
    assert gap(_q("about 900,000"), _q("850,000")) is None
    assert gap(_q("about 80"), _q("75")) is None
    assert gap(_q("about 100"), _q("90")) is None
    assert gap(_q("about 900,000"), _q("900,000")) is None


def test_about_900000_and_800000_employees_are_flagged_at_info(tmp_path, run_json):
    """HuffPost: "about 800,000 federal employees"; the Times: "affecting 800,000 federal
    employees". HuffPost's changed to about 900,000 is found, at info (the two intervals
    read as rounded only touch)."""
    folder = article_copy(tmp_path, SHUTDOWN)
    edit_line(folder, "hpo.md", 26, "about 800,000", "about 900,000")
    _, found = run_json(folder, "--select", "NL401")
    hits = [d for d, t in zip(found, _touched(found), strict=True)
            if {("hpo.md", 26), ("nyt.md", 24)} <= t]
    assert hits and all(d["severity"] == "info" for d in hits)
