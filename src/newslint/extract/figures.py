"""Reading figures in text: value, unit, qualifier and the interval the wording allows.

`read_figures(text, start, end)` is a pure function over a string; it knows nothing of
articles, subjects or rules. Intervals are closed; an open end ("less than 6", "hundreds of
millions") is closed at the next float inward, so "$1 trillion" and "hundreds of billions"
do not touch.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import math
import re
import string
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import NamedTuple

import regex

from newslint.extract.ascii_twin import EitherMatch, ascii_twin
from newslint.extract.prefilter import Keywords, longest_words, lowered, windows
from newslint.extract.units import UNIT_TOKENS, to_base
from newslint.ruledata import builtin

INF = math.inf

_ONES = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
_SCALES = {
    "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "b": 1e9, "bn": 1e9, "t": 1e12, "tn": 1e12,
    "tr": 1e12,
}
# Abbreviated scales ("$6M", "£3bn"): "m" and "k" alone also abbreviate metres and kilo-
# things, so single-letter scales count only after a currency.
_LETTER_SCALES = frozenset({"k", "m", "b", "t"})
_PLURAL_SCALES = ("thousands", "millions", "billions", "trillions")
_CURRENCY_CODES = ("usd", "eur", "gbp", "jpy", "cny", "chf")
_CURRENCY_PREFIX = {
    "us$": "USD", "u.s.$": "USD", "$": "USD", "c$": "CAD", "a$": "AUD", "hk$": "HKD",
    "nz$": "NZD", "s$": "SGD", "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", "usd": "USD",
    "eur": "EUR", "gbp": "GBP", "jpy": "JPY", "cny": "CNY", "chf": "CHF",
}
_CURRENCY_WORD = {
    "dollars": "USD", "us dollars": "USD", "u.s. dollars": "USD", "{dollars}": "USD",
    "euros": "EUR", "pounds": "GBP", "pounds sterling": "GBP", "yen": "JPY",
    "yuan": "CNY", "renminbi": "CNY", "rupees": "INR", "francs": "CHF",
}
_MONTHS = (
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec"
).split()
# Capitalised words that may stand before a figure without making it part of a name.
_FUNCTION_WORDS = frozenset(
    "the a an and but or of in on at to for by with from as about nearly almost some only "
    "just over under more less up down around roughly approximately all its his her their "
    "our this that these those another each every than at least".split()
)


@dataclass(frozen=True, slots=True)
class Figure:
    start: int
    end: int
    text: str
    kind: str  # money, percent, percentage_points, basis_points, multiplier, count, physical
    unit: str
    value: float
    low: float
    high: float
    qualifier: str | None
    noun: str | None = None  # the word after a count: "people" in "a billion people"


class _Parts(NamedTuple):
    """The groups of a `figure` match, in the pattern's order: `_Parts._make(m.groups())`
    reads them all in less time than two look-ups by name."""

    qual: str | None
    between: str | None
    cur: str | None
    n1: str
    sc1: str | None
    rsep: str | None
    cur2: str | None
    n2: str | None
    sc2: str | None
    plus: str | None
    pct: str | None
    pp: str | None
    bp: str | None
    times: str | None
    phys: str | None
    curword: str | None
    plus2: str | None


@dataclass(frozen=True, slots=True)
class Grammar:
    figure: regex.Pattern[str]
    vague: regex.Pattern[str]
    qualifiers: dict[str, str]  # phrase → interval kind
    tolerances: dict[str, float]
    vague_multiples: dict[str, float]
    vague_phrases: dict[str, str]
    vague_words: Keywords  # every match of `vague` has one (see prefilter)
    # In the lower-cased text, the character before each place `figure` may start, and
    # whether it may start at offset 0 (see _starts).
    starts: re.Pattern[str]
    starts_at_0: re.Pattern[str]
    figure_ascii: re.Pattern[str]  # `figure` for ASCII text: the same matches, faster


def _alternation(words: list[str]) -> str:
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(r"\s+".join(regex.escape(part) for part in w.split()) for w in ordered)


@functools.cache
def grammar() -> Grammar:
    data = builtin("numbers.yaml")
    qualifiers = {
        str(phrase).lower(): kind
        for kind, phrases in (data.get("qualifiers") or {}).items()
        for phrase in phrases or []
    }
    tolerances = {k: float(v) for k, v in (data.get("tolerances") or {}).items()}
    vague_data = data.get("vague") or {}
    multiples = {str(k).lower(): float(v) for k, v in (vague_data.get("multiples") or {}).items()}
    phrases = {str(k).lower(): str(v).lower()
               for k, v in (vague_data.get("phrases") or {}).items()}

    ones = "|".join(sorted(_ONES, key=len, reverse=True))
    tens = "|".join(_TENS)
    word_number = rf"(?:(?:{tens})(?:[-\s](?:{ones}))?|{ones}|an?)(?:\s+hundred)?"
    digits = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"
    number = rf"(?:{digits}|(?i:{word_number})(?![\p{{L}}]|-(?!fold)))"
    scale = (r"(?i:\s?(?:thousand|million|billion|trillion)(?!\p{L})|\s?(?:mln|mn|bn|tn)"
             r"(?![\p{L}\p{N}])|(?:[kmbt]|tr)(?![\p{L}\p{N}]))")
    currency_prefix = (r"(?i:us\$|u\.s\.\s?\$|[cah]\$|hk\$|nz\$|s\$|\$|£|€|¥|₹|"
                       rf"(?:{'|'.join(_CURRENCY_CODES)})\s?)")
    currency_word = r"(?i:\s(?:u\.?s\.?\s)?dollars|\s\{dollars\}|\s(?:euros|pounds(?:\ssterling)?|yen|yuan|renminbi|rupees|francs))(?!\p{L})"  # noqa: E501
    symbols = [t for t in UNIT_TOKENS if not t.islower()]
    words = [t for t in UNIT_TOKENS if t.islower()]
    unit = (
        r"(?:(?P<pct>\s?%|(?i:\s?per\s?cent|\spct)(?!\p{L})|\s?p\.\s?c\b\.?)"
        r"|(?P<pp>(?i:\s?percentage[-\s]points?|\s?ppts?)(?!\p{L}))"
        r"|(?P<bp>(?i:\s?basis[-\s]points?|\s?bps?)(?!\p{L}))"
        r"|(?P<times>(?i:\s?times|-fold|\s?fold)(?!\p{L})|[xX](?![\p{L}\p{N}]))"
        rf"|(?P<phys>\s?(?:{_alternation(symbols)})(?![\p{{L}}\p{{N}}])"
        rf"|(?i:\s(?:{_alternation(words)}))(?!\p{{L}}))"
        rf"|(?P<curword>{currency_word}))"
    )
    qualifier = _alternation(list(qualifiers))
    figure = regex.compile(
        rf"""
        (?<![\p{{L}}\p{{N}}_.,/:#@&$£€¥-])
        (?:(?P<qual>(?i:{qualifier}))\s+)?
        (?:(?P<between>(?i:between))\s+)?
        (?P<cur>{currency_prefix})?
        (?P<n1>{number})
        (?P<sc1>{scale})?
        (?:(?P<rsep>(?(between)\s+and\s+|(?:\s?[-–]\s?|\s+to\s+)))
           (?P<cur2>{currency_prefix})?(?P<n2>{number})(?P<sc2>{scale})?)?
        (?P<plus>\+|-plus(?!\p{{L}})|(?i:\s+plus)(?!\p{{L}}))?
        {unit}?
        (?P<plus2>\+)?
        (?![\p{{L}}\p{{N}}]|[.,]\p{{N}})
        """,
        regex.X,
    )
    assert tuple(sorted(figure.groupindex, key=figure.groupindex.get)) == _Parts._fields
    multiple = _alternation(list(multiples))
    vague = regex.compile(
        rf"""
        (?<![\p{{L}}\p{{N}}])
        (?:(?P<cur>{currency_prefix})\s?)?
        (?P<phrase>(?i:{_alternation(list(phrases))})|(?P<mult>(?i:{multiple}))\s+of\s+
           (?P<scale>(?i:{"|".join(_PLURAL_SCALES)}))
         |(?P<bare>(?i:{"|".join(_PLURAL_SCALES)})))
        (?P<of>(?i:\s+of\s+(?:u\.?s\.?\s)?(?:dollars|\{{dollars\}}|euros|pounds|yen|yuan)))?
        (?![\p{{L}}\p{{N}}])
        """,
        regex.X,
    )
    # `vague` needs a phrase or, in its other branches, a plural scale word.
    vague_words = Keywords([*longest_words(phrases), *_PLURAL_SCALES] if phrases else [],
                           ignore_case=True)
    return Grammar(figure, vague, qualifiers, tolerances, multiples, phrases, vague_words,
                   *_starts([q.split()[0] for q in qualifiers]),
                   ascii_twin(figure))


def _starts(qualifier_words: list[str]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Stdlib patterns for the lower-cased text (see prefilter.lowered) that find wherever
    `figure` may start: after its look-behind (ASCII letters and digits stand for \\p{L} and
    \\p{N}), at a digit, a currency prefix, or a qualifier's, "between"'s or number's first
    word. Far cheaper than trying `figure` at every word.

    The first matches the character before such a place (a scan that starts with a character
    set is fast), each match one character, so that none hides the next; the second, empty,
    tells whether the text's first character is one."""
    words = {*qualifier_words, "between", *_NUMBER_WORDS}
    if not all(w.isascii() for w in words):
        # A case-folding the lower-cased text may not show: no filter.
        return re.compile("(?s:.)"), re.compile("")
    start = (r"(?=[0-9.$£€¥₹]|us\$|u\.s\.|[cahs]\$|hk\$|nz\$|" + "|".join(_CURRENCY_CODES)
             + f"|(?:{_trie(words)})(?![a-z]))")
    return re.compile(r"[^a-z0-9_.,/:#@&$£€¥-]" + start), re.compile(start)


def read_figures(text: str, start: int = 0, end: int | None = None) -> list[Figure]:
    """Every figure in text[start:end], in order, non-overlapping. Never raises."""
    end = len(text) if end is None else end
    g = grammar()
    found: list[Figure] = []
    taken: list[tuple[int, int]] = []
    if g.vague_words.starts(text) != []:
        for match in g.vague.finditer(text, start, end):
            figure = _vague_figure(match, g)
            if figure is not None:
                found.append(figure)
                taken.append((figure.start, figure.end))
    search = _figure_search(text, start, end, g)
    pos = start
    while pos < end:
        match = search(pos)
        if match is None:
            break
        pos = max(match.end(), pos + 1)
        if taken and any(s < match.end() and match.start() < e for s, e in taken):
            continue
        try:
            figure = _figure(text, match, g)
        except (ValueError, OverflowError, ArithmeticError):
            figure = None
        if figure is not None:
            found.append(figure)
            pos = max(figure.end, match.start() + 1)
        elif match["n2"] is not None:
            pos = match.start("n2")  # not a range: read the second number on its own
    found.sort(key=lambda f: f.start)
    return found


# Where a figure's number starts: an ASCII digit, or a number word with no letter right
# after it (the pattern ends it so) and none right before it unless a currency code ("usd").
_NUMBER_WORDS = tuple(sorted({*_ONES, *_TENS, "a", "an"}))
_OTHER_DIGIT = regex.compile(r"[^\P{Nd}0-9]")
_NUMBER_WORD = regex.compile(
    r"(?:(?<!\p{L})|(?<=" + "|".join(_CURRENCY_CODES) + r"))(?:"
    + "|".join(sorted(_NUMBER_WORDS, key=lambda w: (-len(w), w))) + r")(?!\p{L})")


def _trie(words: Iterable[str]) -> str:
    """Words as a stdlib alternation sharing their prefixes ("a(?:n)?|e(?:ight..."): the
    engine tries branches one by one, so a failed try costs a branch per first letter."""
    by_first: dict[str, list[str]] = {}
    for word in sorted(set(words)):
        by_first.setdefault(word[0], []).append(word[1:])
    branches = []
    for first, rests in by_first.items():
        longer = [rest for rest in rests if rest]
        optional = "?" if "" in rests else ""
        branches.append(re.escape(first) + (f"(?:{_trie(longer)}){optional}" if longer else ""))
    return "|".join(branches)


# Every place `_NUMBER_WORD` may match (ASCII letters standing for \p{L}), as the character
# before it: starting with a character set makes the stdlib scan fast. That character is no
# letter, or a currency code's last. Each match is one character, so none hides another.
_CODE_ENDS = "".join(sorted({code[-1] for code in _CURRENCY_CODES}))
_NUMBER_WORD_HINT = re.compile(
    "[^" + "".join(c for c in string.ascii_lowercase if c not in _CODE_ENDS) + "]"
    + f"(?=(?:{_trie(_NUMBER_WORDS)})(?![a-z]))"  # first, as it fails soonest
    + f"(?<![{_CODE_ENDS}](?<!" + "|".join(_CURRENCY_CODES) + "))")
# Before its number, a figure has at most a qualifier (three words), "between" and a
# currency prefix (one word more: "u.s. $5"), each apart by whitespace.
_WORDS_BEFORE_NUMBER = 5


def _figure_search(text: str, start: int, end: int,
                   g: Grammar) -> Callable[[int], EitherMatch | None]:
    """`pos` → g.figure.search(text, pos, end), trying only the word starts shortly before a
    number: the pattern costs most where no figure can start. ASCII-only text is read with
    the pattern's stdlib twin, which matches the same there."""

    figure: regex.Pattern[str] | re.Pattern[str] = \
        g.figure_ascii if text.isascii() else g.figure

    def search_all(pos: int) -> EitherMatch | None:
        return figure.search(text, pos, end)

    low = lowered(text)
    if low is None or (figure is g.figure and _OTHER_DIGIT.search(text, start, end)):
        return search_all
    numbers = _digit_runs(text, start, end) + _number_words(low, start, end, False)
    ranges = windows(text, start, ((n, _WORDS_BEFORE_NUMBER) for n in numbers))
    range_ends = [r[1] for r in ranges]

    def search(pos: int) -> EitherMatch | None:
        for index in range(bisect.bisect_right(range_ends, pos), len(ranges)):
            window_start, window_end = ranges[index]
            # Bounded at `end`, not at the window's end: a start's word may run past it.
            for at in _candidates(g, low, max(window_start, pos), end):
                if at >= window_end:
                    break
                match = figure.match(text, at, end)
                if match:
                    return match
        return None

    return search


def _candidates(g: Grammar, low: str, start: int, end: int) -> Iterator[int]:
    """The places in low[start:end] where `figure` may start, in order (see _starts)."""
    if start == 0 and g.starts_at_0.match(low, 0, end):
        yield 0
    for before in g.starts.finditer(low, max(0, start - 1), end):
        yield before.end()


def _digit_runs(text: str, start: int, end: int) -> list[int]:
    """Starts of the runs of ASCII digits in text[start:end], unordered: a str.find per
    digit is several times faster than scanning for [0-9]+.

    A run of digits anchors at its first digit: no figure starts after a digit, so the
    later digits of the run would only widen the window by places no figure can start."""
    found: list[int] = []
    find = text.find
    for digit in "0123456789":
        at = find(digit, start, end)
        while at >= 0:
            if at == start or not "0" <= text[at - 1] <= "9":
                found.append(at)
            at = find(digit, at + 1, end)
    return found


def _number_words(low: str, start: int, end: int, lone: bool = True) -> list[int]:
    """Starts of `_NUMBER_WORD.finditer(low, start, end)`: its matches are looked for only
    where the stdlib hint says one may be, each after the end of the one before. Without
    `lone`, less the number words that start no figure (see _lone_number_word)."""
    found: list[int] = []
    resume = start
    hints = (hint.end() for hint in _NUMBER_WORD_HINT.finditer(low, start, end))
    for at in itertools.chain([start], hints):
        if at >= resume and (match := _NUMBER_WORD.match(low, at, end)) is not None:
            resume = match.end()
            if lone or not _lone_number_word(low, at, resume, start, end):
                found.append(at)
    return found


# The first ASCII-letter run of every word that may go on a figure after its number word:
# a scale, "hundred", a range's "to"/"and", "plus", a unit, a currency word, the ones after
# a tens ("twenty one"), or the rest of a qualifier that starts with one ("a maximum of").
_GOES_ON = frozenset({
    "hundred", *_SCALES, "to", "and", "plus", "per", "percent", "pct", "p", "percentage",
    "ppt", "ppts", "basis", "bp", "bps", "times", "fold", "u", "us", "dollars", "euros",
    "pounds", "yen", "yuan", "renminbi", "rupees", "francs", *_ONES, "maximum", "minimum",
    "estimated",
    *(run[0] for token in UNIT_TOKENS if (run := re.match("[a-z]+", token.lower()))),
})
# Spaces, then a whole word of ASCII letters (no letter or digit of any script after it).
_NEXT_WORD = re.compile(r" +([a-z]+)(?![a-z0-9]|[^\x00-\x7f])")


def _lone_number_word(low: str, at: int, after: int, start: int, end: int) -> bool:
    """Whether the number word low[at:after] starts no figure: no figure goes on from it
    ("two people", "a year", not "two million") and no currency comes before it ("usd
    two"). A match read from it, or from a qualifier or "between" before it ("more than
    two"), ends at it and is no figure, and all such matches resume the search at the same
    place; so its window (about 25 an article) need not be tried: any other figure that
    starts in it has a number of its own, whose window holds its start."""
    match = _NEXT_WORD.match(low, after, end)
    return match is not None and match[1] not in _GOES_ON and not _may_be_money(low, at, start)


def _may_be_money(low: str, at: int, start: int) -> bool:
    """Whether a currency may come right before low[at]: all but a single space or newline
    after a word that does not end in a currency code counts as may ("$two", "usd two")."""
    if at == start:
        return False  # nothing before it is read
    if low[at - 1] not in " \n":
        return True
    if at - 1 == start:
        return False
    word_start = max(low.rfind(" ", start, at - 1), low.rfind("\n", start, at - 1)) + 1
    word = low[word_start : at - 1]
    # Any whitespace (of those \s matches) may join the word before to it.
    return not word or word[-1].isspace() or word.endswith(_CURRENCY_CODES)


def _vague_figure(match: regex.Match[str], g: Grammar) -> Figure | None:
    phrase = " ".join(match["phrase"].lower().split())
    if match["bare"]:
        # "billions" alone is a figure only as money: "billions of dollars", "$billions".
        if not (match["of"] or match["cur"]):
            return None
        scale = _SCALES[phrase[:-1]]
        low, high = scale, scale * 1000
    else:
        if phrase in g.vague_phrases:
            phrase = g.vague_phrases[phrase]
            mult_word, scale_word = phrase.split(" of ", 1)
        else:
            mult_word, scale_word = _norm(match["mult"]), _norm(match["scale"])
        mult = g.vague_multiples.get(mult_word, 0.0)
        if not mult or scale_word[:-1] not in _SCALES:
            return None
        scale = _SCALES[scale_word[:-1]]
        low = mult * scale
        high = low * (12 if mult == 12 else 10)  # "dozens" run to a gross
    currency = None
    if match["cur"]:
        currency = _CURRENCY_PREFIX.get(_norm(match["cur"]))
    elif match["of"]:
        word = _norm(match["of"]).removeprefix("of ")
        currency = _CURRENCY_WORD.get(word) or _CURRENCY_WORD.get(word.replace("u.s. ", ""))
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
        elif word in _TENS:
            total += _TENS[word]
        elif word in _ONES:
            total += _ONES[word]
        else:
            return None
    return total, 0.0  # "fifty times" is as exact as it says


def _figure(text: str, m: EitherMatch, g: Grammar) -> Figure | None:
    p = _Parts._make(m.groups())
    if p.between and p.n2 is None:
        # "split between $4 million and ...": not a range, the figure starts after "between".
        piece = g.figure.match(text, m.start("cur") if p.cur else m.start("n1"), m.end())
        return _figure(text, piece, g) if piece is not None and not piece["between"] else None
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
    if scale_key in _LETTER_SCALES and not currency_text:
        return None  # "5m" may be metres, "2k" a race
    if scale_key == "t" and not currency_text:
        return None
    scale = _SCALES.get(scale_key, 1.0) if scale_text else 1.0
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
        kind, unit = "money", _CURRENCY_PREFIX.get(_norm(currency_text).replace(" ", ""), "")
        unit = unit or _CURRENCY_PREFIX.get(_norm(currency_text).rstrip(), "USD")
    elif p.curword:
        kind, unit = "money", _CURRENCY_WORD.get(_norm(p.curword), "USD")
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
        # "1-2 million": the second scale word serves both ends unless the first has its own.
        scale2 = _SCALES.get((p.sc2 or p.sc1 or "").strip().lower(), 1.0)
        scale1 = _SCALES.get((p.sc1 or "").strip().lower(), scale2)
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


def _single(text: str, m: EitherMatch, g: Grammar) -> Figure | None:
    """Re-read a match whose "range" is not one ("from 3 to 4", "555-1234") as one number."""
    n1_end = m.end("sc1") if m["sc1"] else m.end("n1")
    piece = g.figure.match(text, m.start(), n1_end)
    if piece is None or piece["n2"] is not None:
        return None
    figure = _figure(text, piece, g)
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


def _valid_range(text: str, m: EitherMatch, p: _Parts) -> bool:
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
    scale2 = _SCALES.get((p.sc2 or p.sc1 or "").strip().lower(), 1.0)
    scale1 = _SCALES.get((p.sc1 or "").strip().lower(), scale2)
    try:
        if n1[:1].isdigit() and n2[:1].isdigit():
            return float(n1) * scale1 <= float(n2) * scale2
    except ValueError:
        pass
    return True


_NOT_AFTER = regex.compile(r"\s?(?::\d|(?i:a\.?m\.?|p\.?m\.?)(?!\p{L})|-\p{L}|[-–/]\d)|\)\s?\d{3}")
_NOT_BEFORE = regex.compile(r"\d\s?[-–/.]\s?$|\(\d{3}\)\s?$|\d{3}[-.\s]$")


_LIST_MARK = regex.compile(r"[.)]\s")


def _not_a_quantity(text: str, m: EitherMatch) -> bool:
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
    if previous.lower().strip(".,") in _MONTHS or word_after in _MONTHS:
        return True
    if previous and previous[0].isupper() and previous.lower() not in _FUNCTION_WORDS:
        return True  # "Nikkei 225", "Gemini 2.0", "No. 1", "Section 230"
    if previous.endswith(("#", "No.", "no.")):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    # "1. Introduction", "2) Results"
    return not text[line_start:start].strip() and bool(_LIST_MARK.match(after))


_NOUN_AFTER = regex.compile(r"\s+(?:of\s+)?([a-z][a-z-]{2,})")


def _noun_after(text: str, end: int) -> str | None:
    match = _NOUN_AFTER.match(text[end : end + 40])
    return match[1] if match else None
