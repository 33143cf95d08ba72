"""A file that took longer to check than the per-file time budget, and was stopped.

## What it flags
A file whose loading, extraction and per-article rules used more than `file-time-limit`
seconds of CPU time (60 by default; `--file-time-limit` or the configuration raises it).
CPU time, not time on the clock: whether a file is stopped does not depend on how busy the
machine is, so the same corpus gives the same findings. A file that waits without
computing (a stalled remote read) is stopped after ten times the limit on the clock. Its
findings are missing and it takes no part in the cross-article checks, so one
pathological file (a whole archive pasted into one article) cannot hold up the run.

## Why it matters to an editor
Nothing in this file was checked. A file this slow is rarely one article: split it, or
raise the limit if it really is one.

## Example
    archive/dump.md:1:1: NL011 [error] checking this file took over 60 s of CPU time and
    was stopped; its findings are missing (split the file or raise --file-time-limit)"""

from __future__ import annotations

from newslint.diagnostics import Severity
from newslint.rules.base import InputRule


class TimeBudget(InputRule):
    __doc__ = __doc__
    code = "NL011"
    name = "time-budget"
    severity = Severity.ERROR
