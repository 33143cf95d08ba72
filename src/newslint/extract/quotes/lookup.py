"""Where an offset stands in an article: its sentence, its paragraph, whether inside a
quotation; and each quote region with the attribution found for it."""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from newslint.extract.quotes.attribution import Attribution
from newslint.extract.quotes.marks import QuoteRegion
from newslint.load.article import Article


@dataclass(slots=True)
class Found:
    region: QuoteRegion
    attribution: Attribution | None
    inferred: str | None = None  # "continued" when the speaker comes from another quote


class Lookup:
    """Which sentence, paragraph or quote an offset is in, by bisection: built once per
    article so that long articles with many quotes stay linear-logarithmic."""

    def __init__(self, article: Article, regions: list[QuoteRegion]):
        self.article = article
        self.sentence_starts = [s.start for s in article.sentences]
        self.paragraph_starts = [p.start for p in article.paragraphs]
        self.region_starts = [r.start for r in regions]
        self.regions = regions

    def sentence(self, offset: int) -> int | None:
        index = bisect.bisect_right(self.sentence_starts, offset) - 1
        if index >= 0 and offset < self.article.sentences[index].end:
            return index
        return None

    def paragraph(self, offset: int) -> int | None:
        index = bisect.bisect_right(self.paragraph_starts, offset) - 1
        if index >= 0 and offset < self.article.paragraphs[index].end:
            return index
        return None

    def in_quote(self, offset: int) -> bool:
        return self.region_at(offset) is not None

    def region_at(self, offset: int) -> int | None:
        """The index of the quote region the offset is in, if any."""
        index = bisect.bisect_right(self.region_starts, offset) - 1
        return index if index >= 0 and offset < self.regions[index].end else None
