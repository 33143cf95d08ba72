"""The date expression table (tests/data/date_expressions.tsv) and resolution properties."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import DATA
from newslint.extract.dates.mentions import extract_dates
from newslint.facts.calendar import resolve_relative
from newslint.load import Article
from newslint.load.segment import segment


def make_article(text: str, date: dt.date | None = None) -> Article:
    article = Article(path="a.txt", id="a.txt", text=text, analysis=text,
                      meta={"date": date} if date else {})
    segment(article)
    return article


def _rows() -> list[tuple[str, dt.date, tuple[str, str, str, str] | None]]:
    rows = []
    for line in (DATA / "date_expressions.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        sentence, reference, *expected = line.split("\t")
        rows.append((sentence, dt.date.fromisoformat(reference),
                     tuple(expected) if expected else None))
    return rows


ROWS = _rows()


def test_table_is_large_enough():
    assert sum(1 for _, _, expected in ROWS if expected) >= 80
    assert sum(1 for _, _, expected in ROWS if not expected) >= 15


@pytest.mark.parametrize(("sentence", "reference", "expected"), ROWS,
                         ids=[row[0] for row in ROWS])
def test_expression(sentence, reference, expected):
    text = sentence.replace("[", "").replace("]", "") + "\n"
    mentions, _, _ = extract_dates(make_article(text, reference))
    if expected is None:
        assert mentions == ()
        return
    start = sentence.index("[")
    wanted_text = sentence[start + 1 : sentence.index("]")]
    first, last, precision = expected
    assert [(m.text, m.span.start, str(m.start), str(m.end), m.precision) for m in mentions] == [
        (wanted_text, start, first, last, precision)
    ]


def test_absolute_date_needs_no_reference():
    mentions, reference, basis = extract_dates(make_article("It opened on March 3, 2021.\n"))
    assert (mentions[0].start, mentions[0].relative) == (dt.date(2021, 3, 3), False)
    assert (reference, basis) == (dt.date(2021, 3, 3), "dates in the text")


def test_relative_date_without_reference_stays_unresolved():
    mentions, reference, _ = extract_dates(make_article("Shares fell last week.\n"))
    assert reference is None
    assert (mentions[0].key, mentions[0].start, mentions[0].relative) == ("last week", None, True)


def test_impossible_and_weekday_dates_are_marked():
    text = "The filing is dated February 30. They met on Monday, March 4, 2025.\n"
    mentions, _, _ = extract_dates(make_article(text, dt.date(2025, 3, 5)))
    assert [(m.text, m.invalid, m.stated_weekday) for m in mentions] == [
        ("February 30", True, None), ("Monday, March 4, 2025", False, 0)]
    assert mentions[1].start.weekday() == 1  # a Tuesday


KEYS = ["today", "yesterday", "tomorrow", "last week", "this week", "next week",
        "earlier this week", "later this week", "last month", "earlier this month",
        "next month", "last year", "late last year", "early next year", "later this year",
        "the past week", "over the weekend", "last weekend", "weekday:0", "weekday:6:last",
        "weekday:3:next", "weekday:4:this", "last-month:7", "in-month:3:late", "next-month:1",
        "md:2:29", "md:12:30", "ago:2:week", "ago:11:month", "ago:3:year", "ago:5:day"]


@settings(max_examples=300, deadline=None)
@given(key=st.sampled_from(KEYS), reference=st.dates(),
       tense=st.sampled_from(["past", "future", "unknown"]))
def test_resolution_never_raises_and_gives_an_ordered_interval(key, reference, tense):
    interval = resolve_relative(key, reference, tense)
    if interval is not None:
        assert interval[0] <= interval[1]


ABSOLUTE = ["It opened on March 3, 2021.", "R1 was unveiled in late 2024.",
            "Revenue rose in Q3 2024.", "It began in the 1950s.", "It was founded in 2023.",
            "Talks began on 4 March 2025.", "It happened in January 2025."]


@settings(max_examples=60, deadline=None)
@given(sentence=st.sampled_from(ABSOLUTE), first=st.dates(), second=st.dates())
def test_absolute_date_is_independent_of_reference(sentence, first, second):
    def intervals(reference):
        mentions, _, _ = extract_dates(make_article(sentence + "\n", reference))
        return [(m.start, m.end, m.precision) for m in mentions]

    assert intervals(first) == intervals(second) != []
