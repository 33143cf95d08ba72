"""Versions of keyed dates: the mentions of different articles that tell an event the same
way (one head, the same names and words, the same day, the same publication date) form one
version, and two versions are compared once, whatever the number of articles that carry
them. A story of n copies of three articles then costs about n, not n squared; what each
mention is found to agree with or contradict is the same as when every pair is compared
(index/date_conflicts.py weighs the articles behind each version).

A mention paired with another by a quotation (index/speech_dates.py) is a version of its
own: that pair alone is compared as one speech act."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from newslint.index.dates import Keyed

# The relation of two mentions: None (unrelated), AGREE, or the score of a contradiction.
AGREE = -1.0
Relation = Callable[[int, int], float | None]


def version_key(entry: Keyed, story: int | None, crowded: bool) -> tuple[object, ...]:
    """Everything the comparison of two mentions reads of one of them (index/
    date_agreement.py and the time checks of index/date_conflicts.py), and nothing of its
    article but its story and publication date."""
    m = entry.mention
    return (story, m.head, m.alt_head, m.head_text, m.names, m.content, m.sequence, m.bound,
            m.passive, m.precision, m.key, m.planned, m.event, m.actors, m.sentence, entry.when,
            entry.article.reference_date, crowded, m.scheduled, m.moved, m.owners,
            m.thing, m.thing_kinds, m.by_agent, m.act)


@dataclass
class Versions:
    """`members[v]`: the representatives of version v, ascending, at most one an article;
    `opposed[v]`: (version, score) of the versions contradicting v; `agreeing[v]`: the
    versions agreeing with it (v itself when its members agree with each other)."""

    entries: list[Keyed]
    members: list[list[int]] = field(default_factory=list)
    version_of: dict[int, int] = field(default_factory=dict)
    opposed: list[list[tuple[int, float]]] = field(default_factory=list)
    agreeing: list[list[int]] = field(default_factory=list)
    # Per version: the articles of its opponents, those of its supporters not among them,
    # and every opposing member, ascending.
    opposed_articles: list[set[str]] = field(default_factory=list)
    agreeing_only: list[set[str]] = field(default_factory=list)
    opposed_members: list[list[int]] = field(default_factory=list)

    def article(self, i: int) -> str:
        return self.entries[i].article.id

    def cross(self, i: int) -> list[int]:
        """The mentions of other articles that contradict mention i, ascending."""
        v = self.version_of[i]
        mine = self.article(i)
        if mine not in self.opposed_articles[v]:
            return self.opposed_members[v]
        return [j for j in self.opposed_members[v] if self.article(j) != mine]

    def cross_score(self, i: int) -> float:
        mine = self.article(i)
        return min(s for w, s in self.opposed[self.version_of[i]]
                   if len(self.members[w]) > 1 or self.article(self.members[w][0]) != mine)

    def outvoted(self, i: int) -> bool:
        """Fewer articles (its own counted) give mention i's version than contradict it."""
        v, mine = self.version_of[i], self.article(i)
        against = len(self.opposed_articles[v]) - (mine in self.opposed_articles[v])
        agree = len(self.agreeing_only[v]) - (mine in self.agreeing_only[v])
        return agree + 1 <= against


def build(entries: list[Keyed], reps: list[int], keys: dict[int, tuple[object, ...]],
          postings: Callable[[int], list[str]], relation: Relation,
          quoted: set[tuple[int, int]]) -> Versions:
    """Group the representatives by key, pair the versions that share a posting (a name)
    or a quotation, and relate each pair once through `relation(i, j)` on one member of
    each (of two articles, i < j)."""
    out = Versions(entries)
    by_key: dict[tuple[object, ...], int] = {}
    for i in sorted(reps):
        v = by_key.setdefault(keys[i], len(out.members))
        if v == len(out.members):
            out.members.append([])
        out.members[v].append(i)
        out.version_of[i] = v
    count = len(out.members)
    posted: dict[str, list[int]] = defaultdict(list)
    for v, group in enumerate(out.members):
        for name in postings(group[0]):
            posted[name].append(v)
    pairs: set[tuple[int, int]] = set()
    for versions in posted.values():
        pairs.update((v, w) for x, v in enumerate(versions) for w in versions[x:])
    pairs.update(tuple(sorted((out.version_of[i], out.version_of[j]))) for i, j in quoted
                 if entries[i].article.id != entries[j].article.id)  # type: ignore[misc]
    out.opposed = [[] for _ in range(count)]
    out.agreeing = [[] for _ in range(count)]
    for v, w in sorted(pairs):
        first = out.members[v][0]
        second = next((j for j in out.members[w] if out.article(j) != out.article(first)),
                      None) if v != w else (out.members[v][1] if len(out.members[v]) > 1
                                            else None)
        if second is None and v != w and len(out.members[v]) > 1:
            first, second = out.members[v][1], out.members[w][0]
        if second is None:
            continue  # no two articles between them
        found = relation(min(first, second), max(first, second))
        if found is None:
            continue
        if found == AGREE:
            out.agreeing[v].append(w)
            if w != v:
                out.agreeing[w].append(v)
        else:
            out.opposed[v].append((w, found))
            out.opposed[w].append((v, found))
    for v in range(count):
        opposed = {out.article(j) for w, _ in out.opposed[v] for j in out.members[w]}
        agreeing = {out.article(j) for w in out.agreeing[v] for j in out.members[w]}
        out.opposed_articles.append(opposed)
        out.agreeing_only.append(agreeing - opposed)
        out.opposed_members.append(sorted(j for w, _ in out.opposed[v] for j in out.members[w]))
    return out


def support(versions: Versions, i: int, within: list[int],
            disjoint: Callable[[Keyed, Keyed], bool],
            cache: dict[tuple[object, ...], list[tuple[int, str]]]) -> list[int]:
    """Mentions of articles not yet among mention i's opponents that agree with an
    opponent and not with i ("Tuesday" in a third article beside the Tuesday i
    contradicts): the first of each article, ascending."""
    v, mine = versions.version_of[i], versions.article(i)
    sides = {w for w, _ in versions.opposed[v]
             if len(versions.members[w]) > 1 or versions.article(versions.members[w][0]) != mine}
    sides.update(versions.version_of[j] for j in within)
    key = (v, frozenset(sides))
    if key not in cache:
        seen = versions.opposed_articles[v]
        first: dict[str, int] = {}
        entry = versions.entries[i]
        for u in sorted({u for w in sides for u in versions.agreeing[w]}):
            if not disjoint(entry, versions.entries[versions.members[u][0]]):
                continue
            for k in versions.members[u]:
                article = versions.article(k)
                if article not in seen and k < first.get(article, k + 1):
                    first[article] = k
        cache[key] = sorted((k, article) for article, k in first.items())
    return [k for k, article in cache[key] if article != mine]
