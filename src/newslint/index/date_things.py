"""The year of one thing, keyed by the thing the year dates, not by the verb of its clause.

"Lieberman, who ran as vice president on Al Gore's 2000 ticket" and "Lieberman, who was
the 2000 Democratic vice presidential nominee": the heads (ran, nominee) never meet, yet
both years date one contest. A year whose thing facts/year_things.py reads (a contest, a
program, a law, a treaty: rules/dates.yaml `year_things`) is keyed by that thing's group; two
articles of a story that give one thing years that do not overlap are compared as one
thing, less surely (info), as index/date_occasions.py pairs one person's occasion.

Near cases stay apart. The same names recur across years (two elections, two programs of
the same people), so the pair must share more than the thing: a name of their clauses and
a word of their sentences besides the thing's; an article that gives the thing two
years within a year of each other ("the 2015 and 2016 budgets") keys neither; words that
single out one of a series ("his first campaign", "his second campaign") keep two apart;
so do the kinds of the things' phrases (facts/year_things.py): two contests of different
offices, stages, parties or rounds ("the 2010 Senate race", "his 2011 bid for governor";
"the 2007 primaries", "the 2008 election"; "first elected in 2008", "his 2009
re-election") are two contests, though one person runs in both; and a year of an act
that brought the thing about ("launched a campaign in 2011") meets only another such
year of the same act ("the program was started in 2007"; not "signed the law in 2010"
beside "passed the law in 2009"), not the thing's own ("the 2012 campaign");
and index/date_conflicts.py leaves years more than a year apart (two contests) and events
one article could not know of alone.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Iterable
from itertools import pairwise
from typing import Any

from newslint.facts import ArticleFacts, DateMention
from newslint.facts.event_key import lemma
from newslint.facts.year_things import kinds_differ, thing_group
from newslint.index.date_agreement import STRONG, agreement
from newslint.index.dates import Keyed, corpus_reference_range, dated, indexed_pairs

THING = "\x00thing:"  # how a pair's label tells a year's thing from a quotation
_ROOT_LETTERS = 6  # "presidency", "presidential"


def thing_pairs(articles: Iterable[ArticleFacts], stories: Any = None
                ) -> list[tuple[Keyed, Keyed, str]]:
    """Pairs of year mentions of different articles of one story that date one thing and
    whose keys do not already agree, labelled THING + "group:words" (the thing as each
    writes it). Indexed by the thing's group, a name of the clause and its year, each
    year paired with the next (index/dates.py indexed_pairs), never all pairs."""
    articles = list(articles)
    corpus_range = corpus_reference_range(articles)
    keyed = [(Keyed(article, mention, when),
              [(group, name, when.start.year) for name in mention.names])
             for article in articles for group, mentions in _things(article).items()
             for mention in mentions
             if (when := dated(article, mention, corpus_range)) is not None]
    out = []
    for (group, _, _), a, b in indexed_pairs(keyed, _one_thing, stories,
                                                        across=_next_year):
        words = dict.fromkeys((a.mention.thing, b.mention.thing))
        out.append((a, b, f"{THING}{group}:" + '", "'.join(map(str, words))))
    return out


def _next_year(key: tuple[str, str, int]) -> tuple[str, str, int]:
    group, name, year = key
    return group, name, year + 1


def _one_thing(_key: Hashable, a: Keyed, b: Keyed) -> bool:
    return _year_apart(a, b) and _more_shared(a.mention, b.mention) \
        and not kinds_differ(a.mention.thing_kinds, b.mention.thing_kinds, True) \
        and not (a.mention.sequence and b.mention.sequence
                 and a.mention.sequence != b.mention.sequence) \
        and agreement(a.mention, b.mention) < STRONG


def _year_apart(a: Keyed, b: Keyed) -> bool:
    """Two years a year apart: a slip of the pen. Further apart (the 2006 primary, the
    2008 run) they are two contests, though the days between them are fewer than 367."""
    return abs(a.when.start.year - b.when.start.year) == 1


def _more_shared(a: DateMention, b: DateMention) -> bool:
    """Besides the thing, a name of their clauses ("Lieberman") and a word of their
    sentences ("vice"; "presidency" and "presidential" are one word to this crude test):
    one contest of the story's people, not any contest of a year. Names alone are too
    little: "John Smith won the 2010 Senate race" and "John Smith's 2011 bid for governor"
    are two contests of one person."""
    if not set(a.names) & set(b.names):
        return False
    things = {_root(lemma(a.thing or "")), _root(lemma(b.thing or ""))}
    words = {_root(w) for w in (*a.sentence, a.head or "")} \
        & {_root(w) for w in (*b.sentence, b.head or "")}
    return bool(words - things - {""})


def _root(word: str) -> str:
    return word[:_ROOT_LETTERS]


def _things(article: ArticleFacts) -> dict[str, list[DateMention]]:
    """Each thing group the article dates by a year, with the mentions that date it; a
    group the article gives two years within a year of each other is left out (two
    things of one kind, or one told ambiguously)."""
    found: dict[str, list[DateMention]] = defaultdict(list)
    for m in article.dates:
        if m.context == "text" and m.thing and m.precision == "year" and not m.invalid \
                and m.start is not None and (group := thing_group(m.thing)):
            found[group].append(m)
    out = {}
    for group, mentions in found.items():
        years = sorted({m.start.year for m in mentions if m.start is not None})
        if all(b - a > 1 for a, b in pairwise(years)):
            out[group] = mentions
    return out
