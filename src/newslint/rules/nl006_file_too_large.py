"""A file over the size limit (10 MB unless --max-file-size says otherwise).

## Why it matters to an editor
An article is a few kilobytes: a file this large is a dump or a mistake, and reading it would
slow every run. It was not checked.

## Example
`archive.txt` of 50 MB: split it into articles, or raise --max-file-size."""

from __future__ import annotations

from newslint.diagnostics import Severity
from newslint.rules.base import InputRule


class FileTooLarge(InputRule):
    __doc__ = __doc__
    code = "NL006"
    name = "file-too-large"
    severity = Severity.ERROR
