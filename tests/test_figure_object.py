"""What a figure's own sentence says of it: a verb whose object is the figure is no
modifier of it, and a range's second end written as a whole figure keeps its own scale."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from newslint.extract.figures.keys import figure_keys
from newslint.extract.figures.read import read_figures
from newslint.facts.context import clause_context, lemma
from realcopy import article_copy, edit_line, paragraph

CANTOR = "2014-eric-cantor-defeated-by-david-brat"


def _modifiers(text: str, figure: str) -> tuple[str, ...]:
    at = text.index(figure)
    return clause_context(text, at, at + len(figure), (0, len(text))).modifiers


def test_a_verb_whose_object_is_the_figure_is_no_modifier():
    # Fox: Brat "raised just over $200,000 for his campaign"; the Times: Cantor "had
    # raised $5.4 million for the campaign". Money raised, not a raised (revised) sum.
    fox = paragraph(CANTOR, "FOX.md", 14)
    assert "revised" not in _modifiers(fox, "over $200,000")
    nyt = paragraph(CANTOR, "NYT.md", 24)
    assert "revised" not in _modifiers(nyt, "$5.4 million")


def test_the_participle_before_a_noun_stays_a_modifier():
    # The near case: the raised offer is another offer than the first one.
    text = "The board rejected the raised offer of $34 a share on Tuesday."
    assert "revised" in _modifiers(text, "$34")
    text = "The company raised its offer to $34 a share."
    assert "revised" in _modifiers(text, "$34")


def test_a_participle_after_a_determiner_right_before_the_figure_stays_a_modifier():
    # Wire style puts the figure between the adjective and its noun: "the raised $82 a
    # share offer", "the needed 60 votes" are another offer, a threshold, not an act.
    text = "Qualcomm's board unanimously rejected the raised $82 a share offer from Broadcom."
    assert "revised" in _modifiers(text, "$82")
    text = "The bill fell short of the needed 60 votes in the Senate on Tuesday."
    assert _modifiers(text, "60") != ()
    # Without the determiner it is the verb: "Brat raised $200,000".
    assert "revised" not in _modifiers("Brat raised $200,000 for the race.", "$200,000")


def test_a_range_end_written_whole_takes_no_scale_from_the_first():
    # HuffPost: Cantor was expected to win, "outraising the college professor $5.4
    # million to $200,000": two sums, not one range of millions.
    text = paragraph(CANTOR, "HPO.md", 16)
    values = sorted(f.value for f in read_figures(text) if f.kind == "money")
    assert values == [200_000, 5_400_000]
    # The near case: "1-2 million" shares its scale word.
    (found,) = read_figures("The fund lost $1-2 million in the quarter.")
    assert (found.low, found.high) == (1e6, 2e6)


@settings(deadline=None)  # the first example warms the figure lexicons
@given(st.integers(2, 9), st.integers(100, 999))
def test_a_whole_second_end_below_the_first_is_no_range(millions, thousands):
    text = f"He outspent her ${millions} million to ${thousands},000."
    values = sorted(f.value for f in read_figures(text) if f.kind == "money")
    assert values == [thousands * 1000, millions * 1_000_000]


GEORGETOWN = "2012-georgetown-catholics-challenge-paul-ryan"


def _touched(found: list[dict]) -> list[set[tuple[str, int]]]:
    return [{(Path(d["path"]).name, d["line"])}
            | {(Path(r["path"]).name, r["line"]) for r in d.get("related", [])}
            for d in found]


def _conjunct(text: str, figure: str) -> str | None:
    """The conjunct of the figure written `figure` in text, a sentence or a paragraph."""
    (found,) = [f for f in read_figures(text) if text[f.start:f.end] == figure][:1]
    ends = [m.end() for m in re.finditer(r"[.!?](?=\s|$)", text)]
    hi = min((e for e in ends if e > found.end), default=len(text))
    return figure_keys(text, found, (0, hi)).conjunct


def test_a_count_of_coordinated_nouns_is_keyed_by_the_second_too():
    # Fox: "nearly 90 professors and administrators"; HuffPost: "nearly 90 Georgetown
    # University faculty and administrators": one count under two first nouns.
    fox = paragraph(GEORGETOWN, "fox.md", 12)
    hpo = paragraph(GEORGETOWN, "hpo.md", 10)
    assert _conjunct(fox, "nearly 90") == _conjunct(hpo, "nearly 90") == lemma("administrators")
    # The near cases: a second figure of its own, a function word, no coordination.
    assert _conjunct("Police said 5 soldiers and 3 civilians were hurt.", "5") is None
    assert _conjunct("By then 12 states and the District allowed it.", "12") is None
    assert _conjunct("By then 90 professors signed and sent it.", "90") is None
    assert _conjunct("By then 90 professors and administrators signed.", "90") == lemma(
        "administrators")


def test_a_verb_after_and_is_no_second_noun_of_the_count():
    """A third-person verb looks like a plural noun: "has 35 stores and plans to open" is
    a count of stores and another act, and would meet "40 trucks and plans to" in a
    bucket of its own."""
    assert _conjunct("Acme has 35 stores and plans to open a new center.", "35") is None
    assert _conjunct("The firm has 1,200 employees and operates three plants.", "1,200") is None
    assert _conjunct("The club has 40 members and meets monthly.", "40") is None
    assert _conjunct("Acme has 35 stores and warehouses in Ohio.", "35") == lemma("warehouses")


def test_a_changed_count_of_coordinated_nouns_is_found(tmp_path, run_json):
    folder = article_copy(tmp_path, GEORGETOWN, ["fox.md", "hpo.md"])
    _, clean = run_json(folder, "--select", "NL401")
    assert not any({("fox.md", 12), ("hpo.md", 10)} <= t for t in _touched(clean))
    edit_line(folder, "fox.md", 12, "nearly 90 professors", "nearly 110 professors")
    _, found = run_json(folder, "--select", "NL401")
    assert any({("fox.md", 12), ("hpo.md", 10)} <= t and d["severity"] == "info"
               for d, t in zip(found, _touched(found), strict=True))
