"""The fillers that end a subject's chunk are found without the pattern where its last word
ends none: where they start must not change."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newslint.extract.figures import subjects as fs

_PIECES = [
    "has", "HAS", "as", "As", "much", "MUCH", "all", "shall", "Apple", "rose", "is", "this",
    "nearly", "further", "5", ",", "S&P", "ſ", "é", "hasty", "ha", " ", " ", " ", "  ", "\t",
    "\n", "\x0b", "\x0c", "\r", "\x1c", "\x1f", "\x85", "\xa0", "",
]


def _old_filler_start(chunk: str) -> int:
    """The pattern, searched over the whole chunk."""
    return fs._FILLER.search(chunk).start()


@settings(max_examples=5000, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=14).map("".join))
def test_same_start_as_the_pattern(chunk):
    assert fs._filler_start(chunk) == _old_filler_start(chunk)


def test_filler_start():
    for chunk in ["Apple shares have also  ", "it rose as much as", "Apple\x1fhas", "", "  ",
                  "Apple has", "Apple has,", "Microsoft"]:
        assert fs._filler_start(chunk) == _old_filler_start(chunk), chunk
