"""Diagnostic records: what every rule emits and every reporter formats."""

from __future__ import annotations

import enum
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field, replace


class Severity(enum.IntEnum):
    INFO = 1
    WARNING = 2
    ERROR = 3

    @property
    def label(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, text: str) -> Severity:
        try:
            return cls[text.strip().upper()]
        except KeyError:
            raise ValueError(f"unknown severity {text!r} (use error, warning or info)") from None

    def lower(self) -> Severity:
        """One step less severe (for findings that rest on inferred facts)."""
        return Severity(max(self.value - 1, Severity.INFO.value))


@dataclass(frozen=True, slots=True)
class Location:
    """A span in an article: 1-based line and column (columns count characters)."""

    path: str
    line: int
    col: int
    end_line: int
    end_col: int
    message: str = ""

    def with_message(self, message: str) -> Location:
        return replace(self, message=message)


@dataclass(frozen=True, slots=True)
class Edit:
    """A certain fix: replace `old` at character offsets [start, end) of the file's decoded
    text with `new`. `old` is checked again before writing, so a stale edit is skipped."""

    path: str
    start: int
    end: int
    old: str
    new: str


@dataclass(frozen=True, slots=True)
class Diagnostic:
    code: str
    rule: str
    severity: Severity
    message: str
    location: Location
    related: tuple[Location, ...] = ()
    fingerprint: str = ""
    # Stable identity of what was flagged, independent of line numbers and wording.
    key: str = field(default="", compare=False)
    # The related locations only illustrate (an example of the right spelling); they are
    # not parties to the finding, so a pre-commit check of those files does not report it.
    illustrative: bool = field(default=False, compare=False)
    # Edits that fix it for certain (`--fix`, `--diff`); empty when the fix needs judgement.
    fixes: tuple[Edit, ...] = field(default=(), compare=False)
    # A detail of another finding (a phrase of an article NL202 flags as spun): reported
    # only when its code is selected by name.
    detail: bool = field(default=False, compare=False)
    # Findings of one group (the uses of one misspelling) are reported as one (grouping.py).
    group: str = field(default="", compare=False)
    # Codes that report the same fact in their own terms (a founding year is NL602's
    # attribute and NL501's date): where one of them has a finding at this place between
    # the same articles, that finding stands for this one (engine/select.py).
    same_fact_as: tuple[str, ...] = field(default=(), compare=False)

    @property
    def path(self) -> str:
        return self.location.path

    def sort_key(self) -> tuple:
        # Plain tuples all the way down: identical findings (the same misspelling twice on
        # a line) must compare equal, never fall through to comparing Location objects.
        loc = self.location
        related = tuple((r.path, r.line, r.col, r.message) for r in self.related)
        return (loc.path, loc.line, loc.col, self.code, self.message, related,
                loc.end_line, loc.end_col, self.fingerprint)


def fingerprint(code: str, key: str, article_ids: Iterable[str]) -> str:
    """Identity of a finding that survives edits elsewhere in the files.

    Built from the rule code, the rule's normalised key (the flagged text or subject) and the
    articles involved, never from line numbers or message wording.
    """
    ids = "\x1f".join(sorted(set(article_ids)))
    digest = hashlib.sha256(f"{code}\x1e{key}\x1e{ids}".encode()).hexdigest()
    return digest[:20]


def sort_diagnostics(diagnostics: Iterable[Diagnostic]) -> list[Diagnostic]:
    return sorted(diagnostics, key=Diagnostic.sort_key)
