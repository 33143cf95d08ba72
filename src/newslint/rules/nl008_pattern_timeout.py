"""A house-rule pattern that took too long on a file and was stopped.

## Why it matters to an editor
A pattern that backtracks badly could hang the run; it was stopped and its findings for this
file are missing.

## Example
A pack rule `pattern: '(a+)+$'`: rewrite the pattern without nested repetition."""

from __future__ import annotations

from newslint.diagnostics import Severity
from newslint.rules.base import InputRule


class PatternTimeout(InputRule):
    __doc__ = __doc__
    code = "NL008"
    name = "pattern-timeout"
    severity = Severity.ERROR
