"""Index stage: facts of every article grouped by key, so cross-article rules read buckets.

A corpus rule asks for a grouping ("names by lower-cased form", "quotes by speaker"); the
index builds it once, in one pass over the facts, and shares it between rules. No rule ever
walks all pairs of articles.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Sequence
from typing import Any

from newslint.facts import ArticleFacts
from newslint.index.stories import StoryIndex

Entry = tuple[ArticleFacts, Any]


class CorpusIndex:
    def __init__(self, articles: Iterable[ArticleFacts], stories: StoryIndex | None = None):
        """`stories`: the story links of a whole corpus, when this index holds one of its
        stories (the pipeline checks a corpus story by story)."""
        # Sorted by path so every grouping, and so every finding, is in a stable order.
        self.articles: Sequence[ArticleFacts] = tuple(sorted(articles, key=lambda a: a.path))
        self.by_id = {a.id: a for a in self.articles}
        self._groups: dict[str, dict[Hashable, list[Entry]]] = {}
        self._stories: StoryIndex | None = stories
        self._shared: dict[str, Any] = {}

    @property
    def stories(self) -> StoryIndex:
        """Which articles cover the same story (built on first use)."""
        if self._stories is None:
            self._stories = StoryIndex(self.articles)
        return self._stories

    def shared(self, name: str, build: Callable[[], Any]) -> Any:
        """A result several rules derive from the same facts (the keyed date conflicts that
        NL501, NL502 and NL504 each report a part of), built once per index."""
        if name not in self._shared:
            self._shared[name] = build()
        return self._shared[name]

    def group(
        self,
        kind: str,
        key: Callable[[Any], Hashable | None],
        name: str | None = None,
    ) -> dict[Hashable, list[Entry]]:
        """Facts of one kind ("names", "quotes", ...) bucketed by key; None keys are dropped.

        `name` identifies the grouping so that rules asking for the same one share it.
        """
        cache_name = f"{kind}:{name}" if name else None
        if cache_name and cache_name in self._groups:
            return self._groups[cache_name]
        buckets: dict[Hashable, list[Entry]] = defaultdict(list)
        for article in self.articles:
            for fact in getattr(article, kind):
                bucket_key = key(fact)
                if bucket_key is not None:
                    buckets[bucket_key].append((article, fact))
        result = dict(buckets)
        if cache_name:
            self._groups[cache_name] = result
        return result
