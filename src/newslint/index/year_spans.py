"""A span of years of one office's tenure, keyed by the office, not by the verb of its clause.

"The former Mexican president, who led the country from 2000 to 2006" and "Mr. Fox, who
was president of Mexico from 2000 to 2006": the heads (led, president) never meet, and
only one names the holder, yet both spans are one tenure. A span dates a tenure when its
head is the post ("was president of Mexico from 2000 to 2006") or a verb of holding one
(rules/dates.yaml `tenure_verbs`: "led the country from 2000 to 2006"); another head
dates another act its sentence tells of ("Mexico's economy grew from 2000 to 2005").
Two tenure spans of different articles whose sentences share a post (rules/roles.yaml
`roles`: president, governor) and the place it is held at (a place or its demonym,
rules/roles.yaml `places`: Mexico = Mexican) or its holder are compared as one tenure,
less surely (info), as index/date_things.py compares one thing.

A slip is what is compared: one end the same and the other a year apart. Two holders of
one office in a row share no end at the same side ("from 2000 to 2006", "from 2006 to
2012"), and spans that each name another holder stay apart; so do a place that is not the
office's and a post of another office, which the pair does not share.
"""

from __future__ import annotations

import functools
from collections.abc import Hashable, Iterable
from typing import Any

from newslint.facts import ArticleFacts, DateMention
from newslint.facts.event_key import lemma
from newslint.facts.rolevocab import vocabulary
from newslint.index.date_agreement import STRONG, agreement
from newslint.index.date_things import THING
from newslint.index.dates import Keyed, corpus_reference_range, dated, indexed_pairs
from newslint.ruledata import builtin


def tenure_pairs(articles: Iterable[ArticleFacts], stories: Any = None
                 ) -> list[tuple[Keyed, Keyed, str]]:
    """Pairs of tenure spans of years of different articles of one story that tell one
    tenure a year apart at one end and whose keys do not already agree, labelled THING +
    "tenure:POST". Indexed by a post of the sentence and a year one end gives
    (index/dates.py indexed_pairs), never all pairs."""
    articles = list(articles)
    corpus_range = corpus_reference_range(articles)
    vocab = vocabulary()
    keyed = [(Keyed(article, m, when),
              [(post, side, year) for post in sorted(_words(m)) if vocab.role(post)
               for side, year in (("from", when.start.year), ("to", when.end.year))])
             for article in articles for m in article.dates
             if m.context == "text" and m.precision == "years" and not m.invalid
             and _tenure(m) and (when := dated(article, m, corpus_range)) is not None]
    return [(a, b, f"{THING}tenure:{post}")
            for (post, _, _), a, b in indexed_pairs(keyed, _one_tenure, stories)]


def _one_tenure(_key: Hashable, a: Keyed, b: Keyed) -> bool:
    return _slipped(a, b) and agreement(a.mention, b.mention) < STRONG \
        and _one_office(a.mention, b.mention) is not None


def _tenure(m: DateMention) -> bool:
    """The span dates holding the post: its head is the post ("was president of Mexico
    from 2000 to 2006") or a verb of holding one (rules/dates.yaml `tenure_verbs`: "led
    the country from 2000 to 2006"), not another act its sentence tells of ("Mexico's
    economy grew from 2000 to 2005")."""
    return m.head is not None and (
        m.head in _tenure_verbs() or vocabulary().role(m.head) is not None)


@functools.cache
def _tenure_verbs() -> frozenset[str]:
    words = str((builtin("dates.yaml") or {}).get("tenure_verbs") or "").split()
    return frozenset(lemma(w) for w in words)


def _slipped(a: Keyed, b: Keyed) -> bool:
    """One end the same, the other a year apart: "from 2000 to 2006", "from 2001 to 2006"."""
    starts = abs(a.when.start.year - b.when.start.year)
    ends = abs(a.when.end.year - b.when.end.year)
    return sorted((starts, ends)) == [0, 1]


def _one_office(a: DateMention, b: DateMention) -> str | None:
    """The post both sentences name, when they also share its place or its holder and do
    not each name another holder; None otherwise."""
    vocab = vocabulary()
    posts = sorted(w for w in _words(a) & _words(b) if vocab.role(w) is not None)
    if not posts:
        return None
    places_a, places_b = _places(a.names), _places(b.names)
    holders_a = {n for n in a.actors if vocab.place(n) is None}
    holders_b = {n for n in b.actors if vocab.place(n) is None}
    if holders_a and holders_b and not holders_a & holders_b:
        return None  # each names who held it, and no one is the same
    if places_a & places_b or holders_a & holders_b:
        return posts[0]
    return None


def _words(m: DateMention) -> set[str]:
    """The lemmas of the sentence, its head among them ("was president": "president")."""
    return {*m.sentence, m.head or ""}


def _places(names: tuple[str, ...]) -> set[str]:
    """The countries (or cities) the names are, a demonym as its country."""
    vocab = vocabulary()
    return {place.city or place.country for n in names if (place := vocab.place(n))}
