"""Passages for the HTML report: the words around a location, with what differs marked.

A finding's places are shown side by side; within each flagged span, the words that the
other places do not share (a changed word of a quote, another value) are marked, so the
difference is seen without reading both passages word by word.
"""

from __future__ import annotations

import difflib
import html
import re
from dataclasses import dataclass

from newslint.diagnostics import Location

_WORD = re.compile(r"\w[\w’'.,%$-]*\w|\w|[^\w\s]")
_CONTEXT = 160  # characters shown on each side of a span within its line


@dataclass(frozen=True, slots=True)
class Passage:
    path: str
    line: int
    col: int
    note: str
    before: str
    span: str
    after: str


def passage(lines: list[str] | None, loc: Location) -> Passage:
    """The span of `loc` with up to _CONTEXT characters of its line on each side."""
    if not lines or not 1 <= loc.line <= len(lines):
        return Passage(loc.path, loc.line, loc.col, loc.message, "", "", "")
    line = lines[loc.line - 1]
    start = max(0, loc.col - 1)
    end = loc.end_col - 1 if loc.end_line == loc.line else len(line)
    end = max(start, min(end, len(line)))
    before = line[max(0, start - _CONTEXT):start]
    after = line[end:end + _CONTEXT]
    if start > _CONTEXT:
        before = "…" + before.split(" ", 1)[-1]
    if len(line) - end > _CONTEXT:
        after = after.rsplit(" ", 1)[0] + "…"
    return Passage(loc.path, loc.line, loc.col, loc.message, before, line[start:end], after)


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def marked_span(text: str, others: list[str]) -> str:
    """HTML of `text` with the words not found in the other spans in <mark class="diff">.

    With no other span (a finding at one place), or when nothing differs, the whole span is
    marked as the flagged text."""
    escaped = html.escape(text)
    if not text or not any(others):
        return f'<mark class="span">{escaped}</mark>'
    own = words(text)
    if not own:
        return f'<mark class="span">{escaped}</mark>'
    shared: set[int] | None = None
    for other in others:
        if not other:
            continue
        # Case counts: "O1" for "o1" is the difference.
        matcher = difflib.SequenceMatcher(a=own, b=words(other), autojunk=False)
        same = {i for block in matcher.get_matching_blocks()
                for i in range(block.a, block.a + block.size)}
        shared = same if shared is None else shared & same
    shared = shared or set()
    if len(shared) == len(own):
        return f'<mark class="span">{escaped}</mark>'
    # Runs of differing words make one mark: "3.5 p.c." reads as one value.
    out, cursor, open_mark = [], 0, False
    for number, match in enumerate(_WORD.finditer(text)):
        gap = html.escape(text[cursor:match.start()])
        differs = number not in shared
        if open_mark and not differs:
            out.append("</mark>")
            open_mark = False
        out.append(gap)
        if differs and not open_mark:
            out.append('<mark class="diff">')
            open_mark = True
        out.append(html.escape(match.group(0)))
        cursor = match.end()
    if open_mark:
        out.append("</mark>")
    out.append(html.escape(text[cursor:]))
    return f'<mark class="span">{"".join(out)}</mark>'
