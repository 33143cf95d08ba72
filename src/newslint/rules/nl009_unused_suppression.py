"""A newslint suppression comment that suppresses nothing.

## What it flags
A `<!-- newslint: disable-next-line CODE -->`, `<!-- newslint: disable CODE -->` range or
front-matter `newslint: {ignore: [CODE]}` that no finding of an enabled rule falls under,
like ruff's RUF100. Codes of rules left out of the run (`--select`, `ignore`) are not judged.

## Why it matters to an editor
A stale suppression hides the next real problem at that spot: once a name is corrected the
comment that excused it must go, or a new misspelling there will pass unseen.

## Example
Flagged, after "DeekSeek" was corrected on the next line:

    <!-- newslint: disable-next-line NL101 -- company's own spelling -->
    DeepSeek released R1 last week.

Fixed:

    DeepSeek released R1 last week.
"""

from __future__ import annotations

from newslint.diagnostics import Severity
from newslint.rules.base import InputRule


class UnusedSuppression(InputRule):
    __doc__ = __doc__
    code = "NL009"
    name = "unused-suppression"
    severity = Severity.WARNING
