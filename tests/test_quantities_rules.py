"""NL401 and NL402 end to end: the seeds, and small wire-style corpora with traps."""

from __future__ import annotations

import pytest

from conftest import SEEDS, seed


def _at(diagnostic: dict) -> tuple[str, int]:
    return diagnostic["path"], diagnostic["line"]


def _touches(diagnostic: dict) -> set[tuple[str, int]]:
    return {_at(diagnostic), *((r["path"], r["line"]) for r in diagnostic["related"])}


def test_seeds_index_moves_and_market_value(run_json):
    _, found = run_json(SEEDS, "--select", "NL4")
    nl401 = [d for d in found if d["code"] == "NL401"]
    ties = [_touches(d) for d in nl401]
    assert {(seed("001"), 22), (seed("004"), 8)} in ties  # index moves
    assert {(seed("003"), 23), (seed("004"), 8)} in ties  # market value lost
    assert sum(1 for t in ties if t == {(seed("001"), 22), (seed("004"), 8)}) == 2
    for diagnostic in nl401:
        if (seed("001"), 22) in _touches(diagnostic):
            assert "related but distinct" in diagnostic["message"].lower()
            assert "futures" in diagnostic["message"]


def test_seeds_approximate_cost_is_one_claim(run_json):
    _, found = run_json(SEEDS, "--select", "NL4")
    for diagnostic in found:
        touched = _touches(diagnostic)
        assert (seed("004"), 12) not in touched
        assert (seed("004"), 18) not in touched
    assert {d["code"] for d in found} == {"NL401"}
    assert len(found) == 3


def test_same_index_far_apart_is_an_error(corpus, run_json):
    root = corpus({
        "a.txt": "Stocks slid on Monday. The S&P 500 fell 1% as chipmakers sank.\n",
        "b.txt": "Wall Street had a rough day. The S&P 500 fell 3.5% by the close.\n",
    })
    _, found = run_json(root, "--select", "NL401")
    (finding,) = found
    assert finding["severity"] == "error"
    assert '"1%"' in finding["message"] and '"3.5%"' in finding["message"]
    assert "a.txt" in finding["message"] and "b.txt" in finding["message"]
    assert finding["related"][0]["path"].endswith("b.txt")


def test_near_miss_is_a_warning(corpus, run_json):
    root = corpus({
        "a.txt": "The S&P 500 fell 1% on Monday.\n",
        "b.txt": "The S&P 500 dropped more than 2 percent on Monday.\n",
    })
    _, found = run_json(root, "--select", "NL401")
    assert [d["severity"] for d in found] == ["warning"]


def test_values_that_agree_within_their_wording_are_one_claim(corpus, run_json):
    root = corpus({
        "a.txt": "DeepSeek said R1 cost $5.6 million to train.\n",
        "b.txt": "Analysts doubt R1 cost less than $6M to build.\n",
        "c.txt": "R1 cost about $6 million, the company said.\n",
        "d.txt": "The S&P 500 fell 1.4% on Monday.\n",
        "e.txt": "The S&P 500 fell 1% on Monday, its worst day in weeks.\n",
    })
    _, found = run_json(root, "--select", "NL4")
    assert found == []


def test_traps_that_look_like_conflicts(corpus, run_json):
    root = corpus({
        # different days: both can be right
        "a.md": "---\ndate: 2025-01-27\n---\nThe Nasdaq fell 3.1% on the day.\n",
        "b.md": "---\ndate: 2025-01-28\n---\nThe Nasdaq rose 2% as buyers returned. The "
                "Nasdaq fell 0.5% in late trade.\n",
        # opposite directions are different measures
        "c.txt": "Nvidia rose 9% on Tuesday.\n",
        "d.txt": "Nvidia fell 17% on Monday.\n",
        # one article gives two values for the same measure: it measures two periods
        "e.txt": "Intel fell 2% on Monday. Over the week, Intel fell 8%.\n",
        "f.txt": "Intel fell 5% on Monday.\n",
        # dollars and euros never compare
        "g.txt": "Mistral raised €600 million.\n",
        "h.txt": "Mistral raised $1 billion.\n",
    })
    _, found = run_json(root, "--select", "NL4")
    assert found == []


def test_same_result_whatever_the_file_names(corpus, run_json, tmp_path):
    texts = ["The Nasdaq fell 3.5% on Monday.\n", "The Nasdaq fell 1.9% on Monday.\n",
             "The Nasdaq fell 3.4% on Monday.\n"]
    first = corpus({"a.txt": texts[0], "b.txt": texts[1], "c.txt": texts[2]})
    _, one = run_json(first, "--select", "NL401")
    other = tmp_path / "other"
    other.mkdir()
    for name, text in zip(["z.txt", "y.txt", "x.txt"], texts, strict=True):
        (other / name).write_text(text, encoding="utf-8")
    _, two = run_json(other, "--select", "NL401")
    assert len(one) == len(two) == 1
    assert one[0]["message"].count("Nasdaq") == two[0]["message"].count("Nasdaq")
    assert len(one[0]["related"]) == len(two[0]["related"]) == 2


def test_ratio_its_figures_do_not_support(corpus, run_json):
    root = corpus({"a.txt": (
        "R1 cost $5.6 million to train, against $100 million for GPT-4. That makes it fifty "
        "times cheaper, the company says.\n")})
    _, found = run_json(root, "--select", "NL402")
    (finding,) = found
    assert finding["line"] == 1 and "fifty times" in finding["message"]
    assert len(finding["related"]) == 2


def test_ratio_within_a_vague_range_is_fine(corpus, run_json):
    root = corpus({"a.txt": (
        "The model cost $5.6 million to train. Rivals spend hundreds of millions of dollars. "
        "A cost reduction of fifty times suggests a rethink.\n"
        "The chip is 10 times faster than the one it replaces, which cost $400.\n")})
    _, found = run_json(root, "--select", "NL402")
    assert found == []


def test_totals_and_their_parts(corpus, run_json):
    root = corpus({"a.txt": (
        "The company raised a total of $10 million, split between $4 million from banks and "
        "$3 million from founders.\n\n"
        "The group raised a total of $5 million, including $4 million from Acme and "
        "$3 million from Beta.\n\n"
        # consistent, and "including" need not list every part
        "The council spent a total of $12 million, including $4 million on roads and "
        "$3 million on schools.\n\n"
        "The fund put in $4 million and $6 million, for a total of $10 million.\n")})
    _, found = run_json(root, "--select", "NL402")
    assert sorted(d["line"] for d in found) == [1, 3]
    assert "do not add up to" in found[0]["message"]
    assert "more than" in found[1]["message"]


def test_a_ratio_of_something_else_is_not_checked_against_prices(corpus, run_json):
    root = corpus({"a.txt": (
        "Revenue was $10 billion and profit $2 billion. Users grew three times more than "
        "expected, and the new chip, priced at $400 against $350, is ten times faster.\n")})
    _, found = run_json(root, "--select", "NL402")
    assert found == []


# --- intraday figures are not closing figures ---------------------------------------------

_NVDA_CLOSE = ("---\ndate: 2025-04-16\n---\nNvidia shares closed down 4.6% on Wednesday after "
               "the company said export curbs would cost it $5.5 billion.\n")


def test_intraday_move_is_not_compared_with_the_close(corpus, run_json):
    root = corpus({
        "reuters.md": "---\ndate: 2025-04-16\n---\nNvidia shares were down 6.9% in afternoon "
                      "trading on Wednesday after the chipmaker said export curbs would cost "
                      "it $5.5 billion.\n",
        "ap.md": _NVDA_CLOSE,
    })
    _, found = run_json(root, "--select", "NL401")
    assert found == []


@pytest.mark.parametrize("intraday", [
    "In afternoon trading, Nvidia shares were down 6.9%.",
    "Nvidia shares were down 6.9% in morning trade.",
    "Nvidia shares were down 6.9% in midday trade on Wednesday.",
    "Nvidia shares fell 6.9% at one point on Wednesday.",
    "At 2:30 p.m. ET, Nvidia shares were down 6.9%.",
    "Nvidia shares were down 6.9% at 1430 GMT.",
    "Nvidia shares were down 6.9% earlier in the session.",
    "Nvidia shares fell 6.9% on Wednesday afternoon.",
])
def test_intraday_cues_before_or_after_the_figure(corpus, run_json, intraday):
    root = corpus({"a.md": f"---\ndate: 2025-04-16\n---\n{intraday}\n", "b.md": _NVDA_CLOSE})
    _, found = run_json(root, "--select", "NL401")
    assert found == []


def test_two_intraday_moves_at_unstated_times_are_not_compared(corpus, run_json):
    root = corpus({
        "a.txt": "The Nasdaq fell 0.5% in early trading.\n",
        "b.txt": "The Nasdaq fell 2.5% in early trading.\n",
        "c.txt": "Shares of Tesla Inc. slid 3% after hours.\n",
        "d.txt": "Shares of Tesla Inc. slid 8% in after-hours trading.\n",
    })
    _, found = run_json(root, "--select", "NL401")
    assert found == []


def test_closes_and_moves_at_one_stated_time_are_still_compared(corpus, run_json):
    root = corpus({
        "a.txt": "The Nasdaq closed down 3.1% on Monday.\n",
        "b.txt": "The Nasdaq fell 1% at the close on Monday.\n",
        "c.txt": "Nvidia shares were down 6.9% at 2:30 p.m. ET.\n",
        "d.txt": "At 2:30 p.m. ET, Nvidia shares were down 2%.\n",
    })
    _, found = run_json(root, "--select", "NL401")
    assert sorted(len(d["related"]) for d in found) == [1, 1]
    # Two articles each: a tie, anchored by the figure (the lower), not the file name.
    assert {d["path"].rsplit("/", 1)[-1] for d in found} == {"b.txt", "d.txt"}


def test_a_close_in_a_sentence_that_opens_with_an_intraday_cue(corpus, run_json):
    root = corpus({
        "a.txt": "In early trading, the Nasdaq fell 0.5%; the Nasdaq closed down 3.1% on "
                 "Monday.\n",
        "b.txt": "The Nasdaq fell 1% on Monday.\n",
    })
    _, found = run_json(root, "--select", "NL401")
    assert len(found) == 1


# --- vote splits --------------------------------------------------------------------------

def _boe(body: str, date: str = "2025-02-06") -> str:
    return (f"---\ndate: {date}\n---\nThe Bank of England cut interest rates by a quarter "
            f"point to 4.5% on Thursday. {body}\n")


def test_vote_split_reported_differently(corpus, run_json):
    root = corpus({
        "a-bbc.md": _boe("Seven of the nine members of the Bank's Monetary Policy Committee "
                         "backed the quarter-point cut."),
        "b-bloomberg.md": _boe("Policymakers voted 6-3 to reduce borrowing costs."),
        "c-reuters.md": _boe("The Monetary Policy Committee voted 7-2 for the cut."),
    })
    _, found = run_json(root, "--select", "NL401")
    (finding,) = found
    assert finding["path"].endswith("b-bloomberg.md")  # at odds with both others
    assert '"6-3"' in finding["message"] and '"7-2"' in finding["message"]
    assert {r["path"].rsplit("/", 1)[-1] for r in finding["related"]} == {
        "a-bbc.md", "c-reuters.md"}


@pytest.mark.parametrize("other", [
    # another day: another meeting
    _boe("Policymakers voted 6-3 to reduce borrowing costs.", date="2025-03-20"),
    # undated: no telling it is the same meeting
    "The Bank of England cut rates. Policymakers voted 6-3 to reduce borrowing costs.\n",
    # another body of the same size
    _boe("The Federal Open Market Committee voted 6-3 to hold rates."),
    # one article, two votes: it measures two things
    _boe("The MPC voted 6-3 for the cut and 9-0 to keep bond sales unchanged."),
    # another number of voters
    _boe("Policymakers voted 6-2 for the cut, with one member absent."),
    # not a vote
    _boe("Later, Britain's Jack Draper won 6-3, 6-4 at Queen's."),
])
def test_vote_splits_that_may_both_be_right(corpus, run_json, other):
    root = corpus({
        "a.md": _boe("The Monetary Policy Committee voted 7-2 for the cut."),
        "b.md": other,
    })
    _, found = run_json(root, "--select", "NL401")
    assert found == []


def test_vote_split_spellings_agree(corpus, run_json):
    root = corpus({
        "a.md": _boe("The MPC voted by seven votes to two to cut rates."),
        "b.md": _boe("The Monetary Policy Committee voted 7-2 for the cut."),
        "c.md": _boe("The cut was approved by a 7-2 vote."),
    })
    _, found = run_json(root, "--select", "NL401")
    assert found == []
