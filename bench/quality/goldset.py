"""Gold files and the event split: read from one or more gold folders."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml
from spans import GOLD, HERE, Span

SPLITS = HERE / "splits.yaml"
# Which finding codes can find a discrepancy of each kind (by code prefix).
FAMILIES = {
    "figure": ("NL4",), "date": ("NL5",), "weekday": ("NL5",), "year": ("NL5",),
    "quote_wording": ("NL302",), "quote_speaker": ("NL301",),
    "quote_unattributed": ("NL304",), "name": ("NL101",),
    "role": ("NL601", "NL602"), "spun": ("NL201", "NL202"),
}


def splits(path: Path = SPLITS) -> dict[str, str]:
    return {str(k): str(v) for k, v in (yaml.safe_load(path.read_text()) or {}).items()}


@dataclass(slots=True)
class Item:
    kind: str
    why: str
    spans: list[Span]


@dataclass(slots=True)
class Quote:
    span: Span
    speaker_as_written: str
    speaker: str
    kind: str


@dataclass(slots=True)
class Gold:
    event: str
    split: str
    source: Path
    discrepancies: list[Item] = field(default_factory=list)
    lookalikes: list[Item] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)


def _items(event: str, entries) -> list[Item]:
    return [Item(str(e.get("kind")), str(e.get("why", "")),
                 [Span.from_dict(event, s) for s in e.get("spans") or []])
            for e in entries or []]


def read(path: Path, split_of: dict[str, str]) -> Gold:
    doc = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    event = str(doc["event"])
    quotes = [Quote(Span.from_dict(event, q["span"]), str(q.get("speaker_as_written") or ""),
                    str(q.get("speaker") or "unknown"), str(q.get("kind") or "quote"))
              for q in doc.get("quotes") or []]
    return Gold(event, split_of.get(event, str(doc.get("split", "dev"))), path,
                _items(event, doc.get("discrepancies")), _items(event, doc.get("lookalikes")),
                quotes)


def load(dirs: list[Path] | None = None) -> dict[str, Gold]:
    """Every event's gold; an event labelled in two folders is read from the first."""
    split_of = splits()
    golds: dict[str, Gold] = {}
    for folder in dirs or [GOLD]:
        for path in sorted(folder.glob("*.yaml")):
            gold = read(path, split_of)
            golds.setdefault(gold.event, gold)
    return dict(sorted(golds.items()))
