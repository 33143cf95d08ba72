"""The shared scan: each extractor's trigger words found in one pass, and extraction that
reads its patterns only near them finds every fact it would find reading everywhere."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import DATA, SEEDS
from newslint.extract import extract_article
from newslint.extract.scan import AllOf, Words, scan
from newslint.facts.rolevocab import vocabulary
from newslint.load import Sentence, load_article
from newslint.load.article import Article
from newslint.load.segment import segment


def test_words_as_written_or_in_any_case():
    assert Words(["app"]).starts(scan("approval App app")) == [0, 13]
    assert Words(["app"], ignore_case=True).starts(scan("approval App app")) == [0, 9, 13]
    assert Words(["spokesman"], ignore_case=True).starts(scan("a SPOKESMAN, a ſpokesman")) \
        == [2, 15]
    assert Words(["Q1", "Jan"]).starts(scan("Q1 q1 Jan. JAN, Q12")) == [0, 6, 16]
    # Lower-casing "İ" moves offsets: the scan cannot place any word, and says so.
    assert Words(["spokesman"], ignore_case=True).starts(scan("İstanbul spokesman")) is None
    assert Words(["Monday"]).starts(scan("İstanbul, on Monday")) is None


def test_word_end_and_neighbours():
    assert Words(["app"], word_end=True).starts(scan("approval app-")) == [9]
    # A bounded search cannot see past a sentence's end: a word there is always a hit.
    assert Words(["app"], word_end=True).starts(scan("approval"), {3}) == [0]
    assert Words(["chair", "chairman"], ignore_case=True, word_end=True).starts(
        scan("The Chairman")) == [4]
    assert Words(["ceo"], ignore_case=True, not_before="a-z0-9", not_after="a-z").starts(
        scan("CEO, exCEO, CEOs, 2ceo, (ceo)")) == [0, 25]


def test_words_that_tell_nothing():
    assert Words([]).starts(scan("anything")) is None
    assert Words([""]).starts(scan("anything")) is None
    assert Words(["président"], ignore_case=True).starts(scan("président")) is None
    assert Words(["président"]).starts(scan("le président")) == [3]


def test_all_of_needs_every_word_of_a_group():
    trigger = AllOf([["industry", "analyst"], ["ceo"]], ignore_case=True, word_end=True)
    text = "An industry veteran. Industry analyst Jo. The CEO said."
    sentences = [Sentence(0, 20, 0, "text"), Sentence(21, 40, 0, "text"),
                 Sentence(41, 55, 0, "text")]
    assert trigger.flags(scan(text), sentences) == [False, True, True]


def test_role_trigger_covers_every_role_form():
    from newslint.extract.sourcing import role_patterns

    trigger = role_patterns.role_patterns().trigger
    for form in vocabulary().role_forms:
        for written in (form, form.upper(), form.title(), f"the {form}, Jo"):
            sentence = [Sentence(0, len(written), 0, "text")]
            assert trigger.flags(scan(written), sentence) == [True], written


def _article(text: str) -> Article:
    article = Article(path="a.txt", id="a.txt", text=text, analysis=text, meta={})
    segment(article)
    return article


def _facts_both_ways(article: Article, monkeypatch: pytest.MonkeyPatch) -> tuple:
    near = extract_article(article)
    with monkeypatch.context() as patch:  # every extractor reads everywhere
        patch.setattr(Words, "starts", lambda self, found, ends=(): None)
        patch.setattr(Words, "occurrences", lambda self, found, ends=(): None)
        everywhere = extract_article(article)
    return near, everywhere


def test_same_facts_as_reading_everywhere(monkeypatch):
    paths = sorted(SEEDS.iterdir()) + sorted(DATA.rglob("*.txt")) + sorted(DATA.rglob("*.md"))
    for path in paths:
        article, _ = load_article(path, path.as_posix(), path.as_posix(), 10_000_000)
        if article is not None:
            near, everywhere = _facts_both_ways(article, monkeypatch)
            assert near == everywhere, path


def _pieces() -> list[str]:
    data = vocabulary().data
    vague, hedges = data.get("vague") or {}, data.get("hedges") or {}
    listed = [*sorted(vocabulary().role_forms)[:40], *sorted(vocabulary().kinds)[:20],
              *(vague.get("phrases") or [])[:10], *(vague.get("groups") or [])[:10],
              *(hedges.get("local") or [])[:10], *(hedges.get("attribution") or [])[:10]]
    return [str(p) for p in listed] + [
        "Yann LeCun", "Meta's", "DeepSeek", "said", "is", "was", "the", ",", ".", "\n\n",
        "developed by", "founded in 2023 by", "Hong Kong-based", "based in Paris", "released",
        "voted 7-2", "a 6-3 majority", "$5.6 million", "a billion", "12%", "on Monday",
        "in early trading", "at the close", "March 4, 2025", "last week", "two years ago",
        "the Nineties", "Q3", "“We will,” she said.", "some analysts", "according to",
        "İ", "ſ", "chief", "CEO", "Chief Executive", "officials", "reportedly"]


@given(st.lists(st.sampled_from(_pieces()), min_size=1, max_size=30).map(" ".join))
@settings(max_examples=150, deadline=None)
def test_same_facts_on_vocabulary_soup(text):
    with pytest.MonkeyPatch.context() as monkeypatch:
        near, everywhere = _facts_both_ways(_article(text), monkeypatch)
    assert near == everywhere
