"""Date candidates are searched near anchor words only: the matches must not change."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import DATA, SEEDS
from newslint.extract.dates import mentions as dates
from newslint.extract.scan import scan


def _same(text: str, start: int = 0) -> None:
    expected = [(m.span(), m.groups()) for m in dates._PATTERN.finditer(text, start)]
    found = [(m.span(), m.groups()) for m in dates._date_matches(scan(text), start)]
    assert found == expected, text


def _expressions() -> list[str]:
    lines = (DATA / "date_expressions.tsv").read_text(encoding="utf-8").splitlines()
    return [line.split("\t")[0].replace("[", "").replace("]", "")
            for line in lines if line and not line.startswith("#")]


def test_expressions():
    sentences = _expressions()
    assert len(sentences) > 100
    for sentence in sentences:
        _same(sentence)
        _same(f"x {sentence} y", 2)
    _same("\n\n".join(sentences))


def test_seeds_and_hard_cases():
    for path in sorted(SEEDS.iterdir()):
        _same(path.read_text(encoding="utf-8"))
    for text in ("in the second  half  of\n2024", "the first quarter of 2025", "mid--2024",
                 "late - - 2024", "(the beginning of 2020)", "the late Nineties",
                 "two weeks ago", "a day ago", "over the weekend", "Q3 2024", "final yr",
                 "Sept. 4", "“Monday, March 3, 2025”", "İstanbul, on Monday", "ſunday 2024",
                 "earlier this week", "by 2030.", "the 1990s", "since July", "3025-03-04",
                 "٢٠٢٥-03-04", "Monday, 0999-12-31", "Q32024", "12 days ago", "mid-1990s",
                 "4th of March", "Sunday, the 4th of March, 2025", "the early Twenties",
                 "late last year", "the middle of 2019", "Fri. Mar. 3"):
        _same(text)
        _same("word " + text, 3)


_ANCHOR_PIECES = st.sampled_from(
    ["Jan", "Ja", "Feb", "Mar", "May", "Ma", "Mon", "Monday", "Tuesday", "Tue", "Sunday",
     "Sep", "Sept", "Dec", "Q", "Q1", "Q4", "Q5", "day", "week", "Week", "month", "year",
     "yr", "ago", "ties", "yesterday", "today", "tomorrow", "y", "ear", "r", "w", "eek",
     "1", "2", "2025", "1999", "-", "-0", "-1", "٢", " ", ".", "\n", "a", "Z", "ſ", "K"])


@given(st.lists(_ANCHOR_PIECES, max_size=30).map(" ".join), st.integers(0, 20))
@settings(max_examples=300, deadline=None)
def test_date_matches_on_anchor_soup(text, start):
    _same(text, start)


# Words of every alternative of dates._PATTERN, and the characters between them that its
# look-arounds and \s, \d, \b read (\x1c is str.isspace() but not \s in `regex`).
_ASCII_WORDS = st.sampled_from(
    ["January", "March", "May", "Sept.", "Dec", "Monday", "Sunday", "Q3", "4", "27th", "31",
     "2025", "1990", "1990s", "2025-03-04", "0", "%", "percent", "per cent", "$", "@", "of",
     "the", "The", "in", "In", "by", "on", "last", "next", "this", "early", "Late", "mid",
     "half", "first", "second", "quarter", "Quarter", "spring", "fall", "twenties",
     "Nineties", "week", "weeks", "month", "year", "yr", "ago", "a", "an", "two", "twelve",
     "final", "past", "earlier", "weekend", "over", "yesterday", "morning", "and", "was",
     "Smith", "X", "x", "s", "_"])
_ASCII_GAPS = st.sampled_from(
    [" ", " ", " ", "", "  ", "\n", "\t", "\x0b", "\x1c", "\x1f", "\r\n", "-", "--", "'",
     "'s ", ", ", ",", ".", ". ", ";", ")", '"', "/", "#", "$"])
_ASCII_TEXT = st.lists(st.tuples(_ASCII_WORDS, _ASCII_GAPS), max_size=8).map(
    lambda pairs: "".join(word + gap for word, gap in pairs))


@given(_ASCII_TEXT | st.text(alphabet=st.characters(max_codepoint=127), max_size=40),
       st.integers(0, 10))
@settings(max_examples=1000, deadline=None)
def test_date_matches_on_word_soup(text, start):
    _same(text, start)
