"""Merging the figures of two readers keeps each reader's first claim to a stretch of text:
a figure of the second reader that overlaps any of the first's is dropped."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newslint.extract.figures.grammar import Figure
from newslint.extract.figures.quantities import _merge


def _figure(start: int, length: int) -> Figure:
    return Figure(start, start + length, "x" * length, "count", "", 1.0, 1.0, 1.0, None)


spans = st.lists(st.tuples(st.integers(0, 200), st.integers(1, 30)), max_size=25)


@given(spans, spans)
def test_merge_keeps_exactly_the_figures_that_overlap_none_of_the_first(a, b) -> None:
    first = sorted((_figure(s, n) for s, n in a), key=lambda f: f.start)
    more = [_figure(s, n) for s, n in b]
    kept = [f for f in more if not any(g.start < f.end and f.start < g.end for g in first)]
    merged = _merge(first, more)
    assert sorted(merged, key=lambda f: (f.start, f.end)) == sorted(
        first + kept, key=lambda f: (f.start, f.end))
    assert [f.start for f in merged] == sorted(f.start for f in merged)


def test_a_figure_inside_a_longer_one_is_dropped_and_one_beside_it_kept() -> None:
    # "$5.4 million" read whole by the first reader; "5.4" again and "two" after it
    first = [_figure(10, 12)]
    inside, beside = _figure(11, 3), _figure(30, 3)
    assert _merge(first, [inside, beside]) == [first[0], beside]
