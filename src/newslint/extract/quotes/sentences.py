"""Where the sentence around an offset starts and ends, kept inside its paragraph."""

from __future__ import annotations

from newslint.extract.quotes.lookup import Lookup


def sentence_start(look: Lookup, offset: int, floor: int) -> int:
    index = look.sentence(offset)
    if index is None:
        return floor
    return max(look.article.sentences[index].start, floor)


def sentence_end(look: Lookup, close: int, ceiling: int) -> int:
    """End of the sentence the attribution after a closing mark belongs to."""
    probe = close + 1
    while probe < ceiling and look.article.analysis[probe].isspace():
        probe += 1
    index = look.sentence(probe)
    if index is None or probe >= ceiling:
        return ceiling
    return min(look.article.sentences[index].end, ceiling)
