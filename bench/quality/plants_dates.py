"""The date, weekday and year planters (see plants.py): a date is planted only where another
article's mention of it tells the same happening, so that a change of one is a discrepancy
an editor would flag, not two happenings that fell on one day.

Two mentions of one date tell the same happening when, as far as words go:

- their sentences share a name, and a content word lies near both dates (within NEAR
  words, no word that tells no act, no word of a quotation);
- a weekday's two clauses have the same doer: the first name phrase of the clause the
  weekday dates, past a fronted phrase or a clause before the main one and its comma,
  not a name after a preposition (a place, an object), nor one after a pronoun subject;
  for a date in a relative clause, the name it hangs on. Two doers are one when one holds
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
import unicodedata
from collections import defaultdict
from dataclasses import dataclass

from injection import Edit, Event, Plan
from plant_text import (
    DAYS,
    MONTH,
    MONTH_DAY,
    NAMED_NUMBER,
    STOP,
    TITLES,
    WEEK_WORD,
    WEEKDAY,
    WORD,
    YEAR,
    _occurrences,
    _pos,
    sentence_ends,
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

# A quotation in a paragraph: its words are what someone said, not the reporter's telling
# of the dated act.
QUOTATION = re.compile(r"“[^”]*”|\"[^\"]*\"")

# Where a clause starts: a dash between words (not inside a name: "College–Florissant"), a
# semicolon or colon, or a word that opens a clause of its own ("the IRS official who
# refused to testify at a hearing Wednesday": the hearing's clause, not the official's).
CLAUSE_OPENER = re.compile(r"[;:]|(?<![A-Za-z])[—–]|--|(?<![\w'’-])(?:that|who|whom|whose"
                           r"|which|after|when|while|because|before|if|but|as|where|since"
                           r"|until|although)(?![\w'’-])")

# The words that open a clause before the main one, which a comma ends: "Five hundred
# days after descending his Trump Tower escalator to announce his candidacy, Donald J.
# Trump took the oath of office Friday".
SUBORDINATOR = frozenset("after when while because before if as since until although".split())

# A relative clause set off by commas before the date belongs to the subject, and the
# clause goes on after it: "Defense Secretary Jim Mattis, whose experience and stability
# were widely seen as a balance to an unpredictable president, resigned Thursday";
# "Representative Raúl R. Labrador, a Republican of Idaho who has barely served two terms
# in Congress, jumped into the race".
RELATIVE = re.compile(r",[^,]*?\b(?:who|whose|which)\b[^,]*,")

# A dateline that opens a first paragraph ("WASHINGTON —"): a place, not a doer.
DATELINE = re.compile(r"^[A-Z][A-Z .,'’]+\s*(?:[—–]|--)\s*")

# The words a phrase fronted before its subject opens with ("In a televised address on
# Saturday, Trump offered"): the names in it are where and how, not who.
FRONTED = frozenset("""in on at during by from over through throughout and then later with
without following under""".split())

# How many words after the date a fronted phrase runs on to its comma ("In an interview
# shown Thursday on the Today show, Mr. Trump told").
FRONTED_LENGTH = 8

# A capitalised word that is no name of a doer: a title or honorific ("Rep.", "Mr.").
NOT_A_DOER = frozenset(t.rstrip(".") for t in TITLES) | {
    "Mr", "Mrs", "Ms", "Dr", "Former", "Congressman", "Congresswoman", "U.S", "The", "Jr",
    "Sr", "II", "III"}

# A pronoun before any name in the clause is its subject: the doer is someone named
# elsewhere ("she told MSNBC's Joy Reid in a town hall interview set to air Friday" is
# not Joy Reid's act).
PRONOUN = frozenset("i he she it we they".split())

# Joining words inside one name phrase ("Department of the Treasury", "IRS and Treasury").
JOINER = frozenset("of the and for".split())

# Words after which a name is a place or an object, not the doer: "Sanders, who was
# campaigning in Iowa on Sunday" and "her remarks in Iowa on Sunday" are two doers' acts.
PREPOSITION = frozenset("""in at to from on of for with into about against across near
outside inside toward towards over under during around through""".split())

TOKEN = re.compile(r"[^\W\d_][\w.'’-]*|[,()]")


def _folded(word: str) -> str:
    """word without accents: "Raúl" in one article is "Raul" in another."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if c.isascii())


@dataclass(frozen=True, slots=True)
class Mention:
    """What one dated mention says, as far as the words of its sentence go."""

    names: frozenset[str]  # the names of its sentence
    words: frozenset[str]  # the content words of its sentence
    near: frozenset[str]  # the content words near the date
    doer: frozenset[str]  # the names of its clause's doer; empty when no name is


def _sentence_bounds(text: str, start: int) -> tuple[int, int]:
    ends = sentence_ends(text)
    lo = max((nxt for end, nxt in ends if nxt <= start), default=0)
    hi = min((end for end, _ in ends if end > start), default=len(text))
    return lo, hi


def _sentence_words(text: str, start: int) -> tuple[set[str], set[str]]:
    """(names, content words) of the sentence of text[start]: capitalised words that do not
    open it, and the first five letters of its other words of four letters or more. The
    sentence runs past abbreviations ("Dec. 2", "Sen. Reid")."""
    lo, hi = _sentence_bounds(text, start)
    names, content = set(), set()
    for i, m in enumerate(WORD.finditer(text[lo:hi])):
        word = m.group().removesuffix("’s").removesuffix("'s")
        if word[0].isupper():
            if i and word not in DAYS and not re.fullmatch(MONTH, word):
                names.add(word)
        elif len(word) >= 4 and word not in STOP:
            content.add(word[:5])
    return names, content


def _blank_quotations(text: str) -> str:
    """text with each quotation's letters turned to X: the same length, no words of its."""
    return QUOTATION.sub(
        lambda q: "“" + re.sub(r"[A-Za-z]", "X", q.group()[1:-1]) + "”", text)


def _near_words(text: str, start: int, end: int) -> set[str]:
    """The content words within NEAR words of text[start:end], but the words that tell
    no act (NO_ACT) and the words of a quotation: "would slash benefits for future
    generations," Carney said Wednesday and AARP said on Friday it was open to "reductions
    in benefits for future recipients" share words of two statements, not one act (its
    words still count among the NEAR words, as capitals no content word has)."""
    text = _blank_quotations(text)
    around = NEAR_WORD.findall(text[:start])[-NEAR:] + NEAR_WORD.findall(text[end:])[:NEAR]
    return {w[:5] for w in around
            if w[0].islower() and len(w) >= 4 and w not in STOP and w not in NO_ACT}


def _joins(tokens: list[str], i: int) -> bool:
    """Whether the joining words from tokens[i] on lead to a capitalised word."""
    rest = [t for t in tokens[i:] if t not in JOINER]
    return bool(rest) and tokens.index(rest[0], i) - i <= 2 and rest[0][0].isupper()


def _name_phrase(tokens: list[str], opening: bool, names: frozenset[str],
                 within: int | None = None) -> frozenset[str]:
    """The names of the first name phrase of tokens (begun within `within` tokens):
    capitalised words in a row, joined by "of", "the", "and" ("Department of the
    Treasury"); a word opening the sentence only when the event writes it capitalised
    inside a sentence too ("Trump", not "Hundreds"); none after a preposition (PREPOSITION)
    nor after a pronoun up to the next comma (PRONOUN); initials and titles aside."""
    phrase: list[str] = []
    placed = False  # inside a name that follows a preposition
    pronoun = False  # after a pronoun subject, up to a comma
    for i, token in enumerate(tokens):
        word = _folded(token.removesuffix("’s").removesuffix("'s").rstrip(".’'"))
        if token == "," and not phrase:
            pronoun = placed = False
            continue
        if (not phrase and token.lower() in PRONOUN) or pronoun:
            pronoun = True
            continue
        if token[0].isupper() and word.strip("X'’") and (i or not opening or word in names) \
                and word not in DAYS and not re.fullmatch(MONTH, token):
            if not phrase and within is not None and i >= within:
                break
            placed = placed or (not phrase and i > 0 and tokens[i - 1] in PREPOSITION)
            if not placed:
                phrase.append(word)
        elif (phrase or placed) and token in JOINER and _joins(tokens, i):
            continue
        elif phrase:
            break
        else:
            placed = False
    return frozenset(w for w in phrase if len(w) > 1) - NOT_A_DOER


def _doer(text: str, start: int, end: int, names: frozenset[str]) -> frozenset[str]:
    """The names of the doer of the clause that text[start:end] dates: the first name phrase
    of the clause before the date, past a phrase fronted before the subject and its comma
    ("In one of the highest-profile showdowns ... this year, Rep. Raul Labrador said
    Friday"); or, when the date sits in such a phrase or no name precedes it ("On
    Wednesday, Senate Majority Leader Harry Reid received"; "Posting on Facebook on Friday
    evening, Mary Cheney ... wrote"), the one right after the comma that follows it; for a
    date in a relative clause of a person ("Mike Huckabee, a former governor of Arkansas
    and preacher who has announced his run on Tuesday"), the name it hangs on. Empty when
    the doer is no name (a pronoun, "the attorney general")."""
    lo, _ = _sentence_bounds(text, start)
    text = _blank_quotations(text)
    text = RELATIVE.sub(lambda r: " " * len(r.group()), text[:start]) + text[start:]
    dateline = DATELINE.match(text, lo)
    lo = dateline.end() if dateline else lo
    openers = list(CLAUSE_OPENER.finditer(text, lo, start))
    opener = openers[-1] if openers else None
    clause_lo = opener.end() if opener else lo
    before = TOKEN.findall(text[clause_lo:start])
    fronted = bool(before) and before[0].lower() in FRONTED
    subordinate = (bool(before) and before[0].lower() in SUBORDINATOR) \
        or (opener is not None and opener.group() in SUBORDINATOR)
    if (fronted or subordinate) and "," in before:  # the main clause follows the comma
        clause_lo = text.index(",", clause_lo) + 1
        before = TOKEN.findall(text[clause_lo:start])
        fronted = False
    if not fronted:
        doer = _name_phrase(before, True, names)
        if doer:
            return doer
        if opener is not None and opener.group() in ("who", "whose"):  # its antecedent's
            return _name_phrase(TOKEN.findall(text[lo:opener.start()]), True, names)
    after = TOKEN.findall(text[end:])[:FRONTED_LENGTH]
    if "," not in after:
        return frozenset()
    return _name_phrase(after[after.index(",") + 1:], False, names, within=3)


def _mention(text: str, m: re.Match[str], names: frozenset[str], weekday: bool) -> Mention:
    """The mention of the date m in the paragraph text; its doer only for a weekday."""
    sentence_names, words = _sentence_words(text, m.start())
    near = _near_words(text, m.start(), m.end())
    doer = _doer(text, m.start(), m.end(), names) if weekday else frozenset()
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


def _mid_sentence_names(event: Event) -> frozenset[str]:
    """The capitalised words the event writes inside a sentence, after a lower-case word."""
    return frozenset(_folded(m.group(1).removesuffix("’s").removesuffix("'s").rstrip("."))
                     for file in event.files for _, text in event.body_lines(file)
                     for m in re.finditer(r"(?<=[a-z,;] )([^\W\d_][\w.'’-]*)", text)
                     if m.group(1)[0].isupper())


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
    names = _mid_sentence_names(event) if weekday else frozenset()

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
