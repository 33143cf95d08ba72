"""The benchmark's pure helpers: the exponent of a rule's growth with the size of a story
(bench/story_growth.py) and what it calls memory flat (bench/measure.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from measure import FLAT_RATIO, memory_growth
from story_growth import Growth, loglog_slope, upper_half

SIZES = [25, 50, 100, 200, 400]


@given(st.floats(0.5, 3.0), st.floats(1e-4, 10.0))
def test_slope_of_a_power_law_is_its_exponent(exponent, scale):
    points = [(n, scale * n ** exponent) for n in SIZES]
    assert loglog_slope(points) == pytest.approx(exponent, abs=1e-9)


def test_slope_needs_two_sizes():
    with pytest.raises(ValueError):
        loglog_slope([(100, 1.0)])
    with pytest.raises(ValueError):
        loglog_slope([(100, 1.0), (100, 2.0)])


def test_exponent_is_fitted_where_fixed_costs_no_longer_hide_growth():
    # A quadratic comparison behind a fixed cost: over all sizes it looks near linear,
    # over the larger half it shows.
    growth = Growth("event", SIZES, {"NL999": {n: 0.05 + 1e-5 * n * n for n in SIZES}})
    assert upper_half(SIZES) == [100, 200, 400]
    assert loglog_slope([(n, growth.seconds["NL999"][n]) for n in SIZES]) < 1.3
    assert growth.exponent("NL999") > 1.6


def test_too_quick_a_rule_has_no_exponent_and_the_steepest_is_named():
    growth = Growth("event", SIZES, {"NL101": {n: 1e-5 * n for n in SIZES},
                                     "NL401": {n: 1e-5 * n * n for n in SIZES},
                                     "NL605": {n: 1e-3 * n for n in SIZES}})
    assert growth.exponent("NL101") is None  # 4 ms at 400 articles: noise
    code, exponent = growth.steepest()
    assert code == "NL401" and exponent == pytest.approx(2.0)


def test_memory_flat_compares_the_largest_archive_with_the_smallest():
    assert memory_growth({300: 50.0, 10_000: 70.0, 100_000: 90.0}) == (300, 100_000, 1.8)
    assert memory_growth({300: 50.0, 100_000: 150.0})[2] > FLAT_RATIO


def test_memory_flat_needs_sizes_a_hundredfold_apart():
    assert memory_growth({300: 50.0, 10_000: 70.0}) is None
    assert memory_growth({}) is None


def test_results_show_the_large_recheck_memory_and_growth_beside_their_targets():
    from measure import Measure
    from run import Report

    report = Report("python bench/run.py", 2)
    for size, warm_s, warm_mb in ((300, 0.3, 50.0), (100_000, 1.4, 160.0)):
        cold = Measure(f"cold real {size:,}", size, size / 250, size / 100, 300.0, 1)
        warm = Measure(f"warm real {size:,}", size, size / 250, warm_s, warm_mb, 1)
        report.measures += [cold, warm]
        report.cold_warm[f"real {size:,}"] = (cold, warm)
    report.growth = Growth("event", SIZES, {"NL401": {n: 1e-5 * n * n for n in SIZES},
                                            "NL101": {n: 1e-3 * n for n in SIZES}})
    rows = {name: (limit, value, met) for name, limit, value, met in report.checks()}
    assert rows["warm re-run after one edit, 100,000 real"] == ("<= 1 s", "1.40 s", False)
    assert rows["memory flat: warm re-check peak RSS, 100,000 real over 300"] == (
        "<= 2x", "3.2x (160 MB / 50 MB)", False)
    limit, value, met = rows["cross-article rules sub-quadratic in a story's size: largest "
                             "exponent"]
    assert (limit, value, met) == ("< 2", "2.00 (NL401)", False)
    text = report.markdown()
    assert "## Cross-article rules in one growing story" in text
    assert "| NL101 | 0.025 | 0.050 | 0.100 | 0.200 | 0.400 | 1.00 |" in text
