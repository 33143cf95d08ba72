"""An article file with no text, or only whitespace.

## Why it matters to an editor
An empty article in the corpus is usually a failed export or a placeholder that should not be
published.

## Example
`seeds/005.txt` of 0 bytes: fill it or remove it."""

from __future__ import annotations

from newslint.diagnostics import Severity
from newslint.rules.base import InputRule


class EmptyFile(InputRule):
    __doc__ = __doc__
    code = "NL004"
    name = "empty-file"
    severity = Severity.WARNING
