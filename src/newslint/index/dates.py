"""Corpus-level dating: placing relative dates of articles that carry no date of their own.

(Which mentions date one event is index/date_agreement.py; the conflicts between them,
index/date_conflicts.py.)

An article with no front-matter date, no configured date and no absolute date of its own
still sits in a corpus of articles written around the same time. Its "earlier this week"
is resolved against every reference date the corpus knows (earliest to latest) and the
union is kept, so a corpus that spans years gives a wide, harmless interval.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from typing import Any

from newslint.facts import ArticleFacts, DateMention
from newslint.facts.calendar import resolve_relative

# Reference dates good enough to date other articles by: stated ones and embedded posts'.
_TRUSTED_BASES = ("stated", "post dates")


@dataclass(frozen=True, slots=True)
class Dated:
    start: dt.date
    end: dt.date
    precision: str
    inferred: bool  # rests on a reference date that was inferred, not stated
    basis: str | None  # "post dates", "dates in the text", "corpus dates"


def corpus_reference_range(articles: Iterable[ArticleFacts]) -> tuple[dt.date, dt.date] | None:
    """Earliest and latest reference date in the corpus, preferring stated and post dates."""
    articles = list(articles)
    for bases in (_TRUSTED_BASES, None):
        refs = [a.reference_date for a in articles if a.reference_date is not None
                and (bases is None or a.reference_basis in bases)]
        if refs:
            return min(refs), max(refs)
    return None


def dated(article: ArticleFacts, mention: DateMention,
          corpus_range: tuple[dt.date, dt.date] | None) -> Dated | None:
    """The interval of a mention, placing a relative one by the corpus when it must."""
    if mention.start is not None and mention.end is not None:
        inferred = mention.relative and article.reference_basis != "stated"
        return Dated(mention.start, mention.end, mention.precision, inferred,
                     article.reference_basis)
    if not mention.relative or mention.invalid or corpus_range is None:
        return None
    tense = mention.tense if mention.tense in ("past", "future") else "unknown"
    first = resolve_relative(mention.key, corpus_range[0], tense)  # type: ignore[arg-type]
    last = resolve_relative(mention.key, corpus_range[1], tense)  # type: ignore[arg-type]
    if first is None or last is None:
        return None
    return Dated(min(first[0], last[0]), max(first[1], last[1]), "week", True, "corpus dates")


@dataclass(frozen=True, slots=True)
class Keyed:
    article: ArticleFacts
    mention: DateMention
    when: Dated


def story_numbers(article_ids: Iterable[str], stories: Any = None) -> dict[str, int]:
    """Each article's story, numbered as index/date_conflicts.py numbers them (every
    article in one story when no index is given)."""
    ids = sorted(set(article_ids))
    if stories is None:
        return dict.fromkeys(ids, 0)
    return {ident: number for number, members in enumerate(stories.components(ids))
            for ident in members}


def indexed_pairs(keyed: Iterable[tuple[Keyed, Iterable[Hashable]]],
                  keep: Callable[[Hashable, Keyed, Keyed], bool], stories: Any = None,
                  by_key: bool = False, across: Callable[[Any], Hashable] | None = None
                  ) -> list[tuple[Hashable, Keyed, Keyed]]:
    """Pairs of mentions of different articles of one story that share a key and that
    `keep` keeps under it, each pair once, with the first such key in sorted order. The
    mentions are indexed by story and key first, so only those a pair could be made of
    are ever compared: a corpus of many stories costs the size of its buckets, not the
    square of its mentions. A builder gives each mention the keys every pair it keeps
    must share (a name, the thing's group); `across`: the key a key pairs with instead of
    itself (a year with the next: a slip of one year is never two mentions of one year);
    `by_key`: whether `keep` reads the key, so that a pair it refuses under one key is
    tried again under another."""
    keyed = [(k, tuple(keys)) for k, keys in keyed]
    story_of = story_numbers((k.article.id for k, _ in keyed), stories)
    buckets: dict[tuple[int, Hashable], list[tuple[tuple[str, int], Keyed]]] = \
        defaultdict(list)
    for k, keys in keyed:
        for key in keys:
            buckets[(story_of[k.article.id], key)].append(
                ((k.article.path, k.mention.span.start), k))
    for members in buckets.values():
        members.sort(key=lambda member: member[0])
    out: dict[tuple[tuple[str, int], tuple[str, int]], tuple[Hashable, Keyed, Keyed]] = {}
    refused: set[tuple[tuple[str, int], tuple[str, int]]] = set()
    for (story, key), members in sorted(buckets.items(), key=lambda item: repr(item[0])):
        if across is None:
            candidates = ((a, b) for i, (_, a) in enumerate(members)
                          for _, b in members[i + 1:])
        else:
            partners = buckets.get((story, across(key)), [])
            candidates = ((a, b) if at_a <= at_b else (b, a)
                          for at_a, a in members for at_b, b in partners)
        for a, b in candidates:
            if a.article.id == b.article.id:
                continue
            pair = ((a.article.id, a.mention.span.start), (b.article.id, b.mention.span.start))
            if pair in out or pair in refused:
                continue
            if keep(key, a, b):
                out[pair] = (key, a, b)
            elif not by_key:
                refused.add(pair)
    return [out[pair] for pair in sorted(out)]

