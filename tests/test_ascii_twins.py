"""The stdlib twins of the binding patterns match as the regex module does in ASCII text."""

from __future__ import annotations

import pytest
import regex

from conftest import DATA, SEEDS
from newslint.extract.ascii_twin import ascii_twin
from newslint.extract.figures import subjects as figure_subjects

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


@pytest.mark.parametrize("source", [r"\p{Ll}", r"\P{L}", r"(?V1)a", r"\p{Greek}",
                                    r"[[:digit:]]+", r"(?:cat){e<=1}", "(?i)\u017f",
                                    "(?i:\u0131)", r"a{x}"])
def test_no_twin_is_guessed(source):
    pattern = regex.compile(source)  # every source is valid for the regex module
    with pytest.raises(ValueError):
        ascii_twin(pattern)


@pytest.mark.parametrize(("source", "text"), [(r"[]\p{L}]+", "a]b"), (r"[^]\p{N}]+", "ab9]c"),
                                               (r"x{2,3}", "xxxx"), (r"\p{Lu}{2}", "ABc")])
def test_twin_of_tricky_but_plain_syntax(source, text):
    slow = regex.compile(source)
    assert [m.span() for m in ascii_twin(slow).finditer(text)] == [
        m.span() for m in slow.finditer(text)]
