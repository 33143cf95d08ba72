"""Crawled pages: web-page furniture yields no speaker, name, figure or date.

tests/data/crawled/ holds articles written for these tests in the shape a crawler delivers
them (ad slots, player strings, captions, link lists, embedded posts, bylines, datelines, a
repeated headline); tests/data/crawled.yaml says which lines are not copy.
"""

from __future__ import annotations

import functools
from pathlib import Path

import pytest
import yaml

from conftest import DATA
from newslint.load import load_article

CRAWLED = DATA / "crawled"
EXPECTED = yaml.safe_load((DATA / "crawled.yaml").read_text(encoding="utf-8"))


@functools.cache
def facts_of(path: Path):
    """The facts of one article, as the pipeline extracts them for a single file.

    The only place these tests reach the extractors: through the pipeline's per-file entry
    point, whatever module layout the extractors have."""
    from newslint.engine.file_task import check_file
    from newslint.settings import Settings

    result = check_file(path, Settings(root=CRAWLED))
    assert result.facts is not None, result.diagnostics
    return result.facts


def fact_spans(facts) -> list[tuple[str, str, int, int]]:
    """(family, text, start, end) of every speaker, name, figure, date, role and source."""
    spans = []
    for mention in [*facts.names, *facts.name_phrases]:
        spans.append(("name", mention.text, mention.span.start, mention.span.end))
    for quote in facts.quotes:
        if quote.speaker_span is not None:
            spans.append(("speaker", quote.speaker or "", quote.speaker_span.start,
                          quote.speaker_span.end))
        spans.append(("quote", quote.text, quote.span.start, quote.span.end))
    for quantity in facts.quantities:
        spans.append(("figure", quantity.text, quantity.span.start, quantity.span.end))
    for date in facts.dates:
        spans.append(("date", date.text, date.span.start, date.span.end))
    for role in facts.roles:
        spans.append(("role", role.person, role.span.start, role.span.end))
    for attribute in facts.attributes:
        spans.append(("attribute", attribute.value, attribute.span.start, attribute.span.end))
    for vague in facts.vague:
        spans.append(("source", vague.text, vague.span.start, vague.span.end))
    return spans


def line_span(text: str, line: int) -> tuple[int, int]:
    starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]
    start = starts[line - 1]
    end = text.find("\n", start)
    return start, len(text) if end < 0 else end


def not_copy(name: str, text: str) -> list[tuple[int, int, str]]:
    """(start, end, label) of every stretch the expectations say is not copy."""
    expected = EXPECTED[name]
    stretches = []
    for key in ("furniture", "captions", "bylines"):
        for line in expected.get(key, []):
            start, end = line_span(text, line)
            assert text[start:end].strip(), f"{name}:{line} is blank: expectations out of date"
            stretches.append((start, end, f"{key} line {line}"))
    for line, dateline in (expected.get("datelines") or {}).items():
        start, _ = line_span(text, line)
        assert text.startswith(dateline, start), f"{name}:{line} does not open with {dateline}"
        stretches.append((start, start + len(dateline), f"dateline {dateline!r}"))
    return stretches


ARTICLES = sorted(p.name for p in CRAWLED.iterdir())


def test_the_corpus_and_its_expectations_agree():
    assert sorted(EXPECTED) == ARTICLES
    assert 8 <= len(ARTICLES) <= 12


@pytest.mark.parametrize("name", ARTICLES)
def test_no_fact_comes_from_furniture(name):
    path = CRAWLED / name
    text = path.read_text(encoding="utf-8")
    facts = facts_of(path)
    leaks = [
        f"{family} {fact!r} from {label}"
        for family, fact, start, end in fact_spans(facts)
        for low, high, label in not_copy(name, text)
        if start < high and low < end
    ]
    assert leaks == []


@pytest.mark.parametrize("name", ARTICLES)
def test_the_copy_around_the_furniture_is_still_read(name):
    facts = facts_of(CRAWLED / name)
    keep = EXPECTED[name]["keep"]
    speakers = {q.speaker_key or "" for q in facts.quotes} | {q.speaker or "" for q in facts.quotes}
    for surname in keep.get("speakers", []):
        assert any(surname in speaker for speaker in speakers), (surname, speakers)
    figures = [q.text for q in facts.quantities]
    for figure in keep.get("figures", []):
        assert any(figure in written for written in figures), (figure, figures)
    # The sentence after a dateline is copy: facts are still found on its line.
    text = (CRAWLED / name).read_text(encoding="utf-8")
    for line in EXPECTED[name].get("datelines") or {}:
        start, end = line_span(text, line)
        assert any(start <= low < end for _family, _fact, low, _high in fact_spans(facts)), line


@pytest.mark.parametrize("name", ARTICLES)
def test_captions_bylines_and_posts_stay_marked_as_what_they_are(name):
    path = CRAWLED / name
    article, _ = load_article(path, path.as_posix(), path.stem)
    expected = EXPECTED[name]
    kind_of_line = {article.position(p.start)[0]: p.kind for p in article.paragraphs}
    for key, kind in (("captions", "caption"), ("bylines", "byline")):
        for line in expected.get(key, []):
            assert kind_of_line.get(line) == kind, (line, kind_of_line.get(line))
            start, end = line_span(article.text, line)
            assert article.text[start:end].strip()  # the words are still in the text
            assert not article.analysis[start:end].strip()  # ... but not read as copy
    assert [p.author for p in article.posts] == expected.get("posts", [])
    datelines = [article.text[s.start:s.end] for s in article.set_aside if s.kind == "dateline"]
    assert datelines == list((expected.get("datelines") or {}).values())
