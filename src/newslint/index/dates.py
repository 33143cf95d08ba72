"""Corpus-level dating: placing relative dates of articles that carry no date of their own.

An article with no front-matter date, no configured date and no absolute date of its own
still sits in a corpus of articles written around the same time. Its "earlier this week"
is resolved against every reference date the corpus knows (earliest to latest) and the
union is kept, so a corpus that spans years gives a wide, harmless interval.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from newslint.facts import ArticleFacts, DateMention
from newslint.facts.calendar import describe, resolve_relative
from newslint.facts.event_key import head_agreement, vocabulary

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


# --- mentions keyed by their event (facts/event_key.py) ------------------------------

# A pair is compared only when its keys agree this strongly (head agreement times the share
# of names): "freed" and "released" (0.9) of the same names pass, one shared name of three
# does not.
STRONG = 0.8
# At or above this, a conflict between stated publication dates is a warning; below, info.
SURE = 0.95


@dataclass(frozen=True, slots=True)
class Keyed:
    article: ArticleFacts
    mention: DateMention
    when: Dated


@dataclass(frozen=True, slots=True)
class KeyedConflict:
    """`entry` disagrees with `others` (mentions of the same event in other articles, or in
    its own article when `within`) and fewer articles agree with it than against it."""

    entry: Keyed
    others: tuple[Keyed, ...]
    agreement: float  # the weakest key agreement among the pairs
    within: bool
    quote: str | None = None  # the quotation that pairs speech acts (index/speech_dates.py)


def keyed_entries(articles: Iterable[ArticleFacts]) -> list[Keyed]:
    """Dates of running text with a key worth comparing: a non-routine head, a name, placed
    on the calendar; not those whose sentence reads as future while their head is no plan
    (where the weekday falls is unclear)."""
    articles = list(articles)
    corpus_range = corpus_reference_range(articles)
    routine = vocabulary().routine
    out = []
    for article in articles:
        for mention in article.dates:
            if (mention.context != "text" or mention.head is None or not mention.names
                    or mention.head in routine
                    or (mention.tense == "future" and not mention.planned)
                    or mention.invalid or mention.precision == "decade"):
                continue
            when = dated(article, mention, corpus_range)
            if when is not None:
                out.append(Keyed(article, mention, when))
    return out


def agreement(a: DateMention, b: DateMention, crowded: tuple[bool, bool] = (True, True)
              ) -> float:
    """How surely two mentions date one event, from 0 to 1: the heads' agreement (1 for one
    lemma, a synonym's weight) times the weight of what else they share. Names that
    disagree, or words that single out different members of a series ("the first message",
    "the last message"), make two events. Shared names weigh by their share; shared words
    confirm them (two words when one name is all they share). Without a shared word, many
    shared names (three) told in one voice, or one noun that both dates name ("the June 25
    special election", "an election set for June 25"), still point at one event, less
    surely (below SURE: info).

    Heads that differ still tell one act of the week when both dates are weekdays, one
    date's head is a verb that is among the other's words, and another word is shared too
    ("sent a formal interview request to Clinton's lawyer on Tuesday" and "made the request
    in a letter sent Tuesday to Clinton's lawyer"): less surely, again (info). The other's
    words must be its date's alone: `crowded` says, for a and b, that another date sits
    among them ("said in a statement Monday that his client was fired Friday"), and other
    dates than weekdays are left to their heads ("rejected on Wednesday a bill letting
    families of Sept. 11 victims sue")."""
    if a.head is None or b.head is None:
        return 0.0
    shared = set(a.names) & set(b.names)
    if not shared or (a.sequence and b.sequence and a.sequence != b.sequence):
        return 0.0
    share = len(shared) / min(len(a.names), len(b.names))
    names = 1.0 if len(shared) >= 2 or share >= 0.5 else share
    words = set(a.content) & set(b.content)
    weight = _head_weight(a, b)
    if not weight:
        crossed = is_weekday(a) and is_weekday(b) and _crossed(a, b, words, crowded)
        return names * _UNCONFIRMED if crossed else 0.0
    if len(words) >= 2 or (words and len(shared) >= 2):
        return weight * names
    if words:
        return 0.0  # one name, one word: two plans Trump announced are two events
    if a.bound and b.bound and a.head == b.head:
        return weight * names * _UNCONFIRMED
    if len(shared) >= _MANY_NAMES and a.passive == b.passive:
        # in one voice, so that the names keep their roles: "Pelosi was appointed" is not
        # "Pelosi selected"
        return min(weight * names, _UNCONFIRMED)
    return 0.0


def _head_weight(a: DateMention, b: DateMention) -> float:
    return max(head_agreement(x, y) for x in (a.head, a.alt_head) if x
               for y in (b.head, b.alt_head) if y)


def _crossed(a: DateMention, b: DateMention, words: set[str],
             crowded: tuple[bool, bool]) -> bool:
    """A verb head of one is a word of the other (whose words are its date's alone), and
    the two share a word besides it."""
    nouns = vocabulary().nouns
    for x, y, busy in ((a, b, crowded[1]), (b, a, crowded[0])):
        if busy or x.bound:
            continue
        for head in (x.head, x.alt_head):
            if head and head not in nouns and head in y.content and words - {head}:
                return True
    return False


_MANY_NAMES = 3
_UNCONFIRMED = 0.85  # above STRONG, below SURE


# "late 2024" and "early 2025", "early March" and "mid-March": parts whose edges are vague.
_FUZZY = frozenset({"season", "week"})
_MAX_GAP_DAYS = 366


def _retold(a: DateMention, b: DateMention) -> bool:
    """One article tells of one kind of event more than once (two filings, two letters); a
    pair is taken for one event only when it is retold in other sentences with the same
    head, the same names and mostly the same words."""
    if a.head != b.head or a.names != b.names or a.span.line == b.span.line:
        return False
    shared, either = set(a.content) & set(b.content), set(a.content) | set(b.content)
    return len(shared) >= 3 and len(shared) >= len(either) / 2


def _disjoint(a: Dated, b: Dated) -> bool:
    """Two days differ by a day; wider intervals must leave a day between them ("late 2024"
    and "early 2025" touch)."""
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
    key and date are compared once, so a long article costs linear time. `said`: speech
    acts paired by their quotation (index/speech_dates.py), compared as one act, less
    surely (info)."""
    entries = keyed_entries(articles)
    keyed = len(entries)
    at = {(e.article.id, e.mention.span.start): i for i, e in enumerate(entries)}
    for e in (e for pair in said for e in pair[:2]):
        if at.setdefault((e.article.id, e.mention.span.start), len(entries)) == len(entries):
            entries.append(e)
    story_of: dict[str, int] = {}
    if stories is not None:
        ids = sorted({e.article.id for e in entries})
        for number, members in enumerate(stories.components(ids)):
            story_of.update(dict.fromkeys(members, number))
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
    against: dict[int, list[tuple[int, float]]] = defaultdict(list)
    agree: dict[int, set[str]] = defaultdict(set)
    # Speech acts are compared only with the acts their quotation pairs them with.
    for i, j in sorted(set(_candidate_pairs(entries, [r for r in reps if r < keyed]))
                       | set(quoted)):
        a, b = entries[i], entries[j]
        if story_of.get(a.article.id) != story_of.get(b.article.id):
            continue
        if a.mention.event is not None and a.mention.event == b.mention.event:
            continue  # bound to one event of rules/dates.yaml: NL501's own comparison
        same = a.article.id == b.article.id
        if not _comparable_times(a, b):
            continue
        score = _UNCONFIRMED if (i, j) in quoted else agreement(
            a.mention, b.mention, (i in crowded, j in crowded))
        if not _disjoint(a.when, b.when):
            if score > 0 and not same:  # a weaker match still counts as support
                agree[i].add(b.article.id)
                agree[j].add(a.article.id)
            continue
        if score < STRONG or (same and not _retold(a.mention, b.mention)) \
                or _years_apart(a.when, b.when):
            continue
        against[i].append((j, score))
        against[j].append((i, score))
    out = []
    for i in sorted(against):
        others = [entries[j] for j, _ in against[i]]
        cross = [o for o in others if o.article.id != entries[i].article.id]
        if cross:
            opposed = {o.article.id for o in cross}
            if len(agree[i] - opposed) + 1 > len(opposed):
                continue  # the majority version: the others are flagged
            scores = [s for j, s in against[i] if entries[j].article.id != entries[i].article.id]
            found = [(tuple(cross), min(scores), False)]
        else:
            found = [(tuple(others), min(s for _, s in against[i]), True)]
        quote = next((quoted[(min(i, j), max(i, j))] for j, _ in against[i]
                      if (min(i, j), max(i, j)) in quoted), None)
        out.extend(KeyedConflict(entries[k], *found[0], quote) for k in copies_of[i])
    return out


# Characters either side of a date that its content words reach (facts/event_key.py takes
# twelve words).
_REACH = 80


def _crowded(entries: list[Keyed]) -> set[int]:
    """Entries with another date of their article within reach of their words."""
    starts: dict[tuple[str, int], list[int]] = {}
    for article in {id(e.article): e.article for e in entries}.values():
        for other in article.dates:
            if other.context == "text":
                starts.setdefault((article.id, other.span.line), []).append(other.span.start)
    out: set[int] = set()
    for i, entry in enumerate(entries):
        span = entry.mention.span
        if any(start != span.start and abs(start - span.start) <= _REACH
               for start in starts.get((entry.article.id, span.line), ())):
            out.add(i)
    return out


def _signature(entry: Keyed) -> tuple[object, ...]:
    m = entry.mention
    return (entry.article.id, m.head, m.alt_head, m.names, m.content, m.planned, m.event,
            entry.when)


def _candidate_pairs(entries: list[Keyed], reps: list[int]) -> list[tuple[int, int]]:
    """Pairs of representatives that share a name: across articles through a posting list
    per name, inside one article only with the same head and names (all NL504 compares)."""
    postings: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    within: dict[tuple[object, ...], list[int]] = defaultdict(list)
    for i in reps:
        mention = entries[i].mention
        for name in mention.names:
            postings[name][entries[i].article.id].append(i)
        within[(entries[i].article.id, mention.head, mention.names)].append(i)
    pairs: set[tuple[int, int]] = set()
    for by_article in postings.values():
        ids = sorted(by_article)
        for x, first in enumerate(ids):
            for second in ids[x + 1:]:
                pairs.update((min(i, j), max(i, j)) for i in by_article[first]
                             for j in by_article[second])
    for group in within.values():
        pairs.update((i, j) for x, i in enumerate(group) for j in group[x + 1:])
    return sorted(pairs)


def is_weekday(mention: DateMention) -> bool:
    return mention.key.startswith("weekday:")


def conflict_text(conflict: KeyedConflict, max_related: int
                  ) -> tuple[str, list[tuple[ArticleFacts, DateMention, str]]]:
    """The message of a keyed conflict and its related locations (article, mention, note);
    each note opens with the date as written, in quotation marks."""
    entry = conflict.entry
    mention = entry.mention
    shown: list[Keyed] = []
    seen: set[tuple[str, int]] = set()
    for other in sorted(conflict.others, key=lambda o: (o.article.path, o.mention.span.start)):
        if (other.article.id, other.mention.span.start) not in seen:
            seen.add((other.article.id, other.mention.span.start))
            shown.append(other)
    shown = shown[:max_related]
    where = "earlier in this article" if conflict.within else None
    theirs = ", ".join(
        f'{where or _file_name(o.article.path)} has "{_phrase(o.mention)}" '
        f"({describe(o.when.start, o.when.end)})" for o in shown[:2])
    if len(shown) > 2:
        theirs += f" and {len(shown) - 2} more"
    names = ", ".join(sorted(set(mention.names).intersection(*(o.mention.names
                                                                for o in shown))))
    clip = " ".join((conflict.quote or "").split()[:8])
    same = f'the same statement ("{clip} ...")' if conflict.quote \
        else f"the same event ({names})"
    message = (f'"{_phrase(mention)}" dates it '
               f"{describe(entry.when.start, entry.when.end)} here, but {theirs}, "
               f"apparently {same}: check which date is right")
    inferred = [e for e in (entry, *shown) if e.when.inferred]
    if inferred:
        bases = sorted({e.when.basis or "corpus dates" for e in inferred})
        message += f" (publication date inferred from {' and '.join(bases)})"
    related = [(o.article, o.mention,
                f'"{o.mention.text}" ({describe(o.when.start, o.when.end)}) for the same event')
               for o in shown]
    return message, related


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
