"""A number word that starts no figure ("a year", "more than two people") anchors no
window: the figures read must not change."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from conftest import SEEDS
from newslint.extract.figures import grammar
from newslint.extract.figures import read as figures
from newslint.extract.scan import scan

_WORDS = [
    "a", "an", "A", "An", "$", "£", "%", "+", "{dollars}", "x", "5", "12", "3.5", "1,000",
    "one", "two", "seven", "twenty", "hundred", "million", "bn", "m", "k", "t", "tr",
    "thousand", "to", "and", "between", "plus", "per", "cent", "percent", "pct", "p.c",
    "percentage", "points", "ppts", "basis", "bps", "times", "fold", "-fold", "u.s.", "us",
    "dollars", "pounds", "sterling", "yen", "usd", "eur", "kWh", "MW", "km", "metric", "tons",
    "kilowatt-hours", "year", "hour", "people", "timeſ", "é", "ſ", "K", "about", "maximum",
    "of", "estimated", "as", "many", "nearly", "more", "than", "no", "less", "up", "some",
    "over", "approx.", "least", "at", "the", "Nikkei", "2024", "(", ")", "’", "—",
]
# Mostly a space between words, as in news; the other separators are where a figure may
# or may not go on.
_SEPARATORS = [" "] * 8 + ["  ", "\n", "\t", "\xa0", "\xa0 ", "\t ", " \n", "-", "–", ".", ",",
                           ":", "/", "_", ""]
_TEXT = st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_SEPARATORS)),
                 max_size=25).map(lambda pairs: "".join(w + s for w, s in pairs))


def _every_number_word(low, hits, start, end, lone=True):
    """The number-word anchors as they were: every match."""
    return [m.start() for m in grammar.NUMBER_WORD.finditer(low, start, end)]


def _read_both(text, start, end):
    fast = figures.read_figures(text, start, end)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(figures, "_number_words", _every_number_word)
        slow = figures.read_figures(text, start, end)
    return fast, slow


@settings(max_examples=4000, deadline=None)
@given(text=_TEXT, cut=st.integers(0, 3))
@example(text="about a hundred dollars, a bn, a 5 to a million", cut=0)
@example(text="between a maximum of an estimated a thousand", cut=0)
@example(text="between some\xa0 a maximum of\xa0 an estimated a thousand", cut=0)
def test_same_figures_as_with_every_number_word(text, cut):
    fast, slow = _read_both(text, min(cut, len(text)), max(0, len(text) - cut))
    assert fast == slow


def test_same_figures_in_the_seeds():
    for path in sorted(SEEDS.iterdir()):
        text = path.read_text(encoding="utf-8")
        fast, slow = _read_both(text, 0, len(text))
        assert fast == slow, path.name


def test_lone_number_words():
    low = ("a year, an hour, a million, a hundred, a to 5, a\nyear, a timeſ, a kwh, a 5, two "
           "people, usd two people, $two people, twenty one")
    hits = grammar.grammar().number_words.starts(scan(low))
    starts = figures._number_words(low, hits, 0, len(low), lone=False)
    assert [low[s : s + 9] for s in starts] == [
        "a million", "a hundred", "a to 5, a", "a\nyear, a", "a timeſ, ", "a kwh, a ", "a 5, two ",
        "two peopl", "two peopl", "twenty on", "one"]
