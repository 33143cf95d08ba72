"""The same corpus on the local engine and on a local Dask cluster of 1 and 2 workers:
wall time by stage, whether the findings are byte-identical, and the per-article costs
the plan for a large archive rests on (docs/scaling.md); writes bench/SCALING.md and
bench/SCALING.json.

    python bench/scaling.py                          # real copy, 2,000 / 5,000 / 10,000
    python bench/scaling.py --sizes 100000 --nice 0  # the 100,000-article run, quiet machine
    python bench/scaling.py --corpus generated       # bench/generate.py's corpora instead

Every run is the command line a user types (`newslint CORPUS --no-cache --format json
--timings`, with `--engine dask --jobs N` for a cluster of N workers, which the run starts
and stops: its start-up is in the wall time), niced. The costs per article come
from one more run in this process through a measuring engine: the pickled facts of every
article, its story signature, and the story links' shuffle (index/story_shards.py).
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import platform
import subprocess
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from statistics import mean
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import realcorpus
from generate import generate

from newslint.engine.blobs import facts_blob
from newslint.engine.file_task import FileResult
from newslint.engine.local import LocalEngine
from newslint.engine.pipeline import run
from newslint.engine.result import Progress
from newslint.index.stories import Signature
from newslint.index.story_links import Rules, StoryGraph
from newslint.index.story_shards import count_shard, graph_of, link_bucket, plan
from newslint.settings import Settings
from newslint.timing import parse_timings

HERE = Path(__file__).resolve().parent
# (label, engine, workers, extra arguments)
SETUPS = (("local", "local", 1, ["--jobs", "1"]),
          ("local", "local", 2, ["--jobs", "2"]),
          ("dask", "dask", 1, ["--engine", "dask", "--jobs", "1"]),
          ("dask", "dask", 2, ["--engine", "dask", "--jobs", "2"]))
SHARDS = 8


@dataclass
class Timed:
    size: int
    engine: str
    workers: int
    wall: float
    files: float  # load, extract and per-article rules, wall
    stories: float  # the story links, wall
    cpu: dict[str, float]  # seconds summed over workers, by stage
    identical: bool = True  # findings byte-identical to the local engine's

    @property
    def rest(self) -> float:
        """Wall time outside files and links: start-up, story rules, report."""
        return max(0.0, self.wall - self.files - self.stories)


@dataclass
class Costs:
    """Per-article figures from the measuring run."""

    articles: int
    facts_bytes: float  # pickled facts, mean
    summary_bytes: float  # the per-file result without facts (findings, signature), mean
    signature_bytes: float
    extract_cpu: float  # seconds: load + extract + article rules
    story_rules_cpu: float
    links_cpu: float
    stories: int
    largest_story: int
    mean_story: float
    shuffle_records: int  # (pair, band) counts the shards emit
    shuffle_bytes: int  # those records pickled
    postings: int  # (term, article) entries shuffled to the shards
    postings_bytes: int
    links: int
    extra: dict[str, Any] = field(default_factory=dict)


def corpus(kind: str, workdir: Path, size: int) -> Path:
    folder = workdir / f"{kind}-{size}"
    if kind == "real":
        return realcorpus.build(folder, size)
    if not (folder / "manifest.json").exists():
        generate(folder, size, 7)
    return folder


def timed(folder: Path, size: int, setup: tuple[str, str, int, list[str]], out: Path
          ) -> Timed:
    label, engine, workers, extra = setup
    target = out / f"{folder.name}-{label}-{workers}.json"
    command = [sys.executable, "-m", "newslint", str(folder),
               "--no-cache", "--format", "json", "--output", str(target), "--timings", *extra]
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, cwd=out)
    wall = time.perf_counter() - start
    if done.returncode not in (0, 1):
        raise SystemExit(f"newslint failed ({done.returncode}):\n{done.stderr}")
    stages = _stages(done.stderr)
    return Timed(size, engine, workers, wall, stages.get("files (wall)", 0.0),
                 stages.get("stories", 0.0), stages)


def _stages(stderr: str) -> dict[str, float]:
    """Wall seconds by stage (--timings gives wall and CPU; this table is of wall)."""
    return {name: wall for name, (wall, _) in parse_timings(stderr).items()}


class MeasuringEngine(LocalEngine):
    """The local engine, noting the size of what a cluster would move."""

    def __init__(self) -> None:
        self.facts: list[int] = []
        self.summaries: list[int] = []
        self.signatures: list[int] = []
        self.shuffle: dict[str, float] = {}

    def map_files(self, files: Sequence[Any], todo: Sequence[int], settings: Settings,
                  keep: Callable[[int, FileResult], None],
                  progress: Progress | None = None) -> None:
        def noting(number: int, result: FileResult) -> None:
            blob = result.facts_blob or (facts_blob(result.facts) if result.facts else None)
            if blob is not None:
                self.facts.append(len(blob))
                summary = FileResult(result.path, None, result.diagnostics, result.directives,
                                     {}, result.ident, result.story)
                self.summaries.append(len(pickle.dumps(summary)))
                self.signatures.append(len(pickle.dumps(result.story)))
            keep(number, result)

        super().map_files(files, todo, settings, noting, progress)

    def story_graph(self, signatures: Mapping[str, Signature], rules: Rules,
                    digests: Mapping[str, bytes] | None = None) -> StoryGraph:
        start = time.process_time()
        planned = plan(signatures, rules, SHARDS)
        counted = [count_shard(s, rules.window_days, SHARDS) for s in planned.shards]
        links: dict[tuple[str, str], float] = {}
        for bucket in range(SHARDS):
            links.update(link_bucket([c[bucket] for c in counted], planned.weights,
                                     planned.norms, rules))
        self.shuffle = {
            "cpu": time.process_time() - start,
            "postings": sum(len(p) for s in planned.shards for _, p in s.values()),
            "postings_bytes": sum(len(pickle.dumps(s)) for s in planned.shards),
            "records": sum(len(c) for parts in counted for c in parts),
            "records_bytes": sum(len(pickle.dumps(c)) for parts in counted for c in parts),
            "links": len(links)}
        return graph_of(signatures, planned, links, digests)


def costs(folder: Path, cpu: Mapping[str, float]) -> Costs:
    engine = MeasuringEngine()
    result = run([folder], Settings(cache=False, jobs=2, root=folder), engine=engine)
    n = len(engine.facts)
    groups = [len(g) for g in result.partition]
    extract = sum(v for k, v in cpu.items()
                  if k.startswith("extract") or k in ("load", "article rules"))
    rules = sum(v for k, v in cpu.items() if k.startswith("corpus rule"))
    shuffle = engine.shuffle
    return Costs(n, mean(engine.facts), mean(engine.summaries), mean(engine.signatures),
                 extract / n, rules / n, shuffle["cpu"] / n, len(groups), max(groups),
                 n / len(groups), int(shuffle["records"]), int(shuffle["records_bytes"]),
                 int(shuffle["postings"]), int(shuffle["postings_bytes"]), int(shuffle["links"]))


def _commit() -> str:
    done = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True,
                          text=True, cwd=HERE)
    return done.stdout.strip() or "unknown"


def markdown(runs: list[Timed], measured: dict[int, Costs], kind: str) -> str:
    lines = [
        "# Scaling: the local engine and a local Dask cluster",
        "",
        f"Written by `bench/scaling.py` at commit `{_commit()}` on "
        f"{platform.node() or 'this machine'} "
        f"({os.cpu_count()} cores, shared with other work; runs niced), "
        f"{time.strftime('%Y-%m-%d', time.gmtime())}, on "
        + ("real copy (`bench/realcorpus.py`: basil's 300 articles and varied copies). "
           if kind == "real" else "generated corpora (`bench/generate.py`). ") +
        "Cold runs, no cache. `files`: load, extract and per-article rules (wall); "
        "`links`: the story links; `rest`: start-up (a cluster's included), story rules, "
        "report. `identical`: the JSON report byte for byte the local engine's.",
        "",
        "| articles | engine | workers | wall s | files s | links s | rest s | articles/s "
        "| identical |",
        "| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    for t in runs:
        lines.append(f"| {t.size:,} | {t.engine} | {t.workers} | {t.wall:.1f} | "
                     f"{t.files:.1f} | {t.stories:.2f} | {t.rest:.1f} | "
                     f"{t.size / t.wall:.0f} | {'yes' if t.identical else 'NO'} |")
    lines += ["", "## Per article (the measuring run: local engine, 2 processes)", "",
              "| articles | facts B | summary B | signature B | extract CPU ms "
              "| story rules CPU ms | links CPU ms | stories | mean / largest story "
              "| postings | shuffle records | shuffle B | links |",
              "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: "
              "| ---: | ---: |"]
    for size, c in sorted(measured.items()):
        lines.append(f"| {size:,} | {c.facts_bytes:,.0f} | {c.summary_bytes:,.0f} | "
                     f"{c.signature_bytes:,.0f} | {1000 * c.extract_cpu:.1f} | "
                     f"{1000 * c.story_rules_cpu:.2f} | {1000 * c.links_cpu:.3f} | "
                     f"{c.stories:,} | {c.mean_story:.1f} / {c.largest_story} | "
                     f"{c.postings:,} | {c.shuffle_records:,} | {c.shuffle_bytes:,} | "
                     f"{c.links:,} |")
    lines += ["", "The plan for ten million articles a day built on these figures is in "
              "[docs/scaling.md](../docs/scaling.md).", ""]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="2000,5000,10000")
    parser.add_argument("--corpus", choices=("real", "generated"), default="real")
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/newslint-scaling"))
    parser.add_argument("--nice", type=int, default=10)
    parser.add_argument("--output", type=Path, default=HERE / "SCALING.md")
    parser.add_argument("--setups", default="",
                        help="engines and worker counts to run, e.g. local-2,dask-2 "
                             "(default: local and dask with 1 and 2 workers)")
    parser.add_argument("--measure", default="",
                        help="sizes to measure per-article costs at (default: the smallest)")
    options = parser.parse_args(argv)
    os.nice(options.nice)  # this process, its runs and their workers
    sizes = [int(s) for s in options.sizes.split(",")]
    chosen = {s.strip() for s in options.setups.split(",") if s.strip()}
    setups = [s for s in SETUPS if not chosen or f"{s[0]}-{s[2]}" in chosen]
    if not setups:
        parser.error(f"--setups: none of {sorted(chosen)} is one of "
                     f"{[f'{s[0]}-{s[2]}' for s in SETUPS]}")
    measure_at = {int(s) for s in options.measure.split(",") if s} or {min(sizes)}
    out = options.workdir / "runs"
    out.mkdir(parents=True, exist_ok=True)
    runs: list[Timed] = []
    measured: dict[int, Costs] = {}

    def write() -> None:  # after every run: a long bench leaves its figures if stopped
        options.output.write_text(markdown(runs, measured, options.corpus), encoding="utf-8")
        options.output.with_suffix(".json").write_text(json.dumps(
            {"runs": [asdict(r) for r in runs],
             "costs": {str(k): asdict(v) for k, v in measured.items()}}, indent=1) + "\n",
            encoding="utf-8")

    for size in sizes:
        folder = corpus(options.corpus, options.workdir, size)
        reference: bytes | None = None
        for setup in setups:
            result = timed(folder, size, setup, out)
            report = (out / f"{folder.name}-{setup[0]}-{setup[2]}.json").read_bytes()
            reference = report if reference is None else reference
            result.identical = report == reference
            runs.append(result)
            print(f"{size:>7,} {result.engine:>5} x{result.workers}: {result.wall:7.1f} s "
                  f"(files {result.files:.1f}, links {result.stories:.2f})"
                  f"{'' if result.identical else '  FINDINGS DIFFER'}", flush=True)
            write()
        if size in measure_at:
            local2 = [r for r in runs if r.size == size and r.engine == "local"]
            measured[size] = costs(folder, local2[-1].cpu if local2 else {})
            write()
    return 0 if all(r.identical for r in runs) else 1


if __name__ == "__main__":
    sys.exit(main())
