"""NL401's findings on figures keyed by their context (see figure_keyed): how a conflict is
graded, which articles of different days may be compared, and how the pairs found by the
comparisons beside the keyed buckets (the same words, figure_wording; aligned sentences,
figure_aligned) join the findings the buckets made."""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from typing import Protocol

from newslint.diagnostics import Severity
from newslint.extract.figures.keys import RANK, STANDING
from newslint.facts import ArticleFacts, Quantity

Entry = tuple[ArticleFacts, Quantity]
Mention = tuple[str, int]  # (path, start) of a mention
STILL = ("age", "clock", "physical")  # measures that do not move day to day
COUNT_DAYS = 3


@dataclass(frozen=True, slots=True)
class Conflict:
    first: Entry
    second: Entry
    gap: float
    strength: int


def severity_of(conflict: Conflict, far_apart: float) -> Severity:
    """Graded by the size of the gap; uncertain keys or a near gap are info."""
    if conflict.strength < 3 or conflict.gap < 1.1:
        return Severity.INFO
    return Severity.ERROR if conflict.gap >= far_apart else Severity.WARNING


@dataclass(slots=True)
class Found:
    """One finding to be: its bucket key, (flagged, other) pairs and severity."""

    key: Hashable
    oriented: list[tuple[Entry, Entry]]
    severity: Severity


class Pair(Protocol):
    @property
    def first(self) -> Entry: ...
    @property
    def second(self) -> Entry: ...
    @property
    def gap(self) -> float: ...
    @property
    def strength(self) -> int: ...


def mention(entry: Entry) -> Mention:
    return entry[0].path, entry[1].span.start


class Joiner:
    """Adds pairs that no earlier comparison paired to the findings: to the finding of
    either mention if it has one, else as a finding of their own, keyed (dimension,
    label)."""

    def __init__(self, found: list[Found], far_apart: float) -> None:
        self.found = found
        self.far_apart = far_apart
        self.seen = {frozenset((mention(x), mention(y))) for f in found for x, y in f.oriented}
        self.at: dict[Mention, Found] = {mention(x): f for f in found for x, _ in f.oriented}

    def add(self, pairs: Iterable[Pair], label: str) -> None:
        fresh = [p for p in pairs
                 if frozenset((mention(p.first), mention(p.second))) not in self.seen]
        count: dict[Mention, int] = {}
        for p in fresh:
            for entry in (p.first, p.second):
                count[mention(entry)] = count.get(mention(entry), 0) + 1
        for p in fresh:
            # The mention with a finding already, else the one at odds with most others.
            first, second = sorted((p.first, p.second), key=lambda e: (
                mention(e) not in self.at, -count[mention(e)], mention(e)))
            severity = severity_of(Conflict(first, second, p.gap, p.strength),
                                   self.far_apart)
            record = self.at.get(mention(first))
            if record is None:
                record = Found((first[1].dimension or "", label), [], severity)
                self.found.append(record)
                self.at[mention(first)] = record
            record.oriented.append((first, second))
            record.severity = max(record.severity, severity, key=rank)
            self.seen.add(frozenset((mention(first), mention(second))))


def days_apart(a: ArticleFacts, b: ArticleFacts) -> int:
    """Days between two articles' dates; 0 when either is undated (one story, one time)."""
    if a.date is None or b.date is None:
        return 0
    return abs((a.date - b.date).days)


def may_compare_apart(key: Hashable, days: int) -> bool:
    """Ages, clock times and lengths do not move; a count of things named by a noun ("42
    members", "60,000 emails"), the share of one ("35 percent Latino", "21 percent of
    voters") and a holder's rank in a post ("the No. 2 job", "No. 2 in the Republican
    leadership") move slowly enough to compare within a few days; amounts, bare
    percentages, durations, what a verb counts ("killed", "arrested") and a standing ("now
    No. 2 in the polls") may move daily."""
    dimension, head = key  # type: ignore[misc]
    if dimension.split(":")[0] in STILL:
        return True
    if dimension == "ordinal":  # "the 35th day" moves daily, a holder's post does not
        return head.startswith(RANK) and not head.startswith(STANDING) \
            and days <= COUNT_DAYS
    return dimension in ("count", "percent") and head.startswith("n:") \
        and days <= COUNT_DAYS


def rank(severity: Severity) -> int:
    return [Severity.INFO, Severity.WARNING, Severity.ERROR].index(severity)
