"""Baselines: accept today's findings, fail only on new ones.

The file is sorted JSON with one entry per line, so its diffs review well and merge cleanly:

    {"version": 1, "entries": [
    {"fingerprint": "…", "code": "NL101", "path": "wire/a.txt", "key": "deekseek", "count": 4}
    ]}

Entries are matched on the fingerprint alone (code + normalised subject + the article, or for
a cross-article finding what the flagged article says; never line numbers or wording) and
carry a count: a third identical finding beyond a baseline of two is new, not hidden.
Each entry also keeps a short hash of the text of each occurrence's line ("lines"), so
that of three identical findings the one on a line the baseline has not seen is the one
reported new, wherever it stands in the article; an occurrence whose line was edited is
still known while the count allows. Baselines written without "lines" match by count.
"""

from __future__ import annotations

import hashlib
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
    lines: tuple[str, ...] = ()  # a hash of each occurrence's line text, sorted

    def as_json(self) -> str:
        data: dict[str, object] = {"fingerprint": self.fingerprint, "code": self.code,
                                   "path": self.path, "key": self.key, "count": self.count}
        if self.lines:
            data["lines"] = list(self.lines)
        return json.dumps(data, ensure_ascii=False, sort_keys=True)


class LineHashes:
    """The hash of the text of the line a finding is on, each file read once."""

    def __init__(self) -> None:
        self._files: dict[str, list[str]] = {}

    def __call__(self, d: Diagnostic) -> str:
        path = d.location.path
        if path not in self._files:
            try:
                text = Path(path).read_bytes().decode("utf-8", "replace")
            except OSError:
                text = ""
            self._files[path] = text.splitlines()
        lines = self._files[path]
        line = lines[d.location.line - 1] if 0 < d.location.line <= len(lines) else ""
        digest = hashlib.blake2b(" ".join(line.split()).encode("utf-8"), digest_size=4)
        return digest.hexdigest()


@dataclass(frozen=True, slots=True)
class Comparison:
    new: list[Diagnostic]
    known: int  # findings the baseline covers
    gone: int  # baseline entries (counting each occurrence) that no longer occur


def entries_for(diagnostics: Iterable[Diagnostic],
                line_hash: LineHashes | None = None) -> list[Entry]:
    line_hash = line_hash or LineHashes()
    lines: dict[str, list[str]] = {}
    first: dict[str, Diagnostic] = {}
    for d in diagnostics:
        lines.setdefault(d.fingerprint, []).append(line_hash(d))
        first.setdefault(d.fingerprint, d)
    return [Entry(fp, first[fp].code, first[fp].path, first[fp].key, len(hashes),
                  tuple(sorted(hashes)))
            for fp, hashes in lines.items()]


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
            lines = raw.get("lines", [])
            if not isinstance(lines, list) or not all(isinstance(h, str) for h in lines):
                raise ValueError("lines must be a list of line hashes")
            entries.append(Entry(str(raw["fingerprint"]), str(raw["code"]), str(raw["path"]),
                                 str(raw.get("key", "")), count, tuple(sorted(lines))))
    except (ValueError, KeyError, TypeError) as exc:
        raise BaselineError(f"{path}: corrupt baseline ({exc}); regenerate it with "
                            f"--write-baseline {path}") from None
    return entries


def compare(diagnostics: Sequence[Diagnostic], entries: Iterable[Entry],
            shown: Sequence[Diagnostic] | None = None,
            line_hash: LineHashes | None = None) -> Comparison:
    """Findings beyond each entry's count are new: first those on a line the entry has not
    seen, then the last ones in report order.

    `shown` (focus mode): the findings to report, a part of `diagnostics` (maybe moved
    into another file). The baseline is matched against all of `diagnostics`, so that
    entries elsewhere do not count as gone; the new ones are then picked from `shown`."""
    line_hash = line_hash or LineHashes()
    by_fp = {e.fingerprint: e for e in entries}
    allowance = Counter({e.fingerprint: e.count for e in by_fp.values()})
    seen_lines = {fp: Counter(e.lines) for fp, e in by_fp.items()}
    known: set[int] = set()
    # Occurrences on a line the baseline has seen are known first; the allowance left
    # covers occurrences whose line was edited since, in report order.
    for i, d in enumerate(diagnostics):
        lines = seen_lines.get(d.fingerprint)
        if lines and allowance[d.fingerprint] > 0 and lines[h := line_hash(d)] > 0:
            lines[h] -= 1
            allowance[d.fingerprint] -= 1
            known.add(i)
    new: list[Diagnostic] = []
    for i, d in enumerate(diagnostics):
        if i in known:
            continue
        if allowance[d.fingerprint] > 0:
            allowance[d.fingerprint] -= 1
        else:
            new.append(d)
    gone = sum(allowance.values())
    if shown is None:
        return Comparison(new, len(diagnostics) - len(new), gone)
    # the new ones themselves where `shown` holds them; by fingerprint where it holds
    # copies (a finding moved to the changed file it concerns)
    new_ids = {id(d) for d in new}
    fresh = Counter(d.fingerprint for d in new)
    for d in shown:
        if id(d) in new_ids:
            fresh[d.fingerprint] -= 1
    matched = {id(d) for d in diagnostics}
    picked = []
    for d in shown:
        if id(d) in new_ids:
            picked.append(d)
        elif id(d) not in matched and fresh[d.fingerprint] > 0:
            fresh[d.fingerprint] -= 1
            picked.append(d)
    return Comparison(picked, len(shown) - len(picked), gone)


def pruned(diagnostics: Sequence[Diagnostic], entries: Iterable[Entry],
           line_hash: LineHashes | None = None) -> list[Entry]:
    """The entries that still occur, each count capped at today's count and its lines
    those of today's occurrences; nothing is added."""
    line_hash = line_hash or LineHashes()
    today: dict[str, list[str]] = {}
    for d in diagnostics:
        today.setdefault(d.fingerprint, []).append(line_hash(d))
    out = []
    for entry in entries:
        occurrences = today.get(entry.fingerprint, [])
        count = min(entry.count, len(occurrences))
        if not count:
            continue
        lines: tuple[str, ...] = ()
        if entry.lines:  # the lines the baseline knew first, then edited ones in report order
            seen = Counter(entry.lines)
            kept, edited = [], []
            for h in occurrences:
                if seen[h] > 0:
                    seen[h] -= 1
                    kept.append(h)
                else:
                    edited.append(h)
            lines = tuple(sorted((kept + edited)[:count]))
        out.append(Entry(entry.fingerprint, entry.code, entry.path, entry.key, count, lines))
    return out
