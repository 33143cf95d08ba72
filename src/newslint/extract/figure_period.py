"""The period a change covers, as the words right after the figure state it.

"fell 1% on Monday" and "has fallen 12% this year" are different measures of the same
index; NL401 compares two changes only when their periods can be the same.
"""

from __future__ import annotations

import regex

_WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday".split()
_PERIOD = regex.compile(
    r"""(?ix)
    (?:on\s+(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)
     |(?P<day>on\s+the\s+day|today|yesterday|in\s+a\s+single\s+day|in\s+one\s+day|
         in\s+a\s+day|for\s+the\s+day|on\s+the\s+session|at\s+the\s+close|by\s+the\s+close)
     |(?P<session>after\s+hours|after-hours|in\s+after-hours\s+trading|premarket|
         pre-market|in\s+early\s+trading|in\s+early\s+trade|in\s+late\s+trade|
         in\s+late\s+trading|intraday|at\s+the\s+open|in\s+asian\s+trading|overnight)
     |(?P<week>(?:this|last|the|a|in\s+the|for\s+the|over\s+the)\s+week|weekly|
         in\s+(?:the\s+)?(?:past|last)\s+(?:five|5|seven|7)\s+(?:days|sessions))
     |(?P<month>(?:this|last|the|in\s+the|for\s+the|over\s+the|past)\s+month|monthly|
         in\s+(?:january|february|march|april|may|june|july|august|september|october|
         november|december))
     |(?P<quarter>(?:this|last|the|in\s+the|for\s+the)\s+(?:\w+\s+)?quarter|quarterly)
     |(?P<year>(?:this|last|the|in\s+the|for\s+the|over\s+the|past)\s+year|
         year[-\s]to[-\s]date|ytd|year[-\s]on[-\s]year|from\s+a\s+year\s+(?:earlier|ago)|
         annually|in\s+\d{4})
     |(?P<since>since\s+\S+)
    )(?!\p{L})
    """
)
_CLAUSE_END = regex.compile(r"[.;:!?]|,\s|\s(?:and|but|while|whereas)\s")
_REACH = 60


def period_after(text: str, end: int) -> str | None:
    """The period named within the clause after a figure: "monday", "week", "year"..."""
    stop = min(len(text), end + _REACH)
    clause_end = _CLAUSE_END.search(text, end, stop)
    limit = clause_end.start() if clause_end else stop
    match = _PERIOD.search(text, end, limit)
    if match is None:
        return None
    for name in ("weekday", "day", "session", "week", "month", "quarter", "year", "since"):
        if match[name]:
            return match[name].lower() if name == "weekday" else name
    return None


def periods_compatible(first: str | None, second: str | None) -> bool:
    """Can two stated periods be the same? An unstated period is taken as one day."""
    one_day = {None, "day", *_WEEKDAYS}
    if first == second:
        return True
    if first in one_day and second in one_day:
        # "on Monday" and "on Tuesday" differ; a day unnamed may be either.
        return first in (None, "day") or second in (None, "day")
    return False
