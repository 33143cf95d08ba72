"""Suppression comments in articles, and applying them to diagnostics.

    <!-- newslint: disable-next-line NL101 -- the spelling is the company's own -->
    <!-- newslint: disable NL2 -->  ...  <!-- newslint: enable -->
    front matter:  newslint: {ignore: [NL201]}

In plain-text files a comment counts only on a line of its own (so quoted HTML in copy is
not a directive). A cross-article finding is suppressed by a directive at any of its
locations. Directives that suppress nothing are reported as NL009, like ruff's RUF100.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

import regex

from newslint.diagnostics import Diagnostic, Location
from newslint.settings import matches_any

Kind = Literal["next-line", "range", "file"]

_DIRECTIVE = regex.compile(
    r"<!--[ \t]*newslint:[ \t]*(?P<verb>disable-next-line|disable|enable)\b"
    r"(?P<codes>[^\n>]*?)(?:[ \t]--[ \t]*(?P<reason>[^\n]*?))?[ \t]*-->",
    regex.IGNORECASE,
)


_CODE = regex.compile(r"[A-Z]{1,6}\d{1,4}")


@dataclass(slots=True)
class Directive:
    kind: Kind
    codes: tuple[str, ...]  # empty: every code
    line: int  # where the directive is written
    col: int
    first_line: int  # the lines it covers, inclusive
    last_line: int
    reason: str | None = None
    used: set[str] = field(default_factory=set)  # codes it suppressed ("*" when codes is empty)

    def covers(self, code: str, line: int) -> bool:
        if not self.first_line <= line <= self.last_line:
            return False
        return not self.codes or matches_any(code, self.codes)


def parse_directives(text: str, meta: dict[str, Any], body_start: int,
                     *, markdown: bool) -> tuple[Directive, ...]:
    """Every directive in one article's text and front matter. Never raises."""
    lines = text.split("\n")
    directives: list[Directive] = []
    open_ranges: list[Directive] = []
    for match in _DIRECTIVE.finditer(text, body_start):
        line_no = text.count("\n", 0, match.start()) + 1
        line_text = lines[line_no - 1]
        if not markdown and line_text.strip() != match[0].strip():
            continue
        codes = _parse_codes(match["codes"])
        if codes is None:
            continue  # not a directive we understand; leave the comment alone
        col = match.start() - text.rfind("\n", 0, match.start())
        verb = match["verb"].lower()
        reason = (match["reason"] or "").strip() or None
        if verb == "disable-next-line":
            target = _next_text_line(lines, line_no)
            directives.append(Directive("next-line", codes, line_no, col, target, target, reason))
        elif verb == "disable":
            directive = Directive("range", codes, line_no, col, line_no, len(lines), reason)
            directives.append(directive)
            open_ranges.append(directive)
        else:  # enable: closes the open ranges it names (all of them when bare)
            for directive in list(open_ranges):
                if not codes or set(directive.codes) <= set(codes) or not directive.codes:
                    directive.last_line = line_no
                    open_ranges.remove(directive)
    front = meta.get("newslint")
    if isinstance(front, dict):
        ignore = front.get("ignore")
        if isinstance(ignore, str):
            ignore = [ignore]
        if isinstance(ignore, list):
            codes = tuple(str(c).strip().upper() for c in ignore
                          if _CODE.fullmatch(str(c).strip().upper()))
            if codes:
                line = next((i + 1 for i, t in enumerate(lines[:200])
                             if t.startswith("newslint:")), 1)
                directives.append(Directive("file", codes, line, 1, 1, len(lines)))
    return tuple(directives)


def _parse_codes(raw: str) -> tuple[str, ...] | None:
    parts = [p for p in regex.split(r"[\s,]+", raw.strip()) if p]
    codes = tuple(p.upper() for p in parts)
    # A code or prefix with a digit (NL1, NL101): "disable please" is prose, not a directive.
    if any(not _CODE.fullmatch(c) for c in codes):
        return None
    return codes


def _next_text_line(lines: Sequence[str], line_no: int) -> int:
    """The line a disable-next-line comment means: the next one with text on it."""
    for index in range(line_no, len(lines)):
        if lines[index].strip():
            return index + 1
    return line_no + 1


def apply_suppressions(
    diagnostics: Iterable[Diagnostic], directives: dict[str, Sequence[Directive]]
) -> list[Diagnostic]:
    """Drop suppressed diagnostics, marking each directive that was used."""
    kept = []
    for diagnostic in diagnostics:
        if diagnostic.code == "NL009" or not _suppressed(diagnostic, directives):
            kept.append(diagnostic)
    return kept


def _suppressed(diagnostic: Diagnostic, directives: dict[str, Sequence[Directive]]) -> bool:
    hit = False
    for location in (diagnostic.location, *diagnostic.related):
        for directive in directives.get(location.path, ()):
            if directive.covers(diagnostic.code, location.line):
                directive.used.add(_which(directive, diagnostic.code))
                hit = True
    return hit


def _which(directive: Directive, code: str) -> str:
    for selector in sorted(directive.codes, key=len, reverse=True):
        if code.startswith(selector):
            return selector
    return "*"


def unused(path: str, directive: Directive, enabled: Any) -> tuple[Location, str, str] | None:
    """(location, message, key) for a directive that suppressed nothing, else None.

    Codes not enabled in this run are not judged: a partial run (`--select NL3`) must not
    call every NL1 suppression useless.
    """
    location = Location(path, directive.line, directive.col, directive.line, directive.col)
    what = {"next-line": "disable-next-line", "range": "disable", "file": "front-matter ignore"}
    if not directive.codes:
        if directive.used:
            return None
        return (location, f"{what[directive.kind]} suppresses nothing here; remove it",
                f"{directive.kind}:*")
    idle = [c for c in directive.codes if c not in directive.used and enabled(c)]
    if not idle:
        return None
    listed = ", ".join(idle)
    if len(idle) == len(directive.codes):
        message = f"{what[directive.kind]} {listed} suppresses nothing here; remove it"
    else:
        message = f"{what[directive.kind]} lists {listed}, which suppress nothing here"
    return location, message, f"{directive.kind}:{listed}"
