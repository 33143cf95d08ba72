"""Gold spans: point at real copy by file, line and columns, pinned by a hash of the text.

The corpus stays in ``../shared/corpora/``; gold never copies its text. A span is
``{file, line, col, end_col, sha}``: ``file`` relative to the event folder, ``line`` and
``col`` 1-based, ``end_col`` exclusive (as newslint prints them), columns counting
characters, and ``sha`` the first 10 hex digits of the SHA-1 of the span's UTF-8 text, so a
span that no longer matches the corpus is caught instead of silently scoring nothing.

As a command, it helps whoever labels gold:

    python bench/quality/spans.py locate EVENT/FILE LINE "text" [--nth N]
        prints the span of the Nth occurrence of "text" on that line, as YAML flow
    python bench/quality/spans.py find EVENT/FILE "text"
        prints every line where "text" occurs, with its span
    python bench/quality/spans.py check [GOLD.yaml ...]
        checks that every span of the gold files still matches the corpus
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
CORPUS = (HERE / "../../../shared/corpora/basil").resolve()
GOLD = HERE / "gold"


def span_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]


@dataclass(frozen=True, slots=True)
class Span:
    event: str
    file: str
    line: int
    col: int
    end_col: int
    sha: str

    @property
    def path(self) -> Path:
        return CORPUS / self.event / self.file

    def text(self, corpus: Path = CORPUS) -> str:
        lines = (corpus / self.event / self.file).read_text(encoding="utf-8").split("\n")
        return lines[self.line - 1][self.col - 1 : self.end_col - 1]

    def matches(self, corpus: Path = CORPUS) -> bool:
        try:
            return span_hash(self.text(corpus)) == self.sha
        except (OSError, IndexError):
            return False

    def overlaps(self, line: int, col: int, end_col: int | None) -> bool:
        """Whether a finding at (line, col[, end_col]) touches this span."""
        if line != self.line:
            return False
        end = end_col if end_col and end_col > col else col + 1
        return col < self.end_col and self.col < end

    @classmethod
    def from_dict(cls, event: str, data: dict) -> Span:
        return cls(event, str(data["file"]), int(data["line"]), int(data["col"]),
                   int(data["end_col"]), str(data["sha"]))


def locate(event_file: str, line: int, needle: str, nth: int = 1) -> dict:
    event, file = event_file.split("/", 1)
    text = (CORPUS / event / file).read_text(encoding="utf-8").split("\n")[line - 1]
    start = -1
    for _ in range(nth):
        start = text.find(needle, start + 1)
        if start < 0:
            raise SystemExit(f"{needle!r} occurs fewer than {nth} times on line {line}")
    return {"file": file, "line": line, "col": start + 1, "end_col": start + 1 + len(needle),
            "sha": span_hash(needle)}


def iter_spans(doc: dict):
    """Every span of a gold file, wherever it sits in the document."""
    event = doc["event"]

    def walk(node):
        if isinstance(node, dict):
            if {"file", "line", "col", "end_col", "sha"} <= node.keys():
                yield Span.from_dict(event, node)
            for value in node.values():
                yield from walk(value)
        elif isinstance(node, list):
            for value in node:
                yield from walk(value)

    yield from walk(doc)


def check(paths: list[Path]) -> int:
    bad = 0
    for path in paths:
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        for span in iter_spans(doc):
            if not span.matches():
                bad += 1
                print(f"{path.name}: {span.event}/{span.file}:{span.line}:{span.col}: "
                      "span does not match the corpus")
    print(f"{len(paths)} gold files checked, {bad} bad spans")
    return 1 if bad else 0


def _flow(span: dict) -> str:
    return "{" + ", ".join(f"{k}: {v}" for k, v in span.items()) + "}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("locate")
    p.add_argument("event_file")
    p.add_argument("line", type=int)
    p.add_argument("text")
    p.add_argument("--nth", type=int, default=1)
    p = sub.add_parser("find")
    p.add_argument("event_file")
    p.add_argument("text")
    p = sub.add_parser("check")
    p.add_argument("gold", nargs="*", type=Path)
    args = parser.parse_args(argv)
    if args.cmd == "locate":
        print(_flow(locate(args.event_file, args.line, args.text, args.nth)))
    elif args.cmd == "find":
        event, file = args.event_file.split("/", 1)
        lines = (CORPUS / event / file).read_text(encoding="utf-8").split("\n")
        for number, text in enumerate(lines, 1):
            nth = 0
            start = text.find(args.text)
            while start >= 0:
                nth += 1
                print(_flow(locate(args.event_file, number, args.text, nth)))
                start = text.find(args.text, start + 1)
    else:
        return check(args.gold or sorted(GOLD.glob("*.yaml")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
