"""Extract stage: Article → ArticleFacts. Pure functions of one article: cacheable, parallel."""

from __future__ import annotations

from newslint.extract.facts import ArticleFacts, PostInfo
from newslint.extract.names import extract_names
from newslint.extract.quotes import extract_quotes
from newslint.extract.spans import make_span
from newslint.extract.spun import extract_spun
from newslint.load.article import Article


def extract_article(article: Article) -> ArticleFacts:
    meta = article.meta
    facts = ArticleFacts(
        path=article.path,
        id=article.id,
        title=_text_or_none(meta.get("title")),
        source=_text_or_none(meta.get("source")),
        url=_text_or_none(meta.get("url")),
        date=meta.get("date"),
        word_count=article.word_count,
        posts=tuple(
            PostInfo(make_span(article, p.start, p.end), p.text_end, p.author, p.handle, p.date)
            for p in article.posts
        ),
    )
    facts.names, facts.name_phrases = extract_names(article)
    facts.spun = extract_spun(article)
    facts.quotes = extract_quotes(article, facts.name_phrases)
    return facts


def _text_or_none(value: object) -> str | None:
    return None if value is None else str(value)


__all__ = ["ArticleFacts", "extract_article"]
