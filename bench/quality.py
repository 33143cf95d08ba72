"""Measure newslint on real copy and write bench/QUALITY.md.

    python bench/quality.py [--gold DIR ...] [--seeds 3] [--judge-todo FILE]
    python bench/quality.py --diff REF        findings added and removed against REF

newslint runs on each event folder of ../shared/corpora/basil on its own (as an editor
checks one story): natural recall per gold kind and look-alikes flagged on the labelled
events; injected recall per kind over seeded injected copies of the labelled events (dev
and test apart; with --inject-events all, the unlabelled events too, in a column of their
own that nothing was labelled or tuned on); quote extraction precision/recall and speaker
accuracy against the gold quotes; findings per article per code on all of basil; precision
per code from the judgements of a seeded sample. See bench/quality/README.md for the gold format.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "quality"))

import goldset  # noqa: E402
import injected_precision  # noqa: E402
import injection  # noqa: E402
import judge  # noqa: E402
import plants  # noqa: E402
import score  # noqa: E402
import writeup  # noqa: E402
from spans import CORPUS, GOLD  # noqa: E402

ROOT = HERE.parent
RUNNER = HERE / "quality" / "runner.py"


def run_newslint(mode: str, items: list[str], src: Path = ROOT / "src", procs: int = 2):
    """The runner's output over `items`, in `procs` subprocesses with `src` on PYTHONPATH."""
    env = {**os.environ, "PYTHONPATH": str(src)}
    chunks = [items[i::procs] for i in range(procs) if items[i::procs]]
    with tempfile.TemporaryDirectory() as tmp:
        outs = [Path(tmp) / f"{n}.json" for n in range(len(chunks))]
        jobs = [subprocess.Popen([sys.executable, str(RUNNER), mode, str(out), *chunk],
                                 env=env) for out, chunk in zip(outs, chunks, strict=True)]
        for job in jobs:
            if job.wait() != 0:
                raise SystemExit(f"runner failed ({mode}) with {src}")
        parts = [json.loads(out.read_text(encoding="utf-8")) for out in outs]
    if mode == "findings":
        return [score.Finding.from_json(d) for part in parts for d in part]
    return {k: v for part in parts for k, v in part.items()}


def event_folders(corpus: Path) -> list[Path]:
    return sorted(p for p in corpus.iterdir() if p.is_dir())


def commit() -> str:
    def git(*args: str) -> str:
        return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True
                              ).stdout.strip()
    dirty = " (with uncommitted changes)" if git("status", "--porcelain", "--", "src",
                                                 "rules") else ""
    return git("rev-parse", "--short", "HEAD") + dirty


def measure(args: argparse.Namespace) -> dict:
    golds = goldset.load(args.gold)
    folders = event_folders(args.corpus)
    articles = sum(1 for f in folders for p in f.iterdir() if p.is_file())
    findings = run_newslint("findings", [str(f) for f in folders], procs=args.procs)
    nat = score.natural(golds, findings, args.corpus)

    splits = goldset.splits()
    with tempfile.TemporaryDirectory() as tmp:
        work = args.work or Path(tmp) / "injected"
        events = sorted(splits) if args.inject_events == "labelled" else \
            [f.name for f in folders]
        planters = {k: plants.PLANTERS[k] for k in args.inject_kinds.split(",") if k}
        manifest = injection.run(events, range(1, args.seeds + 1), work, planters, splits,
                                 args.corpus)
        copies = sorted({str(work / r["dir"]) for r in manifest["injections"]})
        inj_findings = run_newslint("findings", copies, procs=args.procs)
        inj = score.injected([manifest], inj_findings)
        classified = injected_precision.classify(manifest, inj_findings, findings)
        if args.judge_injected:
            todo = injected_precision.todo(classified, judge.load(args.judgements),
                                           set(args.judge_injected.split(",")))
            n = injected_precision.write_todo(args.judge_injected_file, todo, work)
            print(f"{n} unjudged findings on injected copies written to "
                  f"{args.judge_injected_file}")

    files = [str(args.corpus / e / p.name) for e in golds
             for p in sorted((args.corpus / e).iterdir()) if p.is_file()]
    facts = run_newslint("quotes", files, procs=args.procs) if files else {}
    quotes = score.quotes(golds, facts, args.corpus)

    sampled = judge.sample(findings, args.sample_seed, args.sample_size)
    judged = judge.load(args.judgements)
    if args.judge_todo:
        n = judge.write_todo(args.judge_todo, sampled, judged, args.corpus)
        print(f"{n} sampled findings without a judgement written to {args.judge_todo}")
    kinds = Counter(i.kind for g in golds.values() for i in g.discrepancies)
    return {
        "commit": commit(), "corpus_name": args.corpus.name, "golds": golds,
        "gold_dirs": [_shown(d) for d in args.gold or [GOLD]],
        "gold_counts": ", ".join(f"{sum(g.split == s for g in golds.values())} {s}"
                                 for s in ("dev", "test"))
        + f"; {sum(kinds.values())} discrepancies, "
        + f"{sum(len(g.lookalikes) for g in golds.values())} look-alikes, "
        + f"{sum(len(g.quotes) for g in golds.values())} quotes",
        "articles": articles, "findings": findings, "natural": nat, "injected": inj,
        "seeds": args.seeds, "skipped": len(manifest["skipped"]), "quotes": quotes,
        "families": goldset.FAMILIES, "sampled": len(sampled),
        "precision": judge.precision(findings, sampled, judged),
        "injected_precision": injected_precision.precision(classified, judged),
    }


def _shown(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(ROOT))
    except ValueError:
        return str(path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gold", type=Path, action="append",
                        help="a folder of gold YAML (repeatable; default bench/quality/gold)")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--seeds", type=int, default=6,
                        help="injection seeds 1..N (6: a test cell of a dozen plants at 3 seeds "
                        "is one plant from its goal either way)")
    parser.add_argument("--work", type=Path, help="keep the injected copies here")
    parser.add_argument("--inject-events", choices=("labelled", "all"), default="labelled",
                        help="inject into the labelled events only, or into every event: the "
                        "unlabelled ones give a third, larger out-of-sample column")
    parser.add_argument("--inject-kinds", default=",".join(plants.PLANTERS), metavar="K,...",
                        help="the injected kinds (default all): a narrower run is quicker")
    parser.add_argument("--procs", type=int, default=2, help="newslint processes at once")
    parser.add_argument("--judgements", type=Path, default=judge.JUDGEMENTS)
    parser.add_argument("--judge-todo", type=Path, metavar="FILE",
                        help="write the sampled findings that lack a judgement to FILE")
    parser.add_argument("--judge-injected", metavar="CODE,...",
                        help="write the unjudged findings of these codes on the injected copies "
                        "(neither at the plant nor as on the untouched event) to "
                        "--judge-injected-file")
    parser.add_argument("--judge-injected-file", type=Path,
                        default=Path("judge_injected.yaml"))
    parser.add_argument("--sample-seed", type=int, default=1)
    parser.add_argument("--sample-size", type=int, default=100)
    parser.add_argument("--output", type=Path, default=HERE / "QUALITY.md")
    parser.add_argument("--diff", metavar="REF", help="compare findings with git REF")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        parser.error(f"corpus not found: {args.corpus}")
    if unknown := set(args.inject_kinds.split(",")) - set(plants.PLANTERS) - {""}:
        parser.error(f"unknown injected kind(s) {', '.join(sorted(unknown))}; known: "
                     f"{', '.join(plants.PLANTERS)}")
    if args.diff:
        import ecosystem

        return ecosystem.diff(args.diff, args.corpus, ROOT, run_newslint, args.procs)
    m = measure(args)
    args.output.write_text(writeup.markdown(m), encoding="utf-8")
    for line in writeup.summary_lines(m):
        print(line)
    print(f"written to {_shown(args.output)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
