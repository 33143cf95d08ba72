"""Date candidates are searched near anchor words only: the matches must not change."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import DATA, SEEDS
from newslint.extract.dates import mentions as dates
from newslint.facts.text import lowered


def _same(text: str, start: int = 0) -> None:
    expected = [(m.span(), m.groups()) for m in dates._PATTERN.finditer(text, start)]
    assert [(m.span(), m.groups()) for m in dates._date_matches(text, start)] == expected, text


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


def _find_anchors(text: str, low: str, start: int) -> list[tuple[int, int]]:
    """The reference for dates._anchors: a str.find loop per anchor word."""
    anchors = []
    for source, (words, before) in ((text, dates._CASED_ANCHORS[0]),
                                    (text, dates._CASED_ANCHORS[1]),
                                    (text, dates._CASED_ANCHORS[2]),
                                    (low, dates._ANCHOR_WORDS), (low, dates._DAY_WORDS)):
        for word in words:
            index = source.find(word, start)
            while index >= 0:
                anchors.append((index, before))
                index = source.find(word, index + 1)
    for digit in "12":
        index = text.find(digit, start)
        while index >= 0:
            if text[index:index + 4].isdigit():
                anchors.append((index, dates._WORDS_BEFORE_YEAR))
            index = text.find(digit, index + 1)
    index = text.find("-", start)
    while index >= 0:
        if index - 4 >= start and text[index - 4:index].isdigit() \
                and text[index + 1:index + 2] in ("0", "1"):
            anchors.append((index - 4, dates._WORDS_BEFORE_ISO))
        index = text.find("-", index + 1)
    return anchors


# Pieces of every anchor word, run into each other and into other letters.
_ANCHOR_PIECES = st.sampled_from(
    ["Jan", "Ja", "Feb", "Mar", "May", "Ma", "Mon", "Monday", "Tuesday", "Tue", "Sunday",
     "Sep", "Sept", "Dec", "Q", "Q1", "Q4", "Q5", "day", "week", "Week", "month", "year",
     "yr", "ago", "ties", "yesterday", "today", "tomorrow", "y", "ear", "r", "w", "eek",
     "1", "2", "2025", "1999", "-", "-0", "-1", "٢", " ", ".", "\n", "a", "Z", "ſ", "K"])


@given(st.lists(_ANCHOR_PIECES, max_size=30).map("".join) | st.text(max_size=60),
       st.integers(0, 20))
@settings(max_examples=500, deadline=None)
def test_anchor_scan_finds_what_str_find_finds(text, start):
    low = lowered(text)
    if low is None:
        return
    assert sorted(dates._anchors(text, low, start)) == sorted(_find_anchors(text, low, start))


@given(st.lists(_ANCHOR_PIECES, max_size=30).map(" ".join), st.integers(0, 20))
@settings(max_examples=300, deadline=None)
def test_date_matches_on_anchor_soup(text, start):
    _same(text, start)


# ASCII words of every alternative of dates._PATTERN, and the characters between them that
# its look-arounds and \s, \d, \b read (\x1c is str.isspace() but not \s in `regex`).
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


@given(_ASCII_TEXT | st.text(alphabet=st.characters(max_codepoint=127), max_size=40))
@settings(max_examples=2000, deadline=None)
def test_ascii_twin_matches_as_the_pattern(text):
    for pattern, twin in ((dates._PATTERN, dates._PATTERN_ASCII),
                          (dates._CAN_START, dates._CAN_START_ASCII)):
        for at in range(len(text) + 1):
            slow, fast = pattern.match(text, at), twin.match(text, at)
            assert (slow and (slow.span(), slow.groups())) == \
                (fast and (fast.span(), fast.groups())), (text, at)
