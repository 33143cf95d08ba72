"""Focus mode (the pre-commit hook): the whole corpus is checked, and only the findings
that the changed files introduce or change are reported, in those files.

A finding is introduced when it is not among the findings of the same stories checked
without the changed articles. Cross-article fingerprints do not depend on which articles
are involved (rules/base.py), so a conflict that already stood between other articles
keeps its fingerprint when a changed article joins it as one more related location, and
is not pinned on the commit. A changed file's own per-article findings are all reported.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import replace
from pathlib import Path

from newslint.diagnostics import Diagnostic, Location
from newslint.load.discover import resolve_path


def focus_ids(paths: dict[str, str], focus: Collection[Path]) -> set[str]:
    """Ids of the articles (id → display path) among the focus files."""
    wanted = {resolve_path(p) for p in focus}
    return {ident for ident, path in paths.items() if resolve_path(Path(path)) in wanted}


def without(partition: Sequence[Sequence[str]], ids: set[str]) -> list[list[str]]:
    """The stories that hold a changed article, as they are without the changed ones."""
    out = []
    for story in partition:
        if any(i in ids for i in story):
            rest = [i for i in story if i not in ids]
            if rest:
                out.append(rest)
    return out


def introduced(after: Sequence[Diagnostic], before: Sequence[Diagnostic],
               focus: Collection[Path]) -> list[Diagnostic]:
    """Findings of `after` beyond what `before` holds (fingerprints, counted). When there
    are more occurrences than before, the ones touching a focus file are the new ones."""
    wanted = {resolve_path(p) for p in focus}

    def touches(d: Diagnostic) -> bool:
        return any(resolve_path(Path(loc.path)) in wanted for loc in (d.location, *d.related))

    remaining = Counter(d.fingerprint for d in before)
    out = []
    for d in sorted(after, key=touches):  # stable: findings elsewhere use up `before` first
        if remaining[d.fingerprint] > 0:
            remaining[d.fingerprint] -= 1
        else:
            out.append(d)
    return located(out, wanted)


def located(diagnostics: Sequence[Diagnostic], wanted: set[Path]) -> list[Diagnostic]:
    """Findings located in a focus file; one that involves a focus file only as a related
    location is moved into it, the original primary becoming a related location."""

    def inside(location: Location) -> bool:
        return resolve_path(Path(location.path)) in wanted

    out = []
    for diagnostic in diagnostics:
        if inside(diagnostic.location):
            out.append(diagnostic)
            continue
        here = next((r for r in diagnostic.related if inside(r)), None)
        if here is None or diagnostic.illustrative:
            continue
        # The message says where it was flagged, so that its "here" stays true.
        primary = diagnostic.location.with_message("flagged here")
        others = tuple(r for r in diagnostic.related if r is not here)
        origin = f"{Path(primary.path).name}:{primary.line}:{primary.col}"
        out.append(replace(diagnostic, location=here.with_message(""),
                           message=f"in {origin}: {diagnostic.message}",
                           related=(primary, *others)))
    return out
