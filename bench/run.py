"""Benchmark newslint on real and generated corpora beside other linters; write RESULTS.md.

Real copy: the basil archive (300 articles of 100 events) and larger corpora made of it
with varied copies (bench/realcorpus.py). Generated: seeded stories with planted
discrepancies (bench/generate.py). For each corpus size: a cold run (empty cache) and a
warm run (cache filled, one article edited), each as a user runs it (`python -m newslint
DIR --jobs N`), with wall time, articles/s, MB/s, peak RSS and the wall and CPU seconds per
stage from `--timings`. proselint, write-good and alex check the archive's files with as many
processes as newslint has (bench/others.py). Also measured: start-up (`newslint
--version`, one article), how well stories find the archive's events (bench/stories.py),
how each cross-article rule grows with the size of one story (bench/story_growth.py), and
the re-check after one edit of a large archive with its memory (`--recheck-sizes`).

    python bench/run.py                               # everything, writes RESULTS.md
    python bench/run.py --recheck-sizes 100000        # and the 100,000-article re-check
    python bench/run.py --sizes 1000 --smoke          # CI: quick, no RESULTS.md
"""

from __future__ import annotations

import argparse
import compileall
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

import others  # noqa: E402
import realcorpus  # noqa: E402
import stories  # noqa: E402
import story_growth  # noqa: E402
from generate import generate  # noqa: E402
from measure import (  # noqa: E402
    FLAT_RATIO,
    Measure,
    corpus_megabytes,
    edit_one_article,
    memory_growth,
    planted_found,
    run_newslint,
    run_tool,
)

import newslint  # noqa: E402
from newslint.index.stories import MAX_STORY  # noqa: E402

# The re-check after one edit: its wall-time target by archive size (issue 18).
WARM_LIMITS = {10_000: 0.5, 100_000: 1.0}


def corpus_for(workdir: Path, size: int, seed: int) -> Path:
    folder = workdir / f"corpus-{size}-{seed}"
    manifest = folder / "manifest.json"
    if manifest.exists() and json.loads(manifest.read_text())["articles"] == size:
        return folder
    if folder.exists():
        shutil.rmtree(folder)
    generate(folder, size, seed)
    return folder


def startup(workdir: Path, article: Path, repeat: int = 5) -> tuple[float, float]:
    """Median wall seconds of `newslint --version` and of a run on one article."""
    script = Path(sys.executable).parent / "newslint"
    base = [str(script)] if script.exists() else [sys.executable, "-m", "newslint"]
    one = workdir / "one" / article.name
    one.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(article, one)

    def median(command: list[str]) -> float:
        times = []
        for _ in range(repeat):
            start = time.perf_counter()
            subprocess.run(command, capture_output=True, check=False, cwd=one.parent)
            times.append(time.perf_counter() - start)
        return sorted(times)[len(times) // 2]

    return median([*base, "--version"]), median([*base, str(one), "--no-cache"])


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


@dataclass
class Report:
    """Everything one run of the benchmark measured, as RESULTS.md shows it."""

    command: str
    jobs: int
    measures: list[Measure] = field(default_factory=list)
    tools: list[Measure] = field(default_factory=list)
    cold_warm: dict[str, tuple[Measure, Measure]] = field(default_factory=dict)
    score: stories.StoryScore | None = None
    growth: story_growth.Growth | None = None
    version_s: float | None = None
    one_article_s: float | None = None
    load: tuple[float, float, float] = field(default_factory=os.getloadavg)

    def ratios(self) -> dict[str, float]:
        """newslint's MB/s over each tool's, on the same files (the archive, cold)."""
        mine = self.cold_warm.get("real 300")
        if mine is None:
            return {}
        return {t.label.split(",")[0]: mine[0].mb_per_s / t.mb_per_s
                for t in self.tools if t.mb_per_s}

    def checks(self) -> list[tuple[str, str, str, bool]]:
        """(target, limit, measured, met) for every target that was measured."""
        out: list[tuple[str, str, str, bool]] = []
        ratio = self.ratios().get("proselint")
        if ratio is not None:
            out.append(("MB/s vs proselint, real copy, same files and processes", ">= 10x",
                        f"{ratio:.1f}x", ratio >= 10))
        for corpus in ("real", "generated"):
            pair = self.cold_warm.get(f"{corpus} 10,000")
            if pair is not None:
                cold = pair[0]
                out.append((f"cold 10,000 {corpus} articles, {self.jobs} processes",
                            "<= 15 s", f"{cold.wall:.2f} s", cold.wall <= 15))
            for size, limit in WARM_LIMITS.items():
                pair = self.cold_warm.get(f"{corpus} {size:,}")
                if pair is not None:
                    warm = pair[1]
                    out.append((f"warm re-run after one edit, {size:,} {corpus}",
                                f"<= {limit:g} s", f"{warm.wall:.2f} s", warm.wall <= limit))
        peaks = {cold.articles: warm.peak_rss_mb for label, (cold, warm)
                 in self.cold_warm.items() if label.startswith("real ")}
        growth = memory_growth(peaks)
        if growth is not None:
            small, large, ratio = growth
            out.append((f"memory flat: warm re-check peak RSS, {large:,} real over {small:,}",
                        f"<= {FLAT_RATIO:g}x", f"{ratio:.1f}x ({peaks[large]:,.0f} MB / "
                        f"{peaks[small]:,.0f} MB)", ratio <= FLAT_RATIO))
        if self.version_s is not None and self.one_article_s is not None:
            out.append(("`newslint --version`", "<= 0.1 s", f"{self.version_s:.2f} s",
                        self.version_s <= 0.1))
            out.append(("one-article run", "<= 0.3 s", f"{self.one_article_s:.2f} s",
                        self.one_article_s <= 0.3))
        steepest = self.growth.steepest() if self.growth is not None else None
        if steepest is not None:
            code, exponent = steepest
            out.append(("cross-article rules sub-quadratic in a story's size: largest "
                        "exponent", "< 2", f"{exponent:.2f} ({code})", exponent < 2))
        if self.score is not None:
            score = self.score
            out.append(("story purity, pooled archive", ">= 0.95", f"{score.purity:.3f}",
                        score.purity >= 0.95))
            out.append(("story adjusted Rand index, pooled archive", ">= 0.9",
                        f"{score.ari:.3f}", score.ari >= 0.9))
            out.append(("cross-article findings tying two events", "0",
                        str(score.cross_event), score.cross_event == 0))
        return out

    def markdown(self) -> str:
        lines = [
            "# Benchmark results", "", "Written by `bench/run.py`; do not edit by hand.", "",
            f"- Machine: {machine()}; load average (1 min) {self.load[0]:.1f} at the start, "
            f"{os.getloadavg()[0]:.1f} at the last write (other work on the machine slows "
            "every figure)",
            f"- Command: `{self.command}`",
            f"- Date: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}",
            "- Real: the basil archive (300 articles of 100 events, three outlets each) and "
            "corpora enlarged from it with varied copies (`bench/realcorpus.py`: dates moved "
            "by 37-day steps, a paragraph dropped, two swapped).",
            "- Generated: `bench/generate.py` (seeded; clusters of 3-8 articles per story, "
            "~5% planted discrepancies; planted found: those the rule for their kind "
            "reports).",
            "- Cold: empty cache (compiled patterns and word frequencies kept between runs, "
            "as in a user's cache folder; newslint's modules byte-compiled, as installed). "
            "Warm: cache filled by the cold run, then one article edited (a sentence "
            "appended).",
            f"- Other linters: the archive's files in {self.jobs} shares, one process each, "
            "all at once (`bench/others.py`).",
            "- Stage seconds are summed over worker processes; wall is end to end; peak RSS "
            "sums newslint and its workers, sampled every 50 ms.",
            "", "## Targets", "", "| target | limit | measured | met |",
            "| --- | ---: | ---: | --- |",
        ]
        lines += [f"| {name} | {limit} | {value} | {'yes' if met else 'NO'} |"
                  for name, limit, value, met in self.checks()]
        lines += ["", "## Runs", "",
                  "| run | articles | MB | wall s | articles/s | MB/s | peak RSS MB | planted "
                  "found |", "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
        for m in [*self.measures, *self.tools]:
            found = f"{m.planted[0]} of {m.planted[1]}" if m.planted else ""
            lines.append(f"| {m.label} | {m.articles:,} | {m.megabytes:.1f} | {m.wall:.2f} | "
                         f"{m.articles_per_s:,.0f} | {m.mb_per_s:.2f} | {m.peak_rss_mb:,.0f} "
                         f"| {found} |")
        if self.ratios():
            lines += ["", "Throughput of newslint over each tool's (MB/s, same files, same "
                      "processes): " + ", ".join(f"{name} **{value:.1f}x**"
                                                 for name, value in self.ratios().items())]
        if self.score is not None:
            score = self.score
            lines += ["", "## Stories on the pooled archive", "",
                      f"All 100 events in one folder ({score.articles} articles): "
                      f"{score.stories} stories, the largest of {score.largest}; purity "
                      f"{score.purity:.3f}, adjusted Rand index {score.ari:.3f}; "
                      f"{score.findings} findings, {score.cross_article} cross-article, "
                      f"{score.cross_event} of them tying two events together."]
        if self.growth is not None:
            growth = self.growth
            lines += ["", "## Cross-article rules in one growing story", "",
                      f"One story of n varied copies of the event `{growth.event}` "
                      "(`bench/story_growth.py`): CPU seconds of each corpus rule checking it, "
                      "as `--timings` counts them (best of up to 3 passes), and the exponent "
                      "of time over n, fitted on the larger half of the sizes (1: linear, 2: "
                      "every pair compared; a time that falls as n grows is a cap at work: the "
                      "rule stops comparing what too many articles share). newslint splits a "
                      f"story of more than {MAX_STORY} articles; the rules are handed each "
                      "size as one story."
                      + "".join(f" At n = {n} newslint puts the copies, in an archive of "
                                f"{story_growth.BACKGROUND * n:,} more articles, in {count} stor"
                                f"{'y' if count == 1 else 'ies'}." for n, count
                                in growth.grouped.items()), "",
                      *story_growth.table(growth)]
        runs = [m for m in self.measures if m.stages]
        if runs:
            lines += ["", "## Seconds per stage", "",
                      "Wall / CPU seconds. Per-file and per-story stages are summed over the "
                      "worker processes: their wall figure also counts time a worker waited "
                      "for a core on a shared machine, their CPU figure does not. The last "
                      "row is the run's wall time and its CPU time, workers included.", "",
                      "| stage | " + " | ".join(m.label for m in runs) + " |",
                      "| --- |" + " ---: |" * len(runs)]
            names = sorted({s for m in runs for s in m.stages},
                           key=lambda s: -max(m.stages.get(s, (0.0, 0.0))[0] for m in runs))
            names = [n for n in names if n != "wall time"] + ["wall time"]
            lines += [f"| {stage} | " + " | ".join(
                "{:.2f} / {:.2f}".format(*m.stages.get(stage, (0.0, 0.0))) for m in runs)
                + " |" for stage in names]
        return "\n".join(lines) + "\n"


def cold_and_warm(report: Report, label: str, corpus: Path, size: int, workdir: Path,
                  edit: str, planted: bool) -> None:
    megabytes = corpus_megabytes(corpus)
    with tempfile.TemporaryDirectory(dir=workdir) as run_dir:
        cold = run_newslint(corpus, Path(run_dir), report.jobs, f"cold {label}", size,
                            megabytes)
        if planted:
            cold.planted = planted_found(corpus, Path(run_dir) / "findings.json")
        print(f"cold {label}: {cold.wall:.2f} s, {cold.mb_per_s:.2f} MB/s, "
              f"{cold.peak_rss_mb:,.0f} MB", flush=True)
        edit_one_article(corpus, edit)
        warm = run_newslint(corpus, Path(run_dir), report.jobs, f"warm {label}", size,
                            megabytes)
        print(f"warm {label}: {warm.wall:.2f} s", flush=True)
        # An edit that moves the article's story: another article's text appended.
        files = sorted(corpus.glob("*.md"))
        edit_one_article(corpus, "\n" + files[0].read_text(encoding="utf-8").split("---")[-1])
        moved = run_newslint(corpus, Path(run_dir), report.jobs, f"warm {label}, story moved",
                             size, megabytes)
        print(f"warm {label}, story moved: {moved.wall:.2f} s", flush=True)
    report.measures += [cold, warm, moved]
    report.cold_warm[label] = (cold, warm)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000", help="generated corpus sizes")
    parser.add_argument("--real-sizes", default=None,
                        help="real corpus sizes (300: the archive itself; default "
                        "300,1000,10000, and 300 with --smoke)")
    parser.add_argument("--recheck-sizes", default="",
                        help="real corpus sizes run after the others, for the re-check and "
                        "memory targets: a cold run fills the cache (its wall and peak RSS "
                        "are figures too), then one edit and one story move are re-checked; "
                        "100000 takes ~15 min of 2 cores and ~0.5 GB under --workdir, "
                        "deleted after")
    parser.add_argument("--story-sizes", default=None,
                        help="sizes of one story of real copy the cross-article rules are "
                        "timed on (default 25,50,100,200,400; none with --smoke)")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--basil", type=Path, default=realcorpus.BASIL)
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "nlbench")
    parser.add_argument("--results", type=Path, default=HERE / "RESULTS.md")
    parser.add_argument("--smoke", action="store_true",
                        help="no other linters and no RESULTS.md: a check that it runs")
    options = parser.parse_args()
    options.workdir.mkdir(parents=True, exist_ok=True)
    # Compiled patterns and word frequencies are kept as a user's ~/.cache/newslint keeps
    # them (usercache.py): here in the workdir, filled by the first run.
    os.environ.setdefault("NEWSLINT_PATTERN_CACHE", str(options.workdir / "user-cache"))
    # Every timed run starts Python afresh: newslint is byte-compiled first, as installing
    # it does. An editable checkout under PYTHONDONTWRITEBYTECODE would otherwise compile
    # its ~300 modules from source in every run (0.15-0.2 s of CPU a process).
    compileall.compile_dir(Path(newslint.__file__).parent, quiet=1)
    report = Report(("python bench/run.py " + " ".join(sys.argv[1:])).strip(), options.jobs)

    def write() -> None:  # after every step: a long run leaves its figures if stopped
        if not options.smoke:
            options.results.write_text(report.markdown(), encoding="utf-8")

    chosen = options.real_sizes or ("300" if options.smoke else "300,1000,10000")
    real_sizes = [int(s) for s in chosen.split(",") if s and options.basil.is_dir()]
    real_sizes += [int(s) for s in options.recheck_sizes.split(",")
                   if s and options.basil.is_dir() and int(s) not in real_sizes]
    if real_sizes and not options.smoke:
        first = sorted(p for p in options.basil.iterdir() if p.is_dir())[0]
        report.version_s, report.one_article_s = startup(options.workdir,
                                                         sorted(first.iterdir())[0])
        print(f"start-up: --version {report.version_s:.2f} s, one article "
              f"{report.one_article_s:.2f} s", flush=True)
        report.score = stories.measure(options.basil, options.workdir / "pooled")
        print(f"stories: purity {report.score.purity:.3f}, ARI {report.score.ari:.3f}, "
              f"{report.score.cross_event} findings tying two events", flush=True)
        write()
    chosen = options.story_sizes or ("" if options.smoke else "25,50,100,200,400")
    story_sizes = [int(s) for s in chosen.split(",") if s and options.basil.is_dir()]
    if story_sizes:
        report.growth = story_growth.measure(options.basil, story_sizes,
                                             workdir=options.workdir, jobs=options.jobs,
                                             grouping=story_sizes[:1])
        print(f"story growth: steepest {report.growth.steepest()}", flush=True)
        write()
    for size in real_sizes:
        corpus = realcorpus.build(options.workdir / f"real-{size}", size, basil=options.basil)
        if size == 300 and not options.smoke:
            for name, prefix in others.commands(options.workdir).items():
                report.tools.append(run_tool(name, prefix, corpus, options.jobs))
                print(f"{name}: {report.tools[-1].mb_per_s:.2f} MB/s", flush=True)
        cold_and_warm(report, f"real {size:,}", corpus, size, options.workdir,
                      "\nThe committee said it would meet again next week.\n", planted=False)
        shutil.rmtree(corpus)  # the edit makes it differ from the archive: build it again
        write()
    for size in (int(s) for s in options.sizes.split(",") if s):
        corpus = corpus_for(options.workdir, size, options.seed)
        cold_and_warm(report, f"generated {size:,}", corpus, size, options.workdir,
                      "\nThe company declined to comment further on Tuesday.\n", planted=True)
        shutil.rmtree(corpus)  # the edit makes it differ from its seed: regenerate next time
        write()
    for name, limit, value, met in report.checks():
        print(f"{'ok ' if met else 'MISS'} {name}: {value} (target {limit})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
