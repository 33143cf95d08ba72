"""The period a change covers, as the words right after the figure state it.

"fell 1% on Monday" and "has fallen 12% this year" are different measures of the same
index; NL401 compares two changes only when their periods can be the same.

A price read during a session ("were down 6.9% in afternoon trading", "At 1000 GMT, the
FTSE was up 0.5%", "were last down", "at one point", "after hours") is a moment, not the
day's close: its period is "session", which matches no other period, not even another
"session" (prices move). A stated clock time ("at 2:30 p.m. ET") is "at 1430 ET" and
matches only the same time. A closing cue in the figure's clause ("closed", "ended",
"settled", "at the close") wins over an intraday cue that opens the sentence.
"""

from __future__ import annotations

import re

import regex

from newslint.extract.scan import Scan, Words, has_start, scan

_PERIOD = regex.compile(
    r"""(?ix)
    (?:on\s+(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)
     |(?P<day>on\s+the\s+day|today|yesterday|in\s+a\s+single\s+day|in\s+one\s+day|
         in\s+a\s+day|for\s+the\s+day|on\s+the\s+session|at\s+the\s+close|by\s+the\s+close)
     |(?P<session>after\s+hours|after-hours|in\s+after-hours\s+trading|premarket|
         pre-market|in\s+early\s+trading|in\s+early\s+trade|in\s+late\s+trade|
         in\s+late\s+trading|intraday|in\s+asian\s+trading|overnight)
     |(?P<open>at\s+the\s+open(?:ing\s+bell)?)
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

# A moment within (or around) a trading session, written after or before the figure.
_ZONE = r"(?:ET|EST|EDT|GMT|BST|CET|CEST|UTC|JST|HKT|SGT|IST|AEDT|AEST)"
_SESSION_WORDS = r"""
    (?:in|during)\s+(?:(?:the|heavy|light|thin|volatile|choppy|busy|brisk)\s+)?
      (?:early|late|morning|mid-?morning|late-?morning|midday|mid-day|afternoon|
         early-?afternoon|late-?afternoon|premarket|pre-market|pre-open|after-hours|
         afterhours|extended|overnight|asian|evening)
      (?:\s+(?:afternoon|morning|new\s+york|london|u\.?s\.?|wall\s+street|asian|european))?
      \s+(?:trading|trade|dealings|deals|session)(?:\s+hours)?
    |after[\s-]hours|pre-?market|intraday|at\s+(?:one|some)\s+point|
    earlier\s+in\s+the\s+(?:session|day)|
    on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+
      (?:morning|afternoon|evening)|
    last\s+(?:down|up|off|higher|lower|traded|trading|quoted|changed\s+hands)|
    (?:was|were|is|are|stood)\s+last\s+(?=[\d$\u00a3\u20ac\u00a5])
    """
_TIME = rf"""
    (?:at|by|as\s+of)\s+
    (?P<hour>\d{{1,2}})(?:[:.](?P<minute>\d{{2}}))?\s*(?P<half>[ap])\.?m\.?
      (?:\s+(?P<zone>{_ZONE})(?![\p{{L}}]))?
    |(?:at|by|as\s+of)\s+(?P<hhmm>\d{{4}})\s+(?P<zone2>{_ZONE})(?![\p{{L}}])
    |(?:at|by|as\s+of)\s+(?P<hour3>\d{{1,2}}):(?P<minute3>\d{{2}})\s+
      (?P<zone3>{_ZONE})(?![\p{{L}}])
    """
_CLOSING = r"""
    clos(?:ed|ing)|end(?:ed|ing)|finish(?:ed|ing)|settl(?:ed|ing)|
    to\s+(?:close|end|finish|settle)|at\s+(?:the\s+)?close|by\s+the\s+close|
    at\s+the\s+(?:end|finish)\s+of
    """
# A cue in the figure's clause: a close ("closed down 4.6%", "ended 3% lower", "at the
# close") or a moment of the session.
_CUE = regex.compile(
    rf"""(?ix)(?<![\p{{L}}\d])
    (?:(?P<close>{_CLOSING})|(?P<time>{_TIME})|{_SESSION_WORDS})(?!\p{{L}})""")
# An intraday cue that opens the sentence and covers it: "In afternoon trading, ..."
_LEADING = regex.compile(
    rf"""(?ix)(?<=(?:\A|[.!?][\"'\u201d\u2019)]*\s|\n)\s*)
    (?:(?P<time>{_TIME})|{_SESSION_WORDS})\s*,\s""")
# Where a sentence ends: a stop, then a capital; not after "U.S.", "p.m." or "Corp.".
_SENTENCE_BREAK = regex.compile(
    r"(?<!\b(?:[A-Za-z]\.)*[A-Za-z]|\b(?:Corp|Inc|Co|Ltd|Mr|Mrs|Ms|Dr|St|Jr|No|vs))"
    r"[.!?][\"'\u201d\u2019)]*\s+(?=[\"'\u201c\u2018(]?\p{Lu})|\n"
)
_BACK = 240
# Every match of _CUE and _LEADING holds one of these words, or else a time: a digit after
# "at", "by" or "as of". Where a stretch of text has neither, they need not be run there.
_CUE_WORDS = Words(("clos", "end", "finish", "settl", "trad", "deal", "session", "hours",
                    "market", "intraday", "point", "earlier", "morning", "afternoon", "evening",
                    "last"), ignore_case=True)
# Such a time, loosely, in the lower-cased text: "at", "by" or "of", then what \s+ may be (no
# ASCII letter or digit), then what \d may be (an ASCII digit or a non-ASCII character).
_CUE_TIME = re.compile(r"(?:at|by|of)[^a-z0-9]+[^\x00-/:-\x7f]")
# Where a clause starts before a figure: the figure's own decimal points are no stop.
_CLAUSE_START = regex.compile(r"[.;:!?](?=\s)|,\s|\s(?:and|but|while|whereas)\s")


def period_after(text: str, end: int, words: Scan | None = None) -> str | None:
    """The period of the figure that ends at `end`: "monday", "week", "year", "session"...

    Named periods are read in the clause after the figure; intraday cues also in the
    clause before it and at the opening of its sentence. `words`: the scan of `text`.
    """
    words = words or scan(text)
    stop = min(len(text), end + _REACH)
    clause_end = _CLAUSE_END.search(text, end, stop)
    limit = clause_end.start() if clause_end else stop
    moment = _moment(words, end, limit)
    if moment is not None:
        return moment
    match = _PERIOD.search(text, end, limit)
    if match is None:
        return None
    for name in ("weekday", "day", "session", "open", "week", "month", "quarter", "year", "since"):
        if match[name]:
            return match[name].lower() if name == "weekday" else name
    return None


def _moment(words: Scan, end: int, limit: int) -> str | None:
    """"session" or "at HHMM ZONE" for a figure read during a session; None otherwise.

    The cue nearest the figure in its clause decides: first the one before it ("closed
    down 4.6%", "were last down 6.9%"), then the one after it ("down 6.9% in afternoon
    trading", "4.6% at the close"); failing both, an intraday cue opening the sentence.
    """
    text = words.text
    lo = max(0, end - _BACK)
    cues_before = _may_hold_cue(words, lo, end)
    before: list[regex.Match[str]] = []
    if cues_before:
        starts = list(_CLAUSE_START.finditer(text, lo, end))
        clause_start = starts[-1].end() if starts else lo
        before = list(_CUE.finditer(text, clause_start, end))
    if before and before[-1]["close"]:
        return None
    reach = min(len(text), end + _REACH)
    after = _CUE.search(text, end, reach) if _may_hold_cue(words, end, reach) else None
    if after is not None and _CLAUSE_END.search(text, end, after.start()) is None:
        return None if after["close"] else _label(after)
    if before:
        return _label(before[-1])
    leadings = list(_LEADING.finditer(text, lo, end)) if cues_before else []
    for leading in reversed(leadings):
        if _SENTENCE_BREAK.search(text, leading.end(), end) is None:
            return _label(leading)
        break
    return None


def _may_hold_cue(words: Scan, start: int, end: int) -> bool:
    """Whether a match of _CUE or _LEADING may lie in text[start:end] (see _CUE_WORDS)."""
    if words.low is None:
        return True
    return (has_start(_CUE_WORDS.starts(words), start, end)
            or _CUE_TIME.search(words.low, start, end) is not None)


def _label(match: regex.Match[str]) -> str:
    if not match["time"]:
        return "session"
    zone = (match["zone"] or match["zone2"] or match["zone3"] or "").upper()
    zone = {"EST": "ET", "EDT": "ET"}.get(zone, zone)
    if match["hhmm"]:
        clock = match["hhmm"]
    else:
        hour = int(match["hour"] or match["hour3"])
        minute = match["minute"] or match["minute3"] or "00"
        if match["half"]:
            hour = hour % 12 + (12 if match["half"].lower() == "p" else 0)
        clock = f"{hour:02d}{minute}"
    return f"at {clock} {zone}".rstrip()
