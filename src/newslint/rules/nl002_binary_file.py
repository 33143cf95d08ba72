"""A file with NUL bytes, such as an image or a word-processor file saved with a .txt name.

## Why it matters to an editor
It is not text, so it was not checked; usually it was exported in the wrong format.

## Example
`story.txt` saved from a word processor as .doc: export it as plain text or Markdown."""

from __future__ import annotations

from newslint.diagnostics import Severity
from newslint.rules.base import InputRule


class BinaryFile(InputRule):
    __doc__ = __doc__
    code = "NL002"
    name = "binary-file"
    severity = Severity.ERROR
