"""Conflicts between dates keyed by their event: mentions whose keys agree strongly
(index/date_agreement.py) and whose days differ, across articles or inside one (NL501,
NL502, NL504 each report a part of them)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from newslint.facts import ArticleFacts, DateMention
from newslint.facts.calendar import describe
from newslint.index.date_agreement import (
    STRONG,
    SURE,
    UNCONFIRMED,
    agreement,
    is_weekday,
    retold,
    routine_head,
    statement,
)
from newslint.index.date_alignment import AlignedScore, another_step
from newslint.index.date_occasions import OCCASION
from newslint.index.date_schedule import postings as schedule_postings
from newslint.index.date_things import THING
from newslint.index.date_versions import AGREE, build, support, version_key
from newslint.index.dates import Dated, Keyed, corpus_reference_range, dated, story_numbers


@dataclass(frozen=True, slots=True)
class KeyedConflict:
    """`entry` disagrees with `others` (mentions of the same event in other articles, or in
    its own article when `within`) and fewer articles agree with it than against it."""

    entry: Keyed
    others: tuple[Keyed, ...]
    agreement: float  # the weakest key agreement among the pairs
    within: bool
    quote: str | None = None  # the quotation that pairs speech acts (index/speech_dates.py)
    # mentions of further articles that agree with `others` against `entry`
    support: tuple[Keyed, ...] = ()


def keyed_entries(articles: Iterable[ArticleFacts]) -> list[Keyed]:
    """Dates of running text with a key worth comparing: a non-routine head or a statement
    ("said Friday", compared by what was said), a name, placed on the calendar; not those
    whose sentence reads as future while their head is no plan (where the weekday falls is
    unclear)."""
    articles = list(articles)
    corpus_range = corpus_reference_range(articles)
    out = []
    for article in articles:
        for mention in article.dates:
            if (mention.context != "text" or mention.head is None or not mention.names
                    or (routine_head(mention) and not statement(mention))
                    or (mention.tense == "future" and not mention.planned)
                    or mention.invalid or mention.precision == "decade"):
                continue
            when = dated(article, mention, corpus_range)
            if when is not None:
                out.append(Keyed(article, mention, when))
    return out


# "late 2024" and "early 2025", "early March" and "mid-March": parts whose edges are vague.
_FUZZY = frozenset({"season", "week"})
_MAX_GAP_DAYS = 366


def _disjoint(a: Dated, b: Dated) -> bool:
    """Two days differ by a day; wider intervals must leave a day between them ("late 2024"
    and "early 2025" touch). Two spans of years differ when an end does ("from 1967 to
    1979", "from 1966 to 1978"); a year inside a span is no conflict with it."""
    if a.precision == b.precision == "years":
        return (a.start, a.end) != (b.start, b.end)
    first, second = (a, b) if a.start <= b.start else (b, a)
    return (second.start - first.end).days >= (2 if {a.precision, b.precision} & _FUZZY else 1)


def _years_apart(a: Dated, b: Dated) -> bool:
    """Dates more than a year apart are two happenings of one kind (the 2001 and the 2012
    attacks, two elections) more often than one happening misdated."""
    first, second = (a, b) if a.start <= b.start else (b, a)
    return (second.start - first.end).days > _MAX_GAP_DAYS


def _scheduled(entry: Keyed) -> bool:
    """A plan, or a date after the article's own: told before it happens."""
    ref = entry.article.reference_date
    return entry.mention.planned or (ref is not None and entry.when.start > ref)


def _comparable_times(a: Keyed, b: Keyed) -> bool:
    """A schedule is compared with the same schedule told within a day; a past event with a
    past event that both articles could know of (a follow-up reports later events)."""
    first, second = a.article.reference_date, b.article.reference_date
    if _scheduled(a) or _scheduled(b):
        return _scheduled(a) and _scheduled(b) and first is not None and second is not None \
            and abs((first - second).days) <= 1
    return _known_to(a, b.article) and _known_to(b, a.article)


def _known_to(event: Keyed, other: ArticleFacts) -> bool:
    """A follow-up may report a later event: one dated after the other article was published
    is no conflict with it."""
    return other.reference_date is None or event.when.start <= other.reference_date


def keyed_conflicts(articles: Iterable[ArticleFacts], stories: Any = None,
                    said: Sequence[tuple[Keyed, Keyed, str]] = ()) -> list[KeyedConflict]:
    """Conflicts between mentions whose event keys agree strongly. Candidates come from an
    index on the names of each key (never all pairs); mentions of one article with the same
    key and date are compared once, and so are the versions several articles share
    (index/date_versions.py): a long article or a large story costs linear time. `said`:
    speech acts paired by their quotation (index/speech_dates.py), compared as one act,
    less surely (info)."""
    entries = keyed_entries(articles)
    keyed = len(entries)
    at = {(e.article.id, e.mention.span.start): i for i, e in enumerate(entries)}
    for e in (e for pair in said for e in pair[:2]):
        if at.setdefault((e.article.id, e.mention.span.start), len(entries)) == len(entries):
            entries.append(e)
    story_of = story_numbers((e.article.id for e in entries), stories)
    copies: dict[tuple[object, ...], list[int]] = {}
    for i, entry in enumerate(entries):
        copies.setdefault(_signature(entry), []).append(i)
    reps = [group[0] for group in copies.values()]
    rep_of = {k: group[0] for group in copies.values() for k in group}
    quoted: dict[tuple[int, int], str] = {}
    for x, y, quote in said:
        i, j = (rep_of[at[(e.article.id, e.mention.span.start)]] for e in (x, y))
        quoted.setdefault((min(i, j), max(i, j)), quote)
    crowded = _crowded(entries)
    copies_of = {group[0]: group for group in copies.values()}

    def relation(i: int, j: int) -> float | None:
        a, b = entries[i], entries[j]
        if story_of.get(a.article.id) != story_of.get(b.article.id):
            return None
        if a.mention.event is not None and a.mention.event == b.mention.event:
            return None  # bound to one event of rules/dates.yaml: NL501's own comparison
        same = a.article.id == b.article.id
        if not _comparable_times(a, b):
            return None
        score = UNCONFIRMED if (i, j) in quoted else agreement(
            a.mention, b.mention, (i in crowded, j in crowded))
        if isinstance(score, AlignedScore) \
                and another_step(a.article, a.mention, b.article, b.mention):
            score = 0.0  # two steps one article tells apart
        if not _disjoint(a.when, b.when):
            # a weaker match still counts as support
            return AGREE if score > 0 and not same else None
        if score < STRONG or (same and not retold(a.mention, b.mention)) \
                or _years_apart(a.when, b.when):
            return None
        return score

    # A mention a quotation pairs is a version of its own: that pair is one speech act.
    single = {i for pair in quoted for i in pair}
    keys = {i: (*version_key(entries[i], story_of.get(entries[i].article.id), i in crowded),
                i if i in single else -1) for i in reps}
    # Speech acts told only by their quotation are compared only with their pair.
    versions = build(entries, reps, keys,
                     lambda i: _postings(entries[i]) if i < keyed else [], relation, set(quoted))
    within: dict[int, list[tuple[int, float]]] = defaultdict(list)
    for i, j in _within_pairs(entries, [r for r in reps if r < keyed]) + sorted(
            p for p in quoted if entries[p[0]].article.id == entries[p[1]].article.id):
        found = relation(i, j)
        if found is not None and found != AGREE:
            within[i].append((j, found))
            within[j].append((i, found))
    flagged: dict[int, tuple[tuple[Keyed, ...], float, bool, tuple[Keyed, ...]]] = {}
    mates: dict[int, list[int]] = {}
    backing: dict[tuple[object, ...], list[tuple[int, str]]] = {}
    for i in sorted(set(within) | {i for i in reps if versions.opposed[versions.version_of[i]]}):
        mates[i] = cross = versions.cross(i)
        if cross:
            if not versions.outvoted(i):
                continue  # the majority version: the others are flagged
            theirs = sorted(j for j, _ in within.get(i, ()))
            flagged[i] = (tuple(entries[j] for j in cross), versions.cross_score(i), False,
                          tuple(entries[k] for k in support(versions, i, theirs,
                                                            _disjoint_keyed, backing)))
        elif i in within:
            ordered = sorted(within[i])
            flagged[i] = (tuple(entries[j] for j, _ in ordered), min(s for _, s in ordered),
                          True, ())
    out = []
    for i in _once_per_pair(flagged, mates, entries):
        partners = [j for j in (*mates[i], *(j for j, _ in within.get(i, ())))
                    if (min(i, j), max(i, j)) in quoted]
        first = min(partners, default=None)
        quote = quoted[(min(i, first), max(i, first))] if first is not None else None
        others, score, inside, backers = flagged[i]
        out.extend(KeyedConflict(entries[k], others, score, inside, quote, backers)
                   for k in copies_of[i])
    return out


def _disjoint_keyed(a: Keyed, b: Keyed) -> bool:
    return _disjoint(a.when, b.when)


def _once_per_pair(flagged: dict[int, Any], mates: dict[int, list[int]],
                   entries: list[Keyed]) -> list[int]:
    """The flagged mentions to report, so that each conflicting pair is reported once: two
    versions told equally often are both flagged, and one of them (the one at odds with
    most others, then the earlier date, never the file name) stands for the pair, the
    other being its related location. `mates`: each mention's opponents in other
    articles."""
    def order(i: int) -> tuple[object, ...]:
        e = entries[i]
        return (-len(mates[i]), e.when.start, e.when.end, e.mention.text,
                e.article.path, e.mention.span.start)

    kept: set[int] = set()
    for i in sorted(flagged, key=order):
        if flagged[i][2] or not mates[i] or not all(j in kept for j in mates[i]):
            kept.add(i)
    return sorted(kept)


# Characters either side of a date that its content words reach (facts/event_key.py takes
# twelve words).
_REACH = 80


def _crowded(entries: list[Keyed]) -> set[int]:
    """Entries with another date of their article within reach of their words. A weekday
    is crowded only by another day: a wider date beside it ("so far this year, Rep. Raul
    Labrador said Friday") frames the week the weekday falls in rather than naming another
    day for the act its words tell."""
    starts: dict[tuple[str, int], list[tuple[int, bool]]] = {}
    for article in {id(e.article): e.article for e in entries}.values():
        for other in article.dates:
            if other.context == "text":
                starts.setdefault((article.id, other.span.line), []).append(
                    (other.span.start, other.precision == "day"))
    out: set[int] = set()
    for i, entry in enumerate(entries):
        span = entry.mention.span
        weekday = is_weekday(entry.mention)
        if any(start != span.start and abs(start - span.start) <= _REACH
               and (day or not weekday)
               for start, day in starts.get((entry.article.id, span.line), ())):
            out.add(i)
    return out


def _signature(entry: Keyed) -> tuple[object, ...]:
    m = entry.mention
    return (entry.article.id, m.head, m.alt_head, m.names, m.content, m.planned, m.event,
            entry.when, m.actors, m.sentence, m.scheduled, m.moved, m.owners, m.thing,
            m.thing_kinds, m.by_agent, m.act)


def _postings(entry: Keyed) -> list[str]:
    """What pairs a mention with those of other articles: each of its names, and for a
    year that names its noun (year_names_noun) or a scheduled date (index/date_schedule.py),
    no name needed."""
    mention = entry.mention
    out = list(mention.names)
    if mention.bound and mention.precision == "year":
        out.append("\0year noun")
    return out + schedule_postings(mention)


def _within_pairs(entries: list[Keyed], reps: list[int]) -> list[tuple[int, int]]:
    """Pairs of representatives of one article with the same head and names (all NL504
    compares)."""
    within: dict[tuple[object, ...], list[int]] = defaultdict(list)
    for i in reps:
        mention = entries[i].mention
        within[(entries[i].article.id, mention.head, mention.names)].append(i)
    pairs: set[tuple[int, int]] = set()
    for group in within.values():
        pairs.update((i, j) for x, i in enumerate(group) for j in group[x + 1:])
    return sorted(pairs)


def conflict_text(conflict: KeyedConflict, max_related: int
                  ) -> tuple[str, list[tuple[ArticleFacts, DateMention, str]]]:
    """The message of a keyed conflict and its related locations (article, mention, note);
    each note opens with the date as written, in quotation marks. Every article that
    agrees against the flagged mention is named: "2 other articles put it on 1 November
    2011"."""
    entry = conflict.entry
    shown: list[Keyed] = []
    seen: set[tuple[str, int]] = set()
    for other in sorted(conflict.others, key=lambda o: (o.article.path, o.mention.span.start)):
        if (other.article.id, other.mention.span.start) not in seen:
            seen.add((other.article.id, other.mention.span.start))
            shown.append(other)
    shown = (shown + sorted(conflict.support, key=lambda o: o.article.path))[:max_related]
    if conflict.within:
        theirs = "; ".join(f'earlier in this article "{_phrase(o.mention)}" puts it '
                           f"{describe(o.when.start, o.when.end)}" for o in shown[:2])
    else:
        theirs = _theirs(shown)
    same = ""
    if conflict.quote and conflict.quote.startswith(THING):
        group, word = conflict.quote.removeprefix(THING).split(":", 1)
        same = f', apparently the same {group} ("{word}")'
    elif conflict.quote and conflict.quote.startswith(OCCASION):
        noun, person = conflict.quote.removeprefix(OCCASION).split(":", 1)
        same = f', apparently the same occasion ("{noun}", {person.title()})'
    elif conflict.quote:
        clip = " ".join(conflict.quote.split()[:8])
        same = f', apparently reporting the same statement ("{clip} ...")'
    message = (f'"{_phrase(entry.mention)}" puts it '
               f"{describe(entry.when.start, entry.when.end)} here, but {theirs}{same}. "
               "Check which date is right.")
    inferred = [e for e in (entry, *shown) if e.when.inferred]
    if inferred:
        bases = sorted({e.when.basis or "corpus dates" for e in inferred})
        message += f" (Publication date inferred from {' and '.join(bases)}.)"
    related = [(o.article, o.mention,
                f'"{o.mention.text}" puts it {describe(o.when.start, o.when.end)}')
               for o in shown]
    return message, related


def _theirs(shown: list[Keyed]) -> str:
    """The other articles grouped by the date they give: 'nyt.md ("passing ... Tuesday")
    and fox.md ("Tuesday ... voted") put it on 1 November 2011'."""
    by_date: dict[str, list[Keyed]] = {}
    for o in shown:
        by_date.setdefault(describe(o.when.start, o.when.end), []).append(o)
    parts = []
    for when, group in by_date.items():
        files: dict[str, str] = {}
        for o in group:
            files.setdefault(_file_name(o.article.path), f'"{_phrase(o.mention)}"')
        named = [f"{name} ({phrase})" for name, phrase in files.items()]
        if len(named) == 1:
            parts.append(f"{named[0]} puts it {when}")
        else:
            parts.append(f"{len(named)} other articles put it {when}: "
                         f"{', '.join(named[:-1])} and {named[-1]}")
    return "; ".join(parts)


def _phrase(mention: DateMention) -> str:
    """The head and the date in the order the article has them: "freed ... on Saturday",
    "on Friday ... apologized"."""
    if mention.head_after:
        return f"{mention.text} ... {mention.head_text}"
    return f"{mention.head_text} ... {mention.text}"


def sure(conflict: KeyedConflict) -> bool:
    """Stated publication dates and keys that agree without doubt: a warning, else info."""
    return conflict.agreement >= SURE and not conflict.entry.when.inferred and not any(
        o.when.inferred for o in conflict.others)


def _file_name(path: str) -> str:
    return path.rsplit("/", 1)[-1]
