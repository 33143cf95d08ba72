"""The date, weekday and year planters (see plants.py): a date is planted only where another
article's mention of it tells the same happening, so that a change of one is a discrepancy
an editor would flag, not two happenings that fell on one day.

Two mentions of one date tell the same happening when, as far as words go:

- their sentences share a name, and a content word lies near both dates (within NEAR
  words, no word that tells no act, no word of a quotation);
- a weekday's two clauses have the same doer: the first name phrase of the clause the
  weekday dates, past a fronted phrase or a clause before the main one and its comma,
  not a name after a preposition (a place, an object), nor one after a pronoun subject;
  for a date in a relative clause, the name it hangs on; for a passive, its agent ("were
  announced on Friday by Rod J. Rosenstein"). Two doers are one when one holds
  all the other's names or they share two ("Sen. Max Baucus ... indicated Wednesday" and
  "On Wednesday, Senate Majority Leader Harry Reid received a letter"; "Lauten wrote in a
  Facebook post Friday" and "A Republican staffer on Friday apologized for a Facebook
  post"; "the Health and Human Services Department said Thursday" and "the IRS and
  Treasury Department announced Thursday" are two doers, two acts). A clause whose doer
  is no name ("the announcement Tuesday", "One of the nation's
  largest civil rights groups passed a resolution Tuesday") dates the same happening only
  when the words near both dates overlap strongly (STRONG content words, not a shared noun
  or a name: "In a statement issued by his lawyers on Friday" and "In court papers filed
  against Jackson on Friday" share "court" and Jackson, a statement and a filing; "A
  group called the St. Louis Tea Party issued its own resolution Tuesday calling on the
  NAACP" and "civil rights groups passed a resolution Tuesday calling for Tea Party
  groups" two resolutions);
- a year that ends or starts a span ("from 2007 to 2014", "between 2011 and 2014")
  repeats only the same span: "the 2014 ban" and the 2014 that ends "from 2007 to 2014",
  or "between 2011 and 2014" and "from 2007 to 2014", are different things.

A month-day or a year mostly dates a thing a noun names ("the 2016 election", "the Sept.
11 attacks", "the speech, set for March 3"), told by many doers: the doer rule is a
weekday's, which dates an act of the story's week.
"""

from __future__ import annotations

import random
import re
from collections import defaultdict
from dataclasses import dataclass

from injection import Edit, Event, Plan
from plant_doers import blank_quotations, clause_doer, mid_sentence_names, sentence_bounds
from plant_text import (
    DAYS,
    MONTH,
    MONTH_DAY,
    NAMED_NUMBER,
    STOP,
    WEEK_WORD,
    WEEKDAY,
    WORD,
    YEAR,
    _occurrences,
    _pos,
)

# How many words either side of a date its clause's own words lie within.
NEAR = 10

# How many content words near both dates make them one happening when a clause's doer is
# no name: a shared noun or two ("court", "resolution calling") is a topic, not one act.
STRONG = 3

# Words near a date that tell no act: the time of day ("Saturday morning", "an
# early-morning tweet") and speech verbs (two statements are one happening only when they
# are one speaker's, which a shared speech verb does not say: "Trump said Monday he hopes"
# and "Trump said Thursday he has doubts").
NO_ACT = frozenset("""morning afternoon evening night tonight early late weekend today
told tells telling added adds asked asks wrote writes noted notes mentioned according
saying""".split())

# A word as NEAR counts them: an initialism ("F.B.I.") is one, not three.
NEAR_WORD = re.compile(r"(?:[A-Za-z]\.){2,}|[A-Za-z][A-Za-z'’]*")


@dataclass(frozen=True, slots=True)
class Mention:
    """What one dated mention says, as far as the words of its sentence go."""

    names: frozenset[str]  # the names of its sentence
    words: frozenset[str]  # the content words of its sentence
    near: frozenset[str]  # the content words near the date
    doer: frozenset[str]  # the names of its clause's doer; empty when no name is


def _sentence_words(text: str, start: int) -> tuple[set[str], set[str]]:
    """(names, content words) of the sentence of text[start]: capitalised words that do not
    open it, and the first five letters of its other words of four letters or more. The
    sentence runs past abbreviations ("Dec. 2", "Sen. Reid")."""
    lo, hi = sentence_bounds(text, start)
    names, content = set(), set()
    for i, m in enumerate(WORD.finditer(text[lo:hi])):
        word = m.group().removesuffix("’s").removesuffix("'s")
        if word[0].isupper():
            if i and word not in DAYS and not re.fullmatch(MONTH, word):
                names.add(word)
        elif len(word) >= 4 and word not in STOP:
            content.add(word[:5])
    return names, content


def _near_words(text: str, start: int, end: int) -> set[str]:
    """The content words within NEAR words of text[start:end], but the words that tell
    no act (NO_ACT) and the words of a quotation: "would slash benefits for future
    generations," Carney said Wednesday and AARP said on Friday it was open to "reductions
    in benefits for future recipients" share words of two statements, not one act (its
    words still count among the NEAR words, as capitals no content word has)."""
    text = blank_quotations(text)
    around = NEAR_WORD.findall(text[:start])[-NEAR:] + NEAR_WORD.findall(text[end:])[:NEAR]
    return {w[:5] for w in around
            if w[0].islower() and len(w) >= 4 and w not in STOP and w not in NO_ACT}


def _mention(text: str, m: re.Match[str], names: frozenset[str], weekday: bool) -> Mention:
    """The mention of the date m in the paragraph text; its doer only for a weekday."""
    sentence_names, words = _sentence_words(text, m.start())
    near = _near_words(text, m.start(), m.end())
    doer = clause_doer(text, m.start(), m.end(), names) if weekday else frozenset()
    return Mention(frozenset(sentence_names), frozenset(words), frozenset(near), doer)


def _one_doer(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two doers' names name one doer: one holds all of the other's ("Donald Trump",
    "Trump"), or they share two ("California Democratic Rep. Nancy Pelosi", "House
    Minority Leader Nancy Pelosi"). One shared name alone may be a head two names share
    ("the Health and Human Services Department", "the IRS and Treasury Department";
    "Hillary Clinton", "Bill Clinton")."""
    return a <= b or b <= a or len(a & b) >= 2


def _same_happening(a: Mention, b: Mention, weekday: bool) -> bool:
    """Whether two mentions of one date tell one happening (see the module's docstring)."""
    shared_near = a.near & b.near
    if not (a.names & b.names and a.words & b.words & shared_near):
        return False
    if not weekday:
        return True
    if a.doer and b.doer:
        return _one_doer(a.doer, b.doer)
    return len(shared_near) >= STRONG


def _set_apart(m: re.Match[str]) -> bool:
    """A date inside quotation marks, or right after a capitalised word inside a sentence
    (part of a name: "Fox News Sunday", "Super Tuesday"), is no date to change."""
    before = m.string[: m.start()]
    if before.count("“") > before.count("”") or before.count('"') % 2:
        return True
    return bool(NAMED_NUMBER.search(before))


def _repeat(event: Event, pattern: re.Pattern[str], key, rng: random.Random,
            also: re.Pattern[str] | None = None):
    """A match whose key another article of the event repeats in a sentence about the same
    happening, and every mention of another article that dates that happening: the
    repeats and, with `also`, that pattern's matches (a month-day dating a weekday)."""
    weekday = pattern is WEEKDAY
    names = mid_sentence_names(event) if weekday else frozenset()

    def read(found):
        return [(f, ln, o, _mention(event.files[f][ln - 1], o, names, weekday))
                for f, ln, o in found]

    keyed = defaultdict(list)
    for file, line, m in _occurrences(event, pattern):
        if not _set_apart(m):
            keyed[key(m)].append((file, line, m))
    extra = read(_occurrences(event, also)) if also else []
    sites = []
    for _k, found in sorted(keyed.items()):
        found = read(found)
        for file, line, m, said in found:
            others = [(f, ln, o) for f, ln, o, s in found
                      if f != file and _same_happening(said, s, weekday)]
            if others:
                others += [(f, ln, o) for f, ln, o, s in extra
                           if f != file and _same_happening(said, s, weekday)]
                sites.append((file, line, m, [_pos(f, ln, o) for f, ln, o in others]))
    return rng.choice(sites) if sites else None


def date(event: Event, rng: random.Random) -> Plan | None:
    site = _repeat(event, MONTH_DAY, lambda m: (m.group(1)[:3], int(m.group(2))), rng)
    if site is None:
        return None
    file, line, m, others = site
    day = int(m.group(2))
    new = day + rng.choice((-3, -2, -1, 1, 2, 3))
    new = new if 1 <= new <= 28 else day - 3 if day > 3 else day + 3
    return Plan("date", "day shifted", [Edit(_pos(file, line, m, 2), str(new))],
                _pos(file, line, m), [_pos(file, line, m), *others])


def _week_and_day(m: re.Match[str]) -> tuple[str, str]:
    """A weekday with the word that sets its week, if any: "next Tuesday" is not the
    Tuesday of the story's own week, so it repeats only another "next Tuesday"."""
    week = WEEK_WORD.search(m.string, 0, m.start())
    return (week.group(1).lower() if week else "", m.group(1))


def weekday(event: Event, rng: random.Random) -> Plan | None:
    site = _repeat(event, WEEKDAY, _week_and_day, rng, also=MONTH_DAY)
    if site is None:
        return None
    file, line, m, others = site
    new = DAYS[(DAYS.index(m.group(1)) + rng.choice((1, 2, 3, 4, 5, 6))) % 7]
    pos = _pos(file, line, m)
    return Plan("weekday", "weekday shifted", [Edit(pos, new)], pos, [pos, *others])


# A year's other end of a span: "from 2007 to 2014", "between 2011 and 2014".
SPAN_AFTER = re.compile(r"\s+(?:to|and|through|until)\s+(\d{4})\b")
SPAN_BEFORE = re.compile(r"\b(\d{4})\s+(?:to|and|through|until)\s+$")


def _year_and_span(m: re.Match[str]) -> tuple[str, str, str]:
    """A year with the span it ends or starts, if any: it repeats only the same span."""
    after = SPAN_AFTER.match(m.string, m.end())
    before = SPAN_BEFORE.search(m.string, 0, m.start())
    return (m.group(1), before.group(1) if before else "", after.group(1) if after else "")


def year(event: Event, rng: random.Random) -> Plan | None:
    site = _repeat(event, YEAR, _year_and_span, rng)
    if site is None:
        return None
    file, line, m, others = site
    pos = _pos(file, line, m)
    return Plan("year", "year shifted", [Edit(pos, str(int(m.group(1)) + rng.choice((-1, 1))))],
                pos, [pos, *others])
