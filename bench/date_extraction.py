"""Time date extraction per article: the seeds, and a generated 5,000-word article.

Run: .venv/bin/python bench/date_extraction.py [seeds/]
Not a test: timings depend on the machine.
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

from newslint.extract.dates.mentions import extract_dates
from newslint.load import Article, load_article
from newslint.load.segment import segment

SENTENCES = [
    "DeepSeek released its reasoning model R1 earlier this week, the company said.",
    "Shares of Nvidia fell 17% on Monday, erasing nearly $600 billion in market value.",
    "The company was founded in 2023 by Liang Wenfeng and is funded by High-Flyer.",
    "R1, unveiled in late 2024 and launched in early 2025, has been praised by analysts.",
    "Revenue rose 12 percent in the third quarter of 2024, ahead of forecasts.",
    "The committee will meet on Wednesday, March 5, 2025, to review export rules.",
    "Analysts may revise their forecasts after the results, a spokesperson said.",
    "In the late 1950s the launch of a satellite marked the start of the space race.",
    "Trading volume in Q3 2024 was the highest since 2019, the exchange said.",
    "By Sunday afternoon the assistant had topped the App Store charts in the U.S.",
    "The March meeting was moved to April 2 after officials asked for more time.",
    "Futures on the Nasdaq 100 fell 1.9% and S&P 500 futures lost 1% in Asian trading.",
]


def generated_article(words: int = 5000, seed: int = 7) -> str:
    rng = random.Random(seed)
    out: list[str] = []
    count = 0
    while count < words:
        paragraph = " ".join(rng.choice(SENTENCES) for _ in range(4))
        out.append(paragraph)
        count += len(paragraph.split())
    return "\n\n".join(out) + "\n"


def time_article(article: Article, repeats: int = 3) -> float:
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        extract_dates(article)
        best = min(best, time.perf_counter() - start)
    return best


def main(argv: list[str]) -> None:
    folder = Path(argv[0]) if argv else Path("seeds")
    start = time.perf_counter()
    import dateparser  # noqa: F401  # the import is paid once per process

    print(f"dateparser import: {1000 * (time.perf_counter() - start):.0f} ms")
    for path in sorted(folder.iterdir()):
        article, _ = load_article(path, path.as_posix(), path.name)
        if article is None:
            continue
        cold = time.perf_counter()
        extract_dates(article)
        cold = time.perf_counter() - cold
        print(f"{path.name}: {article.word_count} words, first {1000 * cold:.1f} ms, "
              f"warm {1000 * time_article(article):.1f} ms")
    text = generated_article()
    article = Article(path="gen.txt", id="gen.txt", text=text, analysis=text)
    segment(article)
    print(f"generated: {article.word_count} words, {1000 * time_article(article, 1):.1f} ms "
          "(cache warm after the first call: "
          f"{1000 * time_article(article):.1f} ms)")


if __name__ == "__main__":
    main(sys.argv[1:])
