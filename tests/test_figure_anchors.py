"""Figures are searched near numbers only, and vague figures only with a scale word: the
figures read must not change."""

from __future__ import annotations

import re

import pytest

from conftest import DATA, SEEDS
from newslint.extract.figures import grammar
from newslint.extract.figures import read as figures
from newslint.extract.scan import Words, scan


def _plain_search(words, start, end, g):
    return lambda pos: g.figure.search(words.text, pos, end)


def _texts() -> list[str]:
    lines = (DATA / "figures.tsv").read_text(encoding="utf-8").splitlines()
    table = [line.split("\t")[0] for line in lines if line and not line.startswith("#")]
    hard = ["usdten million", "USD5bn", "between five and 10 percent", "u.s. $5 billion",
            "as many as twenty-one people", "in excess of  \n  a hundred", "an estimated 3x",
            "costs ٣ million", "İstanbul: a billion", "hundreds of millions of dollars",
            "lots of of tens of millions", "$billions", "at least .5%", "(a) seventy",
            "no less than 4,000,000.5 tonnes", "C$12", "twentyone", "nineteenth", "anyone",
            "USDone million", "eurTEN billion", "chffive %", "xusdtwo bn", "approx. 5%",
            "U.S.$5m", "HK$ 5bn", "nz$3", "ſome 5%", "éone million", "oneé 5", "Upwards of 5x",
            "CIRCA 300 GW", "north of  $5bn", "_5%", "-5%", "a5 5", "₹5 crore", "¥5,000"]
    seeds = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.iterdir())]
    return [*table, *hard, "\n\n".join(table + hard), *seeds]


def test_same_figures_as_a_plain_search(monkeypatch):
    texts = _texts()
    fast = [figures.read_figures(t) for t in texts]
    fast_bounded = [figures.read_figures(t, 2, max(2, len(t) - 3)) for t in texts]
    monkeypatch.setattr(figures, "_figure_search", _plain_search)
    monkeypatch.setattr(Words, "starts", lambda self, found, ends=(): None)
    assert fast == [figures.read_figures(t) for t in texts]
    assert fast_bounded == [figures.read_figures(t, 2, max(2, len(t) - 3)) for t in texts]


def test_digit_runs():
    runs = re.compile("[0-9]+")
    for text in [*_texts(), "12 3a45 ٣6 7", "007"]:
        for start in (0, 1, 5):
            end = len(text) - 1
            want = [m.start() for m in runs.finditer(text, start, end)]
            assert sorted(figures._digit_runs(text, start, end)) == want


def test_number_word_hints_find_every_number_word():
    number_words = grammar.grammar().number_words
    for text in _texts():
        found = scan(text)
        if found.low is None:
            continue
        hits = number_words.starts(found)
        for start in (0, 1, 5):
            want = [m.start() for m in grammar.NUMBER_WORD.finditer(found.low, start)]
            assert figures._number_words(found.low, hits, start, len(text)) == want, text[:40]


@pytest.mark.parametrize("phrase", ["thousands", "Millions", "BILLIONS", "trillions"])
def test_vague_words(phrase):
    assert grammar.grammar().vague_words.starts(scan(f"{phrase} of dollars"))
