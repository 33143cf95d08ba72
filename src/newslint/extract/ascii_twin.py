"""Stdlib twins of regex-module patterns, for text that is ASCII only.

The stdlib engine runs the simple patterns of the extractors in 40-70% of the time the
`regex` module takes. In ASCII-only text the two engines agree on \\s, \\d, \\w, \\b and
case-folding under re.ASCII (tests/test_figure_anchors.py checks every ASCII character),
and the three properties the extractors use become plain classes. A twin is only ever
used where the text it reads (look-arounds included) is ASCII.
"""

from __future__ import annotations

import re

import regex

# A match of a regex-module pattern or of its twin: code that reads either sees one API.
EitherMatch = regex.Match[str] | re.Match[str]

# What a regex-module property stands for in ASCII-only text.
_ASCII_PROPERTIES = {"L": "A-Za-z", "Lu": "A-Z", "N": "0-9"}
# Quantifier braces both engines read alike: {n}, {n,}, {,m}, {n,m}. Anything else between
# braces is regex-module syntax (fuzzy matching "{e<=1}", named lists) or a literal.
_PLAIN_BRACES = re.compile(r"\{\d*(?:,\d*)?\}")
# The non-ASCII letters that match an ASCII one under IGNORECASE (tests/test_prefilter.py
# lists them from all of Unicode); in a pattern they would match ASCII text in one engine
# and not in the other.
_FOLDS_TO_ASCII = "ſıİ\u212a"
_REGEX_ONLY_FLAGS = (regex.V1 | regex.F | regex.R | regex.W | regex.B | regex.E | regex.L
                     | regex.POSIX)


def ascii_twin(pattern: regex.Pattern[str]) -> re.Pattern[str]:
    """A stdlib pattern that matches as `pattern` does in ASCII-only text, where \\p{L} is
    [A-Za-z], \\p{Lu} [A-Z] and \\p{N} [0-9]. Syntax the two engines may read differently is
    refused (ValueError) rather than guessed at: other properties, POSIX classes, fuzzy
    or other non-quantifier braces, regex-module-only flags, and the letters that
    case-folding takes to ASCII (an "ſ" in the pattern matches "s" under IGNORECASE)."""
    source = pattern.pattern
    if pattern.flags & _REGEX_ONLY_FLAGS:
        raise ValueError("no ASCII twin for regex-module-only flags")
    if "[:" in source:
        raise ValueError("no ASCII twin for a POSIX class")
    if any(char in source for char in _FOLDS_TO_ASCII):
        raise ValueError("no ASCII twin for a letter that case-folding takes to ASCII")
    out: list[str] = []
    in_class = False
    at = 0
    while at < len(source):
        char = source[at]
        if source.startswith((r"\p{", r"\P{"), at):
            name = source[at + 3 : source.index("}", at)]
            if char + source[at + 1] != r"\p" or name not in _ASCII_PROPERTIES:
                raise ValueError(f"no ASCII twin for {source[at:at + len(name) + 4]}")
            ascii_class = _ASCII_PROPERTIES[name]
            out.append(ascii_class if in_class else f"[{ascii_class}]")
            at += len(name) + 4
            continue
        if char == "\\":
            char = source[at : at + 2]
        elif char == "[" and not in_class:
            in_class = True
            # A "]" (or "^]") right after the opening bracket is a literal, not the end.
            opening = "[^]" if source.startswith("[^]", at) else (
                "[]" if source.startswith("[]", at) else "[")
            out.append(opening)
            at += len(opening)
            continue
        elif char == "]" and in_class:
            in_class = False
        elif char == "{" and not in_class:
            braces = _PLAIN_BRACES.match(source, at)
            if braces is None:
                raise ValueError(f"no ASCII twin for the braces at {at} of {source[:40]!r}")
            char = braces.group()
        out.append(char)
        at += len(char)
    flags = re.ASCII
    for ours, stdlib in ((regex.I, re.I), (regex.M, re.M), (regex.S, re.S), (regex.X, re.X)):
        if pattern.flags & ours:
            flags |= stdlib
    return re.compile("".join(out), flags)
