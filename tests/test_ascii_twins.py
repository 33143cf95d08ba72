"""The stdlib twins of the binding patterns match as the regex module does in ASCII text."""

from __future__ import annotations

import pytest
import regex

from conftest import DATA, SEEDS
from newslint.extract import figure_subjects
from newslint.extract.figures import ascii_twin

_ENDINGS = ["Tesla shares fell ", "The S&P 500 futures were down\n",
            "Shares of Tesla Inc. rose by ", "NVIDIA's stock has also  fell",
            "the Dow Jones wiped out ", "costs as much as\n\n",
            "It was valued at\t", "US stocks are up a further ", "rose 3%, Nikkei 225 erased "]


def _texts() -> list[str]:
    paths = sorted(SEEDS.iterdir())[:30] + sorted(DATA.rglob("*.md"))[:30]
    texts = [p.read_text(encoding="utf-8").encode("ascii", "ignore").decode() for p in paths]
    return [*_ENDINGS, " ".join(_ENDINGS), *texts]


def _same(slow: regex.Match[str] | None, fast: object) -> bool:
    return (slow and (slow.span(), slow.groups())) == (
        fast and (fast.span(), fast.groups()))  # type: ignore[attr-defined]


def test_binding_twins_match_the_same():
    lex = figure_subjects.lexicon()
    pairs = [(lex.verb_at_end, lex.verb_at_end_ascii),
             (figure_subjects._FILLER, figure_subjects._FILLER_ASCII),
             (figure_subjects._NAME_AT_END, figure_subjects._NAME_AT_END_ASCII)]
    checked = 0
    for text in _texts():
        for end in [*range(1, len(text), 5), len(text)]:
            for slow, fast in pairs:
                start = max(0, end - 120)
                assert _same(slow.search(text, start, end), fast.search(text, start, end)), \
                    (slow.pattern[:30], text[start:end])
                chunk = text[start:end]
                assert _same(slow.search(chunk), fast.search(chunk))
                checked += 1
    assert checked > 10_000


@pytest.mark.parametrize("source", [r"\p{Ll}", r"\P{L}", r"(?V1)a", r"\p{Greek}"])
def test_no_twin_is_guessed(source):
    with pytest.raises((ValueError, regex.error)):
        ascii_twin(regex.compile(source))
