"""NL401's comparison of figures keyed by their context (see figure_pairs): counts,
durations, ages, amounts and clock times that no subject lexicon binds.

Mentions are compared, not articles: an article that gives the old and the new value keeps
both, told apart by their modifiers and tense. Two articles disagree on a measure when a
mention of one has a keyed partner in the other that disagrees with it and no mention of
the same head in the other article, whatever its modifiers, gives its value. Articles
published on different days are compared on measures that do not move over time (ages,
clock times, lengths) and, as info, on counts and shares of things a noun names within a
few days; never on amounts, bare percentages or durations.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Hashable, Iterable
from pathlib import PurePosixPath

from newslint.diagnostics import Diagnostic, Severity
from newslint.facts import ArticleFacts, Quantity
from newslint.rules.base import CorpusContext, CorpusRule, Related, make_diagnostic
from newslint.rules.figure_aligned import alignable, aligned_pairs
from newslint.rules.figure_counts import group_key
from newslint.rules.figure_found import (
    COUNT_DAYS,
    STILL,
    Conflict,
    Entry,
    Found,
    Joiner,
    Pair,
    days_apart,
    may_compare_apart,
    mention,
    rank,
    severity_of,
)
from newslint.rules.figure_mention_conflict import pair_conflict
from newslint.rules.figure_pairs import (
    MAX_MENTIONS,
    candidate_key,
    comparison_key,
    conjunct_key,
    head_word,
    measure_phrase,
    phrase_key,
    share_verb_key,
    stated_apart,
)
from newslint.rules.figure_wording import comparable, in_quotation, worded_pairs


def keyed_conflicts(rule: CorpusRule, ctx: CorpusContext, far_apart: float
                    ) -> Iterable[Diagnostic]:
    groups = ctx.index.group("quantities", candidate_key, "figure-context")
    stories: dict[str, frozenset[str]] = {}
    found: list[Found] = []
    for key in sorted(groups, key=str):
        found.extend(_story_buckets(ctx, key, groups[key], far_apart, stories))
    _add_phrase_keyed(ctx, groups, far_apart, stories, found, phrase_key, "figure-phrase")
    # A count of members of a party's body is a count of the party's members.
    _add_phrase_keyed(ctx, groups, far_apart, stories, found, group_key, "figure-group")
    # A share under its verb is one measure less surely than under its noun: info.
    _add_phrase_keyed(ctx, groups, far_apart, stories, found, share_verb_key, "figure-share",
                      Severity.INFO)
    # Counts of one pair of coordinated nouns meet under the second noun, at info.
    _add_phrase_keyed(ctx, groups, far_apart, stories, found, conjunct_key, "figure-conjunct",
                      Severity.INFO, own_buckets=True)
    joiner = Joiner(found, far_apart)
    _add_paired(ctx, joiner, comparable, "wording",
                lambda entries: worded_pairs(entries, _worded_may_compare))
    _add_paired(ctx, joiner, alignable, "aligned",
                lambda entries: aligned_pairs(entries, _aligned_may_compare))
    for f in found:
        yield _finding(rule, f.key, f.oriented, f.severity)


def _story_buckets(ctx: CorpusContext, key: Hashable, entries: list[Entry], far_apart: float,
                   whole: dict[str, frozenset[str]]) -> Iterable[Found]:
    """The findings of one bucket, story by story. `whole` (each article's story, filled
    on first use) tells which words the story seldom uses."""
    for story in ctx.index.stories.components(article.id for article, _ in entries):
        members = set(story)
        in_story = [e for e in entries if e[0].id in members]
        if len(in_story) < 2:
            continue
        if not whole:
            whole.update(_whole_stories(ctx))
        # words seldom in the whole story, not only in the articles of this bucket
        seldom = rare_words(ctx, whole.get(story[0], frozenset(story)))
        yield from _bucket(key, in_story, far_apart, seldom)


def _add_phrase_keyed(ctx: CorpusContext, groups: dict[Hashable, list[Entry]],
                      far_apart: float, whole: dict[str, frozenset[str]],
                      found: list[Found], key_of: Callable[[Quantity], Hashable | None],
                      name: str, most: Severity = Severity.ERROR,
                      own_buckets: bool = False) -> None:
    """Compares a figure in the bucket of a second key besides its own: a count whose
    noun phrase holds another count's head ("nearly 90 faculty members", "nearly 90 ...
    faculty"; figure_pairs.phrase_key), a share of a population under its clause verb
    (figure_pairs.share_verb_key). Only pairs with such a mention that no bucket paired
    yet are added. `own_buckets`: the second key makes buckets of its own (a conjunct's
    key meets only other conjuncts), not only extra mentions in the first key's."""
    extra = ctx.index.group("quantities", key_of, name)
    seen = {frozenset((mention(x), mention(y))) for f in found for x, y in f.oriented}
    for key in sorted(extra, key=str):
        if key not in groups and not own_buckets:
            continue
        added = {mention(e) for e in extra[key]}
        entries = sorted(groups.get(key, []) + extra[key],
                         key=lambda e: (e[0].path, e[1].span.start))
        for f in _story_buckets(ctx, key, entries, far_apart, whole):
            f.oriented = [(x, y) for x, y in f.oriented
                          if (mention(x) in added or mention(y) in added)
                          and frozenset((mention(x), mention(y))) not in seen]
            if f.oriented:
                seen.update(frozenset((mention(x), mention(y))) for x, y in f.oriented)
                f.severity = min(f.severity, most, key=rank)
                found.append(f)


def _add_paired(ctx: CorpusContext, joiner: Joiner, admit: Callable[[Quantity], bool],
                label: str, pairs: Callable[[list[Entry]], Iterable[Pair]]) -> None:
    """Adds, story by story, the pairs of the admitted mentions that a comparison beside
    the keyed buckets finds: written in the same words (figure_wording), or in sentences
    that align (figure_aligned)."""
    entries = ctx.index.group("quantities", lambda q: label if admit(q) else None,
                              f"figure-{label}").get(label, [])
    for story in ctx.index.stories.components(article.id for article, _ in entries):
        members = set(story)
        in_story = [e for e in entries if e[0].id in members]
        if len({a.path for a, _ in in_story}) >= 2:
            joiner.add(pairs(in_story), label)


def _worded_may_compare(first: Entry, second: Entry) -> bool:
    """Articles of different days compare still measures, counts of a noun within a few
    days, and figures both quote; never a value the other article gives as another
    measure (figure_pairs.stated_apart)."""
    if stated_apart(first[0], first[1], second[1]) or stated_apart(
            second[0], second[1], first[1]):
        return False  # each article's value is a measure the other tells apart
    moved = days_apart(first[0], second[0])
    if not moved:
        return True
    q = first[1]
    if may_compare_apart((q.dimension or "", q.head or ""), moved):
        return True
    return in_quotation(*first) and in_quotation(*second)


def _aligned_may_compare(first: Entry, second: Entry) -> bool:
    """Sentences that align tell one thing: compared within a few days, as counts of a
    noun are, whatever the dimension (at info), and further apart as worded pairs are."""
    if days_apart(first[0], second[0]) <= COUNT_DAYS:
        return not (stated_apart(first[0], first[1], second[1])
                    or stated_apart(second[0], second[1], first[1]))
    return _worded_may_compare(first, second)


def _whole_stories(ctx: CorpusContext) -> dict[str, frozenset[str]]:
    out: dict[str, frozenset[str]] = {}
    for story in ctx.index.stories.components(a.id for a in ctx.articles):
        out.update(dict.fromkeys(story, frozenset(story)))
    return out


def rare_words(ctx: CorpusContext, story: frozenset[str]) -> frozenset[str]:
    """The words of the story's sentences with a counted noun (the only figures that keep
    their sentence's words) that at most one such sentence of each article uses: what sets
    one measure's sentence apart from the story's other figures (a story about marijuana
    laws has "marijuana" in every sentence, "medical" in one)."""
    def build() -> dict[frozenset[str], frozenset[str]]:
        return {}
    cache = ctx.index.shared("figure rare words", build)
    if story not in cache:
        count: dict[str, int] = {}
        seen: set[tuple[str, int]] = set()
        articles = [a for a in ctx.articles if a.id in story]
        for article in articles:
            for q in article.quantities:
                if q.words and (article.id, q.sentence) not in seen:
                    seen.add((article.id, q.sentence))
                    for word in q.words:
                        count[word] = count.get(word, 0) + 1
        cache[story] = frozenset(w for w, n in count.items() if n <= len(articles))
    return cache[story]


def _bucket(key: Hashable, entries: list[Entry], far_apart: float,
            seldom: frozenset[str] = frozenset()) -> Iterable[Found]:
    by_article: dict[str, list[Entry]] = {}
    for entry in entries:
        by_article.setdefault(entry[0].path, []).append(entry)
    by_article = {path: items for path, items in by_article.items()
                  if len(items) <= MAX_MENTIONS}  # a list of values is no one measure
    if len(by_article) < 2:
        return
    # Articles that give the same mentions on the same day (copies, syndicated reports)
    # are one version: each pair of versions is compared once, not each pair of articles.
    versions: dict[tuple[object, ...], list[str]] = {}
    for path in sorted(by_article):
        items = by_article[path]
        signature = (items[0][0].date, *(comparison_key(q) for _, q in items))
        versions.setdefault(signature, []).append(path)
    groups = list(versions.values())
    of = {path: n for n, paths in enumerate(groups) for path in paths}
    compared: dict[tuple[int, int], tuple[int, int, float, int] | None] = {}

    def conflict(first: str, second: str) -> tuple[int, int, float, int] | None:
        """The conflict of two articles (first sorts before second) as positions in
        their mention lists, read off the first pair of articles of their versions."""
        u, v = of[first], of[second]
        if (u, v) not in compared:
            compared[u, v] = _compare(key, by_article, groups[u][0],
                                      groups[v][1 if u == v else 0], seldom)
        return compared[u, v]

    # How many articles each article is at odds with: every pair of versions, both ways.
    count: dict[str, int] = {}
    for u, paths_u in enumerate(groups):
        for v, paths_v in enumerate(groups):
            for path in paths_u:
                later = len(paths_v) - bisect.bisect_right(paths_v, path)
                earlier = len(paths_v) - later - (u == v)
                if later and conflict(path, paths_v[-1]) is not None:
                    count[path] = count.get(path, 0) + later
                if earlier and conflict(paths_v[0], path) is not None:
                    count[path] = count.get(path, 0) + earlier
    if not count:
        return
    # The article at odds with the most others is the one to check first.
    flagged = min(count, key=lambda path: (-count[path], path))
    oriented: list[tuple[Entry, Entry]] = []
    conflicts: list[Conflict] = []
    for other in sorted(by_article):
        if other == flagged:
            continue
        first, second = sorted((flagged, other))
        found = conflict(first, second)
        if found is None:
            continue
        i, j, size, strength = found
        c = Conflict(by_article[first][i], by_article[second][j], size, strength)
        conflicts.append(c)
        oriented.append((c.first, c.second) if first == flagged else (c.second, c.first))
    severity = max((severity_of(c, far_apart) for c in conflicts), key=rank)
    yield Found(key, oriented, severity)


def _compare(key: Hashable, by_article: dict[str, list[Entry]], first: str, second: str,
             seldom: frozenset[str]) -> tuple[int, int, float, int] | None:
    """Two articles' conflict on a bucket's measure, as positions in their mention lists."""
    art_a, art_b = by_article[first][0][0], by_article[second][0][0]
    moved = days_apart(art_a, art_b)
    if moved and not may_compare_apart(key, moved):
        return None  # a tally, a price or a running total may have moved
    mentions_a = [q for _, q in by_article[first]]
    mentions_b = [q for _, q in by_article[second]]
    found = pair_conflict(mentions_a, mentions_b, seldom, (art_a, art_b))
    if found is None:
        return None
    a, b, size, strength = found
    if moved and str(key[0]).split(":")[0] not in STILL:  # type: ignore[index]
        strength = min(strength, 2)  # a count of another day: maybe updated
    return (next(i for i, q in enumerate(mentions_a) if q is a),
            next(j for j, q in enumerate(mentions_b) if q is b), size, strength)


def _finding(rule: CorpusRule, key: Hashable, oriented: list[tuple[Entry, Entry]],
             severity: Severity) -> Diagnostic:
    """One finding at the first pair's flagged mention, the others as related locations."""
    article, quantity = oriented[0][0]
    values = "; ".join(f'"{q.text}" in {_where(a, q)}' for a, q in
                       [oriented[0][0], *(other for _, other in oriented)])
    message = f"Different figures for {measure_phrase(quantity)}: {values}."
    message += (" Check the figure against the source." if severity is not Severity.INFO
                else " The sentences may not measure quite the same thing: check that they"
                " do, then check the figure against the source.")
    related = [Related(a, q.span, f'"{q.text}" here') for _, (a, q) in oriented]
    return make_diagnostic(rule, article, quantity.span, message,
                           key=f"{key[0]}|{head_word(quantity)}",  # type: ignore[index]
                           related=related, severity=severity)


def _where(article: ArticleFacts, q: Quantity) -> str:
    return f"{PurePosixPath(article.path).name}:{q.span.line}"
