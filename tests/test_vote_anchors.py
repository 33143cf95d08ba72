"""Vote anchors are tried only where a literal starts: the anchors found must not change."""

from __future__ import annotations

import pytest

from conftest import SEEDS
from newslint.extract.figures import votes
from newslint.extract.scan import scan

_TEXTS = [
    "The committee VOTED 7-2; a Ruling by a 6-3 decision, a narrow majority.",
    "Seven of the nine members backed it; two opposed, one favoured, one favored.",
    "ſupported, Supported, devoted, outvoted, voters, vote", "İstanbul voted 5-4",
    "pivot vot Vot vOT", "",
]


@pytest.mark.parametrize(("anchor", "literals"), [
    (votes._VOTE_WORD, votes._VOTE_LITERALS), (votes._SHARE_WORD, votes._SHARE_LITERALS)])
def test_same_anchors_as_a_plain_scan(anchor, literals):
    texts = _TEXTS + [p.read_text(encoding="utf-8") for p in sorted(SEEDS.iterdir())]
    for text in texts:
        for start in (0, 3):
            want = [m.span() for m in anchor.finditer(text, start)]
            assert [m.span() for m in votes._anchors(anchor, literals, scan(text), start)] == want
