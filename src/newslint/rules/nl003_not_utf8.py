"""A file that is not valid UTF-8; newslint read it as Windows-1252 (cp1252).

## Why it matters to an editor
Curly quotes, dashes and accented names may be wrong in the reading, which can hide or cause
findings.

## Example
Bytes such as `\x93Sputnik moment\x94` (cp1252 quotes): re-save the file as UTF-8."""

from __future__ import annotations

from newslint.diagnostics import Severity
from newslint.rules.base import InputRule


class NotUtf8(InputRule):
    __doc__ = __doc__
    code = "NL003"
    name = "not-utf8"
    severity = Severity.WARNING
