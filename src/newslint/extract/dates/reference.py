"""The date an article's relative expressions are read from, absolute dates parsed on
their own, and each mention resolved and bound to its event."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
from collections.abc import Iterable

import regex

from newslint.extract.dates.events import Binding, bind_event
from newslint.extract.dates.passive_agent import has_agent
from newslint.extract.dates.pronoun_actors import PronounPerson, pronoun_actors
from newslint.extract.spans import make_span
from newslint.facts import DateMention, Span
from newslint.facts import calendar as cal
from newslint.facts.event_key import EventKey, event_key
from newslint.facts.event_schedule import moved, paragraph_names
from newslint.load.article import Article

MONTH_NAMES = ("January February March April May June July August September October "
               "November December").split()
MONTHS = {name.lower(): i + 1 for i, name in enumerate(MONTH_NAMES)}
MONTHS |= {name.lower()[:3]: i + 1 for i, name in enumerate(MONTH_NAMES)} | {"sept": 9}

_PLAIN_DATE = regex.compile(
    r"(?:(?P<m1>[A-Za-z]{3,9}\.?) (?P<d1>\d{1,2}),? (?P<y1>\d{4})"
    r"|(?P<d2>\d{1,2}) (?P<m2>[A-Za-z]{3,9}\.?),? (?P<y2>\d{4}))")


@functools.lru_cache(maxsize=4096)
def parse_absolute(text: str, reference: dt.date | None = None) -> dt.date | None:
    """dateparser on one short candidate span, cached by (text, reference date).

    A date written out in full ("January 27, 2025", "27 January 2025") needs no reference
    and no guessing: it is read directly, and dateparser (slow to import and to warm up)
    is loaded only for other forms."""
    plain = _PLAIN_DATE.fullmatch(text.strip())
    if plain is not None:
        month = MONTHS.get((plain["m1"] or plain["m2"]).lower().rstrip("."))
        day, year = int(plain["d1"] or plain["d2"]), int(plain["y1"] or plain["y2"])
        if month is not None and cal.is_valid_day(year, month, day):
            return dt.date(year, month, day)
    import dateparser

    settings: dict[str, object] = {"PREFER_DATES_FROM": "current_period",
                                   "REQUIRE_PARTS": ["day", "month", "year"]}
    if reference is not None:
        settings["RELATIVE_BASE"] = dt.datetime(reference.year, reference.month, reference.day)
    try:
        parsed = dateparser.parse(text, languages=["en"], settings=settings)
    except (ValueError, OverflowError, TypeError, KeyError):
        return None
    return parsed.date() if parsed is not None else None


def reference_date(stated: object, posts: Iterable[object], mentions: Iterable[DateMention]
                   ) -> tuple[dt.date | None, str | None]:
    """The publication date, else the latest date the article itself gives, marked inferred.

    Embedded posts carry their own dates and are published before the article that quotes
    them; failing those, the latest past-tense day in the text.
    """
    if isinstance(stated, dt.datetime):
        return stated.date(), "stated"
    if isinstance(stated, dt.date):
        return stated, "stated"
    post_dates = [parse_absolute(p.date) for p in posts if _post_date_text(p)]
    known = [d for d in post_dates if d is not None]
    if known:
        return max(known), "post dates"
    days = [m.start for m in mentions if m.start is not None and m.precision == "day"
            and not m.relative and m.tense != "future" and m.context == "text"]
    if days:
        return max(days), "dates in the text"
    return None, None


def _post_date_text(post: object) -> str | None:
    date = getattr(post, "date", None)
    return date if isinstance(date, str) and 4 <= len(date) <= 40 else None


def resolve(mention: DateMention, reference: dt.date | None) -> DateMention:
    if not mention.relative or reference is None or mention.invalid:
        return mention
    interval = cal.resolve_relative(mention.key, reference, mention.tense)  # type: ignore[arg-type]
    if interval is None:
        return mention
    return _with_interval(mention, interval)


# A capitalised run inside a sentence: after a lower-case word, a comma or a semicolon
# ("said Trump", "with President Donald Trump,"), not after a full stop, a colon or an
# opening quotation mark (where any word is capitalised).
_WITHIN = regex.compile(r"(?<=[a-z,;] )[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*")


def names_within(text: str) -> frozenset[str]:
    """The words an article writes capitalised inside a sentence, as event keys read names
    (lower case, no final period or possessive): such a word opening a sentence is a name
    too ("Trump also met Thursday with ...")."""
    out: set[str] = set()
    for m in _WITHIN.finditer(text):
        for word in m.group().split():
            out.add(word.lower().rstrip(".").removesuffix("'s").removesuffix("’s"))
            if word.endswith(".") and len(word) > 4:
                break  # "McCabe." ends its sentence; "Sen.", "Jr." do not
    return frozenset(out)


def bind_events(article: Article, mentions: list[DateMention],
                person_of: PronounPerson | None = None) -> list[DateMention]:
    out: list[DateMention] = []
    previous: tuple[int | None, Binding | None] = (None, None)
    known: frozenset[str] | None = None
    for mention in mentions:
        if mention.context != "text" or mention.invalid:
            out.append(mention)
            continue
        index = article.sentence_index(mention.span.start)
        if index is None:
            out.append(mention)
            continue
        sentence = article.sentences[index]
        if known is None:
            known = names_within(article.analysis)
        key = event_key(article.analysis, sentence.start, sentence.end, mention.span.start,
                        mention.span.end, known)
        if key is not None and not key.actors:
            actors = pronoun_actors(article.analysis, key.head_start, person_of)
            if actors:
                key = dataclasses.replace(key, actors=actors)
        if key is not None:
            mention = _with_key(mention, key, _paragraph(article, mention.span.start)
                                if key.scheduled or key.planned else "")
            if key.passive and has_agent(article.analysis, key.head_end, sentence.end):
                mention = dataclasses.replace(mention, by_agent=True)
        earlier = previous[1] if previous[0] == index else None
        binding = bind_event(article.analysis, sentence.start, sentence.end,
                             mention.span.start, mention.span.end, earlier)
        previous = (index, binding)
        if binding is None:
            out.append(mention)
            continue
        out.append(_with_event(mention, binding,
                               make_span(article, binding.start, binding.end)))
    return out


def _paragraph(article: Article, offset: int) -> str:
    index = article.paragraph_of(offset)
    if index is None:
        return ""
    paragraph = article.paragraphs[index]
    return article.analysis[paragraph.start:paragraph.end]


def _with_interval(m: DateMention, interval: cal.Interval) -> DateMention:
    return dataclasses.replace(m, start=interval[0], end=interval[1], precision=interval[2])


def _with_event(m: DateMention, binding: Binding, event_span: Span) -> DateMention:
    return dataclasses.replace(
        m, event=binding.event, event_text=binding.event_text,
        subject=binding.subject.lower(), event_span=event_span, subject_text=binding.subject)


def _with_key(m: DateMention, key: EventKey, paragraph: str = "") -> DateMention:
    """The mention with its event key; a planned head makes it future. A day and month
    that name their noun ("his own Dec. 27th debate") take no tense from the sentence's
    verb ("has announced"): the nearest such day is meant. A scheduled date takes the
    names of its `paragraph` when its sentence names no one; a scheduled or planned one
    says whether the paragraph tells of the event moved."""
    tense = "future" if key.planned else m.tense
    names = key.names or (paragraph_names(paragraph) if key.scheduled else ())
    moves = (key.scheduled or key.planned) and moved(paragraph)
    if key.bound and not key.planned and m.key.startswith("md:"):
        tense = "unknown"
    return dataclasses.replace(
        m, tense=tense, head=key.head, head_text=key.head_text, alt_head=key.alt_head,
        head_after=key.head_start > m.span.start, names=names, content=key.content,
        planned=key.planned, sequence=key.sequence, bound=key.bound, passive=key.passive,
        actors=key.actors, sentence=key.sentence, scheduled=key.scheduled, moved=moves,
        owners=key.owners, thing=key.thing, thing_kinds=key.thing_kinds, act=key.act)
