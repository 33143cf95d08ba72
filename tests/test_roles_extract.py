"""Role extraction against labelled examples, and properties that hold for any text."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import DATA
from newslint.extract import extract_article
from newslint.load import load_article

LABELLED = yaml.safe_load((DATA / "roles_labelled.yaml").read_text(encoding="utf-8"))


def article_of(tmp_path: Path, text: str, name: str = "a.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    article, _ = load_article(path, path.as_posix(), path.as_posix(), 10_000_000)
    assert article is not None
    return article


def roles_in(tmp_path: Path, text: str) -> set[tuple]:
    facts = extract_article(article_of(tmp_path, text))
    return {
        (r.person_key, r.role_key, r.org_key) + (() if r.current else ("not current",))
        for r in facts.roles
    }


def test_enough_labelled_examples():
    assert len(LABELLED) >= 40
    assert sum(1 for e in LABELLED if not e["roles"]) >= 10  # traps


@pytest.mark.parametrize("example", LABELLED, ids=lambda e: e["text"][:40])
def test_labelled_roles(tmp_path, example):
    expected = {tuple(item) for item in example["roles"]}
    assert roles_in(tmp_path, example["text"]) == expected


def test_surname_resolves_to_the_full_name_in_the_article(tmp_path):
    text = ("Yann LeCun spoke first. Later, LeCun, Meta's chief AI scientist, "
            "took questions.\n")
    assert roles_in(tmp_path, text) == {("yann lecun", "chief ai scientist", "meta")}


def test_spans_point_at_the_person(tmp_path):
    text = "Shares rose.\nMeanwhile, Curai CEO Neal Khosla disagreed.\n"
    article = article_of(tmp_path, text)
    (role,) = extract_article(article).roles
    assert text[role.person_span.start:role.person_span.end] == "Neal Khosla"
    assert (role.person_span.line, role.person_span.col) == (2, 22)
    assert text[role.span.start:role.span.end] == "Curai CEO Neal Khosla"


def test_posts_and_headings_give_no_roles(tmp_path):
    text = (
        "Markets fell on Monday.\n"
        "OpenAI CEO Sam Altman is wrong about this. pic.twitter.com/abc123\n"
        "— Some Person (@someone) January 27, 2025\n"
        "Nvidia CEO Jensen Huang\n"
    )
    assert roles_in(tmp_path, text) == set()


_TEXT = st.lists(
    st.sampled_from([*"abcXYZ ,.’'-\n\"“”$0123",
        "CEO ", "Meta's ", " chief executive ", "Sam Altman", ", the ", " of ", "founded in ",
        "2023 ", " by ", "-based ", "Hong Kong", " developed by ", "claims ", "reportedly ",
        "some experts ", "analysts warn ", "$5.6 million", "— A (@b) January 1, 2025",
        "pic.twitter.com/x ", " and ", "Former ", "co-",
    ]),
    max_size=120,
).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                   HealthCheck.function_scoped_fixture])
@given(text=_TEXT)
def test_extraction_never_raises_and_stays_in_the_file(tmp_path, text):
    article = article_of(tmp_path, text)
    facts = extract_article(article)
    size = len(article.text)
    spans = [r.span for r in facts.roles] + [r.person_span for r in facts.roles]
    spans += [a.span for a in facts.attributes] + [v.span for v in facts.vague]
    for span in spans:
        assert 0 <= span.start <= span.end <= size
        assert span.line >= 1 and span.col >= 1
    for hedge in facts.hedges:
        assert 0 <= hedge.start <= hedge.end <= size
    assert list(facts.hedges) == sorted(facts.hedges, key=lambda h: (h.start, h.end, h.kind,
                                                                    h.cue))


def attributes_in(tmp_path: Path, text: str) -> set[tuple]:
    facts = extract_article(article_of(tmp_path, text))
    return {(a.subject_key, a.kind, a.value_key) for a in facts.attributes
            if a.kind != "kind"}


def test_attribute_shapes(tmp_path):
    text = (
        "The release of DeepSeek R1, an open-source model developed by the Hong Kong-based "
        "quant firm High-Flyer Capital Management, sent ripples through the industry. "
        "DeepSeek, founded in 2023 by Liang Wenfeng and funded exclusively by his hedge "
        "fund High-Flyer, has no outside investors. "
        "Chinese AI company DeepSeek released its reasoning model R1 this week. "
        "John Smith, a London-based analyst at Barclays, was unimpressed. "
        "It is owned by nobody in particular.\n"
    )
    assert attributes_in(tmp_path, text) == {
        ("deepseek r1", "developer", "high-flyer"),
        ("high-flyer", "location", "hong kong|"),
        ("deepseek", "founded", "2023"),
        ("deepseek", "founder", "wenfeng"),
        ("deepseek", "funder", "high-flyer"),
        ("deepseek", "location", "china|"),
        ("r1", "developer", "deepseek"),
    }



def hedge_kinds(tmp_path: Path, text: str) -> list[str | None]:
    from newslint.facts.sourcing import hedge_at

    facts = extract_article(article_of(tmp_path, text))
    return [getattr(hedge_at(facts.hedges, q.span.start, q.span.end), "kind", None)
            for q in facts.quantities]


def test_hedge_scope(tmp_path):
    text = (
        "The startup says it trained the model for $5.6 million. "
        "The model cost $5.6 million to train. "
        "If the $5.6 million figure is accurate, rivals overspent. "
        "The purported $5.6 million cost drew doubt. "
        "The figure of $5.6 million could not be independently verified. "
        "R1 reportedly beats rivals and cost just $5.6 million to train. "
        "The company reported revenue of $5.6 million.\n"
    )
    assert hedge_kinds(tmp_path, text) == [
        "claim", None, "claim", "claim", "claim", None, "attribution"]
