"""Blank out what is not prose (front matter, comments, Markdown syntax) without moving text.

Every replacement keeps the string's length and its newlines, so an offset found in the
masked text is an offset in the original file.
"""

from __future__ import annotations

import regex

_COMMENT = regex.compile(r"<!--.*?(?:-->|\Z)", regex.S)
_FENCE = regex.compile(r"^(```|~~~)[^\n]*\n.*?(?:^\1[ \t]*$|\Z)", regex.S | regex.M)
_HEADING_MARK = regex.compile(r"^[ \t]{0,3}#{1,6}(?=[ \t])", regex.M)
_BLOCKQUOTE = regex.compile(r"^[ \t]{0,3}(?:>[ \t]?)+", regex.M)
_LIST_MARK = regex.compile(r"^[ \t]*(?:[*+]|\d{1,3}[.)])(?=[ \t])", regex.M)
_REF_DEF = regex.compile(r"^[ \t]{0,3}\[[^\]\n]+\]:[ \t]*\S+.*$", regex.M)
_IMAGE = regex.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
_LINK = regex.compile(r"\[(?P<label>[^\]\n]*)\]\((?P<target>[^)\n]*)\)")
_INLINE_CODE = regex.compile(r"`[^`\n]+`")
_HTML_TAG = regex.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>\n]*)?/?>")
_EMPHASIS = regex.compile(r"(?<![\w*_])[*_]{1,3}(?=\S)|(?<=\S)[*_]{1,3}(?![\w*_])")


def blank(text: str) -> str:
    """Spaces for every character but newlines."""
    return "".join("\n" if ch == "\n" else " " for ch in text)


def _blank_match(match: regex.Match[str]) -> str:
    return blank(match.group(0))


def _link_label_only(match: regex.Match[str]) -> str:
    label = match.group("label")
    return " " + label + " " * (len(match.group(0)) - len(label) - 1)


def mask_markup(text: str, body_start: int, *, markdown: bool) -> str:
    body = text[body_start:]
    body = _masked(body, _COMMENT, "<!--")
    if markdown:
        body = _masked(body, _FENCE, "```", "~~~")
        body = _masked(body, _REF_DEF, "]:")
        body = _masked(body, _IMAGE, "![")
        body = _LINK.sub(_link_label_only, body) if "](" in body else body
        body = _masked(body, _INLINE_CODE, "`")
        body = _masked(body, _HTML_TAG, "<")
        body = _masked(body, _HEADING_MARK, "#")
        body = _masked(body, _BLOCKQUOTE, ">")
        body = _LIST_MARK.sub(_blank_match, body) if _has_list_line(body) else body
        body = _masked(body, _EMPHASIS, "*", "_")
    masked = blank(text[:body_start]) + body
    assert len(masked) == len(text)
    return masked


def _has_list_line(body: str) -> bool:
    """Whether a line may start with a list mark: "*", "+" or a digit after its indent.
    ("." and ")" follow every sentence, so they rule nothing out.) Any other non-ASCII
    first character counts too, so that no digit of another script is missed."""
    for line in body.split("\n"):
        first = line.lstrip(" \t")[:1]
        if first and (first in "*+" or first.isdigit() or not first.isascii()):
            return True
    return False


def _masked(body: str, pattern: regex.Pattern[str], *needles: str) -> str:
    """`body` with the pattern's matches blanked. Every match contains one of `needles`:
    most articles hold none of them, and a substring test is far cheaper than the scan."""
    if not any(needle in body for needle in needles):
        return body
    return pattern.sub(_blank_match, body)


def markdown_heading_lines(text: str, body_start: int) -> set[int]:
    """Offsets of the line starts that carry a Markdown `#` heading."""
    return {m.start() for m in _HEADING_MARK.finditer(text, body_start)}
