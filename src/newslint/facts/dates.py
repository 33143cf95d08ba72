"""Date facts, and the table of events (rules/dates.yaml) that dates are bound to."""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass

import regex

from newslint.facts.span import Context, Span
from newslint.ruledata import builtin


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
    # The clause's event key (facts/event_key.py), for every date in running text:
    head: str | None = None  # lemma of the head verb or event noun: "free", "vote"
    head_text: str | None = None  # as written: "freed"
    alt_head: str | None = None  # the verb the head continues: "vote" in "voted to override"
    head_after: bool = False  # the head follows the date: "on Friday apologized"
    names: tuple[str, ...] = ()  # names in the clause, lower case
    content: tuple[str, ...] = ()  # lemmas of the clause's other words near the date
    planned: bool = False  # its head is a plan or a possibility: "expected to announce"
    sequence: tuple[str, ...] = ()  # words of its clause that single out one of a series
    bound: bool = False  # its head is a noun the date names: "the June 25 special election"
    passive: bool = False  # its head is a verb after a form of "be": "was appointed"
    # a passive with a doer of its own: "was rebuked by Schumer" (extract/dates/passive_agent.py)
    by_agent: bool = False
    actors: tuple[str, ...] = ()  # names before its head and itself: who acted
    sentence: tuple[str, ...] = ()  # lemmas of its sentence's words, its head's left out
    # A schedule governs it ("the speech, scheduled for March 3": facts/event_schedule.py);
    # its names are then its paragraph's when its sentence names no one.
    scheduled: bool = False
    # scheduled or planned, in a paragraph that tells of the event moved ("postponed")
    moved: bool = False
    owners: tuple[str, ...] = ()  # scheduled: the names owning it ("Netanyahu's speech")
    thing: str | None = None  # a year's thing as written (facts/year_things.py): "ticket"
    thing_kinds: tuple[str, ...] = ()  # what singles the thing out: "office:senate"


@dataclass(frozen=True, slots=True)
class EventTable:
    verbs: regex.Pattern[str]
    nouns: regex.Pattern[str]
    verb_event: dict[str, str]  # lower-cased verb as written → event
    noun_event: dict[str, str]
    keyed_on: dict[str, str]  # event → "thing" | "subject"
    not_names: frozenset[str]
    recurring_nouns: frozenset[str]


@functools.cache
def event_table() -> EventTable:
    data = builtin("dates.yaml")
    verb_event: dict[str, str] = {}
    noun_event: dict[str, str] = {}
    keyed_on: dict[str, str] = {}
    for event, spec in (data.get("events") or {}).items():
        keyed_on[str(event)] = str(spec.get("keyed_on", "thing"))
        for verb in spec.get("verbs") or ():
            verb_event[" ".join(str(verb).lower().split())] = str(event)
        for noun in spec.get("nouns") or ():
            noun_event[" ".join(str(noun).lower().split())] = str(event)
    verbs, nouns = _alternation(verb_event), _alternation(noun_event)
    return EventTable(
        verbs=verbs,
        nouns=nouns,
        verb_event=verb_event,
        noun_event=noun_event,
        keyed_on=keyed_on,
        not_names=frozenset(str(data.get("not_names") or "").split()),
        recurring_nouns=frozenset(str(data.get("recurring_nouns") or "").lower().split()),
    )


def _alternation(words: dict[str, str]) -> regex.Pattern[str]:
    parts = [r"\s+".join(regex.escape(w) for w in phrase.split())
             for phrase in sorted(words, key=lambda p: (-len(p), p))] or ["(?!)"]
    return regex.compile(r"(?<![\p{L}\p{N}\-])(?:" + "|".join(parts) + r")(?![\p{L}\p{N}\-])",
                         regex.IGNORECASE)
