"""The date of a speech act, keyed by what was said.

"Trump said Tuesday" and "Trump said Wednesday" name no event of their own: a story has many
statements, so a date whose head is a routine speech verb is never keyed by its clause
(index/date_conflicts.py). But when two articles give the same quotation to the same speaker, each
through an attribution that carries a date ("Trump said Tuesday: ..."), the two dates are
the date of one act and must agree. The quotations are paired by the quote matching of
index/quote_match.py; only a date attached to that quotation's own attribution counts: the
one date on the speaker's line within reach of the name (the act the attribution states or
continues: "said Tuesday", "endorsed Clinton Wednesday ..., saying"), the quotation in that
paragraph or the next. A name with two dates in reach is left out.
"""

from __future__ import annotations

from collections.abc import Iterable

from newslint.facts import ArticleFacts, DateMention, Quote
from newslint.index.dates import Keyed, corpus_reference_range, dated
from newslint.index.quote_match import matches

# The same quotation: most of the shorter one's words, in order, and enough of them that a
# stock phrase ("a great honor") is not taken for one statement.
SAME_WORDS = 0.8
MIN_WORDS = 6
_REACH = 120  # characters between the speaker's name and the date


def said_pairs(articles: Iterable[ArticleFacts]) -> list[tuple[Keyed, Keyed, str]]:
    """Pairs of dated speech acts of different articles that give the same quotation to the
    same speaker, with the quotation (as the first article has it)."""
    articles = list(articles)
    corpus_range = corpus_reference_range(articles)
    entries: list[tuple[ArticleFacts, Quote]] = []
    acts: dict[tuple[str, int], Keyed] = {}  # (article id, quote start) → its dated act
    for article in articles:
        for quote, mention in _attached(article):
            when = dated(article, mention, corpus_range)
            if when is None:
                continue
            entries.append((article, quote))
            acts[(article.id, quote.span.start)] = Keyed(article, mention, when)
    out: list[tuple[Keyed, Keyed, str]] = []
    seen: set[tuple[tuple[str, int], tuple[str, int]]] = set()
    for match in matches(entries, MIN_WORDS, SAME_WORDS):
        (first, q1), (second, q2) = sorted((match.a, match.b), key=lambda e: e[0].path)
        if not _same_speaker(q1, q2):
            continue
        a, b = acts[(first.id, q1.span.start)], acts[(second.id, q2.span.start)]
        key = ((a.article.id, a.mention.span.start), (b.article.id, b.mention.span.start))
        if key not in seen:
            seen.add(key)
            out.append((a, b, q1.text))
    return sorted(out, key=lambda p: (p[0].article.path, p[0].mention.span.start,
                                      p[1].article.path, p[1].mention.span.start))


def _attached(article: ArticleFacts) -> list[tuple[Quote, DateMention]]:
    """The article's quotes whose attribution carries a date of running text: the one date
    within reach of the speaker's name on its line, dating the quote's speech verb or the
    act the attribution continues ("endorsed Clinton Wednesday ..., saying it was")."""
    dates = [m for m in article.dates if m.context == "text" and m.head is not None
             and not m.invalid and m.tense != "future" and m.precision == "day"]
    if not dates:
        return []
    out = []
    for quote in article.quotes:
        span = quote.speaker_span
        if span is None or quote.context != "text" or not quote.speaker_key:
            continue
        near = [m for m in dates if m.span.line == span.line
                and quote.span.line in (span.line, span.line + 1)
                and min(abs(m.span.start - span.end), abs(span.start - m.span.end)) <= _REACH]
        if len(near) == 1:  # two dated acts by one name: which is meant is unclear
            out.append((quote, near[0]))
    return out


def _same_speaker(a: Quote, b: Quote) -> bool:
    """Both name the speaker, with one surname ("Trump", "President Donald Trump")."""
    def last(quote: Quote) -> str:
        words = (quote.speaker_key or "").split()
        return words[-1].lower().removesuffix("'s") if words else ""
    return bool(last(a)) and last(a) == last(b)
