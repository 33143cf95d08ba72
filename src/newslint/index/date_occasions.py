"""The day of one person's occasion, keyed by the person and the occasion, not the verb.

"Rubio said in an interview with Fox News on Tuesday" and "Rubio told Fox News in an
interview Wednesday": the two clauses have different heads (said, told), so their event
keys never meet, yet both tell of the one interview. A dated mention whose sentence names
an occasion (a noun of `rules/dates.yaml` `occasions`: an interview, a speech, a visit, a
hearing, a radio show) and a person is keyed by (person, occasion); two articles of a
story that place one person's same occasion on different days are compared as one act,
less surely (info), as index/speech_dates.py pairs two statements by their quotation.

Near cases stay apart: an article that gives the person two such occasions on two days
("in an interview Tuesday and another on Thursday") keys neither; words that single out
one of a series ("the first hearing", "a second hearing") keep it out; a sentence with
another date (whose occasion it may be) keys none of its dates; and index/date_conflicts.py
compares only past events both articles could know of (a follow-up is no conflict).
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Hashable, Iterable
from typing import Any, cast

from newslint.facts import ArticleFacts, DateMention
from newslint.facts.event_key import lemma
from newslint.index.date_agreement import STRONG, agreement
from newslint.index.dates import Keyed, corpus_reference_range, dated, indexed_pairs
from newslint.ruledata import builtin

OCCASION = "\x00occasion:"  # how a pair's label tells an occasion from a quotation


@functools.cache
def occasions() -> dict[str, str]:
    """The occasion nouns editors keep in rules/dates.yaml, by lemma."""
    words = str((builtin("dates.yaml") or {}).get("occasions") or "").split()
    return {lemma(w): w for w in words}


def occasion_pairs(articles: Iterable[ArticleFacts], stories: Any = None
                   ) -> list[tuple[Keyed, Keyed, str]]:
    """Pairs of day mentions of different articles of one story that name one person's one
    occasion and whose keys do not already agree, labelled OCCASION + "noun:person".
    Indexed by (person, occasion) (index/dates.py indexed_pairs), never all pairs."""
    articles = list(articles)
    corpus_range = corpus_reference_range(articles)
    keyed: dict[tuple[str, int], tuple[Keyed, list[tuple[str, str]]]] = {}
    for article in articles:
        for key, mentions in _keys(article).items():
            for mention in mentions:
                when = dated(article, mention, corpus_range)
                if when is not None:
                    keyed.setdefault((article.id, mention.span.start),
                                     (Keyed(article, mention, when), []))[1].append(key)
    return [(a, b, f"{OCCASION}{occasions()[noun]}:{person}")
            for (person, noun), a, b in indexed_pairs(keyed.values(), _one_occasion, stories,
                                                      by_key=True)]


def _one_occasion(key: Hashable, a: Keyed, b: Keyed) -> bool:
    person, noun = cast(tuple[str, str], key)
    return _more_shared(a.mention, b.mention, {person, noun}) \
        and agreement(a.mention, b.mention) < STRONG


def _more_shared(a: DateMention, b: DateMention, key: set[str]) -> bool:
    """Besides the person and the occasion, another name (the host: "Fox News", "Hugh
    Hewitt") or two words of their sentences: a person gives many interviews in a
    campaign, and one with the same person and noun alone is not yet the same one."""
    return bool(set(a.names) & set(b.names) - key) or len(
        (set(a.sentence) | {a.head}) & (set(b.sentence) | {b.head}) - key) >= 2


def _keys(article: ArticleFacts) -> dict[tuple[str, str], list[DateMention]]:
    """Each (person, occasion) the article dates on one day, with the mentions that date
    it; a key dated on two days in the article is left out (two interviews)."""
    nouns = occasions()
    days = [m for m in article.dates if m.context == "text" and m.head is not None
            and m.precision == "day" and not m.invalid and not m.planned
            and m.tense != "future" and m.start is not None]
    sentences: dict[tuple[int, frozenset[str]], int] = defaultdict(int)
    for m in article.dates:
        if m.context == "text" and m.head is not None:
            sentences[(m.span.line, _words(m))] += 1
    people = persons(article)
    found: dict[tuple[str, str], list[DateMention]] = defaultdict(list)
    for m in days:
        if m.sequence or sentences[(m.span.line, _words(m))] > 1:
            continue  # one of a series, or a sentence with another date
        # the occasion of the date's own clause ("said in an interview Tuesday"), not one
        # its sentence tells of farther off ("a statement Monday that he was quitting the
        # debate")
        for noun in sorted(({m.head or ""} | set(m.content)) & nouns.keys()):
            for name in people.intersection(m.names):
                found[(name, noun)].append(m)
    return {key: ms for key, ms in found.items() if len({(m.start, m.end) for m in ms}) == 1}


def _words(m: DateMention) -> frozenset[str]:
    """The lemmas of the mention's whole sentence: the same set for every date of it."""
    return frozenset(m.sentence) | {m.head or ""}


def persons(article: ArticleFacts) -> frozenset[str]:
    """The surnames of the people the article quotes or gives a post: a person's occasion
    is keyed by its person, never by the committee or the network that hosts it ("a Senate
    hearing", "an interview on Fox News")."""
    names = [q.speaker_key for q in article.quotes if q.speaker_key]
    names += [getattr(r, "person_key", "") for r in article.roles]
    return frozenset(words[-1].lower().removesuffix("'s").removesuffix("’s")
                     for name in names if (words := name.split()))
