"""`--statistics`: the number of findings per code, most frequent first, as ruff prints it."""

from __future__ import annotations

from collections import Counter
from typing import TextIO

from newslint.engine.result import RunResult


def write_statistics(result: RunResult, stream: TextIO) -> None:
    counts = Counter(d.code for d in result.diagnostics)
    fixable = Counter(d.code for d in result.diagnostics if d.fixes)
    names = {d.code: d.rule for d in result.diagnostics}
    severity = {d.code: d.severity.label for d in result.diagnostics}
    for code, count in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        mark = "[*]" if fixable[code] else "   "
        stream.write(f"{count:6d}\t{code}\t{mark} {severity[code]:<7} {names[code]}\n")
    if fixable:
        stream.write(f"[*] {sum(fixable.values())} fixable with --fix\n")
