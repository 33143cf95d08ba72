"""Turning offsets in an Article into Spans and asking where an offset sits."""

from __future__ import annotations

import bisect

from newslint.facts import Context, Span
from newslint.load.article import Article


def make_span(article: Article, start: int, end: int) -> Span:
    # Hot path (hundreds of calls per article): one bisect when the span ends on its line.
    starts = article.line_starts
    index = bisect.bisect_right(starts, start) - 1
    line_start = starts[index]
    next_start = starts[index + 1] if index + 1 < len(starts) else len(article.text) + 1
    if start <= end < next_start:
        return Span(start, end, index + 1, start - line_start + 1, index + 1,
                    end - line_start + 1)
    line, col, end_line, end_col = article.span_position(start, end)
    return Span(start, end, line, col, end_line, end_col)


def sentence_context(article: Article, offset: int) -> Context:
    index = article.sentence_index(offset)
    if index is None:
        return "text"
    return article.sentences[index].kind
