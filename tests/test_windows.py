"""scan.windows: the walk back that stops at the window before gives the same ranges
as walking every anchor back in full (the ranges merged alike)."""

from __future__ import annotations

import random

from conftest import SEEDS
from newslint.extract.scan import merged, windows


def _plain_windows(text: str, start: int, anchors: list[tuple[int, int]]) -> list[list[int]]:
    ranges = []
    for anchor, words_before in anchors:
        pos = max(start, text.rfind(" ", start, anchor) + 1)
        for _ in range(words_before):
            while pos > start and text[pos - 1].isspace():
                pos -= 1
            pos = max(start, text.rfind(" ", start, pos) + 1)
        ranges.append((pos, anchor + 1))
    return merged(ranges)


def test_same_windows_as_a_full_walk():
    rng = random.Random(7)
    texts = ["", "a", "  a  b ", "x" * 50, "one two  three\tfour\nfive six seven eight"]
    texts += [rng.choice([" ", "  ", "a", "bc", "1", "\n", "-"]) * rng.randint(0, 3)
              + " ".join(rng.choice(["a", "bb", "1,5", " ", "x-y", "\n", "\t\n"])
                         for _ in range(40))
              for _ in range(200)]
    texts += [p.read_text(encoding="utf-8")[:3000] for p in sorted(SEEDS.iterdir())[:20]]
    for text in texts:
        for _ in range(5):
            start = rng.randint(0, max(0, len(text) // 4))
            anchors = [(rng.randint(start, max(start, len(text) - 1)), rng.choice([0, 1, 3, 5]))
                       for _ in range(rng.randint(0, 30))]
            assert windows(text, start, anchors) == _plain_windows(text, start, anchors)
            same_n = [(a, 5) for a, _ in anchors]
            assert windows(text, start, same_n) == _plain_windows(text, start, same_n)
