"""Two sentences that tell one thing in other words: they share several content words
besides their heads, and a good part of the shorter one's. Shared by the dates (two
weekdays of different heads, index/date_alignment.py) and the figures (one figure under two
heads, rules/figure_aligned.py): "offered Democrats a deal ... in exchange for $5.7 billion
in funding for a wall along the southern border" and "offered Democrats a three-year
extension of protections ..., in exchange for the $5.7 billion he has been seeking for a
barrier along the nation's southern border" tell one sum, whatever their heads.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

ALIGNED_WORDS = 4  # content words two aligned sentences share besides their heads
_SHARE = 1 / 3  # ... and at least this part of the shorter sentence's


def words_align(first: Iterable[str], second: Iterable[str], heads: Collection[str]) -> bool:
    """Whether two sentences' content-word lemmas, less `heads`, share ALIGNED_WORDS and a
    third of the shorter sentence's."""
    a, b = set(first) - set(heads), set(second) - set(heads)
    shared = len(a & b)
    return shared >= ALIGNED_WORDS and shared >= min(len(a), len(b)) * _SHARE
