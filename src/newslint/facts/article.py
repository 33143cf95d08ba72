"""All the facts of one article, the unit of caching and indexing.

The records themselves are by fact family, one module each in this package. They know
nothing of rules or of the extractors that make them.

Every fact carries a Span with its line and column already resolved, so cross-article rules
work from facts alone (or from the cache) without the article's text in memory.

Records are never changed once extracted, and hash by value, but are not `frozen`: a frozen
dataclass sets each field through object.__setattr__, which made building (and reading back
from the cache) the few hundred records of an article four times slower.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from newslint.facts.figures import Quantity
from newslint.facts.names import NameMention, NamePhrase
from newslint.facts.quotes import Quote
from newslint.facts.sourcing import Hedge, VagueAttribution
from newslint.facts.span import Span
from newslint.facts.spun import SpunPhrase


@dataclass(slots=True, unsafe_hash=True)
class PostInfo:
    span: Span
    text_end: int
    author: str | None
    handle: str | None
    date: str | None


@dataclass(slots=True)
class ArticleFacts:
    """Everything extraction found in one article; the unit of caching and indexing."""

    path: str
    id: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    date: dt.date | None = None
    word_count: int = 0
    posts: tuple[PostInfo, ...] = ()
    names: tuple[NameMention, ...] = ()
    name_phrases: tuple[NamePhrase, ...] = ()
    spun: tuple[SpunPhrase, ...] = ()
    quotes: tuple[Quote, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    dates: tuple[Any, ...] = ()
    roles: tuple[Any, ...] = ()
    attributes: tuple[Any, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)
    # The date relative expressions are read from: `date` when known, else inferred from the
    # article's own absolute dates (embedded posts first); `reference_basis` says which.
    reference_date: dt.date | None = None
    reference_basis: str | None = None  # "stated", "post dates", "dates in the text"
    vague: tuple[VagueAttribution, ...] = ()
    hedges: tuple[Hedge, ...] = ()  # sorted by start
