"""Years on their own: the end of a span of years ("from 2007 to 2014") is a year too, and
an adverb after a year ends its phrase as a verb does ("in 2010 partly by arguing"), while
a number before its noun stays a number ("from 2000 to 1500 workers")."""

from __future__ import annotations

import datetime as dt

from newslint.extract.article import extract_article
from newslint.load import Article
from newslint.load.segment import segment
from realcopy import paragraph

_DAY = dt.date(2015, 7, 31)


def _years(body: str) -> list[str]:
    text = body + "\n"
    article = Article(path="a.md", id="a.md", text=text, analysis=text, meta={"date": _DAY})
    segment(article)
    return [m.text for m in extract_article(article).dates if m.precision == "year"]


def test_both_ends_of_a_span_of_years():
    assert _years("The couple earned $139 million in income from 2007 to 2014, the "
                  "returns show.") == ["2007", "2014"]
    assert _years("She ran the agency from 1996 through 2007.") == ["1996", "2007"]


def test_a_year_before_an_adverb():
    assert _years("Republicans won the House in 2010 partly by attacking the law.") == \
        ["2010"]


def test_numbers_before_their_noun_stay_numbers():
    assert "1500" not in _years("The plant cut its staff from 2400 to 1500 workers.")
    assert "2000" not in _years("Prices went from 1500 to 2000 dollars in a year.")


def test_a_span_of_years_on_real_copy():
    """The Times: the Clintons' income "from 2007 to 2014"; both years are read."""
    text = paragraph("2015-hillary-clinton-releases-tax-returns", "nyt.md", 10)
    assert [y for y in ("2007", "2014") if y in _years(text)] == ["2007", "2014"]
