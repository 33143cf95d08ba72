"""Cross-article rules compare facts only within one story."""

from __future__ import annotations

from newslint.facts import ArticleFacts, NameMention, Span
from newslint.index.stories import StoryIndex

SPAN = Span(0, 1, 1, 1, 1, 2)


def article(ident: str, *names: str) -> ArticleFacts:
    facts = ArticleFacts(path=f"{ident}.md", id=ident)
    facts.names = tuple(NameMention(n, SPAN, False, "text", False) for n in names)
    return facts


def corpus() -> list[ArticleFacts]:
    gadget = ("Rabbit", "Lyu", "CES", "R1", "Vegas")
    model = ("DeepSeek", "Liang", "Hangzhou", "R1", "High-Flyer")
    articles = [article(f"g{i}", *gadget) for i in range(4)]
    articles += [article(f"m{i}", *model) for i in range(4)]
    articles += [article(f"x{i}", "Monday", "U.S", f"Other{i}", f"Thing{i}") for i in range(6)]
    return articles


def test_components_split_unrelated_stories_sharing_a_product_name():
    stories = StoryIndex(corpus())
    assert stories.components(["g0", "m1", "g2", "m3"]) == [["g0", "g2"], ["m1", "m3"]]
    assert not stories.related("g0", "m0")
    assert stories.related("m0", "m3")


def test_generic_names_link_nothing():
    stories = StoryIndex(corpus())
    assert stories.components(["x0", "x1", "x2"]) == [["x0"], ["x1"], ["x2"]]


def test_a_small_corpus_is_one_story():
    small = corpus()[:5]
    stories = StoryIndex(small)
    assert stories.one_story
    assert stories.components(["g0", "m0"]) == [["g0", "m0"]]


def test_components_do_not_depend_on_input_order():
    stories = StoryIndex(corpus())
    ids = ["m3", "g1", "m0", "g3", "x2"]
    assert stories.components(ids) == stories.components(sorted(ids, reverse=True))
