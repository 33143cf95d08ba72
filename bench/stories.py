"""How well newslint's stories find events, on a labelled archive of real copy.

Every event folder of the basil corpus is pooled into one folder (symlinks named
`<event>__<file>`, the event being the label); newslint checks the pooled folder, and its
stories are scored against the events: purity, adjusted Rand index, the number of
cross-article findings that tie two events together, and the findings per event folder
checked alone beside those of the pool.

    python bench/stories.py [--basil DIR] [--pooled DIR] [--per-event]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from math import comb
from pathlib import Path

from newslint.pipeline import run
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--basil", type=Path, default=BASIL)
    parser.add_argument("--pooled", type=Path, default=Path("/tmp/newslint-pooled"))
    parser.add_argument("--per-event", action="store_true",
                        help="also check each event folder alone and compare counts")
    args = parser.parse_args(argv)
    articles = pool(args.basil, args.pooled)
    settings = Settings(cache=False, root=args.pooled)
    result = run([args.pooled], settings)
    groups = [list(g) for g in result.partition]
    sizes = Counter(len(g) for g in groups)
    print(f"articles {articles}  stories {len(groups)}  largest {max(sizes)}  "
          f"sizes {dict(sorted(sizes.items()))}")
    print(f"purity {purity(groups):.3f}  ARI {adjusted_rand(groups):.3f}")
    corpus = [d for d in result.diagnostics if d.related]
    print(f"findings pooled {len(result.diagnostics)}  cross-article {len(corpus)}  "
          f"tying two events {cross_event(corpus)}")
    if args.per_event:
        alone = 0
        for event in sorted(p for p in args.basil.iterdir() if p.is_dir()):
            alone += len(run([event], Settings(cache=False, root=event)).diagnostics)
        print(f"findings per event folder, summed {alone}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
