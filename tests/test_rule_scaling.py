"""Every cross-article rule grows (near) linearly with an article's size: one article with
thousands of figures must not hold up a run. Measured by counting the Python lines run
(not time): doubling the article must not much more than double them."""

from __future__ import annotations

from pathlib import Path

import pytest

from newslint.engine.file_task import check_file
from newslint.index import CorpusIndex
from newslint.index.stories import StoryIndex
from newslint.rules import all_rules
from newslint.rules.base import ArticleRule, CorpusContext, CorpusRule
from newslint.settings import Settings
from steps import steps

_PARAGRAPH = (
    "The company claims that developing the model cost just ${v} million. Training the "
    "model cost ${w} million, and DeepSeek said revenue rose {p} percent to ${r} million in "
    "{y}. Shares of Nvidia fell {v} percent on Monday, wiping out $593 billion of market "
    "value, according to LSEG data. \"We will keep costs low,\" said Liang Wenfeng."
)
_OTHER = ("---\ntitle: DeepSeek\ndate: 2025-01-28\n---\nThe company claims that developing "
          "the model cost just $5.6 million. Training the model cost $5.6 million. Nvidia "
          "shares fell 17 percent on Monday, wiping out $593 billion.\n")


def _long_article(paragraphs: int) -> str:
    body = []
    for i in range(paragraphs):
        v, w = 1 + (i * 37 % 80) / 10, 1 + (i * 53 % 800) / 100
        body.append(_PARAGRAPH.format(v=v, w=w, p=i % 90 + 1, r=i + 10, y=2000 + i % 25))
    return "---\ntitle: DeepSeek\ndate: 2025-01-28\n---\n" + "\n\n".join(body) + "\n"


@pytest.fixture(scope="module")
def stories(tmp_path_factory):
    settings = Settings(cache=False)
    out = {}
    for paragraphs in (150, 300):
        root = tmp_path_factory.mktemp(f"long{paragraphs}")
        (root / "long.md").write_text(_long_article(paragraphs))
        (root / "other.md").write_text(_OTHER)
        facts = [check_file(Path(root / name), settings).facts for name in ("long.md",
                                                                             "other.md")]
        out[paragraphs] = CorpusContext(CorpusIndex(facts, StoryIndex(facts)), settings)
    return out


def _steps(rule: CorpusRule, context: CorpusContext) -> int:
    return steps(lambda: list(rule.check(context)))


@pytest.mark.parametrize("rule", [r for r in all_rules() if isinstance(r, CorpusRule)],
                         ids=lambda r: r.code)
def test_cross_article_rules_grow_linearly(stories, rule):
    small, large = _steps(rule, stories[150]), _steps(rule, stories[300])
    assert large <= 2.6 * max(small, 1000), (small, large)


@pytest.fixture(scope="module")
def articles(tmp_path_factory):
    from newslint.extract import extract_article
    from newslint.load import load_article
    from newslint.rules.base import ArticleContext

    settings = Settings(cache=False)
    out = {}
    for paragraphs in (150, 300):
        path = tmp_path_factory.mktemp(f"article{paragraphs}") / "long.md"
        path.write_text(_long_article(paragraphs))
        article, _ = load_article(path, path.as_posix(), "long.md")
        out[paragraphs] = ArticleContext(article, extract_article(article), settings)
    return out


@pytest.mark.parametrize("rule", [r for r in all_rules() if isinstance(r, ArticleRule)],
                         ids=lambda r: r.code)
def test_per_article_rules_grow_linearly(articles, rule):
    small, large = _steps(rule, articles[150]), _steps(rule, articles[300])
    assert large <= 2.6 * max(small, 1000), (small, large)
