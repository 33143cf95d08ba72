"""Figure facts, and what decides whether two figures measure the same thing."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import regex

from newslint.facts.span import Context, Span

QuantityKind = Literal[
    "money", "percent", "percentage_points", "basis_points", "multiplier", "count", "physical",
    "vote", "clock", "ordinal",
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
    # The keys of its clause (newslint.facts.context), by which figures are compared.
    dimension: str | None = None  # "money:USD", "count", "duration", "age", "clock", ...
    scale: float = 1.0  # value × scale is in the dimension's base unit (seconds, ...)
    head: str | None = None  # "n:engine" (the noun it counts) or "v:free" (clause verb)
    verb: str | None = None  # lemma of its clause verb, before it
    names: tuple[str, ...] = ()  # names in its clause
    sentence_names: tuple[str, ...] = ()  # names in its sentence
    modifiers: tuple[str, ...] = ()  # "initial", "per share", "in all", ...
    future: bool = False  # said of what will or may happen
    sentence: int = -1  # index of its sentence in the article
    words: tuple[str, ...] = ()  # lemmas of its sentence's content words (context.py)
    frame: tuple[str, ...] = ()  # content words of the five words either side (context.py)
    # Lemmas of every content word of its sentence: two figures under different heads in
    # sentences that align are one (rules/figure_aligned.py).
    sentence_words: tuple[str, ...] = ()
    # The noun a count's noun is coordinated with: "administrator" in "nearly 90 professors
    # and administrators" (the count is of both).
    conjunct: str | None = None
    # The initialisms its sentence writes, with the phrase its article spells each out as
    # ("tps:temporary protected status" for "T.P.S."), and the phrases its sentence writes
    # with their initials ("tps:temporary protected status"): one name across articles.
    initialisms: tuple[str, ...] = ()
    spelled: tuple[str, ...] = ()
    # The group a count of its members counts: "republican" in "42 members of the GOP
    # caucus" (facts/figure_groups.py).
    group: str | None = None


_WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday".split()
_SPACES = regex.compile(r"\s+")


def is_moment(period: str | None) -> bool:
    """A price at one moment of a session ("session", "at 1430 ET"), not a day's move."""
    return period is not None and (period == "session" or period.startswith("at "))


def periods_compatible(first: str | None, second: str | None) -> bool:
    """Can two stated periods be the same? An unstated period is taken as one day."""
    one_day = {None, "day", *_WEEKDAYS}
    if first == "session" or second == "session":
        return False  # two prices at unstated moments of a session may both be right
    if first == second:
        return True
    if first in one_day and second in one_day:
        # "on Monday" and "on Tuesday" differ; a day unnamed may be either.
        return first in (None, "day") or second in (None, "day")
    return False


def same_body(first: str | None, second: str | None) -> bool:
    """Can two voting bodies be one? Unnamed matches any; "MPC" is "Monetary Policy
    Committee"."""
    if first is None or second is None or first == second:
        return True
    return _initials(first) == second or _initials(second) == first


def _initials(name: str) -> str:
    words = [w for w in _SPACES.split(name) if w not in {"of", "the", "and", "&"}]
    return "".join(w[0] for w in words if w)
