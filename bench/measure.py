"""One timed run of a linter, as a user runs it: wall time, peak memory of the process and
its workers, and newslint's seconds per stage from `--timings` (bench/run.py's rows)."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import others

from newslint.timing import parse_timings


@dataclass
class Measure:
    label: str
    articles: int
    megabytes: float
    wall: float
    peak_rss_mb: float
    exit_code: int
    stages: dict[str, tuple[float, float]] = field(default_factory=dict)  # (wall, cpu)
    planted: tuple[int, int] | None = None  # planted discrepancies found, of all planted

    @property
    def articles_per_s(self) -> float:
        return self.articles / self.wall if self.wall else 0.0

    @property
    def mb_per_s(self) -> float:
        return self.megabytes / self.wall if self.wall else 0.0


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
                   data["code"], parse_timings(data["stderr"]))


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


def edit_one_article(corpus: Path, sentence: str) -> None:
    target = sorted(corpus.glob("*.md"))[len(list(corpus.glob("*.md"))) // 2]
    with target.open("a", encoding="utf-8") as handle:
        handle.write(sentence)


def run_tool(name: str, prefix: list[str], corpus: Path, jobs: int) -> Measure:
    files = sorted(corpus.glob("*.md"))
    command = [sys.executable, "-c", _WRAPPER, *others.sharded(prefix, files, jobs)]
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    data = json.loads(done.stdout)
    return Measure(f"{name}, real {len(files):,}", len(files), corpus_megabytes(corpus),
                   data["wall"], data["rss"] / 2**20, data["code"])


# "Memory flat": the re-check's peak memory at the largest archive is at most this many
# times the one at the smallest, the archive being at least FLAT_SPAN times larger. Some
# growth is due (the re-check keeps the archive's file list and story links), but a run
# whose memory followed the archive would grow by the span itself, a hundredfold or more.
FLAT_RATIO = 2.0
FLAT_SPAN = 100


def memory_growth(peaks: dict[int, float]) -> tuple[int, int, float] | None:
    """(smallest size, largest size, peak ratio) of peak memory by archive size; None
    when the sizes measured span less than FLAT_SPAN times (too close to say flat)."""
    if not peaks:
        return None
    small, large = min(peaks), max(peaks)
    if large < FLAT_SPAN * small or peaks[small] <= 0:
        return None
    return small, large, peaks[large] / peaks[small]
