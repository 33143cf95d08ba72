"""A file that cannot be read (permissions, a broken link, a device).

## Why it matters to an editor
Nothing in it was checked, and every finding it would have caused is missing from the run.

## Example
`seeds/draft.md: cannot read file: Permission denied`: fix the file's permissions."""

from __future__ import annotations

from newslint.diagnostics import Severity
from newslint.rules.base import InputRule


class UnreadableFile(InputRule):
    __doc__ = __doc__
    code = "NL001"
    name = "unreadable-file"
    severity = Severity.ERROR
