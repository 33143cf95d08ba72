"""Which articles cover the same story: they share several distinctive names.

Cross-article rules compare facts only within a story. "R1" released in January 2024 (a
gadget) and "R1" released in January 2025 (a language model) are two products, and a
figure for the S&P 500 in a story about one week is no check on another week's story.

A name is distinctive when few articles use it (a company, a person, a product of the
story), and not generic (weekdays, months, "U.S."). Two articles sharing at least three
distinctive names are linked; a story is a connected group of links. Links are found
through an inverted index of names within the articles a rule compares, never by checking
all pairs of articles. Below a dozen articles nothing can be told apart, so a small corpus
is one story.
"""

from __future__ import annotations

import functools
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from itertools import chain

from newslint.facts import ArticleFacts
from newslint.ruledata import builtin

MIN_SHARED = 3
SMALL_CORPUS = 12
# A name in more articles than this (or 1 in 20 of a big corpus) is not story-specific.
_MIN_DISTINCTIVE_LIMIT = 10
_MAX_DISTINCTIVE_LIMIT = 200
# Inside one comparison, a name shared by more articles than this links nothing by itself.
_MAX_POSTING = 300


class StoryIndex:
    """Story links between articles, from the names each one uses.

    Built from ArticleFacts, or from {article id: name forms} when the facts themselves are
    not in memory (the pipeline keeps only the forms of every article, see `story_names`).
    """

    def __init__(self, articles: Sequence[ArticleFacts] | Mapping[str, Iterable[str]]):
        forms_by_article: dict[str, set[str]]
        if isinstance(articles, Mapping):
            forms_by_article = {ident: set(forms) for ident, forms in articles.items()}
        else:
            forms_by_article = {a.id: set(story_names(a)) for a in articles}
        self.ids = tuple(sorted(forms_by_article))
        self.one_story = len(self.ids) < SMALL_CORPUS
        self._names: dict[str, frozenset[str]] = {}
        if self.one_story:
            return
        generic = _generic_names()
        frequency = Counter(form for forms in forms_by_article.values()
                            for form in forms - generic)
        limit = min(max(_MIN_DISTINCTIVE_LIMIT, len(forms_by_article) // 20),
                    _MAX_DISTINCTIVE_LIMIT)
        self._names = {
            article_id: frozenset(f for f in forms if frequency[f] <= limit and f not in generic)
            for article_id, forms in forms_by_article.items()
        }

    def distinctive_names(self, article_id: str) -> frozenset[str]:
        return self._names.get(article_id, frozenset())

    def related(self, first: str, second: str, ignore: Iterable[str] = ()) -> bool:
        if first == second or self.one_story:
            return True
        shared = self.distinctive_names(first) & self.distinctive_names(second)
        return len(shared - set(ignore)) >= MIN_SHARED

    def subset(self, article_ids: Iterable[str]) -> StoryIndex:
        """The same links, for these articles only: what checking one story needs."""
        part = object.__new__(StoryIndex)
        part.ids = tuple(sorted(article_ids))
        part.one_story = self.one_story
        part._names = {i: self._names[i] for i in part.ids if i in self._names}
        return part

    def partition(self) -> list[list[str]]:
        """Every article the index knows, split into stories (sorted, deterministic)."""
        return self.components(self.ids)

    def components(self, article_ids: Iterable[str]) -> list[list[str]]:
        """Split the articles a rule compares into stories (sorted, deterministic)."""
        ids = sorted(set(article_ids))
        if self.one_story or len(ids) < 2:
            return [ids] if ids else []
        postings: dict[str, list[str]] = defaultdict(list)
        for article_id in ids:
            for name in self.distinctive_names(article_id):
                postings[name].append(article_id)
        links: list[tuple[str, str]] = []
        for first in ids:
            # Counting each article's neighbours in one Counter over its names' postings is
            # the same pair count as looping over pairs, done in C.
            shared = Counter(chain.from_iterable(
                members for name in self.distinctive_names(first)
                if 1 < len(members := postings[name]) <= _MAX_POSTING))
            links.extend((first, second) for second, count in shared.items()
                         if count >= MIN_SHARED and second > first)
        parent = {article_id: article_id for article_id in ids}

        def root(node: str) -> str:
            while parent[node] != node:
                parent[node] = parent[parent[node]]
                node = parent[node]
            return node

        for first, second in links:
            a, b = root(first), root(second)
            if a != b:
                parent[max(a, b)] = min(a, b)
        groups: dict[str, list[str]] = defaultdict(list)
        for article_id in ids:
            groups[root(article_id)].append(article_id)
        return sorted(groups.values())


def story_names(article: ArticleFacts) -> tuple[str, ...]:
    """Forms the text marks as names: not merely capitalised at the start of a sentence.

    Sorted, so that what the cache stores for an article does not vary between runs; generic
    names (weekdays, "U.S.") are left out, so adding one changes no story key."""
    generic = _generic_names()
    forms: set[str] = set()
    for mention in article.names:
        text = mention.text
        if mention.context == "heading" or len(text) < 2:
            continue
        if (not mention.sentence_initial or is_marked(text)) and text not in generic:
            forms.add(text)
    return tuple(sorted(forms))


@functools.lru_cache(maxsize=65536)
def is_marked(form: str) -> bool:
    """The text marks a form as a name wherever it stands: a digit, or a capital after the
    first letter ("DeepSeek", "R1"). Cached: the same names recur through a story."""
    return any(ch.isdigit() for ch in form) or any(ch.isupper() for ch in form[1:])


@functools.cache
def _generic_names() -> frozenset[str]:
    return frozenset(str(n) for n in builtin("names.yaml").get("generic") or ())
