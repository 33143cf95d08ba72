"""Sourcing facts: roles, what organisations are, vague sources and hedges."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from newslint.facts.span import Context, Span


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
    former: bool = False  # a past post ("former", "ex-"): compared with past posts only
    # The place or organisation written before a title, as written: "New York City" in
    # "former New York City Mayor Michael Bloomberg"; None when there is none.
    where: str | None = None
    # The one word that makes a post not current without making it a past one ("acting",
    # "deputy", "newly"), when it is one of rules/roles.yaml's qualified_posts.
    qualifier: str | None = None


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
    # "group" ("critics say"), "anonymous" (one unnamed source: "a person briefed on the
    # matter said") or "impersonal" ("it is believed", "is widely expected").
    kind: str = "group"


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


def hedge_at(hedges: Sequence[Hedge], start: int, end: int | None = None) -> Hedge | None:
    """The first claim hedge covering [start, end), else a quote or attribution covering
    it, else None."""
    end = start if end is None else end
    quote = None
    for hedge in hedges:
        if hedge.start > start:
            break
        if hedge.start <= start and end <= hedge.end:
            if hedge.kind == "claim":
                return hedge
            quote = quote or hedge
    return quote
