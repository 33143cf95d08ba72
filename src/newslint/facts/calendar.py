"""Calendar arithmetic for date expressions: every expression becomes an inclusive interval.

Relative expressions are stored as a short key ("earlier this week", "weekday:0",
"last-month:7") so that a later stage can resolve them again against another reference
date (the corpus's, when the article has none) without the article's text.
"""

from __future__ import annotations

import calendar
import datetime as dt
from typing import Literal

Precision = Literal["day", "week", "month", "quarter", "season", "year", "years", "decade"]
Interval = tuple[dt.date, dt.date, Precision]
Tense = Literal["past", "future", "unknown"]

_DAY = dt.timedelta(days=1)
_MONTHS = list(calendar.month_name)  # English whatever the locale
MIN_YEAR, MAX_YEAR = 1000, 2999

# Thirds of a year and of a month, as news copy uses "early", "mid" and "late".
_YEAR_PARTS = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}
_SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11)}
_DECADE_PARTS = {"early": (0, 3), "mid": (4, 6), "late": (7, 9)}


def last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def is_valid_day(year: int | None, month: int, day: int) -> bool:
    """Whether the day exists; without a year, whether it exists in some year (Feb 29)."""
    if not 1 <= month <= 12 or day < 1:
        return False
    if year is None:
        return day <= (29 if month == 2 else last_day(2001, month))
    return day <= last_day(year, month)


def day(date: dt.date) -> Interval:
    return date, date, "day"


def month(year: int, month_no: int, part: str | None = None) -> Interval:
    end_day = last_day(year, month_no)
    first, last = {"early": (1, 10), "mid": (11, 20), "late": (21, end_day)}.get(
        part or "", (1, end_day))
    return dt.date(year, month_no, first), dt.date(year, month_no, last), \
        "month" if part is None else "week"


def months(year: int, first: int, last: int, precision: Precision) -> Interval:
    return dt.date(year, first, 1), dt.date(year, last, last_day(year, last)), precision


def quarter(year: int, number: int) -> Interval:
    return months(year, 3 * number - 2, 3 * number, "quarter")


def year_part(year: int, part: str | None) -> Interval:
    """"late 2024" = September to December 2024; a bare year is the whole year."""
    if part in _YEAR_PARTS:
        first, last = _YEAR_PARTS[part]
        return months(year, first, last, "season")
    return months(year, 1, 12, "year")


def years(first: int, last: int) -> Interval:
    """"from 1967 to 1979": the whole of both years and those between; precision "years"
    says the interval is a range whose ends are both stated (compared end by end)."""
    return dt.date(first, 1, 1), dt.date(last, 12, 31), "years"


def season(year: int, name: str) -> Interval:
    if name == "winter":  # the winter of 2024 runs into 2025
        return dt.date(year, 12, 1), dt.date(year + 1, 2, last_day(year + 1, 2)), "season"
    first, last = _SEASONS[name]
    return months(year, first, last, "season")


def decade(start_year: int, part: str | None) -> Interval:
    first, last = _DECADE_PARTS.get(part or "", (0, 9))
    return dt.date(start_year + first, 1, 1), dt.date(start_year + last, 12, 31), "decade"


def _monday(date: dt.date) -> dt.date:
    return date - date.weekday() * _DAY


def _shift_month(year: int, month_no: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month_no - 1) + delta
    return index // 12, index % 12 + 1


def _weekday_in(first: dt.date, last: dt.date, weekday: int) -> Interval:
    """The span between the first and last `weekday` inside [first, last]."""
    start = first + ((weekday - first.weekday()) % 7) * _DAY
    end = start
    while end + 7 * _DAY <= last:
        end += 7 * _DAY
    return start, end, "day" if start == end else "week"


_UNITS = {"week", "month", "year"}


def resolve_relative(key: str, ref: dt.date, tense: Tense = "unknown") -> Interval | None:
    """The interval a relative expression names, seen from the reference date `ref`.

    Weekdays read as news uses them: the most recent such day (today included) unless the
    sentence is in the future tense. Returns None for an unknown key.
    """
    try:
        return _resolve(key, ref, tense)
    except (ValueError, OverflowError):
        return None  # near the ends of the calendar


def _resolve(key: str, ref: dt.date, tense: Tense) -> Interval | None:
    if key == "today":
        return day(ref)
    if key == "yesterday":
        return day(ref - _DAY)
    if key == "tomorrow":
        return day(ref + _DAY)
    if key.startswith("weekday:"):
        return _weekday(key, ref, tense)
    if key.startswith(("last-month:", "in-month:", "next-month:")):
        return _named_month(key, ref, tense)
    if key.startswith("md:"):
        return _month_day(key, ref, tense)
    if key.startswith("ago:"):
        return _ago(key, ref)
    if key in ("last weekend", "over the weekend", "this weekend", "the weekend"):
        saturday = ref - ((ref.weekday() - 5) % 7) * _DAY
        if key == "last weekend" and ref.weekday() >= 5:
            saturday -= 7 * _DAY
        return saturday, saturday + _DAY, "week"
    if key in ("the past week", "this past week"):
        return ref - 7 * _DAY, ref, "week"
    words = key.split()
    if len(words) == 3 and words[0] in ("early", "late", "mid") and words[2] == "year":
        year = {"last": ref.year - 1, "this": ref.year, "next": ref.year + 1}.get(words[1])
        return None if year is None else year_part(year, words[0])
    if len(words) == 3 and words[1] == "this" and words[2] in _UNITS:
        whole = _resolve(f"this {words[2]}", ref, tense)
        if whole is None:
            return None
        if words[0] == "earlier":
            return whole[0], min(ref, whole[1]), whole[2]
        if words[0] == "later":
            return max(ref, whole[0]), whole[1], whole[2]
        return None
    if len(words) == 2 and words[1] in _UNITS:
        offset = {"last": -1, "this": 0, "next": 1}.get(words[0])
        if offset is None:
            return None
        unit = words[1]
        if unit == "week":
            start = _monday(ref) + 7 * offset * _DAY
            return start, start + 6 * _DAY, "week"
        if unit == "month":
            year, month_no = _shift_month(ref.year, ref.month, offset)
            return month(year, month_no)
        return year_part(ref.year + offset, None)
    return None


def _weekday(key: str, ref: dt.date, tense: Tense) -> Interval:
    _, weekday, *rest = key.split(":")
    which = rest[0] if rest else ""
    wanted = int(weekday)
    if which == "last":  # "last Monday": this week's or the one before
        return _weekday_in(ref - 13 * _DAY, ref - _DAY, wanted)
    if which == "next":
        return _weekday_in(ref + _DAY, ref + 13 * _DAY, wanted)
    if which == "this":
        return _weekday_in(_monday(ref), _monday(ref) + 6 * _DAY, wanted)
    if tense == "future":
        return _weekday_in(ref, ref + 6 * _DAY, wanted)
    return _weekday_in(ref - 6 * _DAY, ref, wanted)


def _named_month(key: str, ref: dt.date, tense: Tense) -> Interval:
    which, month_text, *part = key.split(":")
    month_no = int(month_text)
    if which == "last-month":  # the most recent such month before this one
        year = ref.year if month_no < ref.month else ref.year - 1
    elif which == "next-month":
        year = ref.year if month_no > ref.month else ref.year + 1
    else:
        year = ref.year
        if tense == "past" and month_no > ref.month:
            year -= 1
    return month(year, month_no, part[0] if part else None)


def _month_day(key: str, ref: dt.date, tense: Tense) -> Interval | None:
    """ "March 4" without a year: the occurrence nearest the reference date, so "Dec. 30" in
    an article of early January is last year's and "Jan. 3" in late December is next."""
    candidates = month_day_candidates(key, ref)
    # A past-tense sentence tells of a day before the article (give or take a week of
    # reporting lag); a future-tense one of a day after it.
    if tense == "past":
        candidates = [d for d in candidates if d <= ref + 7 * _DAY] or candidates
    elif tense == "future":
        candidates = [d for d in candidates if d >= ref - 7 * _DAY] or candidates
    if not candidates:
        return None
    prefer_past = tense != "future"
    best = min(candidates, key=lambda d: (abs((d - ref).days), (d > ref) == prefer_past))
    return day(best)


def month_day_candidates(key: str, ref: dt.date) -> list[dt.date]:
    """The dates a year-less "md:M:D" key can mean around `ref`: last, this and next year."""
    _, month_text, day_text = key.split(":")
    month_no, day_no = int(month_text), int(day_text)
    return [dt.date(year, month_no, day_no) for year in (ref.year - 1, ref.year, ref.year + 1)
            if MIN_YEAR <= year <= MAX_YEAR and is_valid_day(year, month_no, day_no)]


def _ago(key: str, ref: dt.date) -> Interval | None:
    _, count_text, unit = key.split(":")
    count = int(count_text)
    if unit == "day":
        return day(ref - count * _DAY)
    if unit == "week":
        centre = ref - 7 * count * _DAY
        return centre - 3 * _DAY, centre + 3 * _DAY, "week"
    if unit == "month":
        year, month_no = _shift_month(ref.year, ref.month, -count)
        return month(year, month_no)
    if unit == "year":
        return year_part(ref.year - count, None)
    return None


def overlaps(a: tuple[dt.date, dt.date], b: tuple[dt.date, dt.date]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def describe(start: dt.date, end: dt.date) -> str:
    """An interval as an editor writes it, as precise as the value: "on 30 April 2013",
    "in May 2013", "in 2012", "between 1 and 30 January 2013"."""
    if start == end:
        return f"on {_day(start)}"
    last = calendar.monthrange(end.year, end.month)[1]
    if start.day == 1 and end.day == last:
        if (start.month, end.month) == (1, 12):
            return f"in {start.year}" if start.year == end.year \
                else f"from {start.year} to {end.year}"
        if (start.year, start.month) == (end.year, end.month):
            return f"in {_MONTHS[start.month]} {start.year}"
        if start.year == end.year:
            return f"between {_MONTHS[start.month]} and {_MONTHS[end.month]} {end.year}"
    if (start.year, start.month) == (end.year, end.month):
        return f"between {start.day} and {_day(end)}"
    if start.year == end.year:
        return f"between {start.day} {_MONTHS[start.month]} and {_day(end)}"
    return f"between {_day(start)} and {_day(end)}"


def _day(day: dt.date) -> str:
    return f"{day.day} {_MONTHS[day.month]} {day.year}"
