"""NL302's findings, one per quote: where three or more articles quote one remark and one
of them differs from the others, the pairs that differ are one discrepancy, reported once."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from newslint.diagnostics import Diagnostic, Location

Key = tuple[str, int, int]  # path, line, column of a quote


@dataclass
class Variants:
    """What each compared pair found: the quotes whose wordings differ, how much (severity
    then number of changes) and, for every quote, its place with the quote as its note."""

    differ: dict[frozenset[Key], tuple[int, int]] = field(default_factory=dict)
    places: dict[Key, Location] = field(default_factory=dict)
    # a finding's message with its other articles left to fill in: (before, after)
    messages: dict[str, tuple[str, str]] = field(default_factory=dict)

    def add(self, here: Location, there: Location, severity: int, changes: int) -> None:
        edge = frozenset((_key(here), _key(there)))
        self.differ[edge] = max(self.differ.get(edge, (0, 0)), (severity, changes))
        for place in (here, there):
            self.places.setdefault(_key(place), place)


def one_per_remark(findings: list[Diagnostic], variants: Variants) -> list[Diagnostic]:
    """Findings at one quote are about one remark: one finding for them all. When that
    quote differs from the others and they agree among themselves, its message says what
    the others read. Findings at different quotes stay apart: each is a change of its own
    (one article's cut and another's changed word are two misquotes, and one finding
    would tell of one of them only)."""
    groups: dict[Key, list[Diagnostic]] = {}
    for finding in findings:
        groups.setdefault(_key(finding.location), []).append(finding)
    return [_one(group, variants) for group in groups.values()]


def _one(group: list[Diagnostic], variants: Variants) -> Diagnostic:
    keys = {_key(f.location) for f in group} | {_key(r) for f in group for r in f.related}
    edges = {e: w for e, w in variants.differ.items() if e <= keys}
    odd = set.intersection(*(set(e) for e in edges)) if edges else set()
    at = {_key(f.location): f for f in group}
    if len(odd) == 1 and next(iter(odd)) in at:
        chosen, agree = at[next(iter(odd))], True  # the others agree among themselves
    else:
        def weight(key: Key) -> tuple[int, int, int]:
            mine = [w for e, w in edges.items() if key in e]
            return len(mine), max(mine, default=(0, 0))[0], sum(c for _, c in mine)
        chosen, agree = max(group, key=lambda f: (weight(_key(f.location)), f.severity)), False
    here = _key(chosen.location)
    seen = {here} | {_key(r) for r in chosen.related}
    extra: list[Location] = []
    for key in sorted(keys - seen):
        place = variants.places.get(key) or next(r for f in group for r in f.related
                                                  if _key(r) == key)
        extra.append(place)
    severity = max(f.severity for f in group)
    finding = replace(chosen, related=chosen.related + tuple(extra), severity=severity)
    # the articles whose wording differs from the flagged quote's
    articles = sorted({k[0] for k in keys if frozenset((here, k)) in edges} - {here[0]})
    before, after = variants.messages.get(chosen.fingerprint, ("", ""))
    if agree and len(articles) > 1 and before:
        names = ", ".join(p.rsplit("/", 1)[-1] for p in articles)
        finding = replace(finding, message=(
            f"{before}the {len(articles)} other articles ({names}) read {after}"))
    return finding


def _key(place: Location) -> Key:
    return place.path, place.line, place.col
