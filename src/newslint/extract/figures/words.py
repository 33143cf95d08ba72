"""Figures the amount grammar leaves out: number words before a noun ("six protesters"),
hyphenated compounds ("12-hour", "35-year-old"), ordinals ("the 35th day", "the second
round"), fractions ("one-third"), durations in words ("a quarter of an hour", "more than a
month") and clock times with their time zone ("9:41 a.m. EST", "23:05 GMT").

`read_word_figures(text, start, end, words)` is a pure function over a string, like
read_figures; the caller drops those that overlap a figure read_figures found. Each reader
tries its pattern only near its trigger words in the article's scan (extract/scan.py: number
words, units of time, fraction and ordinal words) or near a digit, never over the whole text.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from newslint.extract.figures.grammar import ONES, TENS, Figure
from newslint.extract.figures.read import _digit_runs
from newslint.extract.scan import Scan, Words, triggers

# Seconds in each unit of time a duration is written in.
TIME_UNITS = {
    "second": 1.0, "minute": 60.0, "hour": 3600.0, "day": 86400.0, "week": 604800.0,
    "month": 2629800.0, "year": 31557600.0, "decade": 315576000.0,
}
_TIME_FORMS = {f"{u}s": u for u in TIME_UNITS} | {u: u for u in TIME_UNITS} | {
    "hr": "hour", "hrs": "hour", "min": "minute", "mins": "minute", "yr": "year",
    "yrs": "year", "sec": "second", "secs": "second"}
_NUMBER_WORDS = {k: v for k, v in (ONES | TENS).items() if k not in ("zero", "one")}
_WORD_ALT = "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))
_COMPOUND_WORD = rf"(?:{'|'.join(TENS)})-(?:{'|'.join(k for k, v in ONES.items() if 0 < v < 10)})"
_ORDINAL_WORDS = {
    "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "twentieth": 20,
}
_FRACTIONS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
              "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5}
_QUALIFIER = (r"(?:(?P<q>more than|fewer than|less than|at least|nearly|almost|about|"
              r"around|roughly|some|over|under|up to|as many as)\s+)?")

# "six protesters", "twenty-two people", "More than two dozen": a number word, a noun.
_COUNT_WORD = re.compile(
    rf"(?<![\w-]){_QUALIFIER}(?P<n>{_COMPOUND_WORD}|{_WORD_ALT})(?P<dozen>\s+dozen)?"
    r"(?=\s+[a-z])(?![\w-])", re.IGNORECASE)
# "12-hour", "35-year-old", "six-week", "10-mile": a number and a unit joined by hyphens.
_HYPHENATED = re.compile(
    rf"(?<![\w$.,-])(?P<n>\d+(?:\.\d+)?|{_COMPOUND_WORD}|{_WORD_ALT}|one)-"
    r"(?P<unit>[a-z]+)(?P<old>-old)?(?![\w-])", re.IGNORECASE)
_ORDINAL = re.compile(
    rf"(?<![\w-])(?P<n>\d+(?:st|nd|rd|th)|{'|'.join(_ORDINAL_WORDS)})(?=\s+[a-z])(?![\w-])",
    re.IGNORECASE)
_FRACTION = re.compile(
    rf"(?<![\w-])(?P<n>one|a|two|three)[- ](?P<d>{'|'.join(_FRACTIONS)})(?=\s+of\b)",
    re.IGNORECASE)
# "a quarter of an hour", "half an hour", "more than a month", "an hour and a half".
_WORD_DURATION = re.compile(
    rf"(?<![\w-]){_QUALIFIER}(?:(?P<part>a quarter of an?|half an?|three quarters of an?)|"
    r"(?P<one>an?))\s+(?P<unit>second|minute|hour|day|week|month|year|decade)"
    r"(?P<half> and a half)?(?![\w-])", re.IGNORECASE)
_CLOCK = re.compile(
    r"(?<![\w:.])(?P<h>[01]?\d|2[0-3])(?::(?P<m>[0-5]\d))?\s*"
    r"(?:(?P<ampm>[ap])\.?\s?m\.?(?![a-z])|(?=:)|(?<=\d\d)(?=\s+(?:[A-Z]{2,4}T|GMT|UTC)\b))"
    r"(?:\s+(?P<tz>(?:[A-Z]{1,2}[SD]?T|GMT|UTC|[ECMP]T))\b)?")
_CLOCK_24 = re.compile(r"(?<![\w:.$])(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)(?![\w:])"
                       r"(?:\s+(?P<tz>(?:[A-Z]{1,2}[SD]?T|GMT|UTC|[ECMP]T))\b)?")
_PART = {"a quarter of a": 0.25, "a quarter of an": 0.25, "half a": 0.5, "half an": 0.5,
         "three quarters of a": 0.75, "three quarters of an": 0.75}
_ABOUT = {"about", "around", "roughly", "some"}
_ABOVE = {"more than", "over", "at least"}
_BELOW = {"fewer than", "less than", "under", "up to", "as many as", "nearly", "almost"}


@dataclass(frozen=True, slots=True)
class _Triggers:
    numbers: Words  # "six", "twenty", "one": counts and hyphenated compounds
    units: Words  # "hour", "month": durations in words
    fractions: Words  # "third", "quarter"
    ordinals: Words  # "second", "fifteenth"


@functools.cache
def _triggers() -> _Triggers:
    def words(found: object) -> Words:
        return Words(found, ignore_case=True, not_before="a-z", not_after="a-z")  # type: ignore[arg-type]

    return _Triggers(words([*_NUMBER_WORDS, "one"]),
                     words([*TIME_UNITS, *(f"{u}s" for u in TIME_UNITS)]),
                     words(_FRACTIONS), words(_ORDINAL_WORDS))


triggers(_triggers)

# Around a trigger, the text a match holding it may cover: a qualifier and "three quarters
# of an" before it ("more than three quarters of an hour"), its noun after it.
_BEFORE, _AFTER = 48, 64
Window = tuple[int, int]
_Reader = Callable[[str, list[Window]], list[Figure]]


def read_word_figures(text: str, start: int = 0, end: int | None = None,
                      words: Scan | None = None) -> list[Figure]:
    """The figures above in text[start:end], in order, non-overlapping. Never raises."""
    end = len(text) if end is None else end
    whole = [(start, end)]
    t = _triggers()

    def near(*hits: list[int] | None) -> list[Window]:
        if words is None or any(h is None for h in hits):
            return whole
        return _windows(sorted(at for h in hits for at in h or ()), start, end)

    digits = _digit_runs(text, start, end)
    numbers = t.numbers.starts(words) if words is not None else None
    readers: list[tuple[_Reader, list[Window]]] = [
        (_clocks, near(digits)), (_ages, near(digits)), (_hyphenated, near(digits, numbers)),
        (_word_durations, near(t.units.starts(words) if words is not None else None)),
        (_fractions, near(t.fractions.starts(words) if words is not None else None)),
        (_ordinals, near(digits, t.ordinals.starts(words) if words is not None else None)),
        (_counts, near(numbers))]
    found: list[Figure] = []
    for reader, windows in readers:
        for figure in reader(text, windows):
            if not any(f.start < figure.end and figure.start < f.end for f in found):
                found.append(figure)
    found.sort(key=lambda f: f.start)
    return found


def _windows(hits: list[int], start: int, end: int) -> list[Window]:
    """Merged stretches of text[start:end] around each hit."""
    out: list[Window] = []
    for at in hits:
        lo, hi = max(start, at - _BEFORE), min(end, at + _AFTER)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        elif lo < hi:
            out.append((lo, hi))
    return out


def _matches(pattern: re.Pattern[str], text: str, windows: list[Window]
             ) -> Iterator[re.Match[str]]:
    """pattern.finditer over each window, as over the text: left to right, none
    overlapping the one before."""
    last_end = -1
    for lo, hi in windows:
        for m in pattern.finditer(text, max(lo, last_end), hi):
            if m.start() >= last_end:
                last_end = m.end() if m.end() > m.start() else m.end() + 1
                yield m


def time_unit(word: str | None) -> str | None:
    """The unit of time a noun names ("hours" → hour), or None."""
    return None if word is None else _TIME_FORMS.get(word.lower())


def _number(word: str) -> float:
    low = word.lower()
    if "-" in low:
        tens, ones = low.split("-")
        return float(TENS[tens] + ONES[ones])
    if low == "one":
        return 1.0
    return float(_NUMBER_WORDS[low]) if low in _NUMBER_WORDS else float(low)


def _interval(value: float, qualifier: str | None, step: float = 0.5) -> tuple[float, float]:
    q = (qualifier or "").lower()
    if q in _ABOUT:
        return value * 0.9, value * 1.1
    if q in _ABOVE:
        return value, float("inf")
    if q in _BELOW:
        return (value * 0.9 if q in ("nearly", "almost") else 0.0), value
    return value - step, value + step


def _figure(start: int, end: int, text: str, kind: str, unit: str, value: float,
            qualifier: str | None, noun: str | None, step: float = 0.5) -> Figure:
    low, high = _interval(value, qualifier, step)
    return Figure(start, end, " ".join(text[start:end].split()), kind, unit, value, low, high,
                  qualifier.lower() if qualifier else None, noun)


def _counts(text: str, windows: list[Window]) -> list[Figure]:
    out = []
    for m in _matches(_COUNT_WORD, text, windows):
        value = _number(m["n"]) * (12 if m["dozen"] else 1)
        noun = re.match(r"\s+([a-z]+)", text[m.end() : m.end() + 30])
        if noun is None or noun[1] in ("of", "to", "and", "or", "in", "on", "at", "for"):
            continue  # "two of them", "one to two": no noun counted
        out.append(_figure(m.start(), m.end(), text, "count", "", value, m["q"], noun[1]))
    return out


def _hyphenated(text: str, windows: list[Window]) -> list[Figure]:
    out = []
    for m in _matches(_HYPHENATED, text, windows):
        unit = m["unit"].lower()
        try:
            value = _number(m["n"])
        except (KeyError, ValueError):
            continue
        if m["old"] and time_unit(unit):
            out.append(_figure(m.start(), m.end(), text, "count", "age", value, None, "old"))
        elif time_unit(unit):
            out.append(_figure(m.start(), m.end(), text, "count", "", value, None, unit))
        elif m["n"][0].isdigit() and unit.isalpha() and len(unit) > 2:
            # "10-mile", "5-point", "3-2": the noun is the unit word.
            out.append(_figure(m.start(), m.end(), text, "count", "", value, None, unit))
    return out


# "Mattis, 68, said", "aged 68", "68 years old": an age said of the name before it.
_AGE = re.compile(r"(?:(?<=[A-Za-z.], )|(?<=\baged ))(?P<n>[1-9]\d?|1[01]\d)(?=,|\s+years?\s+old\b)"
                  r"|(?<![\w$.,-])(?P<n2>[1-9]\d?|1[01]\d)(?=\s+years?\s+old\b)")
AGE_BEFORE = re.compile(
    r"(?:[A-Z][\w.'’-]*,\s|aged\s|\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er)\s+[a-z]+,\s)$")


def _ages(text: str, windows: list[Window]) -> list[Figure]:
    out = []
    for m in _matches(_AGE, text, windows):
        if m["n"] and not AGE_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue  # "in 2019, 68, ..." or a list of numbers, not a name's age
        out.append(_figure(m.start(), m.end(), text, "count", "age", float(m[0]), None,
                           "old"))
    return out


def _ordinals(text: str, windows: list[Window]) -> list[Figure]:
    out = []
    for m in _matches(_ORDINAL, text, windows):
        word = m["n"].lower()
        value = float(_ORDINAL_WORDS.get(word) or int(word[:-2]))
        out.append(_figure(m.start(), m.end(), text, "ordinal", "th", value, None, None, 0.0))
    return out


def _fractions(text: str, windows: list[Window]) -> list[Figure]:
    out = []
    for m in _matches(_FRACTION, text, windows):
        numerator = {"one": 1, "a": 1, "two": 2, "three": 3}[m["n"].lower()]
        value = 100.0 * numerator / _FRACTIONS[m["d"].lower()]
        out.append(_figure(m.start(), m.end(), text, "percent", "%", value, "about", None))
    return out


def _word_durations(text: str, windows: list[Window]) -> list[Figure]:
    out = []
    for m in _matches(_WORD_DURATION, text, windows):
        part = _PART.get(" ".join(m["part"].lower().split())) if m["part"] else 1.0
        if part is None:
            continue
        if m["one"] and not m["q"] and not m["half"]:
            continue  # "a day" alone is mostly a rate or an idiom ("a day later")
        value = part + (0.5 if m["half"] else 0.0)
        out.append(_figure(m.start(), m.end(), text, "count", "", value, m["q"],
                           m["unit"].lower(), 0.25))
    return out


def _clocks(text: str, windows: list[Window]) -> list[Figure]:
    out: list[Figure] = []
    for pattern in (_CLOCK, _CLOCK_24):
        for m in _matches(pattern, text, windows):
            ampm = m.groupdict().get("ampm")
            if ampm is None and m["m"] is None:
                continue
            if pattern is _CLOCK and ampm is None:
                continue  # the 24-hour pattern reads these
            hour = int(m["h"]) % 12 + (12 if ampm and ampm.lower() == "p" else 0) \
                if ampm else int(m["h"])
            if ampm and int(m["h"]) > 12:
                continue
            minutes = hour * 60 + int(m["m"] or 0)
            if any(f.start < m.end() and m.start() < f.end for f in out):
                continue
            out.append(_figure(m.start(), m.end(), text, "clock", m["tz"] or "",
                               float(minutes), None, None, 0.0))
    return out


# A rank in a list: "the No. 3 position", "No. 2 in the leadership". Not "No. 10 Downing
# Street" (a capitalised name after it) nor a list's or a form's number ("No. 3-B").
_RANK = re.compile(r"\bNo\. ?([1-9]\d?)(?![\d,.:/-]?\w)(?! [A-Z])")


def read_ranks(text: str, start: int = 0, end: int | None = None) -> list[Figure]:
    """The ranks ("No. 2") in text[start:end], as ordinals of unit "rank": which place in
    an order a person or thing holds, a figure two articles can give differently."""
    end = len(text) if end is None else end
    out: list[Figure] = []
    at = text.find("No.", start, end)
    while at >= 0:
        m = _RANK.match(text, at, end)
        if m is not None:
            out.append(_figure(m.start(), m.end(), text, "ordinal", "rank",
                               float(m[1]), None, None, 0.0))
        at = text.find("No.", at + 3, end)
    return out
