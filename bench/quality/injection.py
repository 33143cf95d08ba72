"""Seeded injection: copy event folders of real copy and plant recorded discrepancies.

One injection per copy of an event (``WORK/s<seed>/<event>~<kind>/``), so that a finding
for one planted change is never credited to another and each copy is checked on its own,
as an editor checks one story. The site of each injection is drawn at random (seeded by
seed, event and kind) from every site a general rule admits (``plants.py``); nothing is
hand-picked. The manifest records, per injection, the kind, the planted span (with the text
before and after) and the spans of the mentions it now disagrees with, all in the
coordinates of the injected copy, in the gold span format (``spans.py``).
"""

from __future__ import annotations

import json
import random
import shutil
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from spans import CORPUS, span_hash

KINDS = ("figure", "date", "weekday", "year", "quote_wording", "quote_speaker",
         "quote_unattributed", "name",
         "role", "spun")


@dataclass(frozen=True, slots=True)
class Pos:
    """A place in one file of an event: 1-based line and columns, end exclusive."""

    file: str
    line: int
    col: int
    end_col: int


@dataclass(frozen=True, slots=True)
class Edit:
    at: Pos
    new: str


@dataclass(slots=True)
class Plan:
    """What a planter decided: the edits (all in one file), which of the edited places is
    the planted mention, and the places (before the edit) it will disagree with."""

    kind: str
    op: str
    edits: list[Edit]
    planted: Pos  # before the edit; its end grows or shrinks with the edit
    spans: list[Pos] = field(default_factory=list)  # before the edits; may include planted


@dataclass(slots=True)
class Event:
    name: str
    files: dict[str, list[str]]  # file name → lines of the file
    body: dict[str, range]  # file name → line indices (0-based) of the article body

    @classmethod
    def read(cls, folder: Path) -> Event:
        files, body = {}, {}
        for path in sorted(p for p in folder.iterdir() if p.is_file()):
            lines = path.read_text(encoding="utf-8").split("\n")
            files[path.name] = lines
            body[path.name] = range(_body_start(lines), len(lines))
        return cls(folder.name, files, body)

    def body_lines(self, file: str) -> Iterable[tuple[int, str]]:
        """(1-based line number, text) of each prose line of the body (no headings)."""
        lines = self.files[file]
        for index in self.body[file]:
            text = lines[index]
            if text.strip() and not text.lstrip().startswith(("#", "!", "<", "|", "---")):
                yield index + 1, text

    def text(self, pos: Pos) -> str:
        return self.files[pos.file][pos.line - 1][pos.col - 1 : pos.end_col - 1]


def _body_start(lines: list[str]) -> int:
    if lines and lines[0].strip() == "---":
        for index in range(1, len(lines)):
            if lines[index].strip() in ("---", "..."):
                return index + 1
    return 0


def apply(event: Event, edits: list[Edit]) -> dict[str, list[str]]:
    """The event's files after the edits (non-overlapping; any order)."""
    files = {name: list(lines) for name, lines in event.files.items()}
    for edit in sorted(edits, key=lambda e: (e.at.file, e.at.line, e.at.col), reverse=True):
        line = files[edit.at.file][edit.at.line - 1]
        files[edit.at.file][edit.at.line - 1] = (
            line[: edit.at.col - 1] + edit.new + line[edit.at.end_col - 1 :])
    return files


def moved(pos: Pos, edits: list[Edit]) -> Pos:
    """Where a place of the original text is after the edits: an edit before it on its line
    shifts it; an edit inside it (or exactly on it) moves its end."""
    col, end = pos.col, pos.end_col
    for edit in edits:
        at = edit.at
        if at.file != pos.file or at.line != pos.line:
            continue
        delta = len(edit.new) - (at.end_col - at.col)
        if at.end_col <= pos.col and not (at.col == at.end_col == pos.col):
            col, end = col + delta, end + delta
        elif pos.col <= at.col and at.end_col <= pos.end_col:
            end += delta
    return Pos(pos.file, pos.line, col, end)


def span_dict(pos: Pos, files: dict[str, list[str]]) -> dict:
    text = files[pos.file][pos.line - 1][pos.col - 1 : pos.end_col - 1]
    return {"file": pos.file, "line": pos.line, "col": pos.col, "end_col": pos.end_col,
            "sha": span_hash(text)}


Planter = Callable[[Event, random.Random], "Plan | None"]


def inject_event(event: Event, kind: str, seed: int, planter: Planter) -> tuple[dict, dict] | None:
    """(record, new files) of one injection of `kind` into `event`, or None without a site."""
    rng = random.Random(f"{seed}:{event.name}:{kind}")
    plan = planter(event, rng)
    if plan is None:
        return None
    files = apply(event, plan.edits)
    planted = moved(plan.planted, plan.edits)
    spans, seen = [], set()
    for pos in plan.spans:
        new = moved(pos, plan.edits)
        if new not in seen:
            seen.add(new)
            spans.append(span_dict(new, files))
    after = files[planted.file][planted.line - 1][planted.col - 1 : planted.end_col - 1]
    record = {
        "event": event.name, "kind": plan.kind, "op": plan.op, "file": planted.file,
        "planted": {**span_dict(planted, files), "before": event.text(plan.planted),
                    "after": after},
        "spans": spans,
        # Every edit, so a check can confirm each one changed the text where it says.
        "edits": [{**span_dict(new.at, files), "before": event.text(old.at), "after": new.new}
                  for old, new in zip(plan.edits, _with_shifts(plan.edits), strict=True)],
    }
    return record, files


def _with_shifts(edits: list[Edit]) -> list[Edit]:
    """Each edit placed where its new text sits once every edit is applied."""
    out = []
    for edit in edits:
        others = [e for e in edits if e is not edit]
        start = moved(Pos(edit.at.file, edit.at.line, edit.at.col, edit.at.col), others)
        out.append(Edit(Pos(edit.at.file, edit.at.line, start.col,
                            start.col + len(edit.new)), edit.new))
    return out


def run(events: list[str], seeds: Iterable[int], work: Path, planters: dict[str, Planter],
        splits: dict[str, str], corpus: Path = CORPUS) -> dict:
    """Write the injected copies under `work` and return (and write) the manifest."""
    if work.exists():
        shutil.rmtree(work)
    work.mkdir(parents=True)
    manifest: dict = {"corpus": str(corpus), "injections": [], "skipped": []}
    for seed in seeds:
        for name in events:
            event = Event.read(corpus / name)
            for kind, planter in planters.items():
                done = inject_event(event, kind, seed, planter)
                if done is None:
                    manifest["skipped"].append({"seed": seed, "event": name, "kind": kind})
                    continue
                record, files = done
                folder = work / f"s{seed}" / f"{name}~{kind}"
                folder.mkdir(parents=True)
                for file, lines in files.items():
                    (folder / file).write_text("\n".join(lines), encoding="utf-8")
                record.update(seed=seed, dir=str(folder.relative_to(work)),
                              split=splits.get(name, "unlabelled"))
                manifest["injections"].append(record)
    (work / "manifest.json").write_text(json.dumps(manifest, indent=1, ensure_ascii=False),
                                        encoding="utf-8")
    return manifest
