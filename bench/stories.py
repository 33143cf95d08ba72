"""How well newslint's stories find events, on a labelled archive of real copy.

Every event folder of the basil corpus is pooled into one folder (symlinks named
`<event>__<file>`, the event being the label); newslint checks the pooled folder, and its
stories are scored against the events: purity, adjusted Rand index, the number of
cross-article findings that tie two events together, and the findings per event folder
checked alone beside those of the pool.

    python bench/stories.py [--basil DIR] [--pooled DIR] [--per-event] [--engine dask]
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections import Counter
from dataclasses import dataclass
from math import comb
from pathlib import Path

from newslint.engine.base import Engine
from newslint.engine.dask_engine import DaskEngine
from newslint.engine.pipeline import run
from newslint.settings import Settings

BASIL = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "basil"
SEP = "__"


def pool(basil: Path, folder: Path) -> int:
    """Symlink every article of every event folder into `folder`; returns the count."""
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.iterdir():
        old.unlink()
    count = 0
    for event in sorted(p for p in basil.iterdir() if p.is_dir()):
        for article in sorted(event.iterdir()):
            if article.is_file():
                (folder / f"{event.name}{SEP}{article.name}").symlink_to(article.resolve())
                count += 1
    return count


def label(ident: str) -> str:
    return Path(ident).name.split(SEP, 1)[0]


def purity(groups: list[list[str]]) -> float:
    total = sum(len(g) for g in groups)
    return sum(Counter(map(label, g)).most_common(1)[0][1] for g in groups if g) / total


def adjusted_rand(groups: list[list[str]]) -> float:
    """Hubert and Arabie's adjusted Rand index between the stories and the labels."""
    n = sum(len(g) for g in groups)
    cells = sum(comb(c, 2) for g in groups for c in Counter(map(label, g)).values())
    rows = sum(comb(len(g), 2) for g in groups)
    columns = sum(comb(c, 2) for c in Counter(label(i) for g in groups for i in g).values())
    expected = rows * columns / comb(n, 2)
    best = (rows + columns) / 2
    return 1.0 if best == expected else (cells - expected) / (best - expected)


def cross_event(diagnostics: list) -> int:
    """Findings whose related locations lie in another event than their own."""
    return sum(1 for d in diagnostics
               if any(label(r.path) != label(d.location.path) for r in d.related))


@dataclass
class StoryScore:
    articles: int
    stories: int
    largest: int
    purity: float
    ari: float
    findings: int
    cross_article: int
    cross_event: int
    per_event: int | None = None  # findings of every event folder checked alone, summed


def measure(basil: Path = BASIL, pooled: Path = Path("/tmp/newslint-pooled"),
            per_event: bool = False, engine: Engine | None = None) -> StoryScore:
    """Check the pooled archive (no cache, one process per core) and score its stories."""
    articles = pool(basil, pooled)
    result = run([pooled], Settings(cache=False, root=pooled), engine=engine)
    groups = [list(g) for g in result.partition]
    corpus = [d for d in result.diagnostics if d.related]
    score = StoryScore(articles, len(groups), max(map(len, groups)), purity(groups),
                       adjusted_rand(groups), len(result.diagnostics), len(corpus),
                       cross_event(corpus))
    if per_event:
        score.per_event = sum(len(run([e], Settings(cache=False, root=e)).diagnostics)
                              for e in sorted(p for p in basil.iterdir() if p.is_dir()))
    return score


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--basil", type=Path, default=BASIL)
    parser.add_argument("--pooled", type=Path, default=Path("/tmp/newslint-pooled"))
    parser.add_argument("--per-event", action="store_true",
                        help="also check each event folder alone and compare counts")
    parser.add_argument("--engine", choices=("local", "dask"), default="local",
                        help="dask: a local Dask cluster of two workers (the stories' "
                        "links found as a shuffle on it)")
    args = parser.parse_args(argv)
    with contextlib.ExitStack() as stack:
        engine = (stack.enter_context(DaskEngine(workers=2)) if args.engine == "dask"
                  else None)
        score = measure(args.basil, args.pooled, args.per_event, engine)
    print(f"articles {score.articles}  stories {score.stories}  largest {score.largest}")
    print(f"purity {score.purity:.3f}  ARI {score.ari:.3f}")
    print(f"findings pooled {score.findings}  cross-article {score.cross_article}  "
          f"tying two events {score.cross_event}")
    if score.per_event is not None:
        print(f"findings per event folder, summed {score.per_event}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
