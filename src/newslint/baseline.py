"""Baselines: accept today's findings, fail only on new ones.

The file is sorted JSON with one entry per line, so its diffs review well and merge cleanly:

    {"version": 1, "entries": [
    {"fingerprint": "…", "code": "NL101", "path": "wire/a.txt", "key": "deekseek", "count": 4}
    ]}

Entries are matched on the fingerprint alone (code + normalised subject + the article, or for
a cross-article finding what the flagged article says; never lines or wording) and carry
a count: a third identical finding beyond a baseline of two is new, not hidden.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from newslint.diagnostics import Diagnostic

FORMAT_VERSION = 1


class BaselineError(Exception):
    """A baseline file that is missing or unreadable; the run stops with exit code 2."""


@dataclass(frozen=True, slots=True)
class Entry:
    fingerprint: str
    code: str
    path: str  # where the first occurrence was, for people reading the file
    key: str
    count: int

    def as_json(self) -> str:
        return json.dumps({"fingerprint": self.fingerprint, "code": self.code,
                           "path": self.path, "key": self.key, "count": self.count},
                          ensure_ascii=False, sort_keys=True)


@dataclass(frozen=True, slots=True)
class Comparison:
    new: list[Diagnostic]
    known: int  # findings the baseline covers
    gone: int  # baseline entries (counting each occurrence) that no longer occur


def entries_for(diagnostics: Iterable[Diagnostic]) -> list[Entry]:
    counts: Counter[str] = Counter()
    first: dict[str, Diagnostic] = {}
    for d in diagnostics:
        counts[d.fingerprint] += 1
        first.setdefault(d.fingerprint, d)
    return [Entry(fp, first[fp].code, first[fp].path, first[fp].key, n)
            for fp, n in counts.items()]


def render(entries: Iterable[Entry]) -> str:
    ordered = sorted(entries, key=lambda e: (e.code, e.path, e.key, e.fingerprint))
    lines = [e.as_json() for e in ordered]
    body = ",\n".join(lines)
    return f'{{"version": {FORMAT_VERSION}, "entries": [\n{body}\n]}}\n' if lines else \
        f'{{"version": {FORMAT_VERSION}, "entries": []}}\n'


def write(path: Path, entries: Iterable[Entry]) -> bool:
    """Write the baseline; returns False (and leaves the file alone) when nothing changed."""
    text = render(entries)
    try:
        if path.is_file() and path.read_text(encoding="utf-8") == text:
            return False
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(path)  # atomic: a reader never sees half a baseline
    except OSError as exc:
        raise BaselineError(f"{path}: cannot write baseline: {exc.strerror or exc}") from None
    return True


def read(path: Path) -> list[Entry]:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise BaselineError(f"{path}: baseline not found (create it with "
                            f"--write-baseline {path})") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise BaselineError(f"{path}: cannot read baseline: {exc}") from None
    try:
        data = json.loads(text)
        if not isinstance(data, dict) or data.get("version") != FORMAT_VERSION:
            raise ValueError(f"expected a newslint baseline of version {FORMAT_VERSION}")
        entries = []
        for raw in data["entries"]:
            count = raw["count"]
            if not isinstance(count, int) or isinstance(count, bool) or count < 1:
                raise ValueError("count must be a positive whole number")
            entries.append(Entry(str(raw["fingerprint"]), str(raw["code"]), str(raw["path"]),
                                 str(raw.get("key", "")), count))
    except (ValueError, KeyError, TypeError) as exc:
        raise BaselineError(f"{path}: corrupt baseline ({exc}); regenerate it with "
                            f"--write-baseline {path}") from None
    return entries


def compare(diagnostics: Sequence[Diagnostic], entries: Iterable[Entry],
            shown: Sequence[Diagnostic] | None = None) -> Comparison:
    """Findings beyond each entry's count are new; the first ones in report order are known.

    `shown` (focus mode): the findings to report, a part of `diagnostics` (maybe moved
    into another file). The baseline is matched against all of `diagnostics`, so that
    entries elsewhere do not count as gone; the new ones are then picked from `shown`."""
    allowance = Counter({e.fingerprint: e.count for e in entries})
    remaining = Counter(allowance)
    new: list[Diagnostic] = []
    for d in diagnostics:
        if remaining[d.fingerprint] > 0:
            remaining[d.fingerprint] -= 1
        else:
            new.append(d)
    gone = sum(remaining.values())
    if shown is None:
        return Comparison(new, len(diagnostics) - len(new), gone)
    fresh = Counter(d.fingerprint for d in new)
    picked = []
    for d in shown:
        if fresh[d.fingerprint] > 0:
            fresh[d.fingerprint] -= 1
            picked.append(d)
    return Comparison(picked, len(shown) - len(picked), gone)


def pruned(diagnostics: Sequence[Diagnostic], entries: Iterable[Entry]) -> list[Entry]:
    """The entries that still occur, each count capped at today's count; nothing is added."""
    today = Counter(d.fingerprint for d in diagnostics)
    out = []
    for entry in entries:
        count = min(entry.count, today[entry.fingerprint])
        if count:
            out.append(Entry(entry.fingerprint, entry.code, entry.path, entry.key, count))
    return out
