"""A corpus of real copy at any size: the basil archive, enlarged with varied copies.

Round 0 is the archive itself; each further round copies every article with its
publication date moved by a multiple of 37 days (a new event, out of the week's window of
the first) and its paragraphs varied: one dropped, two neighbours swapped. Files are named
`<event>.r<round>__<outlet>.md`, so the part before `__` labels the copy's event (as
bench/stories.py reads it). Nothing of the text is kept in the project: the corpus is
built from the archive on disk.

    python bench/realcorpus.py DEST --size 10000 [--seed 1]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
import shutil
import sys
from pathlib import Path

BASIL = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "basil"
_DATE = re.compile(r'^(date:\s*"?)(\d{4}-\d{2}-\d{2})', re.MULTILINE)


def articles(basil: Path = BASIL) -> list[tuple[str, str, str]]:
    """(event, outlet file name, text) of every article, in name order."""
    return [(event.name, path.name.lower(), path.read_text(encoding="utf-8"))
            for event in sorted(p for p in basil.iterdir() if p.is_dir())
            for path in sorted(event.iterdir()) if path.is_file()]


def vary(text: str, round_: int, rng: random.Random, step_days: int = 37) -> str:
    """A copy of one article for round `round_` (round 0: the article itself), dated
    `step_days` later a round (0: a copy of the same event, dated as the original)."""
    if round_ == 0:
        return text
    text = _DATE.sub(lambda m: m.group(1) + (dt.date.fromisoformat(m.group(2))
                     + dt.timedelta(days=step_days * round_)).isoformat(), text, count=1)
    head, sep, body = text.partition("\n---\n") if text.startswith("---") else ("", "", text)
    paragraphs = body.split("\n\n")
    if len(paragraphs) > 4:
        del paragraphs[rng.randrange(2, len(paragraphs))]
        at = rng.randrange(2, len(paragraphs) - 1)
        paragraphs[at], paragraphs[at + 1] = paragraphs[at + 1], paragraphs[at]
    return head + sep + "\n\n".join(paragraphs)


def build(dest: Path, size: int, seed: int = 1, basil: Path = BASIL) -> Path:
    """Write `size` articles to `dest` (kept when it already holds that many)."""
    marker = dest / ".size"
    if marker.exists() and marker.read_text() == f"{size} {seed}":
        return dest
    if dest.exists():
        shutil.rmtree(dest)
    dest.mkdir(parents=True)
    source = articles(basil)
    rng = random.Random(seed)
    for number in range(size):
        event, outlet, text = source[number % len(source)]
        round_ = number // len(source)
        name = f"{event}.r{round_:03}__{outlet}"
        (dest / name).write_text(vary(text, round_, rng), encoding="utf-8")
    marker.write_text(f"{size} {seed}")
    return dest


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dest", type=Path)
    parser.add_argument("--size", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--basil", type=Path, default=BASIL)
    args = parser.parse_args(argv)
    build(args.dest, args.size, args.seed, args.basil)
    return 0


if __name__ == "__main__":
    sys.exit(main())
