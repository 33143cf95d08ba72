"""How the check of one article grows with its length, on real copy.

A transcript, a live blog or an archive page exported as one file can run to hundreds of
kilobytes, and newslint stops a file whose check takes more than a minute of CPU time
(NL011). This bench joins the bodies of the basil articles, in name order, into one
article of each size (curly quotes, datelines and all), checks it as a user would
(`newslint FILE --no-cache --format json --jobs 1`, niced) and reports the best CPU
seconds of a few runs and the exponent of their growth: the slope of log(seconds) over
log(size), about 1 when the work grows with the text, 2 when it compares every pair of
mentions.

    python bench/long_article.py [--sizes 100,300,1200] [--repeats 2]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import realcorpus
from story_growth import loglog_slope

SIZES = (100, 300, 1200)  # kilobytes


def long_article(kilobytes: int, basil: Path = realcorpus.BASIL) -> str:
    """Front matter and the basil bodies, joined by blank lines, cut at a paragraph end
    near `kilobytes`."""
    bodies = []
    for _, _, text in realcorpus.articles(basil):
        bodies.append(text.split("---", 2)[2] if text.startswith("---") else text)
    joined = "\n\n".join(b.strip() for b in bodies)
    cut = joined[: kilobytes * 1000].rsplit("\n\n", 1)[0]
    return "---\ntitle: One long page\ndate: 2019-01-01\n---\n" + cut + "\n"


def cpu_seconds(path: Path) -> tuple[float, int]:
    """CPU seconds of one check of `path` (its child processes included), and findings."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run(
        ["nice", "-n", "5", sys.executable, "-m", "newslint", str(path), "--no-cache",
         "--format", "json", "--exit-zero", "--jobs", "1", "--file-time-limit", "0"],
        capture_output=True, text=True, check=True, env={**os.environ, "PYTHONHASHSEED": "0"})
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    seconds = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    report = json.loads(done.stdout)
    findings = report["diagnostics"] if isinstance(report, dict) else report
    return seconds, len(findings)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)),
                        help="kilobytes, comma-separated")
    parser.add_argument("--repeats", type=int, default=2)
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    points = []
    print("| size KB | CPU s (best) | findings |\n|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            path = Path(tmp) / f"long-{size}.md"
            path.write_text(long_article(size), encoding="utf-8")
            runs = [cpu_seconds(path) for _ in range(args.repeats)]
            best = min(seconds for seconds, _ in runs)
            points.append((size, best))
            print(f"| {size} | {best:.1f} | {runs[0][1]} |", flush=True)
    print(f"\nexponent (log CPU s over log size): {loglog_slope(points):.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
