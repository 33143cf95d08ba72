"""How the cross-article rules grow with the size of one story, on real copy.

One basil event (by default the longest event not held out for testing) is copied into a
story of n articles: its three articles over and over, each copy with a paragraph dropped
and two swapped (bench/realcorpus.py) and its publication day kept, so that every copy
tells the same event in the same week. Every corpus rule then checks the first n copies
as one story, as engine/story_phase.py runs a story, and its CPU seconds are read from the
same `Timings` stages `--timings` prints ("corpus rule NL101"); the best of a few repeats
is kept. The exponent of each rule is the slope of log(seconds) over log(n), fitted on the
larger half of the sizes, where fixed costs no longer hide the growth: about 1 is linear,
2 is a comparison of every pair.

A story that large forms only in a large archive (a term in more than 1 in 20 articles
links nothing, stories.py), so the copies are handed to the rules as one story; whether
newslint groups them is checked at the smaller sizes, in an archive of the basil articles
and their copies 40 times larger (`--grouping`).

    python bench/story_growth.py [--sizes 25,50,100,200,400] [--event NAME] [--grouping]
"""

from __future__ import annotations

import argparse
import gc
import math
import multiprocessing
import random
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import realcorpus  # noqa: E402

from newslint.engine.file_task import check_file  # noqa: E402
from newslint.facts import ArticleFacts  # noqa: E402
from newslint.index import CorpusIndex  # noqa: E402
from newslint.index.stories import StoryIndex, facts_signature  # noqa: E402
from newslint.rules import all_rules  # noqa: E402
from newslint.rules.base import CorpusContext, CorpusRule  # noqa: E402
from newslint.settings import Settings  # noqa: E402
from newslint.timing import Timings  # noqa: E402

SIZES = (25, 50, 100, 200, 400)
# Below this many CPU seconds at the largest size a rule's time is mostly noise: no exponent.
MEASURABLE_S = 0.02
LONG_PASS_S = 5.0
# Articles of background per copy when checking the grouping: a term used by more than 1
# in 20 articles links nothing, and the background holds the event's own articles too.
BACKGROUND = 40


def loglog_slope(points: Sequence[tuple[float, float]]) -> float:
    """Least-squares slope of log(y) over log(x): k when y = c * x**k."""
    logs = [(math.log(x), math.log(y)) for x, y in points if x > 0 and y > 0]
    if len(logs) < 2:
        raise ValueError("a slope needs two points with positive values")
    mean_x = sum(x for x, _ in logs) / len(logs)
    mean_y = sum(y for _, y in logs) / len(logs)
    spread = sum((x - mean_x) ** 2 for x, _ in logs)
    if spread == 0:
        raise ValueError("a slope needs two different sizes")
    return sum((x - mean_x) * (y - mean_y) for x, y in logs) / spread


def upper_half(sizes: Sequence[int]) -> list[int]:
    """The larger half of the sizes (at least two): where the exponent is fitted."""
    ordered = sorted(sizes)
    return ordered[min(len(ordered) - 2, len(ordered) // 2):] if len(ordered) >= 2 else []


@dataclass
class Growth:
    event: str
    sizes: list[int]
    seconds: dict[str, dict[int, float]] = field(default_factory=dict)  # rule → n → CPU s
    grouped: dict[int, int] = field(default_factory=dict)  # n → stories the copies fell in

    def exponent(self, code: str) -> float | None:
        """The rule's exponent on the larger sizes; None when too quick to tell."""
        times = self.seconds[code]
        upper = upper_half(self.sizes)
        if not upper or times.get(max(upper), 0.0) < MEASURABLE_S:
            return None
        return loglog_slope([(n, times[n]) for n in upper])

    def steepest(self) -> tuple[str, float] | None:
        slopes = [(e, code) for code in self.seconds if (e := self.exponent(code)) is not None]
        return (max(slopes)[1], max(slopes)[0]) if slopes else None


def default_event(basil: Path) -> str:
    """The event with the most text among those not held out for testing."""
    splits = HERE / "quality" / "splits.yaml"
    held = {line.split(":")[0].strip() for line in splits.read_text().splitlines()
            if line.rstrip().endswith(": test")} if splits.exists() else set()
    events = [p for p in sorted(basil.iterdir()) if p.is_dir() and p.name not in held]
    return max(events, key=lambda e: sum(f.stat().st_size for f in e.iterdir()
                                         if f.is_file())).name


def write_copies(basil: Path, event: str, count: int, folder: Path, seed: int = 1) -> list[Path]:
    """`count` varied copies of the event's articles, dated as the originals."""
    originals = sorted(p for p in (basil / event).iterdir() if p.is_file())
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(count):
        source = originals[number % len(originals)]
        text = source.read_text(encoding="utf-8")
        copy = realcorpus.vary(text, 1 + number // len(originals), rng, step_days=0)
        path = folder / f"{event}.c{number:04}__{source.name.lower()}"
        path.write_text(copy, encoding="utf-8")
        paths.append(path)
    return paths


def _facts(path: Path) -> ArticleFacts | None:
    return check_file(path, Settings(cache=False)).facts


def rule_seconds(facts: Sequence[ArticleFacts], rules: Sequence[CorpusRule],
                 repeat: int) -> dict[str, float]:
    """CPU seconds of every rule checking these articles as one story: the best of
    `repeat` passes, or of two when they took over LONG_PASS_S (noise is small then)."""
    signatures = {a.id: facts_signature(a) for a in facts}
    stories = StoryIndex.of_groups(signatures, [sorted(signatures)])
    best: dict[str, float] = {}
    for number in range(repeat):
        if number >= 2 and sum(best.values()) > LONG_PASS_S:
            break
        context = CorpusContext(CorpusIndex(facts, stories), Settings(cache=False))
        timings = Timings()
        for rule in rules:
            # The garbage of the rule before is collected first: a full collection that
            # falls inside one rule's stage would charge it for the whole heap.
            gc.collect()
            with timings.stage(f"corpus rule {rule.code}"):
                list(rule.check(context))
        for stage, (_, cpu) in timings.both().items():
            code = stage.removeprefix("corpus rule ")
            best[code] = min(best.get(code, math.inf), cpu)
    return best


def grouped_stories(basil: Path, event: str, copies: Sequence[Path], workdir: Path) -> int:
    """How many stories newslint puts the copies in, checked with a background of the
    archive and of its varied copies (BACKGROUND articles per copy)."""
    from newslint.engine.pipeline import run

    folder = workdir / f"grouping-{len(copies)}"
    realcorpus.build(folder, BACKGROUND * len(copies), basil=basil)
    for path in copies:
        (folder / path.name).symlink_to(path.resolve())
    result = run([folder], Settings(cache=False, root=folder))
    names = {path.name for path in copies}
    return len({n for n, story in enumerate(result.partition)
                for ident in story if Path(ident).name in names})


def measure(basil: Path = realcorpus.BASIL, sizes: Sequence[int] = SIZES,
            event: str | None = None, workdir: Path | None = None, jobs: int = 2,
            repeat: int = 3, grouping: Sequence[int] = ()) -> Growth:
    """The CPU seconds of every corpus rule on one story of each size."""
    event = event or default_event(basil)
    growth = Growth(event, sorted(sizes))
    rules = [r for r in all_rules() if isinstance(r, CorpusRule)]
    with tempfile.TemporaryDirectory(dir=workdir) as scratch:
        paths = write_copies(basil, event, max(sizes), Path(scratch) / "copies")
        with multiprocessing.get_context("spawn").Pool(jobs) as pool:
            facts = [f for f in pool.map(_facts, paths, chunksize=8) if f is not None]
        # A first pass loads what rules load once a process (word frequencies, patterns):
        # a run pays it once, not once per story size.
        rule_seconds(facts[:growth.sizes[0]], rules, 1)
        for n in growth.sizes:
            for code, seconds in rule_seconds(facts[:n], rules, repeat).items():
                growth.seconds.setdefault(code, {})[n] = seconds
        for n in grouping:
            growth.grouped[n] = grouped_stories(basil, event, paths[:n], Path(scratch))
    return growth


def table(growth: Growth) -> list[str]:
    """Markdown rows: CPU seconds per rule and size, and the exponent."""
    lines = ["| rule | " + " | ".join(f"n = {n}" for n in growth.sizes) + " | exponent |",
             "| --- |" + " ---: |" * (len(growth.sizes) + 1)]
    for code in sorted(growth.seconds):
        exponent = growth.exponent(code)
        shown = f"{exponent:.2f}" if exponent is not None else f"(< {MEASURABLE_S} s)"
        lines.append(f"| {code} | " + " | ".join(
            f"{growth.seconds[code].get(n, 0.0):.3f}" for n in growth.sizes) + f" | {shown} |")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--basil", type=Path, default=realcorpus.BASIL)
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)))
    parser.add_argument("--event", default=None)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--grouping", default="",
                        help="sizes at which to check that newslint groups the copies")
    args = parser.parse_args(argv)
    growth = measure(args.basil, [int(s) for s in args.sizes.split(",")], args.event,
                     jobs=args.jobs, grouping=[int(s) for s in args.grouping.split(",") if s])
    print(f"event {growth.event}")
    print("\n".join(table(growth)))
    for n, count in growth.grouped.items():
        print(f"{n} copies: in {count} stor{'y' if count == 1 else 'ies'}")
    steepest = growth.steepest()
    if steepest is not None:
        print(f"steepest: {steepest[0]} {steepest[1]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
