"""Date extraction: candidate spans by one precompiled pattern, then resolution to intervals.

dateparser is never run over the article: its `search_dates` reads "17%" as a date, "$60"
as 1960 and "We" as Wednesday. The pattern below finds the spans that can only be dates
(capitalised month and weekday names next to a number or a preposition, years after a
preposition, "earlier this week"...); dateparser parses the absolute ones and a small table
(date_resolve) the relative ones news copy uses and dateparser does not resolve.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
from collections.abc import Iterator

import regex

from newslint.extract.dates.pronoun_actors import PronounPerson
from newslint.extract.dates.reference import (
    MONTH_NAMES,
    MONTHS,
    bind_events,
    reference_date,
    resolve,
)
from newslint.extract.dates.tense import tense_of
from newslint.extract.scan import Scan, Words, scan, windows
from newslint.extract.spans import make_span, sentence_context
from newslint.facts import DateMention, SpunPhrase
from newslint.facts import calendar as cal
from newslint.facts.spun import spun_verdict
from newslint.load.article import Article
from newslint.ruledata import builtin

_WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
_WEEKDAY_NO = {name.lower(): i for i, name in enumerate(_WEEKDAYS)}
_DECADE_WORDS = {w: 1900 + 10 * (i + 2) for i, w in enumerate(
    "twenties thirties forties fifties sixties seventies eighties nineties".split())}
_ORDINAL = {"first": 1, "second": 2, "third": 3, "fourth": 4}
_NUMBER_WORDS = {w: i + 1 for i, w in enumerate(
    "one two three four five six seven eight nine ten eleven twelve".split())} | {"a": 1, "an": 1}

# Month and weekday names are case-sensitive ("may" is a verb, "march" a noun); "May" and
# "March" still need a day, a year or a preposition next to them. Abbreviations are only
# accepted before a day number ("Jan. 27"), where "Jan" cannot be a first name.
_FULL_MONTH = "|".join(MONTH_NAMES)
_ANY_MONTH = _FULL_MONTH + r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_WEEKDAY = "|".join(_WEEKDAYS)
_YEAR = r"(?:1[0-9]{3}|2[0-9]{3})(?![\p{N}]|[.,]\p{N}|\s*(?:%|percent|per\s*cent))"
_DAY_NO = r"(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?(?![\p{N}:%]|[.,]\p{N})"
# A year on its own needs a preposition before it and a clause boundary after it, so "in
# 2000 homes" is not a year.
# After it, a word that ends or continues a clause, or a verb or an adverb ("in 1993
# signed", "in 2010 partly by arguing").
_YEAR_FOLLOW = (r"(?=\s*(?:[.,;:)!?\"”—–]|$)|\s+(?i:and|or|to|through|by|when|after|before|"
                r"as|at|in|on|with|for|from|the|a|an|it|its|he|she|they|but|alone|already|"
                r"that|which|was|were|is|had|has|have)\b|\s+[a-z]{2,}(?:ed|ly)\b)")
_NOT_NAME = r"(?!['’]s\b)"

# The words relative dates are made of; each is also an anchor (see _ANCHOR_WORDS).
_UNITS = ("week", "month", "year")
_DAY_NAMES = ("yesterday", "today", "tomorrow")
_UNIT = "|".join(_UNITS)
_RELATIVE = (rf"(?:earlier|later)\s+this\s+(?:{_UNIT})"
             r"|(?:early|late|mid)[\s-]+(?:last|this|next)\s+year"
             rf"|(?:last|this|next)\s+(?:{_UNIT})|(?:the|this)\s+past\s+week"
             r"|last\s+weekend|this\s+weekend|over\s+the\s+weekend|" + "|".join(_DAY_NAMES))
_YEAR_PARTS = (r"early|mid|late|the\s+end\s+of|the\s+start\s+of|the\s+beginning\s+of"
               r"|the\s+middle\s+of|the\s+first\s+half\s+of|the\s+second\s+half\s+of")
_DECADE_WORD = "|".join(_DECADE_WORDS)  # the dict's keys, in order
_COUNT = r"\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
_PREPOSITION = r"last|next|this|on|since|by|until|till|from|early|late"
# Alternatives are tried in order at each position: full dates before their parts.
_ALTERNATIVES = (
    # "Monday, March 4, 2025", "4 March 2025", "Jan. 27", "2025-03-04"
    rf"""(?:(?P<wd>{_WEEKDAY}),?\s+(?:the\s+)?)?
      (?:(?P<m1>{_ANY_MONTH})\s+(?P<d1>{_DAY_NO})(?:,?\s+(?P<y1>{_YEAR}))?
       | (?P<d2>{_DAY_NO})\s+(?:of\s+)?(?P<m2>{_ANY_MONTH})(?:,?\s+(?P<y2>{_YEAR}))?
       | (?P<iy>\d{{4}})-(?P<im>[01]\d)-(?P<id>[0-3]\d)(?![\p{{N}}\-]))""",
    # "March 2025", "late January 2025"
    rf"(?:(?P<mp>(?i:early|mid|late))[\s-]+)?(?P<m3>{_FULL_MONTH})\s+(?:of\s+)?(?P<y3>{_YEAR})",
    rf"Q(?P<q>[1-4])\s*(?P<qy>{_YEAR})",
    rf"""(?i:the\s+)?(?P<qn>(?i:first|second|third|fourth))\s+(?i:quarter)\s+(?i:of\s+)?
      (?P<qy2>{_YEAR})""",
    rf"(?P<yp>(?i:{_YEAR_PARTS}))[\s-]+(?P<y4>{_YEAR})",  # "late 2024"
    rf"(?P<sn>(?i:spring|summer|autumn|fall|winter))\s+(?i:of\s+)?(?P<y5>{_YEAR})",
    rf"""(?i:the)\s+(?:(?P<dp>(?i:early|mid|late))[\s-]+)?
      (?:(?P<dec>1[0-9]{{2}}0|20[0-9]0)['’]?s|(?P<decw>(?i:{_DECADE_WORD})))
      (?![\p{{L}}\p{{N}}])""",
    rf"(?P<rel>(?i:{_RELATIVE}))(?!['’]s)",
    rf"(?P<spun>(?i:final\s+(?:{_UNIT}|yr)))",  # a spinner's "last week"
    rf"""(?P<agon>(?i:{_COUNT}))\s+(?P<agou>(?i:day|{_UNIT}))s?\s+(?i:ago)""",
    # "on Monday", "Sunday afternoon", "Monday's meeting" (the date of the noun it owns;
    # not "Monday's Child", a title); not a weekday before a full date
    rf"""(?:(?P<wdw>(?i:{_PREPOSITION}))\s+)?(?P<wd2>{_WEEKDAY})(?:(?P<wdp>['’]s)\b
      (?!\s+\p{{Lu}})|{_NOT_NAME}(?:\s+(?P<part>(?i:morning|afternoon|evening|night)))?)
      (?!,?\s+(?:the\s+)?(?:{_DAY_NO}\s+(?:of\s+)?(?:{_ANY_MONTH})|(?:{_ANY_MONTH})\s+\d))""",
    # "last July", "in March": a capitalised month after a preposition, with no day, year
    # or capitalised word after it ("a report by April Smith")
    rf"""(?P<mw>(?i:last|next|this|in|since|by|until|till|early|late|mid))[\s-]+
      (?P<m4>{_FULL_MONTH}){_NOT_NAME}(?![\p{{L}}\p{{N}}]|\s+(?:\d|of\s+\d|\p{{Lu}}))""",
    # "from 1967 to 1979", "between 2000 and 2006": one span of years, compared as a range
    # (both ends), not as two years
    rf"""(?P<yr>(?i:from|between))\s+(?P<ya>{_YEAR})\s+(?i:to|through|until|and)\s+
      (?P<yb>{_YEAR}){_YEAR_FOLLOW}""",
    # "in 2012" after a preposition, and the end of a span of years ("from 2007 to 2014")
    rf"""(?:(?P<yprep>(?i:in|since|by|until|till|from|during|before|after))
      |(?<=(?i:from)\s+{_YEAR}\s+)(?i:to|through|until))\s+
      (?P<y6>{_YEAR}){_YEAR_FOLLOW}""",
    # "the 2014 ban", "a 1976 law", "the 2012 Benghazi attack", "Al Gore's 2000 ticket": a
    # year that dates the noun after it, past the names that qualify that noun
    rf"""(?P<ydet>(?i:the|a|an|its|his|her|their)|\p{{Lu}}[\p{{L}}\-]*['’]s)\s+(?P<y7>{_YEAR})"""
    r"""(?=\s+(?:\p{Lu}[\p{L}'’.-]*\s+){0,2}\p{Ll})""",
)
_PATTERN = regex.compile(
    r"(?<![\p{L}\p{N}$£€¥@#/.\-])(?:" + "\n|".join(_ALTERNATIVES) + r")(?![\p{L}\p{N}])",
    regex.VERBOSE,
)

# The capitalised word right before a bare weekday: with it, the weekday may be the name
# of a day (rules/dates.yaml `named_days`: "Black Friday", "Super Tuesday"); any other
# name before it is the object the date follows ("endorsed Hillary Clinton Wednesday").
_WORD_BEFORE = regex.compile(r"(?<![\p{L}\p{N}])(\p{Lu}[\p{L}\-]*)[ \t]+$")


@functools.cache
def _named_days() -> frozenset[str]:
    return frozenset(" ".join(str(day).lower().split())
                     for day in builtin("dates.yaml").get("named_days") or ())


def _named_day(text: str, start: int, weekday: str) -> bool:
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    return before is not None and f"{before.group(1).lower()} {weekday.lower()}" in _named_days()



def extract_dates(article: Article, spun: tuple[SpunPhrase, ...] = (),
                  found_words: Scan | None = None, person_of: PronounPerson | None = None
                  ) -> tuple[tuple[DateMention, ...], dt.date | None, str | None]:
    """All date mentions of an article, its reference date and where that date came from.
    `found_words`: the article's scan, if made; `person_of`: whom a "he" or "she" refers
    to (the quote extractor's), for the actors of a clause whose subject it is."""
    words = found_words or scan(article.analysis)
    spun_starts = _spun_last_starts(spun, article.word_count)
    raw: list[DateMention] = []
    for match in _date_matches(words, article.body_start):
        mention = _mention(article, match, spun_starts)
        if mention is not None:
            raw.append(mention)
    reference, basis = reference_date(article.meta.get("date"), article.posts, raw)
    # Bound first: the event key may set a mention's tense, which places its weekday.
    return tuple(resolve(m, reference) for m in bind_events(article, raw, person_of)), \
        reference, basis


# Every alternative of _PATTERN contains an anchor: a capitalised month name or its
# abbreviation, a weekday, "Q1" to "Q4" (all case-sensitive in the pattern), one of
# _ANCHOR_WORDS in any case, a four-digit number starting with 1 or 2 (years, "1990s"), or
# the first four digits of an ISO date ("2025-03-04"). Day numbers always come with a
# month, and "12 days ago" with "ago". Each anchor comes with the most words a match can
# have before it when it is the match's first anchor, plus the start of its own word:
# "the first quarter of 2025", "4th of March", "on Monday", "over the weekend", "a day ago".
_MONTH_ANCHORS = tuple(name[:3] for name in MONTH_NAMES)  # what every month form starts with
_CASED_ANCHORS = ((_MONTH_ANCHORS, 2), (tuple(_WEEKDAYS), 1), (("Q1", "Q2", "Q3", "Q4"), 0))
_CASED_BEFORE = {word: before for words, before in _CASED_ANCHORS for word in words}
_ANCHOR_WORDS = ((*_UNITS, "yr", "ago", *_DECADE_WORDS), 2)
_DAY_WORDS = (_DAY_NAMES, 0)
# The anchor words as the article's scan finds them: cased as written, the others in any case.
_CASED_WORDS = Words(_CASED_BEFORE)
_ANY_CASE_WORDS = tuple((Words(words, ignore_case=True), before)
                        for words, before in (_ANCHOR_WORDS, _DAY_WORDS))
_WORDS_BEFORE_YEAR = 4
_WORDS_BEFORE_ISO = 0
# Where _PATTERN can start: its look-behind, then a letter or digit (every alternative's
# first character).
_CAN_START = regex.compile(r"(?<![\p{L}\p{N}$£€¥@#/.\-])[\p{L}\p{N}]")


def _date_matches(words: Scan, start: int) -> Iterator[regex.Match[str]]:
    """_PATTERN.finditer(text, start), trying only the positions near an anchor word.

    Trying the whole pattern at every word costs most of the date stage; here each anchor
    gives a window (back to the start of the fourth word before its own), and the pattern
    is matched only at the word starts inside windows, in order, resuming after each match
    as finditer does. A match must contain an anchor and start inside that anchor's
    window, so the matches are the same."""
    text = words.text
    anchors = _anchors(words, start)
    if anchors is None:
        yield from _PATTERN.finditer(text, start)
        return
    pattern, can_start = _PATTERN, _CAN_START
    resume = start
    for window_start, window_end in windows(text, start, anchors):
        if window_end <= resume:
            continue
        for candidate in can_start.finditer(text, max(window_start, resume), window_end):
            if candidate.start() < resume:
                continue
            match = pattern.match(text, candidate.start())
            if match:
                yield match
                resume = match.end()


def _anchors(words: Scan, start: int) -> list[tuple[int, int]] | None:
    """(offset, words before) of every anchor at `start` or later; None when the scan
    cannot tell where the anchor words are."""
    text = words.text
    cased = _CASED_WORDS.occurrences(words)
    if cased is None:
        return None
    anchors = [(at, _CASED_BEFORE[word]) for at, word in cased if at >= start]
    for anchor_words, count in _ANY_CASE_WORDS:
        found = anchor_words.starts(words)
        if found is None:
            return None
        anchors += [(at, count) for at in found[bisect.bisect_left(found, start):]]
    for digit in "12":  # years and decades
        index = text.find(digit, start)
        while index >= 0:
            if text[index:index + 4].isdigit():
                anchors.append((index, _WORDS_BEFORE_YEAR))
            index = text.find(digit, index + 1)
    index = text.find("-", start)
    while index >= 0:  # ISO dates: \d{4}-[01]\d (str.isdigit takes in every \d)
        if index - 4 >= start and text[index - 4:index].isdigit() \
                and text[index + 1:index + 2] in ("0", "1"):
            anchors.append((index - 4, _WORDS_BEFORE_ISO))
        index = text.find("-", index + 1)
    return anchors


def _spun_last_starts(spun: tuple[SpunPhrase, ...], word_count: int) -> frozenset[int]:
    """Where a spinner wrote "final week" for "last week", in an article judged spun."""
    lasts = [s for s in spun if " last " in f" {s.original.lower()} "]
    if not lasts:
        return frozenset()
    is_spun = spun_verdict(spun, word_count).spun
    return frozenset(s.span.start + s.text.lower().find("final") for s in lasts
                     if s.strength == "strong" or is_spun)


_DIGITS = regex.compile(r"\d+")
# Every group of _PATTERN is named, once: groupdict() is dict(zip(names, groups())), which
# `regex` builds 40 times faster (8 µs per call for 35 groups).
_GROUP_NAMES = tuple(sorted(_PATTERN.groupindex, key=_PATTERN.groupindex.__getitem__))
assert len(_GROUP_NAMES) == _PATTERN.groups


def _mention(article: Article, match: regex.Match[str], spun_starts: frozenset[int]
             ) -> DateMention | None:
    start, end = match.span()
    groups = dict(zip(_GROUP_NAMES, match.groups(), strict=True))
    key: str
    relative = False
    stated_weekday: int | None = None
    invalid = False
    interval: cal.Interval | None = None
    if groups["m1"] or groups["m2"] or groups["iy"]:
        if groups["iy"]:
            year, month, day = int(groups["iy"]), int(groups["im"]), int(groups["id"])
        else:
            month = MONTHS[(groups["m1"] or groups["m2"]).lower().rstrip(".")]
            day = int(_DIGITS.match(groups["d1"] or groups["d2"])[0])
            year_text = groups["y1"] or groups["y2"]
            year = int(year_text) if year_text else 0
        if groups["wd"]:
            stated_weekday = _WEEKDAY_NO[groups["wd"].lower()]
        if not cal.is_valid_day(year or None, month, day):
            if day > 31 or month > 12:
                return None
            invalid = True
            key = f"{year:04d}-{month:02d}-{day:02d}" if year else f"md:{month}:{day}"
        elif year:
            parsed = dt.date(year, month, day)  # a valid day, every part written out
            interval = cal.day(parsed)
            key = parsed.isoformat()
        else:
            relative, key = True, f"md:{month}:{day}"
    elif groups["m3"]:
        year, month = int(groups["y3"]), MONTHS[groups["m3"].lower()]
        part = (groups["mp"] or "").lower() or None
        interval = cal.month(year, month, part)
        key = f"{part + ' ' if part else ''}{year:04d}-{month:02d}"
    elif groups["q"] or groups["qn"]:
        number = int(groups["q"]) if groups["q"] else _ORDINAL[groups["qn"].lower()]
        year = int(groups["qy"] or groups["qy2"])
        interval, key = cal.quarter(year, number), f"{year}-Q{number}"
    elif groups["yp"]:
        year = int(groups["y4"])
        part = _year_part(groups["yp"])
        if part in ("first half", "second half"):
            first = 1 if part == "first half" else 7
            interval = cal.months(year, first, first + 5, "season")
        else:
            interval = cal.year_part(year, part)
        key = f"{part} {year}"
    elif groups["sn"]:
        year, name = int(groups["y5"]), groups["sn"].lower()
        interval, key = cal.season(year, name), f"{name} {year}"
    elif groups["dec"] or groups["decw"]:
        decade = int(groups["dec"]) if groups["dec"] else _DECADE_WORDS[groups["decw"].lower()]
        part = (groups["dp"] or "").lower() or None
        interval, key = cal.decade(decade, part), f"{part + ' ' if part else ''}{decade}s"
    elif groups["rel"]:
        if any(word[0].isupper() for word in groups["rel"].split()[1:]):
            return None  # a title: ABC's "This Week", "Last Week Tonight"
        relative, key = True, " ".join(groups["rel"].lower().replace("-", " ").split())
    elif groups["spun"]:
        if start not in spun_starts:
            return None  # "the final week of the campaign" is not "last week"
        unit = groups["spun"].lower().split()[-1].replace("yr", "year")
        relative, key = True, f"last {unit}"
    elif groups["agon"]:
        count_text = groups["agon"].lower()
        count = int(count_text) if count_text.isdigit() else _NUMBER_WORDS[count_text]
        relative, key = True, f"ago:{count}:{groups['agou'].lower()}"
    elif groups["wd2"]:
        if not groups["wdw"] and _named_day(article.analysis, start, groups["wd2"]):
            return None  # "Black Friday", "Super Tuesday", "Easter Sunday": names of days
        if groups["wdp"]:
            if not groups["wdw"] and _WORD_BEFORE.search(
                    article.analysis, max(0, start - 40), start):
                return None  # "TGI Friday's": a name that owns, not a day
            end = match.end("wd2")  # "Monday's meeting": the date is the weekday
        which = (groups["wdw"] or "").lower()
        if which == "on" or which not in ("last", "next", "this"):
            which = ""
        relative = True
        key = f"weekday:{_WEEKDAY_NO[groups['wd2'].lower()]}" + (f":{which}" if which else "")
        if (groups["wdw"] or "").lower() in ("on", "since", "by", "until", "till", "from",
                                             "early", "late", ""):
            start = match.start("wd2")  # the date is the weekday, not its preposition
    elif groups["m4"]:
        which = groups["mw"].lower()
        month = MONTHS[groups["m4"].lower()]
        prefix = {"last": "last-month", "next": "next-month"}.get(which, "in-month")
        part = f":{which}" if which in ("early", "late", "mid") else ""
        relative, key = True, f"{prefix}:{month}{part}"
        if prefix == "in-month" and which not in ("early", "late", "mid", "this"):
            start = match.start("m4")
    elif groups["ya"]:
        first_year, last_year = int(groups["ya"]), int(groups["yb"])
        if first_year >= last_year:
            return None  # not a span of years ("from 2006 to 2000")
        interval, key = cal.years(first_year, last_year), f"{first_year}-{last_year}"
        start = match.start("ya")
    elif groups["y6"] or groups["y7"]:
        group = "y6" if groups["y6"] else "y7"
        year = int(groups[group])
        interval, key = cal.year_part(year, None), str(year)
        start = match.start(group)
    else:
        return None
    span = make_span(article, start, end)
    tense = tense_of(article, start, end)
    first, last, precision = interval if interval else (None, None, "day")
    return DateMention(
        text=article.text[start:end], span=span, start=first, end=last, precision=precision,
        relative=relative, key=key, tense=tense, context=sentence_context(article, start),
        stated_weekday=stated_weekday, invalid=invalid,
    )


def _year_part(words: str) -> str:
    text = " ".join(words.lower().split())
    return {"the end of": "late", "the start of": "early", "the beginning of": "early",
            "the middle of": "mid", "the first half of": "first half",
            "the second half of": "second half"}.get(text, text)
