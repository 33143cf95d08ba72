"""Precision per code on the injected copies: what a rule says beside a real discrepancy.

Some codes (the role rules, the post-only rule) find nothing on the untouched corpus, so a
sample of their findings there is empty and their precision unmeasured. On the injected
copies they do fire, and each of their findings is one of three things:

- ``plant``: a finding of the planted kind's codes that links the plant to its
  counterpart (scored as found by ``score.found_by``): true by construction;
- ``unchanged``: the same finding (code, file, line and message) as in the run on the
  untouched event: it takes that finding's judgement, if it has one;
- ``new``: anything else, which the plant caused away from itself or which only looks
  like the plant: judged by hand like any sampled finding, under a key that names the
  copy (``CODE SEED/EVENT~KIND/FILE:LINE:COL HASH``).

Precision is over the judged findings; ``plant`` ones count as judged true.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from pathlib import Path

from goldset import FAMILIES
from judge import key as natural_key
from score import Finding, found_by
from spans import Span


def key(f: Finding) -> str:
    digest = hashlib.sha1(f.message.encode("utf-8")).hexdigest()[:8]
    return f"{f.code} {f.loc.root}/{f.loc.folder}/{f.loc.file}:{f.loc.line}:{f.loc.col} {digest}"


def _untouched(f: Finding) -> tuple:
    return (f.code, f.event, f.loc.file, f.loc.line, f.message)


def classify(manifest: dict, injected: list[Finding], natural: list[Finding]
             ) -> list[tuple[Finding, str, Finding | None]]:
    """Each injected finding with its class and, for ``unchanged``, the untouched twin."""
    records = {Path(r["dir"]).as_posix(): r for r in manifest["injections"]}
    twins = {_untouched(f): f for f in natural}
    out = []
    for f in injected:
        rec = records.get(f"{f.loc.root}/{f.loc.folder}")
        if rec is None:
            continue
        if rec["kind"] != "spun":
            spans = [Span.from_dict(rec["event"], s) for s in rec["spans"]]
            anchor = rec["file"] if rec["kind"].startswith("quote_") else None
            if found_by(spans, [f], FAMILIES[rec["kind"]], anchor) is not None:
                out.append((f, "plant", None))
                continue
        elif f.code.startswith(FAMILIES["spun"]) and f.loc.file == rec["file"]:
            out.append((f, "plant", None))
            continue
        twin = twins.get(_untouched(f))
        out.append((f, "unchanged", twin) if twin else (f, "new", None))
    return out


def precision(classified: list[tuple[Finding, str, Finding | None]], judged: dict[str, dict]
              ) -> dict[str, dict]:
    """Per code: findings by class, judged, true, unjudged new ones, precision."""
    out: dict[str, dict] = {}
    for f, cls, twin in classified:
        row = out.setdefault(f.code, {"severity": f.severity, "findings": 0, "plant": 0,
                                      "unchanged": 0, "new": 0,
                                      "judged": 0, "true": 0, "unjudged_new": 0})
        row["findings"] += 1
        row[cls] += 1
        if cls == "plant":
            verdict: object = True
        else:
            entry = judged.get(natural_key(twin) if twin else key(f))
            verdict = entry["verdict"] if entry else None
            row["unjudged_new"] += cls == "new" and entry is None
        if verdict is not None:
            row["judged"] += 1
            row["true"] += verdict is True
    for row in out.values():
        row["precision"] = row["true"] / row["judged"] if row["judged"] else None
    return dict(sorted(out.items()))


def todo(classified: list[tuple[Finding, str, Finding | None]], judged: dict[str, dict],
         codes: set[str] | None = None) -> list[Finding]:
    """The ``new`` findings without a judgement (of `codes`, if given), in key order."""
    return sorted((f for f, cls, _ in classified
                   if cls == "new" and key(f) not in judged
                   and (codes is None or f.code in codes)), key=key)


def counts(classified: list[tuple[Finding, str, Finding | None]]) -> Counter:
    return Counter((f.code, cls) for f, cls, _ in classified)


def write_todo(path: Path, findings: list[Finding], work: Path) -> int:
    """Write unjudged ``new`` findings with their passages, read from the injected copies."""
    from judge import write_entries

    return write_entries(
        path, "# Findings on injected copies, neither at the plant nor as on the untouched "
        "event.\n# Judge each (verdict true or false, a one-line why in your own words), then "
        "copy\n# key/verdict/why (not the passages) into bench/quality/judgements.yaml.\n",
        findings, key, lambda loc: (work / loc.root, loc.folder))
