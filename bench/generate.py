"""Deterministic generator of realistic news corpora for benchmarks.

Stories come in clusters of 3-8 articles (different outlets covering one event), 300-2,000
words each, with quotes and attributions, money, percentages, dates, names, headings and
embedded social posts. A known share of articles carries a planted discrepancy (a garbled
name, a different figure, a reworded quote, a different date); `manifest.json` lists them.

    python bench/generate.py OUT_DIR --articles 10000 --seed 7
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
from dataclasses import dataclass
from pathlib import Path

FIRST = ("Maria James Wei Anika Tomas Laila Oren Grace Kenji Nadia Samuel Ines Viktor Amara "
         "Lucas Priya Dmitri Hana Felix Zainab Mateo Sofia Elias Yara").split()
LAST = ("Okafor Lindqvist Moreau Tanaka Haddad Kowalski Brennan Castellanos Novak Achterberg "
        "Ferreira Rasmussen Ivanova Mensah Delacroix Whitfield Nakamura Oyelaran Sandoval "
        "Bergstrom Kaczmarek Abernathy Villanueva Thorsen").split()
SYLLABLES = "vel tor quan dex ari mon sol nex kai bri zen lum ora cy tek fin gal hal".split()
SURNAME_ENDINGS = ("", "son", "ova", "ez", "i", "berg", "ski")
CITIES = "Hangzhou Austin Seoul Lagos Munich Toronto Bangalore Lyon Osaka Nairobi".split()
ROLES = ("chief executive", "chief financial officer", "head of research", "senior analyst",
         "portfolio manager", "founder")
INDEXES = ("S&P 500", "Nasdaq Composite", "Dow Jones Industrial Average", "FTSE 100", "DAX")
VERBS_DOWN = ("fell", "dropped", "slid", "lost")
VERBS_UP = ("rose", "climbed", "gained", "jumped")
MONTHS = ("January February March April May June July August September October November "
          "December").split()
FILLER = [
    "The move follows months of speculation about the company's plans.",
    "Investors have been watching the sector closely since the start of the year.",
    "Regulators in several countries have asked for more information.",
    "The announcement came as competition in the industry intensified.",
    "Analysts cautioned that the long-term effects remain uncertain.",
    "The company did not respond to a request for further comment.",
    "Supply constraints have weighed on the industry for much of the past year.",
    "Rivals are expected to respond with products of their own in the coming months.",
    "Some customers said they would wait for independent reviews before switching.",
    "The deal still needs approval from shareholders and competition authorities.",
]
# Background sentences: the list above and subject x predicate combinations, drawn without
# repeating within an article (wire copy does not say the same sentence five times).
SUBJECTS = ("The company", "Its board", "The engineering team", "The new system", "The launch",
            "Demand for the product", "The firm's share price", "Its largest customer",
            "The research group", "The product line", "Its supply chain", "The pricing plan")
PREDICATES = ("has been in development for more than two years.",
              "is expected to reach more markets next year.",
              "drew attention from investors across the region.",
              "will be reviewed again at the end of the quarter.",
              "was discussed at length in the annual report.",
              "depends on parts made by several suppliers.",
              "has changed direction twice since it began.",
              "remains a small part of overall revenue.",
              "was first described in a filing last spring.",
              "could face delays if shipments slow.",
              "has grown faster than planners had assumed.",
              "was shaped by feedback from early users.")
BACKGROUND = FILLER + [f"{s} {p}" for s in SUBJECTS for p in PREDICATES]
HEADINGS = ("Market Reaction", "What Comes Next", "A Crowded Field", "Industry Response",
            "The Bigger Picture", "Regulatory Questions")


@dataclass
class Story:
    company: str
    product: str
    city: str
    founded: int
    people: list[tuple[str, str, str]]  # (first, last, role)
    index: str
    index_move: float
    revenue: float
    cost: float
    quote: str
    share_move: int
    month: str
    day: int
    year: int

    analyst_firm: str

    def launch(self, shift_days: int = 0) -> dt.date:
        return dt.date(self.year, MONTHS.index(self.month) + 1, self.day) + dt.timedelta(
            days=shift_days)


def _company(rng: random.Random) -> str:
    name = "".join(rng.choice(SYLLABLES) for _ in range(2))
    return name[0].upper() + name[1:] + rng.choice(("", "", "Labs", "AI", "Systems"))


def _surname(rng: random.Random) -> str:
    """A quarter from a short list, the rest made up: a story's people are mostly its own, as
    in life (a short list alone would make every surname common in a large corpus)."""
    if rng.random() < 0.25:
        return rng.choice(LAST)
    name = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3)))
    return name[0].upper() + name[1:] + rng.choice(SURNAME_ENDINGS)


def _story(rng: random.Random) -> Story:
    company = _company(rng)
    people = [(rng.choice(FIRST), _surname(rng), rng.choice(ROLES)) for _ in range(3)]
    return Story(
        company=company,
        product=f"{company.split()[0][:3].upper()}-{rng.randint(2, 99)}{rng.choice('XSPE')}",
        city=rng.choice(CITIES),
        founded=rng.randint(1995, 2023),
        people=people,
        index=rng.choice(INDEXES),
        index_move=round(rng.uniform(0.4, 4.5), 1),
        revenue=round(rng.uniform(1.2, 90.0), 1),
        cost=round(rng.uniform(2.0, 600.0), 1),
        quote=rng.choice([
            "this is the most important launch in our history",
            "we expect demand to outstrip supply for at least two quarters",
            "the market has badly underestimated what this technology can do",
            "nobody should be surprised by how quickly costs are falling",
            "we built it with a fraction of the budget our rivals spend",
        ]),
        share_move=rng.randint(2, 19),
        month=rng.choice(MONTHS),
        day=rng.randint(1, 28),
        year=rng.choice((2024, 2025)),
        analyst_firm=f"{_company(rng)} Capital",
    )


def _garble(name: str, rng: random.Random) -> str:
    i = rng.randrange(1, len(name) - 1)
    letter = rng.choice([c for c in "aeioukrst" if c != name[i]])
    return name[:i] + letter + name[i + 1:]


def _article(story: Story, outlet: int, rng: random.Random, plant: str | None) -> list[str]:
    company = story.company
    garbled = _garble(company, rng) if plant == "name" else company
    move = story.index_move + (rng.choice((1.5, 2.5)) if plant == "figure" else 0.0)
    quote = story.quote
    if plant == "quote":
        quote = quote.replace("the most", "the single most").replace("at least", "at most")
        quote = quote.replace("badly", "seriously").replace("a fraction", "a tiny fraction")
        quote = quote.replace("how quickly", "how fast")
    launch = story.launch(9 if plant == "date" else 0)
    ceo_first, ceo_last, ceo_role = story.people[0]
    analyst_first, analyst_last, _ = story.people[1]
    paragraphs = [
        f"{company}, a {story.city}-based technology company founded in {story.founded}, "
        f"unveiled its {story.product} system on {launch:%A}, "
        f"{launch:%B} {launch.day}, {launch.year}, saying it cost "
        f"${story.cost} million to develop.",
        f'"{quote[0].upper() + quote[1:]}," {ceo_first} {ceo_last}, {company}\'s {ceo_role}, '
        f"said in a statement.",
        rng.choice(HEADINGS),
        f"The {story.index} {rng.choice(VERBS_DOWN)} {move:.1f}% on the news, while shares of "
        f"{garbled} {rng.choice(VERBS_UP)} {story.share_move} percent in early trading.",
        f"{analyst_first} {analyst_last}, a senior analyst at {story.analyst_firm}, told "
        f"reporters that annual revenue of about ${story.revenue} billion looked achievable. "
        f'"We think the numbers hold up," {analyst_last} said.',
    ]
    if rng.random() < 0.3:
        handle = f"{rng.choice(FIRST).lower()}{rng.randint(1, 99)}"
        paragraphs.append(f"{company} just changed the game. pic.twitter.com/{handle}X1")
        paragraphs.append(f"— {handle.title()} (@{handle}) {story.month} {story.day}, "
                          f"{story.year}")
    target_words = rng.randint(300, 2000)
    words = sum(len(p.split()) for p in paragraphs)
    background = iter(())

    def next_background() -> str:
        nonlocal background
        sentence = next(background, None)
        if sentence is None:  # a very long article: start a fresh shuffled pass
            background = iter(rng.sample(BACKGROUND, len(BACKGROUND)))
            sentence = next(background)
        return sentence

    while words < target_words:
        sentence = next_background()
        if rng.random() < 0.25:
            sentence = (f"{company} said earlier this week that it employs "
                        f"{rng.randint(50, 9000):,} people. ") + sentence
        paragraphs.append(sentence + " " + next_background())
        words += len(paragraphs[-1].split())
    return paragraphs


def generate(out: Path, articles: int, seed: int = 7, plant_rate: float = 0.05) -> dict:
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    planted: list[dict] = []
    written = 0
    story_number = 0
    while written < articles:
        story = _story(rng)
        cluster = min(rng.randint(3, 8), articles - written)
        for outlet in range(cluster):
            plant = None
            if outlet > 0 and rng.random() < plant_rate * cluster / max(cluster - 1, 1):
                plant = rng.choice(("name", "figure", "quote", "date"))
            paragraphs = _article(story, outlet, rng, plant)
            name = f"story{story_number:06d}_{outlet}.md"
            published = story.launch(rng.randint(0, 2))
            front = (f"---\ntitle: {story.company} unveils {story.product}\n"
                     f"source: Outlet {outlet}\ndate: {published:%Y-%m-%d}\n---\n")
            (out / name).write_text(front + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
            if plant:
                planted.append({"file": name, "kind": plant})
            written += 1
        story_number += 1
    manifest = {"articles": written, "stories": story_number, "seed": seed,
                "plant_rate": plant_rate, "planted": planted}
    (out / "manifest.json").write_text(json.dumps(manifest, indent=1), encoding="utf-8")
    return manifest


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--plant-rate", type=float, default=0.05)
    options = parser.parse_args()
    manifest = generate(options.out, options.articles, options.seed, options.plant_rate)
    print(f"wrote {manifest['articles']} articles in {manifest['stories']} stories, "
          f"{len(manifest['planted'])} planted discrepancies, to {options.out}")


if __name__ == "__main__":
    main()
