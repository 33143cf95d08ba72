"""Turning offsets in an Article into Spans and asking where an offset sits."""

from __future__ import annotations

from newslint.extract.facts import Context, Span
from newslint.load.article import Article


def make_span(article: Article, start: int, end: int) -> Span:
    line, col, end_line, end_col = article.span_position(start, end)
    return Span(start, end, line, col, end_line, end_col)


def sentence_context(article: Article, offset: int) -> Context:
    index = article.sentence_index(offset)
    if index is None:
        return "text"
    return article.sentences[index].kind
