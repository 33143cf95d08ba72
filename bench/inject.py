"""Plant recorded discrepancies in copies of real-copy events (see bench/quality/injection.py).

    python bench/inject.py WORK [--seed N ...] [--events labelled|all|EVENT,...] [--kinds K,...]

writes WORK/s<seed>/<event>~<kind>/ (one planted discrepancy per copy) and
WORK/manifest.json. The same seeds give byte-identical copies and manifest.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "quality"))

import goldset
import injection
import plants
from spans import CORPUS


def events_for(spec: str, corpus: Path = CORPUS) -> list[str]:
    if spec == "labelled":
        return sorted(goldset.splits())
    if spec == "all":
        return sorted(p.name for p in corpus.iterdir() if p.is_dir())
    return [e for e in spec.split(",") if e]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("work", type=Path, help="folder for the copies (emptied first)")
    parser.add_argument("--seed", type=int, action="append", help="seed (repeatable; default 1)")
    parser.add_argument("--events", default="labelled", help="labelled, all, or a,b,c")
    parser.add_argument("--kinds", default=",".join(injection.KINDS))
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    args = parser.parse_args(argv)
    planters = {k: plants.PLANTERS[k] for k in args.kinds.split(",")}
    manifest = injection.run(events_for(args.events, args.corpus), args.seed or [1], args.work,
                             planters, goldset.splits(), args.corpus)
    counts = Counter(r["kind"] for r in manifest["injections"])
    kinds = ", ".join(f"{k} {n}" for k, n in sorted(counts.items()))
    print(f"{len(manifest['injections'])} injections ({kinds}), "
          f"{len(manifest['skipped'])} event/kind pairs without a site; "
          f"manifest in {args.work / 'manifest.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
