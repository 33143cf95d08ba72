"""Matching findings and quote facts against gold and injected discrepancies.

A discrepancy (gold or injected) is found when a finding of a code family of its kind
touches one of its spans and another of its spans is the finding's location or one of its
related locations. newslint gives a related location no end: it covers the text its message
quotes ('"Cowan" here' covers five characters; a quote cut short with "…" runs to the end of
the line), else it is a point, which touches a span when it falls inside it (one column of
slack either side, for a quotation mark).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from goldset import FAMILIES, Gold
from spans import CORPUS, Span


@dataclass(frozen=True, slots=True)
class Loc:
    folder: str  # the event folder's name (an injected copy's folder for injected runs)
    file: str
    line: int
    col: int
    end_col: int | None  # None for a related location: a point
    # The folder holding the event folder: an injected copy's seed ("s1"), so the copies
    # of one event under several seeds are scored apart.
    root: str = ""


@dataclass(frozen=True, slots=True)
class Finding:
    code: str
    severity: str
    message: str
    loc: Loc
    related: tuple[Loc, ...]

    @classmethod
    def from_json(cls, d: dict) -> Finding:
        def loc(path: str, line: int, col: int, end: int | None) -> Loc:
            p = Path(path)
            return Loc(p.parent.name, p.name, int(line or 0), int(col or 0), end,
                       p.parent.parent.name)

        end = d.get("end_col") if d.get("end_line", d.get("line")) == d.get("line") else None
        return cls(d["code"], d.get("severity", ""), d.get("message", ""),
                   loc(d["path"], d["line"], d["col"], end or None),
                   tuple(loc(r["path"], r["line"], r["col"], _extent(r))
                         for r in d.get("related") or []))

    @property
    def event(self) -> str:
        return self.loc.folder.split("~")[0]


def _extent(related: dict) -> int | None:
    """The end column of the text a related location's message quotes, if it quotes one."""
    message = str(related.get("message") or "")
    if not message.startswith('"') or message.count('"') < 2:
        return None
    quoted = message[1 : message.rindex('"')]
    if quoted.endswith("…"):
        return int(related["col"]) + 100_000  # cut short: the rest of the line
    return int(related["col"]) + len(quoted)


def touches(span: Span, loc: Loc) -> bool:
    if span.file != loc.file or span.line != loc.line:
        return False
    if loc.end_col is None or loc.end_col <= loc.col:
        return span.col - 1 <= loc.col <= span.end_col
    return loc.col < span.end_col and span.col < loc.end_col


def found_by(spans: Sequence[Span], findings: Iterable[Finding], prefixes: Sequence[str],
             anchor: str | None = None) -> Finding | None:
    """The first finding of the family that links two of the spans, or None. With `anchor`
    (a file name) one of the two must be in that file: the planted article, when the other
    spans are every article's copy of the same quotation and a link between two untouched
    copies says nothing of the plant."""
    for finding in findings:
        if not finding.code.startswith(tuple(prefixes)):
            continue
        for i, span in enumerate(spans):
            if not touches(span, finding.loc):
                continue
            for j, other in enumerate(spans):
                if j == i or (anchor is not None and anchor not in (span.file, other.file)):
                    continue
                if touches(other, finding.loc) or any(touches(other, r)
                                                      for r in finding.related):
                    return finding
    return None


def by_folder(findings: Iterable[Finding]) -> dict[str, list[Finding]]:
    out: dict[str, list[Finding]] = {}
    for f in findings:
        out.setdefault(f.loc.folder, []).append(f)
    return out


DISCREPANCY_CODES = ("NL1", "NL2", "NL3", "NL4", "NL5", "NL6")


def spelling_uses(spans: Sequence[Span], corpus: Path | None = None) -> list[Span]:
    """A name discrepancy's spans with every other use of each spelling in the same file:
    gold points at one use of the article's right spelling ("an article that otherwise
    writes Cowan"), and a finding that names any other use of it names the same spelling."""
    out = list(spans)
    for span in spans:
        try:
            lines = (corpus or CORPUS).joinpath(span.event, span.file).read_text(
                encoding="utf-8").split("\n")
            text = span.text(corpus or CORPUS)
        except (OSError, IndexError):
            continue
        if not text.strip():
            continue
        word = re.compile(r"(?<![\w'’-])" + re.escape(text) + r"(?![\w-])")
        for number, line in enumerate(lines, 1):
            for m in word.finditer(line):
                use = Span(span.event, span.file, number, m.start() + 1, m.end() + 1,
                           span.sha)
                if use not in out:
                    out.append(use)
    return out


def natural(golds: dict[str, Gold], findings: list[Finding], corpus: Path | None = None
            ) -> dict:
    """Recall per gold kind and split; look-alikes flagged per kind and split."""
    per = by_folder(findings)
    recall: dict[tuple[str, str], list[int]] = {}
    looks: dict[tuple[str, str], list[int]] = {}
    missed, flagged = [], []
    for event, gold in golds.items():
        here = per.get(event, [])
        for item in gold.discrepancies:
            spans = spelling_uses(item.spans, corpus) if item.kind == "name" else item.spans
            hit = found_by(spans, here, FAMILIES.get(item.kind, ("NL",)))
            cell = recall.setdefault((item.kind, gold.split), [0, 0])
            cell[0] += hit is not None
            cell[1] += 1
            if hit is None:
                missed.append((event, item))
        for item in gold.lookalikes:
            hit = found_by(item.spans, here, DISCREPANCY_CODES)
            cell = looks.setdefault((item.kind, gold.split), [0, 0])
            cell[0] += hit is not None
            cell[1] += 1
            if hit is not None:
                flagged.append((event, item, hit))
    return {"recall": recall, "lookalikes": looks, "missed": missed, "flagged": flagged}


def injected(manifests: list[dict], findings: list[Finding]) -> dict:
    """Recall per injected kind and split, over every seed's manifest."""
    per: dict[str, list[Finding]] = {}
    for f in findings:
        per.setdefault(f"{f.loc.root}/{f.loc.folder}", []).append(f)
    recall: dict[tuple[str, str], list[int]] = {}
    for manifest in manifests:
        for rec in manifest["injections"]:
            here = per.get(Path(rec["dir"]).as_posix(), [])
            prefixes = FAMILIES[rec["kind"]]
            event = rec["event"]
            if rec["kind"] == "spun":
                hit = any(f.code.startswith(prefixes) and f.loc.file == rec["file"]
                          for f in here)
            else:
                spans = [Span.from_dict(event, s) for s in rec["spans"]]
                anchor = rec["file"] if rec["kind"].startswith("quote_") else None
                hit = found_by(spans, here, prefixes, anchor) is not None
            cell = recall.setdefault((rec["kind"], rec["split"]), [0, 0])
            cell[0] += hit
            cell[1] += 1
    return recall


# --- quotes -----------------------------------------------------------------------------

SPEECH = ("quote", "fragment")
HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "sen", "senator", "rep", "gov", "governor",
              "president", "secretary", "speaker", "judge", "rev", "gen", "jr", "sr"}


POSSESSIVE = re.compile(r"['’]s(?=\s|$)")


def _tokens(name: str) -> list[str]:
    # "counsel's" and "counsel’s" are the same word as "counsel", in either apostrophe;
    # "O’Halleran" and "O'Halleran" one name
    words = [w.strip(".,'’").lower().replace("’", "'")
             for w in POSSESSIVE.sub("", name).split()]
    return [w for w in words if w and w not in HONORIFICS]


def same_speaker(canonical: str, found: str | None) -> bool:
    """The resolved speaker names the canonical one, up to name form (surname, title)."""
    if canonical.strip().lower() == "unknown":
        return not found
    if not found:
        return False
    want, got = _tokens(canonical), _tokens(found)
    if not want or not got:
        return False
    return want[-1] == got[-1] or set(got) <= set(want) or set(want) <= set(got)


def _pieces(q: dict, lines: list[str]) -> list[tuple[int, int, int]]:
    """A quote fact cut into (line, col, end_col) pieces, one per line it covers."""
    if q["line"] == q["end_line"]:
        return [(q["line"], q["col"], q["end_col"])]
    out = [(q["line"], q["col"], len(lines[q["line"] - 1]) + 1)]
    for n in range(q["line"] + 1, q["end_line"]):
        if lines[n - 1].strip():
            out.append((n, 1, len(lines[n - 1]) + 1))
    out.append((q["end_line"], 1, q["end_col"]))
    return out


def quotes(golds: dict[str, Gold], facts: dict[str, list[dict]], corpus: Path) -> dict:
    """Extraction precision/recall and speaker accuracy per split, matching pieces one to one
    when they overlap by at least half of the longer of the two."""
    out: dict[str, dict[str, int]] = {}
    for event, gold in golds.items():
        if not gold.quotes:
            continue
        cell = out.setdefault(gold.split, dict.fromkeys(
            ("gold", "found", "extracted", "true", "false", "term", "speaker_ok",
             "resolved_ok"), 0))
        pieces = []
        for file in sorted({q.span.file for q in gold.quotes} | {
                Path(k).name for k in facts if Path(k).parent.name == event}):
            path = corpus / event / file
            lines = path.read_text(encoding="utf-8").split("\n") if path.exists() else []
            for q in facts.get(str(path), []):
                if q.get("context") == "post":
                    continue
                speaker = q.get("speaker_key") or q.get("speaker")
                resolved = q.get("resolved") or speaker
                pieces += [(file, *p, speaker, resolved) for p in _pieces(q, lines)]
        pairs = []
        for gi, g in enumerate(gold.quotes):
            s = g.span
            for pi, (file, line, col, end, _, _) in enumerate(pieces):
                if file == s.file and line == s.line:
                    overlap = min(end, s.end_col) - max(col, s.col)
                    if overlap * 2 >= max(end - col, s.end_col - s.col):
                        pairs.append((-overlap, gi, pi))
        gold_hit, piece_hit = {}, {}
        for _, gi, pi in sorted(pairs):
            if gi not in gold_hit and pi not in piece_hit:
                gold_hit[gi], piece_hit[pi] = pi, gi
        for gi, g in enumerate(gold.quotes):
            if g.kind in SPEECH:
                cell["gold"] += 1
                if gi in gold_hit:
                    cell["found"] += 1
                    cell["speaker_ok"] += same_speaker(g.speaker, pieces[gold_hit[gi]][4])
                    cell["resolved_ok"] += same_speaker(g.speaker, pieces[gold_hit[gi]][5])
        for pi in range(len(pieces)):
            kind = gold.quotes[piece_hit[pi]].kind if pi in piece_hit else None
            if kind == "post":
                continue
            cell["extracted"] += 1
            cell["true" if kind in SPEECH else "false"] += 1
            cell["term"] += kind == "term"
    return out
