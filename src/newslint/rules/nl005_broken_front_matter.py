"""YAML front matter that cannot be read: not closed, not YAML, or not a mapping.

## Why it matters to an editor
The title, source and date are lost, so date checks fall back to inferred dates. The body is
still checked.

## Example
`---\ntitle: "DeepSeek\n---`: close the quote; front matter must be `key: value` lines between
`---` lines."""

from __future__ import annotations

from newslint.diagnostics import Severity
from newslint.rules.base import InputRule


class BrokenFrontMatter(InputRule):
    __doc__ = __doc__
    code = "NL005"
    name = "broken-front-matter"
    severity = Severity.ERROR
