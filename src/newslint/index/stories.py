"""Which articles cover the same story: the same event, told in words rare in the archive,
published within a week of each other.

Cross-article rules compare facts only within a story. "R1" released in January 2024 (a
gadget) and "R1" released in January 2025 (a language model) are two products, and a
figure for the S&P 500 in a story about one week is no check on another week's story.

Each article is summed up by its signature (`Signature`): its publication day and the
`TERMS` words and names it uses most (function words aside; the names it marks fill up to
half of them; the words of its headline and lead count more, for they name the event).
Over the archive, a term weighs by its rarity (inverse document frequency, the articles
using it counted in powers of two so that an edit rarely moves a weight); a term in more
than 1 in 20 articles (page boilerplate, the names of every story: "Obama", "Congress"),
or in more than `_MAX_LIMIT` articles however large the archive, weighs nothing, so
nothing links through it (and no term's postings grow past that, which bounds the work of
a sharded build, story_shards.py). Two articles are linked when the weighted terms they
share give a cosine similarity of at least `MIN_SIMILARITY`, at least `MIN_SHARED` of
them, and their publication days are at most `WINDOW_DAYS` apart (undated articles are not
held to a window); a link under `STRONG_SIMILARITY` also needs a third article linked to
both ends, for a lone weak link is how two events chain into one. A story is a connected
group of links; one larger than `MAX_STORY` is split by asking more of its links until
every part fits. Links are found through an inverted index of terms by week, never by
checking all pairs, they are kept between runs and found again only for the articles an
edit touches (story_links.py), and nothing depends on the order the articles come in.
Below a dozen articles words cannot be weighed by rarity: a small corpus is one story,
less the articles published more than a week from the rest (three articles of January and
three of July are two events, not one).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import islice
from operator import itemgetter

from newslint.facts import ArticleFacts
from newslint.index.story_links import Rules, StoryGraph
from newslint.ruledata import builtin

SMALL_CORPUS = 12
TERMS = 40
MIN_SIMILARITY = 0.08
MIN_SHARED = 3
STRONG_SIMILARITY = 0.15
WINDOW_DAYS = 7
# The headline and lead name the event (the inverted pyramid): in a signature, a word of the
# first line counts HEADLINE_WEIGHT more, one of the first LEDE_WORDS words one more.
LEDE_WORDS = 50
HEADLINE_WEIGHT = 3
MAX_STORY = 200
# A term in more than this share of the articles (at least _MIN_LIMIT, at most
# _MAX_LIMIT) links nothing.
_FREQUENT_SHARE = 20
_MIN_LIMIT = 10
_MAX_LIMIT = 5_000  # reached at 100,000 articles: past it, the share no longer grows
RULES = Rules(MIN_SIMILARITY, MIN_SHARED, WINDOW_DAYS, _FREQUENT_SHARE, _MIN_LIMIT,
              _MAX_LIMIT)

_WORD = re.compile(r"[^\W\d_]{4,}")
# Function and reporting words: frequent in any article, about no event in particular.
_FUNCTION_WORDS = frozenset("""
about above after again against also although among another anyone around because been
before being below between both cannot could does doing down during each either even
every from further have having here hers herself himself into itself just like made make
many might more most much must myself never once only other ours over said same says
should since some such than that their theirs them themselves then there these they this
those through under until upon very want wants were what when where whether which while
whom whose will with within without would your yours yourself also told asked added
""".split())


@dataclass(frozen=True, slots=True)
class Signature:
    """What ties an article to its story: its publication day (a proleptic ordinal, or
    None) and its most used terms, lower-cased, sorted and joined by U+001F. One string,
    not a tuple: the cache reads every article's signature on every run, and one string
    reads forty times faster than forty."""

    day: int | None
    text: str

    @classmethod
    def of(cls, day: int | None, terms: Iterable[str]) -> Signature:
        return cls(day, "\x1f".join(sorted(terms)))

    @property
    def terms(self) -> tuple[str, ...]:
        return tuple(self.text.split("\x1f")) if self.text else ()


def story_signature(text: str, names: Iterable[str], date: dt.date | None) -> Signature:
    """The signature of one article from its text and the names it marks (`story_names`)."""
    words = _WORD.findall(text.lower())
    counts = Counter(words)  # counted in C, function words then dropped
    for word in _FUNCTION_WORDS.intersection(counts):
        del counts[word]
    # A long article repeats its background more than its event; a short one ties most of
    # its words at one use. Either way the words that name the event are the headline's
    # and the lead's: they count more (without that, two reports of one event shared too
    # few of the terms they chose to link).
    counts.update(islice((w for w in words if w not in _FUNCTION_WORDS), LEDE_WORDS))
    headline = text.lstrip().split("\n", 1)[0].lower()
    for word in _WORD.findall(headline):
        if word not in _FUNCTION_WORDS:
            counts[word] += HEADLINE_WEIGHT
    marked = {name.lower() for name in names}
    for name in marked:
        counts[name] += 1
    # Most used first, ties by term: two sorts with C keys (a stable sort keeps the terms'
    # order among equal counts), not one with a Python key per term.
    ranked = sorted(sorted(counts.items()), key=itemgetter(1), reverse=True)
    chosen = [term for term, _ in ranked if term in marked][:TERMS // 2]
    chosen += [term for term, _ in ranked if term not in marked][:TERMS - len(chosen)]
    return Signature.of(date.toordinal() if date is not None else None, chosen)


def facts_signature(article: ArticleFacts) -> Signature:
    """A signature from the facts alone (names, no text): for indexes built in memory."""
    return story_signature("", story_names(article), article.date)


class StoryIndex:
    """The stories of a corpus: {article id: story number}, from the articles' signatures.

    Built from ArticleFacts, or from {article id: Signature} when the facts themselves are
    not in memory (the pipeline keeps only the signature of every article)."""

    def __init__(self, articles: Sequence[ArticleFacts] | Mapping[str, Signature]):
        signatures: Mapping[str, Signature]
        if isinstance(articles, Mapping):
            signatures = articles
        else:
            signatures = {a.id: facts_signature(a) for a in articles}
        ids = sorted(signatures)
        self._set(ids, small_corpus_stories(signatures) if len(ids) < SMALL_CORPUS
                  else group_stories(signatures))

    @classmethod
    def of_groups(cls, signatures: Mapping[str, Signature],
                  groups: Sequence[Sequence[str]]) -> StoryIndex:
        """The index of stories already found (a small corpus: small_corpus_stories)."""
        index = object.__new__(cls)
        ordered = sorted(signatures)
        index._set(ordered, small_corpus_stories(signatures) if len(ordered) < SMALL_CORPUS
                   else groups)
        return index

    def _set(self, ids: list[str], groups: Sequence[Sequence[str]]) -> None:
        self.ids = tuple(ids)
        self.one_story = len(self.ids) < SMALL_CORPUS and len(groups) <= 1
        self._story = {ident: number for number, group in enumerate(groups)
                       for ident in group}

    def story_of(self, article_id: str) -> int | None:
        return self._story.get(article_id)

    def related(self, first: str, second: str) -> bool:
        """Whether two articles are in one story."""
        return first == second or self.share_a_story((first,), (second,))

    def share_a_story(self, some: Iterable[str], others: Iterable[str]) -> bool:
        """Whether an article of `some` and one of `others` are in one story: one pass over
        each side, not a comparison of every pair."""
        if self.one_story:
            return True
        stories = {self._story.get(i) for i in some} - {None}
        return any(self._story.get(i) in stories for i in others)

    def subset(self, article_ids: Iterable[str]) -> StoryIndex:
        """The same stories, for these articles only: what checking one story needs."""
        part = object.__new__(StoryIndex)
        part.ids = tuple(sorted(article_ids))
        part.one_story = self.one_story
        part._story = {i: self._story[i] for i in part.ids if i in self._story}
        return part

    def partition(self) -> list[list[str]]:
        """Every article the index knows, split into stories (sorted, deterministic)."""
        return self.components(self.ids)

    def components(self, article_ids: Iterable[str]) -> list[list[str]]:
        """Split the articles a rule compares into stories (sorted, deterministic)."""
        ids = sorted(set(article_ids))
        if self.one_story or len(ids) < 2:
            return [ids] if ids else []
        groups: dict[object, list[str]] = defaultdict(list)
        for ident in ids:
            story = self._story.get(ident)
            groups[story if story is not None else ("alone", ident)].append(ident)
        return sorted(groups.values())


def small_corpus_stories(signatures: Mapping[str, Signature]) -> list[list[str]]:
    """A corpus of fewer than `SMALL_CORPUS` articles has too few to weigh words by rarity:
    it is one story, but for articles published more than `WINDOW_DAYS` after every
    earlier one (a run of articles each within the window of the last is one story). An
    undated article may belong to any of them, so with one the corpus stays whole."""
    if any(s.day is None for s in signatures.values()):
        return [sorted(signatures)] if signatures else []
    groups: list[list[str]] = []
    last: int | None = None
    for day, ident in sorted((s.day, i) for i, s in signatures.items() if s.day is not None):
        if last is None or day - last > WINDOW_DAYS:
            groups.append([])
        groups[-1].append(ident)
        last = day
    return [sorted(g) for g in groups]


def group_stories(signatures: Mapping[str, Signature]) -> list[list[str]]:
    """Split articles into stories (see the module docstring); sorted lists of ids."""
    return stories_of(StoryGraph.build(signatures, RULES))


def stories_of(graph: StoryGraph) -> list[list[str]]:
    """The stories of a graph of links: its connected groups, oversized ones split."""
    links = sorted((similarity, first, second)
                   for (first, second), similarity in graph.links.items())
    return _split(sorted(graph.digests), _supported(links), MIN_SIMILARITY)


def _supported(links: list[tuple[float, str, str]]) -> list[tuple[float, str, str]]:
    """The links a third article backs (both ends link to it), and those strong enough
    alone: a weak link with no common neighbour is how two events chain into one."""
    neighbours: dict[str, set[str]] = defaultdict(set)
    for _, first, second in links:
        neighbours[first].add(second)
        neighbours[second].add(first)
    return [link for link in links
            if link[0] >= STRONG_SIMILARITY or neighbours[link[1]] & neighbours[link[2]]]


def _split(ids: Sequence[str], links: Sequence[tuple[float, str, str]],
           threshold: float) -> list[list[str]]:
    """Connected groups of the links at or above `threshold`; a group larger than
    MAX_STORY is split again on its own links with a higher threshold."""
    parent = {ident: ident for ident in ids}

    def root(node: str) -> str:
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for similarity, first, second in links:
        if similarity >= threshold:
            a, b = root(first), root(second)
            if a != b:
                parent[max(a, b)] = min(a, b)
    groups: dict[str, list[str]] = defaultdict(list)
    for ident in ids:
        groups[root(ident)].append(ident)
    out: list[list[str]] = []
    for group in groups.values():
        if len(group) <= MAX_STORY or threshold >= 1.0:
            out.append(group)
            continue
        members = set(group)
        inner = [link for link in links
                 if link[0] >= threshold and link[1] in members and link[2] in members]
        out.extend(_split(group, inner, min(1.0, threshold * 1.25)))
    return sorted(out)


def story_names(article: ArticleFacts) -> tuple[str, ...]:
    """Forms the text marks as names: not merely capitalised at the start of a sentence.

    Sorted, so that what the cache stores for an article does not vary between runs; generic
    names (weekdays, "U.S.") are left out."""
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
