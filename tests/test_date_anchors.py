"""Date candidates are searched near anchor words only: the matches must not change."""

from __future__ import annotations

from conftest import DATA, SEEDS
from newslint.extract import dates


def _same(text: str, start: int = 0) -> None:
    expected = [m.span() for m in dates._PATTERN.finditer(text, start)]
    assert [m.span() for m in dates._date_matches(text, start)] == expected, text


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
