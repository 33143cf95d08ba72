"""bench/QUALITY.md's figures: each injected recall comes with its interval."""

from __future__ import annotations

import sys
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench" / "quality"))

from writeup import with_interval


def test_a_dozen_test_events_give_a_wide_interval() -> None:
    # 31 of 36 plants found: 0.86, but 0.90 is well inside what that sample allows.
    assert with_interval((31, 36)) == "0.86 (31/36; 0.71–0.94)"
    assert with_interval((0, 9)) == "0.00 (0/9; 0.00–0.30)"
    assert with_interval((0, 0)) == "–"


@given(st.integers(1, 500).flatmap(lambda n: st.tuples(st.integers(0, n), st.just(n))))
def test_the_interval_holds_the_ratio_and_narrows_with_more_plants(cell) -> None:
    found, n = cell
    low, high = (float(x) for x in with_interval(cell).split("; ")[1].rstrip(")").split("–"))
    assert 0.0 <= low <= found / n + 0.005 and found / n - 0.005 <= high <= 1.0
    wider = with_interval((found, n)).split("; ")[1]
    tenfold = with_interval((found * 10, n * 10)).split("; ")[1]
    lo10, hi10 = (float(x) for x in tenfold.rstrip(")").split("–"))
    assert hi10 - lo10 <= high - low + 0.01, (wider, tenfold)
