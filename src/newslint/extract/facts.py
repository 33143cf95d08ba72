"""Plain fact records extracted from one article. They know nothing of rules.

Every fact carries a Span with its line and column already resolved, so cross-article rules
work from facts alone (or from the cache) without the article's text in memory.

Records are never changed once extracted, and hash by value, but are not `frozen`: a frozen
dataclass sets each field through object.__setattr__, which made building (and reading back
from the cache) the few hundred records of an article four times slower.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Literal

from newslint.diagnostics import Location

Context = Literal["text", "heading", "label", "post"]


@dataclass(slots=True, unsafe_hash=True)
class Span:
    start: int
    end: int
    line: int
    col: int
    end_line: int
    end_col: int

    def location(self, path: str, message: str = "") -> Location:
        return Location(path, self.line, self.col, self.end_line, self.end_col, message)


@dataclass(slots=True, unsafe_hash=True)
class NameMention:
    """A capitalised or alphanumeric token that may be (part of) a name: "DeepSeek", "o1"."""

    text: str
    span: Span
    sentence_initial: bool
    context: Context
    in_phrase: bool  # next to other capitalised tokens ("Sam Altman"), not standing alone


@dataclass(slots=True, unsafe_hash=True)
class NamePhrase:
    """A maximal run of name tokens: "Marc Andreessen", "Nasdaq 100", "Y Combinator"."""

    text: str
    span: Span
    sentence_initial: bool
    context: Context


@dataclass(slots=True, unsafe_hash=True)
class SpunPhrase:
    """A phrase a text spinner leaves behind, or an unfilled template slot ("{dollars}")."""

    text: str
    original: str
    strength: Literal["strong", "weak", "placeholder"]
    span: Span
    context: Context


@dataclass(slots=True, unsafe_hash=True)
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
    "money", "percent", "percentage_points", "basis_points", "multiplier", "count", "physical",
    "vote",
]


@dataclass(slots=True, unsafe_hash=True)
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
    family: str | None = None  # related subjects share it: "nasdaq" for "nasdaq 100 futures"
    subject_label: str | None = None  # the subject as messages show it: "Nasdaq 100 futures"
    noun: str | None = None  # what a count counts: "people" in "over a billion people"
    period: str | None = None  # the period a change covers: "monday", "week", "year", ...


@dataclass(slots=True, unsafe_hash=True)
class Role:
    """A person's post as the text gives it: "Meta's Chief AI Scientist Yann LeCun"."""

    person: str  # as written: "Yann LeCun", or "LeCun" when the article never gives more
    person_key: str  # full name, lower-cased, resolved within the article: "yann lecun"
    role: str  # as written: "Chief AI Scientist", "chief executive"
    role_key: str  # canonical from rules/roles.yaml: "chief ai scientist", "ceo"
    org: str | None  # as written: "Meta's" without the possessive, "Bernstein"
    org_key: str | None  # canonical organisation: "meta"
    span: Span  # the whole phrase, person and role
    person_span: Span
    current: bool  # False for "former", "interim", "acting" ...: never compared
    pattern: Literal["premodifier", "appositive", "copula"]
    context: Context


AttributeKind = Literal["developer", "location", "kind", "founder", "founded", "funder", "owner"]


@dataclass(slots=True, unsafe_hash=True)
class Attribute:
    """What the text says an organisation or product is: who made it, where it is based."""

    subject: str  # as written: "DeepSeek R1", "High-Flyer Capital Management"
    subject_key: str  # lower-cased, aliases and legal endings resolved: "deepseek r1"
    kind: AttributeKind
    value: str  # as written: "High-Flyer Capital Management", "Hong Kong", "2023"
    value_key: str  # normalised: organisation key, place "city:hangzhou|china", year
    span: Span  # the words that state it: "developed by ... High-Flyer Capital Management"
    context: Context


@dataclass(slots=True, unsafe_hash=True)
class VagueAttribution:
    """A claim pinned on no one in particular: "some industry experts", "critics say"."""

    text: str
    span: Span
    sentence: Span
    context: Context


@dataclass(slots=True, unsafe_hash=True)
class Hedge:
    """A stretch of text where a claim is attributed or doubted, not stated as fact.

    kind "claim": a cue such as "claims that", "reportedly", "alleged" covers the stretch;
    kind "quote": words in quotation marks, the speaker's and not the writer's;
    kind "attribution": a sentence that gives its source ("the company said"), neither the
    writer's own assertion nor doubted.
    """

    start: int
    end: int
    cue: str
    kind: Literal["claim", "quote", "attribution"]


@dataclass(slots=True, unsafe_hash=True)
class PostInfo:
    span: Span
    text_end: int
    author: str | None
    handle: str | None
    date: str | None


@dataclass(slots=True, unsafe_hash=True)
class DateMention:
    """A date expression resolved to an inclusive interval, bound to its event where known.

    A relative expression ("earlier this week") keeps its `key` so that a corpus stage can
    resolve it again when the article has no reference date (then start/end are None).
    """

    text: str  # as written: "earlier this week", "Monday, March 4, 2025"
    span: Span
    start: dt.date | None  # first day of the interval, inclusive
    end: dt.date | None  # last day, inclusive
    precision: str  # day, week, month, quarter, season, year, decade
    relative: bool  # resolved against the article's reference date
    key: str  # the normalised expression: "earlier this week", "weekday:0", "2025-03-04"
    tense: str  # past, future or unknown: how the sentence reads around the date
    context: Context
    stated_weekday: int | None = None  # Monday=0, when written beside a full date
    invalid: bool = False  # a day that does not exist: "February 30"
    event: str | None = None  # canonical event from rules/dates.yaml: "release", "founding"
    event_text: str | None = None  # the verb or noun as written: "unveiled"
    subject: str | None = None  # normalised subject of the event: "r1", "deepseek"
    event_span: Span | None = None
    subject_text: str | None = None  # the subject as written: "DeepSeek R1"


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
