"""From a match of the figure pattern to a Figure: value, unit, qualifier and the interval
the wording allows."""

from __future__ import annotations

import math

import regex

from newslint.extract.figures.grammar import (
    CURRENCY_PREFIX,
    CURRENCY_WORD,
    FUNCTION_WORDS,
    INF,
    LETTER_SCALES,
    MONTHS,
    ONES,
    SCALES,
    TENS,
    Figure,
    Grammar,
    Parts,
)
from newslint.extract.figures.units import to_base


def read_vague(match: regex.Match[str], g: Grammar) -> Figure | None:
    phrase = " ".join(match["phrase"].lower().split())
    if match["bare"]:
        # "billions" alone is a figure only as money: "billions of dollars", "$billions".
        if not (match["of"] or match["cur"]):
            return None
        scale = SCALES[phrase[:-1]]
        low, high = scale, scale * 1000
    else:
        if phrase in g.vague_phrases:
            phrase = g.vague_phrases[phrase]
            mult_word, scale_word = phrase.split(" of ", 1)
        else:
            mult_word, scale_word = _norm(match["mult"]), _norm(match["scale"])
        mult = g.vague_multiples.get(mult_word, 0.0)
        if not mult or scale_word[:-1] not in SCALES:
            return None
        scale = SCALES[scale_word[:-1]]
        low = mult * scale
        high = low * (12 if mult == 12 else 10)  # "dozens" run to a gross
    currency = None
    if match["cur"]:
        currency = CURRENCY_PREFIX.get(_norm(match["cur"]))
    elif match["of"]:
        word = _norm(match["of"]).removeprefix("of ")
        currency = CURRENCY_WORD.get(word) or CURRENCY_WORD.get(word.replace("u.s. ", ""))
    kind, unit = ("money", currency) if currency else ("count", "")
    return Figure(match.start(), match.end(), match[0], kind, unit, low, low,
                  _below(high), "vague")


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


def _number(text: str) -> tuple[float, float] | None:
    """(value, half the unit of the last stated digit) of a written number."""
    raw = text.strip()
    low = raw.lower()
    if raw[:1].isdigit() or raw[:1] == ".":
        plain = raw.replace(",", "")
        value = float(plain)
        if "." in plain:
            decimals = len(plain.split(".", 1)[1])
            return value, 0.5 * 10.0 ** -decimals
        # Trailing zeros of a long number are not stated precision: "5,600,000" is "5.6
        # million". "100" and "10%" are taken as written.
        if len(plain) < 4:
            return value, 0.5
        stripped = plain.rstrip("0")
        zeros = len(plain) - len(stripped) if stripped else 0
        return value, 0.5 * 10.0 ** zeros
    words = low.replace("-", " ").split()
    if words in (["a"], ["an"]):
        return 1.0, 0.0
    total = 0.0
    for word in words:
        if word == "hundred":
            total = (total or 1) * 100
        elif word in TENS:
            total += TENS[word]
        elif word in ONES:
            total += ONES[word]
        else:
            return None
    return total, 0.0  # "fifty times" is as exact as it says


def parse_figure(text: str, m: regex.Match[str], g: Grammar) -> Figure | None:
    p = Parts._make(m.groups())
    if p.between and p.n2 is None:
        # "split between $4 million and ...": not a range, the figure starts after "between".
        piece = g.figure.match(text, m.start("cur") if p.cur else m.start("n1"), m.end())
        return parse_figure(text, piece, g) if piece is not None and not piece["between"] else None
    is_word = not (p.n1[:1].isdigit() or p.n1[:1] == ".")
    if is_word and not any((p.cur, p.cur2, p.sc1, p.sc2, p.pct, p.pp, p.bp, p.times, p.phys,
                            p.curword)):
        return None  # as below ("bare"), sooner: most matches are "a" or "one" alone
    n1 = _number(p.n1)
    if n1 is None:
        return None
    value, half = n1
    scale_text = (p.sc2 or p.sc1 or "").strip()
    if is_word and scale_text:
        half = 0.5  # "a billion" is as round as "1 billion"
    scale_key = scale_text.lower()
    currency_text = p.cur or p.cur2
    if scale_key in LETTER_SCALES and not currency_text:
        return None  # "5m" may be metres, "2k" a race
    if scale_key == "t" and not currency_text:
        return None
    scale = SCALES.get(scale_key, 1.0) if scale_text else 1.0
    has_unit = any((p.pct, p.pp, p.bp, p.times, p.phys, p.curword))
    bare = not (currency_text or scale_text or has_unit)
    if is_word and (bare or (p.n1.lower() in ("a", "an") and not scale_text)):
        return None  # "one of the most", "a 2% rise": words only count with a unit
    if bare and _not_a_quantity(text, m):
        return None
    if p.n2 is not None and not _valid_range(text, m, p):
        return _single(text, m, g)

    kind, unit = "count", ""
    if currency_text:
        kind, unit = "money", CURRENCY_PREFIX.get(_norm(currency_text).replace(" ", ""), "")
        unit = unit or CURRENCY_PREFIX.get(_norm(currency_text).rstrip(), "USD")
    elif p.curword:
        kind, unit = "money", CURRENCY_WORD.get(_norm(p.curword), "USD")
    elif p.pct:
        kind, unit = "percent", "%"
    elif p.pp:
        kind, unit = "percentage_points", "pp"
    elif p.bp:
        kind, unit = "basis_points", "bp"
    elif p.times:
        kind, unit = "multiplier", "x"
    elif p.phys:
        kind, unit = "physical", p.phys.strip()

    unit_factor = 1.0
    if kind == "physical":
        base = to_base(1.0, unit)
        if base is None:
            return None
        unit_factor, unit = base

    qualifier = _norm(p.qual) if p.qual else None
    interval_kind = g.qualifiers.get(qualifier) if qualifier else None
    if p.plus or p.plus2:
        qualifier, interval_kind = qualifier or "+", "at_least"

    if p.n2 is not None:
        second = _number(p.n2)
        if second is None:
            return None
        scale1, scale2 = _range_scales(p)
        low, high = sorted((value * scale1 * unit_factor, second[0] * scale2 * unit_factor))
        qualifier = qualifier or ("between" if p.between else "range")
        middle = (low + high) / 2
        if interval_kind:
            low, high = _qualify(interval_kind, low, high, high if interval_kind in (
                "below", "up_to", "nearly") else low, low, high, g)
        return Figure(m.start(), m.end(), m[0], kind, unit, middle, low, high, qualifier,
                      _noun_after(text, m.end()) if kind == "count" else None)

    factor = scale * unit_factor
    exact = value * factor
    p_low, p_high = (value - half) * factor, (value + half) * factor
    if scale_text and scale_key not in ("k", "thousand") and value >= 1:
        # A writer switches to the smaller scale word below one: "$1 trillion" is not
        # $700 billion, which would be written as such.
        p_low = max(p_low, scale)
    if kind == "multiplier":
        p_low, p_high = exact, exact
    low, high = _qualify(interval_kind, p_low, p_high, exact, p_low, p_high, g)
    return Figure(m.start(), m.end(), m[0], kind, unit, exact, low, high, qualifier,
                  _noun_after(text, m.end()) if kind == "count" else None)


def _single(text: str, m: regex.Match[str], g: Grammar) -> Figure | None:
    """Re-read a match whose "range" is not one ("from 3 to 4", "555-1234") as one number."""
    n1_end = m.end("sc1") if m["sc1"] else m.end("n1")
    piece = g.figure.match(text, m.start(), n1_end)
    if piece is None or piece["n2"] is not None:
        return None
    figure = parse_figure(text, piece, g)
    # "from 3 to 4 percent": the first number's unit is the one written after the second.
    return figure if figure is not None and figure.kind != "count" else None


def _qualify(kind: str | None, low: float, high: float, value: float, p_low: float,
             p_high: float, g: Grammar) -> tuple[float, float]:
    tol_about = g.tolerances.get("about", 0.1)
    tol_nearly = g.tolerances.get("nearly", 0.1)
    if kind == "above":
        return _above(value), INF
    if kind == "at_least":
        return value, INF
    if kind == "below":
        return 0.0, _below(value)
    if kind == "up_to":
        return 0.0, value
    if kind == "about":
        return min(p_low, value * (1 - tol_about)), max(p_high, value * (1 + tol_about))
    if kind == "nearly":
        return min(p_low, value * (1 - tol_nearly)), value
    return low, high


def _above(value: float) -> float:
    return math.nextafter(value, INF)


def _below(value: float) -> float:
    return math.nextafter(value, -INF)


def _valid_range(text: str, m: regex.Match[str], p: Parts) -> bool:
    sep = _norm(p.rsep or "")
    before = text[max(0, m.start() - 6) : m.start()].lower()
    if sep == "to" and before.rstrip().endswith("from"):
        return False  # "from 3 to 4 percent" is a change, not a range
    if p.between:
        return True
    n1, n2 = p.n1.replace(",", ""), p.n2.replace(",", "")
    if sep in ("-", "–"):
        if not (p.pct or p.pp or p.bp or p.cur or p.sc1 or p.sc2
                or p.phys or p.curword):
            return False  # "555-1234", "2019-2020", scores: not figures
        if len(n2) >= 3 and not p.sc2 and "." not in n2 and len(n1) < 3:
            return False
    scale1, scale2 = _range_scales(p)
    try:
        if n1[:1].isdigit() and n2[:1].isdigit():
            return float(n1) * scale1 <= float(n2) * scale2
    except ValueError:
        pass
    return True


def _range_scales(p: Parts) -> tuple[float, float]:
    """The scales of a range's two ends. "1-2 million": the second scale word serves both
    ends unless the first has its own. A second end written as a whole figure, with its own
    currency sign or thousands separators ("$5.4 million to $200,000"), takes no scale from
    the first."""
    whole = bool(p.cur2 or "," in p.n2) and not p.sc2  # type: ignore[operator]
    scale2 = 1.0 if whole else SCALES.get((p.sc2 or p.sc1 or "").strip().lower(), 1.0)
    scale1 = SCALES.get((p.sc1 or "").strip().lower(), scale2)
    return scale1, scale2


_NOT_AFTER = regex.compile(r"\s?(?::\d|(?i:a\.?m\.?|p\.?m\.?)(?!\p{L})|-\p{L}|[-–/]\d)|\)\s?\d{3}")
_NOT_BEFORE = regex.compile(r"\d\s?[-–/.]\s?$|\(\d{3}\)\s?$|\d{3}[-.\s]$")


_LIST_MARK = regex.compile(r"[.)]\s")
# A month name followed by its own day: the number before it is not that month's day.
_MONTH_THEN_DAY = regex.compile(r"\s+[A-Za-z]+\.?\s+(?:[1-9]|[12]\d|3[01])(?!\d|:|,\d)")


def _not_a_quantity(text: str, m: regex.Match[str]) -> bool:
    """Years, dates, times, phone numbers, list numbers and names ("Nikkei 225")."""
    n1 = m["n1"]
    start, end = m.start("n1"), m.end()
    digits = n1.replace(",", "")
    if "," not in n1 and "." not in n1 and len(digits) == 4 and 1800 <= int(digits) <= 2100:
        return True
    after = text[end : end + 12]
    before = text[max(0, start - 30) : start]
    if _NOT_AFTER.match(after):
        return True  # 10:30, 3 p.m., 10-year, 9/11, (212) 555-0199
    if _NOT_BEFORE.search(before):
        return True
    words_before = before.split()
    previous = words_before[-1] if words_before else ""
    word_after = after.split()[0].lower().strip(".,;") if after.split() else ""
    if previous.lower().strip(".,") in MONTHS:
        return True
    if word_after in MONTHS and not _MONTH_THEN_DAY.match(after):
        return True  # "29 Sept." is a day; "the 19 Sept. 11 hijackers" count hijackers
    if (previous and previous[0].isupper() and previous.lower() not in FUNCTION_WORDS
            and not previous.endswith((",", ";", ":"))):
        return True  # "Nikkei 225", "Gemini 2.0", "No. 1", "Section 230"; not "On Monday, 33"
    if previous.endswith(("#", "No.", "no.")):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    # "1. Introduction", "2) Results"
    return not text[line_start:start].strip() and bool(_LIST_MARK.match(after))


_NOUN_AFTER = regex.compile(r"\s+(?:of\s+)?([a-z][a-z-]{2,})")


def _noun_after(text: str, end: int) -> str | None:
    match = _NOUN_AFTER.match(text[end : end + 40])
    return match[1] if match else None
