"""Plain fact records extracted from one article. They know nothing of rules.

Every fact carries a Span with its line and column already resolved, so cross-article rules
work from facts alone (or from the cache) without the article's text in memory.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Literal

from newslint.diagnostics import Location

Context = Literal["text", "heading", "label", "post"]


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    line: int
    col: int
    end_line: int
    end_col: int

    def location(self, path: str, message: str = "") -> Location:
        return Location(path, self.line, self.col, self.end_line, self.end_col, message)


@dataclass(frozen=True, slots=True)
class NameMention:
    """A capitalised or alphanumeric token that may be (part of) a name: "DeepSeek", "o1"."""

    text: str
    span: Span
    sentence_initial: bool
    context: Context
    in_phrase: bool  # next to other capitalised tokens ("Sam Altman"), not standing alone


@dataclass(frozen=True, slots=True)
class NamePhrase:
    """A maximal run of name tokens: "Marc Andreessen", "Nasdaq 100", "Y Combinator"."""

    text: str
    span: Span
    sentence_initial: bool
    context: Context


@dataclass(frozen=True, slots=True)
class SpunPhrase:
    """A phrase a text spinner leaves behind, or an unfilled template slot ("{dollars}")."""

    text: str
    original: str
    strength: Literal["strong", "weak", "placeholder"]
    span: Span
    context: Context


@dataclass(frozen=True, slots=True)
class Quote:
    """Words inside quotation marks, with who said them (as far as the text tells)."""

    text: str  # the quoted words, without the quotation marks
    span: Span  # the quoted words, inside the marks
    speaker: str | None  # as written: "he", "Andreessen", "Marc Andreessen", "@handle"
    speaker_key: str | None  # normalised within the article: "Marc Andreessen"
    speaker_span: Span | None
    verb: str | None  # the speech verb: "said", "called it", "according to"
    partial: bool  # a fragment inside the writer's sentence, not a full quoted sentence
    context: Context  # "post" for words inside an embedded social post
    # Added by the quote extractor; defaults keep the contract for other producers.
    speaker_role: str | None = None  # title or role written with the name: "Curai CEO"
    # How the speaker was found: "name", "pronoun", "generic" ("a spokesperson"), "post"
    # (the post's author), "continued" (from the quote this one continues).
    speaker_kind: str | None = None
    # Names the quote's sentence (and the one before it) is about, other than people:
    # "DeepSeek", "R1". What NL303 groups a speaker's quotes by.
    subjects: tuple[str, ...] = ()


QuantityKind = Literal[
    "money", "percent", "percentage_points", "basis_points", "multiplier", "count", "physical"
]


@dataclass(frozen=True, slots=True)
class Quantity:
    """A figure: value and interval in base units, and what it measures where known."""

    text: str  # as written: "more than 2 percent", "$5.6 million"
    span: Span
    kind: QuantityKind
    unit: str  # "USD", "EUR", "%", "pp", "bp", "x", "" (count), or a pint unit ("W")
    value: float
    low: float  # the interval the wording allows, inclusive, in the same unit
    high: float
    qualifier: str | None  # "more than", "about", "up to", ...
    subject: str | None  # normalised subject: "s&p 500", "r1 training cost"
    measure: str | None  # "change", "cost", "market value", ...
    direction: int  # -1 fell, +1 rose, 0 unknown or not a change
    context: Context


@dataclass(frozen=True, slots=True)
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
