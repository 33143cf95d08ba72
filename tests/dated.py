"""An article written in a test, with a publication date, and its extracted facts."""

from __future__ import annotations

import datetime as dt

from newslint.extract.article import extract_article
from newslint.facts import ArticleFacts
from newslint.load import Article
from newslint.load.segment import segment


def dated_facts(name: str, date: dt.date, body: str) -> ArticleFacts:
    """The facts of `body` as the article `name` published on `date`."""
    text = body + "\n"
    article = Article(path=name, id=name, text=text, analysis=text, meta={"date": date})
    segment(article)
    return extract_article(article)
