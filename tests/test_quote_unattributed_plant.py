"""The quote_unattributed planter of the quality bench: it takes out the one clause that
names a quote's speaker only where a reader would then see the quote as unsourced, and
NL304 finds the quote it leaves."""

from __future__ import annotations

import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench" / "quality"))

import injection  # noqa: E402
import plants_quotes  # noqa: E402


def _event(lines: list[str]) -> injection.Event:
    return injection.Event("e", {"a.md": lines}, {"a.md": range(len(lines))})


def _plant(lines: list[str]) -> list[str] | None:
    event = _event(lines)
    plan = plants_quotes.quote_unattributed(event, random.Random(1))
    return None if plan is None else injection.apply(event, plan.edits)["a.md"]


LEAD = "The council voted on Tuesday to close the library for the summer."
QUOTE = '"We had no other way to balance the budget this year," said Ann Cole, the mayor.'
NEXT = "The library will open again in September."


def test_the_attribution_clause_is_taken_out_and_the_comma_closes_the_sentence() -> None:
    planted = _plant([LEAD, "", QUOTE, "", NEXT])
    assert planted is not None
    assert planted[2] == '"We had no other way to balance the budget this year."'
    assert planted[0] == LEAD and planted[4] == NEXT


def test_no_plant_where_a_reader_still_sees_a_source() -> None:
    # the sentence before names the speaker, or speaks; the sentence after attributes it
    assert _plant(["Ann Cole defended the vote on Tuesday.", "", QUOTE, "", NEXT]) is None
    assert _plant(["The mayor told reporters on Tuesday:", "", QUOTE, "", NEXT]) is None
    assert _plant(["The mayor said the vote was hard.", "", QUOTE, "", NEXT]) is None
    assert _plant([LEAD, "", QUOTE, "", "That was how the mayor described the vote."]) is None
    # a pronoun is no speaker named only there; a second sentence after the attribution
    assert _plant([LEAD, "", '"We had no other way to balance the budget this year," she '
                   "said.", "", NEXT]) is None
    assert _plant([LEAD, "", QUOTE + " She spoke for ten minutes.", "", NEXT]) is None
    # a short quote or a title is no full clause
    assert _plant([LEAD, "", '"No other way," said Ann Cole.', "", NEXT]) is None


def test_nl304_finds_the_quote_the_planter_leaves(corpus, run_json) -> None:
    planted = _plant([LEAD, "", QUOTE, "", NEXT])
    assert planted is not None
    _, found = run_json(str(corpus({"a.md": "\n".join(planted) + "\n"})), "--select", "NL304")
    assert [(d["code"], d["line"]) for d in found] == [("NL304", 3)]
    _, found = run_json(str(corpus({"a.md": "\n".join([LEAD, "", QUOTE, "", NEXT]) + "\n"})),
                        "--select", "NL304")
    assert found == []
