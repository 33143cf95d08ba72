"""Benchmark newslint on generated corpora and write bench/RESULTS.md.

For each corpus size: a cold run (empty cache) and a warm run (cache filled, one article
changed), each as a user runs it (`python -m newslint DIR --jobs N`), with wall time,
articles/s, MB/s, peak RSS and the seconds per stage from `--timings`. proselint runs on a
sample of the same corpus in the same session for the throughput ratio.

    python bench/run.py                         # 1,000 / 10,000 / 100,000 articles
    python bench/run.py --sizes 1000 --smoke    # CI: quick, no proselint, no RESULTS.md
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from generate import generate  # noqa: E402


@dataclass
class Measure:
    label: str
    articles: int
    megabytes: float
    wall: float
    peak_rss_mb: float
    exit_code: int
    stages: dict[str, float] = field(default_factory=dict)
    planted: tuple[int, int] | None = None  # planted discrepancies found, of all planted

    @property
    def articles_per_s(self) -> float:
        return self.articles / self.wall if self.wall else 0.0

    @property
    def mb_per_s(self) -> float:
        return self.megabytes / self.wall if self.wall else 0.0


def corpus_for(workdir: Path, size: int, seed: int) -> Path:
    folder = workdir / f"corpus-{size}-{seed}"
    manifest = folder / "manifest.json"
    if manifest.exists() and json.loads(manifest.read_text())["articles"] == size:
        return folder
    if folder.exists():
        shutil.rmtree(folder)
    generate(folder, size, seed)
    return folder


def corpus_megabytes(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.glob("*.md")) / 1e6


# Run inside a wrapper process: wall time, and peak memory of newslint and its workers
# together (summed resident set sizes of its process group, sampled every 50 ms).
_WRAPPER = """
import json, os, resource, subprocess, sys, time

def tree_rss(group):
    total = 0
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
            if int(fields[2]) == group:
                with open(f"/proc/{entry}/statm") as handle:
                    total += int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
        except (OSError, IndexError, ValueError):
            continue
    return total

start = time.perf_counter()
child = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                         text=True, start_new_session=True)
peak = 0
while child.poll() is None:
    peak = max(peak, tree_rss(child.pid))
    time.sleep(0.05)
stderr = child.stderr.read()
wall = time.perf_counter() - start
largest = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
print(json.dumps({"wall": wall, "rss": max(peak, largest), "code": child.returncode,
                  "stderr": stderr}))
"""


def run_newslint(corpus: Path, run_dir: Path, jobs: int, label: str, articles: int,
                 megabytes: float) -> Measure:
    """One run as a user would do it (its findings in run_dir/findings.json)."""
    command = [sys.executable, "-c", _WRAPPER, sys.executable, "-m", "newslint", str(corpus),
               "--jobs", str(jobs), "--format", "json", "--output",
               str(run_dir / "findings.json"), "--timings"]
    done = subprocess.run(command, cwd=run_dir, capture_output=True, text=True, check=True)
    data = json.loads(done.stdout)
    if data["code"] not in (0, 1):
        raise SystemExit(f"newslint failed ({data['code']}):\n{data['stderr']}")
    return Measure(label, articles, megabytes, data["wall"], data["rss"] / 2**20,
                   data["code"], _stages(data["stderr"]))


# The rule that should catch each kind of discrepancy the generator plants.
PLANTED_RULES = {"name": "NL101", "figure": "NL401", "quote": "NL302", "date": "NL501"}


def planted_found(corpus: Path, findings: Path) -> tuple[int, int]:
    """(found, planted): a planted article is found when the rule for its kind names it."""
    manifest = json.loads((corpus / "manifest.json").read_text(encoding="utf-8"))
    flagged: dict[str, set[str]] = {}
    for item in json.loads(findings.read_text(encoding="utf-8"))["diagnostics"]:
        names = flagged.setdefault(item["code"], set())
        names.update(Path(p).name for p in [item["path"], *(r["path"] for r in item["related"])])
    planted = manifest["planted"]
    found = sum(p["file"] in flagged.get(PLANTED_RULES[p["kind"]], set()) for p in planted)
    return found, len(planted)


def _stages(stderr: str) -> dict[str, float]:
    stages: dict[str, float] = {}
    for line in stderr.splitlines():
        name, _, value = line.rpartition(" ")
        try:
            stages[name.strip()] = float(value)
        except ValueError:
            continue
    return stages


def edit_one_article(corpus: Path) -> None:
    target = sorted(corpus.glob("*.md"))[len(list(corpus.glob("*.md"))) // 2]
    with target.open("a", encoding="utf-8") as handle:
        handle.write("\nThe company declined to comment further on Tuesday.\n")


def proselint_command(workdir: Path) -> list[str]:
    found = shutil.which("proselint")
    if found:
        return [found]
    venv = workdir / "proselint-venv"
    binary = venv / "bin" / "proselint"
    if not binary.exists():
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        subprocess.run([str(venv / "bin" / "pip"), "install", "-q", "proselint"], check=True)
    return [str(binary)]


def run_proselint(workdir: Path, corpus: Path, files: int) -> Measure:
    sample = sorted(corpus.glob("*.md"))[:files]
    with tempfile.TemporaryDirectory() as folder:
        for path in sample:
            shutil.copy(path, folder)
        megabytes = corpus_megabytes(Path(folder))
        command = [sys.executable, "-c", _WRAPPER, *proselint_command(workdir), "check",
                   folder, "-o", "compact"]
        done = subprocess.run(command, capture_output=True, text=True, check=True)
    data = json.loads(done.stdout)
    return Measure(f"proselint, {files} files", len(sample), megabytes, data["wall"],
                   data["rss"] / 2**20, data["code"])


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        memory = f", {kb / 1024 / 1024:.0f} GiB RAM"
    except (OSError, ValueError, IndexError):
        pass
    return (f"{os.cpu_count()} cores ({cpu}){memory}, {platform.system()} "
            f"{platform.release()}, Python {platform.python_version()}")


def results_markdown(measures: list[Measure], ratio: float | None, command: str,
                     checks: list[tuple[str, float, float, bool]]) -> str:
    lines = [
        "# Benchmark results",
        "",
        "Written by `bench/run.py`; do not edit by hand.",
        "",
        f"- Machine: {machine()}",
        f"- Command: `{command}`",
        f"- Date: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}",
        "- Corpora: `bench/generate.py` (seeded; clusters of 3-8 articles per story, "
        "300-2,000 words, quotes, figures, dates, names, embedded posts, ~5% planted "
        "discrepancies).",
        "- Cold: empty cache. Warm: cache filled by the cold run, then one article edited.",
        "- Stage seconds are summed over worker processes (CPU time per stage); wall is "
        "end to end.",
        "",
        "- Peak RSS: newslint and its worker processes together, sampled every 50 ms.",
        "- Planted found: generated discrepancies that the rule for their kind reports "
        "(NL101 names, NL401 figures, NL302 quotes, NL501 dates).",
        "",
        "| run | articles | MB | wall s | articles/s | MB/s | peak RSS MB | planted found |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for m in measures:
        found = f"{m.planted[0]} of {m.planted[1]}" if m.planted else ""
        lines.append(f"| {m.label} | {m.articles:,} | {m.megabytes:.1f} | {m.wall:.2f} | "
                     f"{m.articles_per_s:,.0f} | {m.mb_per_s:.2f} | {m.peak_rss_mb:,.0f} | "
                     f"{found} |")
    if ratio is not None:
        lines += ["", f"Throughput ratio newslint / proselint (MB/s): **{ratio:.1f}x**"]
    lines += ["", "## Targets", "", "| target | limit | measured | met |",
              "| --- | ---: | ---: | --- |"]
    for name, limit, value, met in checks:
        lines.append(f"| {name} | {limit:g} | {value:.2f} | {'yes' if met else 'NO'} |")
    lines += ["", "## Seconds per stage", ""]
    stage_names = sorted({s for m in measures for s in m.stages},
                         key=lambda s: -max(m.stages.get(s, 0.0) for m in measures))
    runs = [m for m in measures if m.stages]
    lines.append("| stage | " + " | ".join(m.label for m in runs) + " |")
    lines.append("| --- |" + " ---: |" * len(runs))
    for stage in stage_names:
        lines.append(f"| {stage} | " + " | ".join(f"{m.stages.get(stage, 0.0):.2f}"
                                                   for m in runs) + " |")
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--proselint-files", type=int, default=150,
                        help="sample of the first corpus that proselint checks")
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "nlbench")
    parser.add_argument("--results", type=Path, default=HERE / "RESULTS.md")
    parser.add_argument("--smoke", action="store_true",
                        help="no proselint and no RESULTS.md: a check that the benchmark runs")
    options = parser.parse_args()
    sizes = [int(s) for s in options.sizes.split(",")]
    options.workdir.mkdir(parents=True, exist_ok=True)
    measures: list[Measure] = []
    ratio: float | None = None
    prose: Measure | None = None
    if not options.smoke:
        prose = run_proselint(options.workdir, corpus_for(options.workdir, sizes[0],
                                                          options.seed),
                              options.proselint_files)
        print(f"proselint: {prose.mb_per_s:.2f} MB/s on {prose.articles} files", flush=True)
    by_size: dict[int, tuple[Measure, Measure]] = {}
    command = ("python bench/run.py " + " ".join(sys.argv[1:])).strip()
    for size in sizes:
        corpus = corpus_for(options.workdir, size, options.seed)
        megabytes = corpus_megabytes(corpus)
        with tempfile.TemporaryDirectory(dir=options.workdir) as run_dir:
            cold = run_newslint(corpus, Path(run_dir), options.jobs,
                                f"cold {size:,}", size, megabytes)
            cold.planted = planted_found(corpus, Path(run_dir) / "findings.json")
            print(f"cold {size:,}: {cold.wall:.2f} s, {cold.mb_per_s:.2f} MB/s, "
                  f"{cold.peak_rss_mb:,.0f} MB, planted found {cold.planted[0]} of "
                  f"{cold.planted[1]}", flush=True)
            edit_one_article(corpus)
            warm = run_newslint(corpus, Path(run_dir), options.jobs,
                                f"warm {size:,}", size, megabytes)
            print(f"warm {size:,}: {warm.wall:.2f} s", flush=True)
        shutil.rmtree(corpus)  # the edit makes it differ from its seed: regenerate next time
        measures += [cold, warm]
        by_size[size] = (cold, warm)
        if prose is not None:
            # Written after every size, so a long run leaves its figures even if stopped.
            ratio = by_size[sizes[0]][0].mb_per_s / prose.mb_per_s if prose.mb_per_s else None
            options.results.write_text(
                results_markdown([*measures, prose], ratio, command, _checks(by_size, ratio)),
                encoding="utf-8")
    if prose is not None:
        print(f"ratio to proselint: {ratio:.1f}x; wrote {options.results}")
    return 0


def _checks(by_size: dict[int, tuple[Measure, Measure]],
            ratio: float | None) -> list[tuple[str, float, float, bool]]:
    checks: list[tuple[str, float, float, bool]] = []
    if 10000 in by_size:
        cold, warm = by_size[10000]
        checks.append(("cold 10,000 articles (s)", 15.0, cold.wall, cold.wall <= 15.0))
        checks.append(("warm re-run after one edit (s)", 1.0, warm.wall, warm.wall <= 1.0))
    if 10000 in by_size and 100000 in by_size:
        big = by_size[100000][0]
        factor = big.wall / by_size[10000][0].wall
        checks.append(("100,000 / 10,000 time ratio", 10.0, factor, factor <= 10.0))
        checks.append(("100,000 peak memory (MB)", 2048.0, big.peak_rss_mb,
                       big.peak_rss_mb < 2048.0))
    if ratio is not None:
        checks.append(("throughput vs proselint", 10.0, ratio, ratio >= 10.0))
    return checks


if __name__ == "__main__":
    raise SystemExit(main())
