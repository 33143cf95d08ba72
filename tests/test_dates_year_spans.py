"""Years on their own: a span of years ("from 2007 to 2014") is one range with both its
ends, and an adverb after a year ends its phrase as a verb does ("in 2010 partly by arguing"), while
a number before its noun stays a number ("from 2000 to 1500 workers")."""

from __future__ import annotations

import datetime as dt

from dated import dated_facts
from realcopy import paragraph

_DAY = dt.date(2015, 7, 31)


def _dates(body: str, precision: str = "year") -> list[str]:
    return [m.text for m in dated_facts("a.md", _DAY, body).dates if m.precision == precision]


def _years(body: str) -> list[str]:
    return _dates(body)


def test_a_span_of_years_is_one_range():
    body = "The couple earned $139 million in income from 2007 to 2014, the returns show."
    assert _dates(body, "years") == ["2007 to 2014"]
    assert _years(body) == []
    assert _dates("She ran the agency from 1996 through 2007.", "years") == ["1996 through 2007"]
    assert _dates("He was mayor between 1990 and 1998.", "years") == ["1990 and 1998"]


def test_a_backwards_span_is_no_range():
    assert _dates("The index fell from 2014 to 2007 in the period.", "years") == []


def test_a_year_before_an_adverb():
    assert _years("Republicans won the House in 2010 partly by attacking the law.") == \
        ["2010"]


def test_numbers_before_their_noun_stay_numbers():
    assert "1500" not in _years("The plant cut its staff from 2400 to 1500 workers.")
    assert "2000" not in _years("Prices went from 1500 to 2000 dollars in a year.")


def test_a_span_of_years_on_real_copy():
    """The Times: the Clintons' income "from 2007 to 2014"; the span is read whole."""
    text = paragraph("2015-hillary-clinton-releases-tax-returns", "nyt.md", 10)
    assert "2007 to 2014" in _dates(text, "years")
