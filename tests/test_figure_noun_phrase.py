"""NL401 keys a count by each noun of its noun phrase ("nearly 90 faculty members" counts
faculty as "nearly 90 ... faculty" does), and reads one hedge on both sides as written:
"nearly 100" beside "nearly 90" is a hundred, not anything from 50 to 150."""

from __future__ import annotations

import math
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from newslint.facts import Quantity
from newslint.facts.context import lemma
from newslint.facts.span import Span
from newslint.rules.figure_pairs import gap, phrase_key
from realcopy import article_copy, edit_line, paragraph

_EVENT = "2012-georgetown-catholics-challenge-paul-ryan"


def _quantity(value: float, qualifier: str | None = None, **keys: object) -> Quantity:
    low, high = (value, math.inf) if qualifier == "more than" else (value, value)
    if qualifier == "nearly":
        low, high = -math.inf, value
    text = str(keys.pop("text", f"{qualifier or ''} {value:g}".strip()))
    keys.setdefault("context", "text")
    return Quantity(text=text, kind="count", value=value, low=low, high=high, unit="",
                    span=Span(1, 1, 1, 2, 0, 1), qualifier=qualifier, subject=None,
                    measure=None, direction=0, **keys)  # type: ignore[arg-type]


def test_a_planted_count_of_faculty_members_conflicts_with_faculty(tmp_path, run_json):
    # The Times counts "faculty members", the Huffington Post "faculty and
    # administrators": one letter's signers. Planted, the Times' count no longer matches.
    folder = article_copy(tmp_path, _EVENT)
    _, found = run_json(folder, "--select", "NL401")
    assert found == []  # as published, all three say "nearly 90"
    edit_line(folder, "nyt.md", 12, "nearly 90", "nearly 110")
    _, found = run_json(folder, "--select", "NL401")
    (finding,) = found
    files = {Path(finding["path"]).name} | {Path(r["path"]).name for r in finding["related"]}
    assert files == {"hpo.md", "nyt.md"}
    assert "nearly 110" in finding["message"] and "nearly 90" in finding["message"]


def test_nearly_100_is_not_nearly_90(tmp_path, run_json):
    folder = article_copy(tmp_path, _EVENT, ["hpo.md", "nyt.md"])
    edit_line(folder, "nyt.md", 12, "nearly 90", "nearly 100")
    _, found = run_json(folder, "--select", "NL401")
    assert len(found) == 1 and "nearly 100" in found[0]["message"]


def test_a_compound_is_not_keyed_by_its_own_noun():
    # "a 60-vote threshold" measures the threshold; its "vote" counts no votes to compare
    # with "the 41 votes necessary to filibuster" (basil, Gorsuch, hpo.md:46, nyt.md:52).
    compound = _quantity(60, dimension="count", head="n:threshold", noun="vote", text="60-vote")
    assert phrase_key(compound) is None
    members = _quantity(90, "nearly", dimension="count", head="n:member", noun="faculty")
    assert phrase_key(members) == ("count", "n:faculty")
    federal = _quantity(800000, dimension="count", head="n:employ", noun="Federal")
    assert phrase_key(federal) is None  # capitalised: a name, read as a name elsewhere


def test_hedged_values_are_compared_as_written():
    assert gap(_quantity(100, "nearly"), _quantity(90, "nearly")) is not None
    assert gap(_quantity(150, "more than"), _quantity(190, "more than")) is not None
    # The coarser figure's rounding still holds: 82 is 82.4 rounded.
    assert gap(_quantity(82, "nearly"), _quantity(82.4, "nearly")) is None
    assert gap(_quantity(100, "nearly"), _quantity(100, "nearly")) is None


@given(st.integers(min_value=1, max_value=10**6), st.integers(min_value=1, max_value=10**6))
def test_one_hedge_as_written_is_symmetric_and_only_equal_values_agree(x, y):
    a, b = _quantity(x, "more than"), _quantity(y, "more than")
    assert (gap(a, b) is None) == (gap(b, a) is None)
    if x == y:
        assert gap(a, b) is None


def test_a_prefixed_irregular_past_is_the_clause_verb():
    # Both papers say what the congressman repaid his campaign (basil, Hunter indictment,
    # nyt.md:46 and fox.md:24): "repaid" is the verb both amounts are keyed by.
    from newslint.extract.article import extract_article
    from newslint.load import load_article
    from realcopy import BASIL

    event = "2018-congressman-hunter-and-wife-indicted-on-corrupti"
    heads = set()
    for file, line in (("nyt.md", 46), ("fox.md", 24)):
        paragraph(event, file, line)  # skipped without the corpus
        path = BASIL / event / file
        article, _ = load_article(path, str(path), str(path))
        assert article is not None
        heads |= {q.head for q in extract_article(article).quantities
                  if q.span.line == line and q.dimension == "money:USD"}
    assert heads == {"v:repaid"}


def test_output_is_no_past_of_put():
    from newslint.facts.context import verb_before

    text = "The mill's annual output 40 tonnes, and it repaid 12 loans."
    assert verb_before(text, 0, text.index("40")) is None
    assert verb_before(text, 0, text.index("12")) == lemma("repaid")


def test_a_toll_left_dead_is_the_toll_killed(tmp_path, run_json):
    # The Huffington Post's "left 50 people dead" and the others' "50 people were killed",
    # "with 50 people killed" count one toll (basil, Orlando shooting): planted, it is found.
    event = "2016-trump-criticizes-obama-and-clinton-over-orlando"
    folder = article_copy(tmp_path, event)
    _, found = run_json(folder, "--select", "NL401")
    assert found == []
    edit_line(folder, "hpo.md", 10, "left 50 people dead", "left 60 people dead")
    _, found = run_json(folder, "--select", "NL401")
    (finding,) = found
    assert Path(finding["path"]).name == "hpo.md" and '"60"' in finding["message"]
    assert {Path(r["path"]).name for r in finding["related"]} == {"fox.md", "nyt.md"}


def test_the_complement_of_the_counted_noun_is_its_predicate():
    from newslint.facts.context import clause_context

    def verb(text: str, figure: str) -> str | None:
        start = text.index(figure)
        return clause_context(text, start, start + len(figure), (0, len(text))).verb

    assert verb("The blast left 12 people dead.", "12") == lemma("killed")
    assert verb("A fire left 12 people injured in the town.", "12") == lemma("injured")
    # Not a complement: the word after the noun opens a phrase of its own.
    assert verb("The storm left 12 people dead tired of waiting.", "12") == lemma("left")
