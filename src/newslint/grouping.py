"""One finding per discrepancy: the findings a rule put in one group become one.

A rule reports each occurrence (so a suppression comment can silence one of them, and a
baseline counts them); after suppressions and the baseline, the occurrences left in a group
are merged: the first in file order is the
finding, the others become its related locations and their fixes join its fixes.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from newslint.diagnostics import Diagnostic, Location, sort_diagnostics


def merge_groups(diagnostics: Iterable[Diagnostic]) -> list[Diagnostic]:
    out: list[Diagnostic] = []
    groups: dict[tuple[str, str], list[Diagnostic]] = {}
    for diagnostic in diagnostics:
        if diagnostic.group:
            groups.setdefault((diagnostic.code, diagnostic.group), []).append(diagnostic)
        else:
            out.append(diagnostic)
    for members in groups.values():
        out.append(_merged(sort_diagnostics(members)))
    return sort_diagnostics(out)


def _merged(members: list[Diagnostic]) -> Diagnostic:
    first = members[0]
    if len(members) == 1:
        return first
    again: list[Location] = [m.location.with_message("also here") for m in members[1:]]
    seen = {(loc.path, loc.line, loc.col) for loc in (first.location, *again)}
    examples: list[Location] = []
    for member in members:
        for rel in member.related:
            if (rel.path, rel.line, rel.col) not in seen:
                seen.add((rel.path, rel.line, rel.col))
                examples.append(rel)
    fixes = tuple(edit for m in members for edit in m.fixes)
    return replace(first, related=(*examples, *again), fixes=fixes,
                   illustrative=first.illustrative and all(m.path == first.path
                                                           for m in members))
