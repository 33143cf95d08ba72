"""A front-matter field with a value newslint cannot use, such as a date that is not a date.

## Why it matters to an editor
Relative dates ("last week") are resolved against the publication date; without it they fall
back to inferred dates.

## Example
`date: next Tuesday`: write `date: 2025-01-28`."""

from __future__ import annotations

from newslint.diagnostics import Severity
from newslint.rules.base import InputRule


class BadFrontMatterField(InputRule):
    __doc__ = __doc__
    code = "NL007"
    name = "bad-front-matter-field"
    severity = Severity.WARNING
