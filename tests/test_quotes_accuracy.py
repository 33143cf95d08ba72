"""The extractor against the labelled set in tests/data/quotes: precision and recall of
(quoted words, speaker) pairs, speakers resolved across the set as the rules see them."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
import yaml

from conftest import DATA, SEEDS
from newslint.extract import extract_article
from newslint.facts import ArticleFacts
from newslint.index import CorpusIndex
from newslint.index.quote_text import words_of
from newslint.index.speakers import speaker_resolver
from newslint.load import load_article

LABELS = DATA / "quotes" / "labels.yaml"
Pair = tuple[tuple[str, ...], str | None]
SECTIONS = ("quotes", "held_out", "held_out_2", "held_out_3")


def _path(name: str) -> Path:
    if name.startswith("seed:"):
        (match,) = [p for p in SEEDS.iterdir() if p.name.startswith(name[5:])]
        return match
    return DATA / "quotes" / name


@pytest.fixture(scope="module")
def labelled() -> tuple[dict, dict[str, ArticleFacts]]:
    labels = yaml.safe_load(LABELS.read_text(encoding="utf-8"))
    facts = {}
    for name in [name for section in SECTIONS for name in labels[section]]:
        path = _path(name)
        article, _ = load_article(path, path.as_posix(), path.as_posix())
        facts[name] = extract_article(article)
    return labels, facts


def _predicted(facts: dict[str, ArticleFacts]) -> dict[str, list[Pair]]:
    resolver = speaker_resolver(CorpusIndex(facts.values()))
    return {
        name: [(words_of(q.text), resolver.resolve(q.speaker_key)) for q in f.quotes]
        for name, f in facts.items()
    }


def _expected(labels: dict, sections: tuple[str, ...]) -> dict[str, list[Pair]]:
    return {name: [(words_of(str(text)), speaker) for text, speaker in items]
            for section in sections for name, items in labels[section].items()}


def score(labels: dict, facts: dict[str, ArticleFacts],
          sections: tuple[str, ...] = SECTIONS) -> tuple[float, float, list[str]]:
    """Precision and recall of (words, speaker) pairs; speakers resolved over every
    labelled article, as the corpus rules resolve them."""
    predicted, expected = _predicted(facts), _expected(labels, sections)
    hits = found = wanted = 0
    misses: list[str] = []
    for name in expected:
        want, got = Counter(expected[name]), Counter(predicted[name])
        matched = want & got
        hits += sum(matched.values())
        found += sum(got.values())
        wanted += sum(want.values())
        for pair in (want - matched):
            misses.append(f"{name}: missed {pair}")
        for pair in (got - matched):
            misses.append(f"{name}: wrong {pair}")
    return hits / found, hits / wanted, misses


def test_labelled_set_is_big_enough(labelled):
    labels, _ = labelled
    assert sum(len(items) for section in SECTIONS for items in labels[section].values()) >= 80


def test_precision_and_recall(labelled):
    labels, facts = labelled
    for sections in ((section,) for section in SECTIONS):
        precision, recall, misses = score(labels, facts, sections)
        print(f"\n{sections[0]}: precision {precision:.3f}, recall {recall:.3f}")
        print("\n".join(misses))
    precision, recall, misses = score(labels, facts)
    print(f"all: precision {precision:.3f}, recall {recall:.3f}")
    assert precision >= 0.9, misses
    assert recall >= 0.9, misses


def test_scare_quotes_and_titles_are_not_quotes(labelled):
    labels, facts = labelled
    traps = {**labels["not_quotes"], **labels["not_quotes_3"]}
    for name, texts in traps.items():
        found = {words_of(q.text) for q in facts[name].quotes}
        for text in texts:
            assert words_of(text) not in found, (name, text)
