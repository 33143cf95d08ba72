"""Every written-out figure in tests/data/figures.tsv read as the table says."""

from __future__ import annotations

import math

import pytest

from conftest import DATA
from newslint.extract.figures.read import read_figures


def _rows() -> list[list[str]]:
    rows = []
    for line in (DATA / "figures.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows


ROWS = _rows()


def _bound(text: str) -> tuple[float, bool]:
    """(value, open): "~6e6" is an open end just inside 6e6."""
    return float(text.lstrip("~")), text.startswith("~")


def test_table_has_at_least_100_figures():
    assert sum(1 for row in ROWS if row[1] != "-") >= 100


@pytest.mark.parametrize("row", ROWS, ids=[row[0] for row in ROWS])
def test_figure_is_read_as_written(row):
    text, kind = row[0], row[1]
    figures = read_figures(text)
    if kind == "-":
        assert figures == [], f"{text!r} is not a quantity: {figures}"
        return
    unit, value, low, high, qualifier = row[2:7]
    assert figures, f"no figure found in {text!r}"
    figure = figures[0]
    assert (figure.kind, figure.unit) == (kind, unit)
    assert figure.value == pytest.approx(float(value), rel=1e-9)
    assert figure.qualifier == (None if qualifier == "-" else qualifier)
    for got, expected in ((figure.low, low), (figure.high, high)):
        bound = _bound(expected)[0]
        if math.isinf(bound):
            assert math.isinf(got)
        else:
            assert got == pytest.approx(bound, rel=1e-9, abs=1e-12)
    if low.startswith("~"):
        assert figure.low > _bound(low)[0]
    if high.startswith("~"):
        assert figure.high < _bound(high)[0]
