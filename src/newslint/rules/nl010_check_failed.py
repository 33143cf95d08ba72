"""A file that newslint itself failed on: an internal error while checking it.

## What it flags
The file where checking stopped with an internal error (a defect in newslint, or a worker
process that died). The message names the error; run again with `--verbose` for the
traceback, and please report it.

## Why it matters to an editor
This file's findings are missing, and only this file's: every other article was still
checked, so the report is usable while the defect is fixed.

## Example
    wire/a.md:1:1: NL010 [error] newslint failed on this file (internal error: ValueError:
    ...); its findings are missing"""

from __future__ import annotations

from newslint.diagnostics import Severity
from newslint.rules.base import InputRule


class CheckFailed(InputRule):
    __doc__ = __doc__
    code = "NL010"
    name = "check-failed"
    severity = Severity.ERROR
