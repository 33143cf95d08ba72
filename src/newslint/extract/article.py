"""All facts of one article, extractor by extractor."""

from __future__ import annotations

from newslint.extract.dates import extract_dates
from newslint.extract.figures import extract_quantities, extract_votes
from newslint.extract.names import extract_names
from newslint.extract.quotes.quotes import read_quotes
from newslint.extract.scan import scan
from newslint.extract.sourcing import (
    extract_attributes,
    extract_hedges,
    extract_roles,
    extract_vague,
    quote_ranges,
    quoted_passages,
)
from newslint.extract.spans import make_span
from newslint.extract.spun import extract_spun
from newslint.facts import ArticleFacts, PostInfo
from newslint.load.article import Article
from newslint.timing import Timings


def extract_article(article: Article, timings: Timings | None = None) -> ArticleFacts:
    """All facts of one article. `timings`, when given, collects seconds per fact kind."""
    timings = timings or Timings()
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
    with timings.stage("extract scan"):
        words = scan(article.analysis)  # every extractor's trigger words, in one pass
    with timings.stage("extract names"):
        facts.names, facts.name_phrases = extract_names(article, quoted_passages(article))
    with timings.stage("extract spun text"):
        facts.spun = extract_spun(article, words)
    with timings.stage("extract quotes"):
        facts.quotes, person_of = read_quotes(article, facts.name_phrases)
    with timings.stage("extract dates"):
        facts.dates, facts.reference_date, facts.reference_basis = extract_dates(
            article, facts.spun, words, person_of)
    with timings.stage("extract quantities"):
        facts.quantities = (extract_quantities(article, facts.names, words)
                            + extract_votes(article, words))
    with timings.stage("extract roles"):
        facts.roles = extract_roles(article, facts.name_phrases, words)
        facts.attributes = extract_attributes(article, words)
    with timings.stage("extract sourcing"):
        quotes = quote_ranges(article)  # both need them
        facts.vague = extract_vague(article, quotes, words)
        facts.hedges = extract_hedges(article, quotes, words)
    return facts


def _text_or_none(value: object) -> str | None:
    return None if value is None else str(value)

