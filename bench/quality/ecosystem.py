"""The ecosystem check: what a change does to the findings on all of real copy.

REF is checked out beside the working tree (``git worktree add`` into a temporary folder),
both sides run on every event folder of the corpus with their own src/ and rules/, and the
findings only one side has are printed per code with their passages, then one summary line.
A finding is the same on both sides when its code, severity, place and message are: a
finding graded otherwise shows as removed at one severity and added at the other.
"""

from __future__ import annotations

import subprocess
import tempfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from judge import _passage
from score import Finding


def _ident(f: Finding) -> tuple:
    return (f.code, f.severity, f.loc.folder, f.loc.file, f.loc.line, f.loc.col, f.message)


def _show(sign: str, f: Finding, corpus: Path) -> str:
    passage = _passage(corpus, f.loc.folder, f.loc.file, f.loc.line, f.loc.col)
    return (f"{sign} {f.code} [{f.severity}] {f.loc.folder}/{f.loc.file}:{f.loc.line}:{f.loc.col}: "
            f"{f.message}\n      {passage}")


def compare(base: list[Finding], head: list[Finding]) -> tuple[list[Finding], list[Finding]]:
    """(added, removed): findings of `head` not in `base`, and of `base` not in `head`."""
    old, new = Counter(map(_ident, base)), Counter(map(_ident, head))
    added, removed = [], []
    for f in head:
        if old[_ident(f)] > 0:
            old[_ident(f)] -= 1
        else:
            added.append(f)
    for f in base:
        if new[_ident(f)] > 0:
            new[_ident(f)] -= 1
        else:
            removed.append(f)
    return added, removed


def diff(ref: str, corpus: Path, root: Path, run: Callable[..., list[Finding]],
         procs: int = 2) -> int:
    folders = [str(p) for p in sorted(corpus.iterdir()) if p.is_dir()]
    with tempfile.TemporaryDirectory() as tmp:
        tree = Path(tmp) / "ref"
        subprocess.run(["git", "worktree", "add", "--detach", "--quiet", str(tree), ref],
                       cwd=root, check=True)
        try:
            rev = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=tree,
                                 capture_output=True, text=True).stdout.strip()
            base = run("findings", folders, src=tree / "src", procs=procs)
        finally:
            subprocess.run(["git", "worktree", "remove", "--force", str(tree)], cwd=root,
                           check=False)
    head = run("findings", folders, src=root / "src", procs=procs)
    added, removed = compare(base, head)
    key = lambda f: (f.code, f.loc.folder, f.loc.file, f.loc.line, f.loc.col)  # noqa: E731
    codes = sorted({f.code for f in added + removed})
    for code in codes:
        plus = sorted((f for f in added if f.code == code), key=key)
        minus = sorted((f for f in removed if f.code == code), key=key)
        print(f"## {code}: +{len(plus)} -{len(minus)}")
        for f in plus:
            print(_show("+", f, corpus))
        for f in minus:
            print(_show("-", f, corpus))
        print()
    per_code = ", ".join(
        f"{c} +{sum(f.code == c for f in added)} -{sum(f.code == c for f in removed)}"
        for c in codes)
    print(f"{corpus.name}: {ref} ({rev}) -> working tree: +{len(added)} -{len(removed)} "
          f"findings ({len(base)} -> {len(head)})" + (f": {per_code}" if per_code else
                                                      ": no change"))
    return 0
