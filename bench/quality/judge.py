"""Precision per code from hand judgements of a seeded, stratified sample of findings.

A finding's key is ``CODE EVENT/FILE:LINE:COL HASH``, HASH the first 8 hex digits of the
SHA-1 of its message: a finding that moves or says something else gets a new key and is
judged again. The sample takes, per code, the findings whose keys hash lowest under the
seed (so adding or removing other findings leaves the rest of the sample as it was), in
proportion to the code's share and at least MIN_PER_CODE of each code that has them.
``judgements.yaml`` holds ``- {key: ..., verdict: true|false, why: ...}`` entries and never
any article text; ``--judge-todo FILE`` writes the unjudged sampled findings with their
passages so that a person can judge them.
"""

from __future__ import annotations

import hashlib
import math
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import yaml
from score import Finding, Loc

JUDGEMENTS = Path(__file__).resolve().parent / "judgements.yaml"
MIN_PER_CODE = 10


def key(f: Finding) -> str:
    digest = hashlib.sha1(f.message.encode("utf-8")).hexdigest()[:8]
    return f"{f.code} {f.event}/{f.loc.file}:{f.loc.line}:{f.loc.col} {digest}"


def _rank(seed: int, k: str) -> str:
    return hashlib.sha1(f"{seed}|{k}".encode()).hexdigest()


def sample(findings: list[Finding], seed: int = 1, size: int = 100) -> list[Finding]:
    """At least `size` findings in all (when there are that many), stratified by code."""
    by_code: dict[str, list[Finding]] = {}
    for f in findings:
        by_code.setdefault(f.code, []).append(f)
    for code in by_code:
        by_code[code].sort(key=lambda f: _rank(seed, key(f)))
    total = len(findings)
    quota = {c: min(len(fs), max(MIN_PER_CODE, math.ceil(size * len(fs) / max(total, 1))))
             for c, fs in by_code.items()}
    while sum(quota.values()) < min(size, total):  # top up from the largest codes
        code = max((c for c in by_code if quota[c] < len(by_code[c])),
                   key=lambda c: (len(by_code[c]) - quota[c], c))
        quota[code] += 1
    return [f for c in sorted(by_code) for f in by_code[c][: quota[c]]]


def load(path: Path = JUDGEMENTS) -> dict[str, dict]:
    if not path.exists():
        return {}
    entries = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    return {str(e["key"]): e for e in entries if isinstance(e, dict) and "key" in e}


def precision(findings: list[Finding], sampled: list[Finding], judged: dict[str, dict]
              ) -> dict[str, dict]:
    """Per code: findings, sampled, judged, true, unjudged, precision (None if none judged)."""
    counts = Counter(f.code for f in findings)
    out: dict[str, dict] = {}
    for code in sorted(counts):
        mine = [f for f in sampled if f.code == code]
        verdicts = [judged[key(f)]["verdict"] for f in mine if key(f) in judged]
        true = sum(1 for v in verdicts if v is True)
        out[code] = {"findings": counts[code], "sampled": len(mine), "judged": len(verdicts),
                     "true": true, "unjudged": len(mine) - len(verdicts),
                     "precision": true / len(verdicts) if verdicts else None}
    return out


def _passage(corpus: Path, event: str, file: str, line: int, col: int, width: int = 160
             ) -> str:
    try:
        text = (corpus / event / file).read_text(encoding="utf-8").split("\n")[line - 1]
    except (OSError, IndexError):
        return ""
    start = max(0, col - 1 - width // 2)
    return ("…" if start else "") + text[start : start + width] + (
        "…" if start + width < len(text) else "")


def write_todo(path: Path, sampled: list[Finding], judged: dict[str, dict], corpus: Path
               ) -> int:
    """Write the sampled findings that have no judgement, with their passages. Returns how many."""
    return write_entries(
        path, "# Judge each finding: verdict true (an editor would want it) or false, and a "
        "one-line\n# why in your own words; then copy key/verdict/why (not the passages) into\n"
        "# bench/quality/judgements.yaml.\n",
        [f for f in sampled if key(f) not in judged], key,
        lambda loc: (corpus, loc.folder.split("~")[0]))


def write_entries(path: Path, header: str, findings: list[Finding],
                  key_of: Callable[[Finding], str], where: Callable[[Loc], tuple[Path, str]]
                  ) -> int:
    """Write `findings` to judge, each with its passage and its related ones' (`where`
    gives the folder holding a location's event folder, and that folder's name)."""
    def passage(loc: Loc, width: int = 160) -> str:
        base, folder = where(loc)
        return _passage(base, folder, loc.file, loc.line, loc.col, width)

    todo = [{"key": key_of(f), "verdict": None, "why": "", "message": f.message,
             "passage": passage(f.loc),
             "related": [f"{r.file}:{r.line}:{r.col}: " + passage(r, 120)
                         for r in f.related[:4]]} for f in findings]
    path.write_text(header + yaml.safe_dump(todo, allow_unicode=True, sort_keys=False,
                                            width=100), encoding="utf-8")
    return len(todo)
