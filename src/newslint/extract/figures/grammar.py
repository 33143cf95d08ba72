"""The grammar of figures: number words, scales, currencies, and the qualifiers and
tolerances of rules/numbers.yaml, with the pattern built from them."""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import NamedTuple

import regex

from newslint.extract.figures.units import UNIT_TOKENS
from newslint.extract.scan import Words, longest_words, triggers
from newslint.ruledata import builtin

INF = math.inf

ONES = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
SCALES = {
    "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "b": 1e9, "bn": 1e9, "t": 1e12, "tn": 1e12,
    "tr": 1e12,
}
# Abbreviated scales ("$6M", "£3bn"): "m" and "k" alone also abbreviate metres and kilo-
# things, so single-letter scales count only after a currency.
LETTER_SCALES = frozenset({"k", "m", "b", "t"})
_PLURAL_SCALES = ("thousands", "millions", "billions", "trillions")
CURRENCY_CODES = ("usd", "eur", "gbp", "jpy", "cny", "chf")
CURRENCY_PREFIX = {
    "us$": "USD", "u.s.$": "USD", "$": "USD", "c$": "CAD", "a$": "AUD", "hk$": "HKD",
    "nz$": "NZD", "s$": "SGD", "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", "usd": "USD",
    "eur": "EUR", "gbp": "GBP", "jpy": "JPY", "cny": "CNY", "chf": "CHF",
}
CURRENCY_WORD = {
    "dollars": "USD", "us dollars": "USD", "u.s. dollars": "USD", "{dollars}": "USD",
    "euros": "EUR", "pounds": "GBP", "pounds sterling": "GBP", "yen": "JPY",
    "yuan": "CNY", "renminbi": "CNY", "rupees": "INR", "francs": "CHF",
}
MONTHS = (
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec"
).split()
# Capitalised words that may stand before a figure without making it part of a name.
FUNCTION_WORDS = frozenset(
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


class Parts(NamedTuple):
    """The groups of a `figure` match, in the pattern's order: `Parts._make(m.groups())`
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
    vague_words: Words  # every match of `vague` has one
    number_words: Words  # where NUMBER_WORD may match (it checks the character before)
    # In the lower-cased text, the character before each place `figure` may start, and
    # whether it may start at offset 0 (see _figure_starts).
    starts: re.Pattern[str]
    starts_at_0: re.Pattern[str]


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

    ones = "|".join(sorted(ONES, key=len, reverse=True))
    tens = "|".join(TENS)
    word_number = rf"(?:(?:{tens})(?:[-\s](?:{ones}))?|{ones}|an?)(?:\s+hundred)?"
    digits = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"
    number = rf"(?:{digits}|(?i:{word_number})(?![\p{{L}}]|-(?!fold)))"
    scale = (r"(?i:\s?(?:thousand|million|billion|trillion)(?!\p{L})|\s?(?:mln|mn|bn|tn)"
             r"(?![\p{L}\p{N}])|(?:[kmbt]|tr)(?![\p{L}\p{N}]))")
    currency_prefix = (r"(?i:us\$|u\.s\.\s?\$|[cah]\$|hk\$|nz\$|s\$|\$|£|€|¥|₹|"
                       rf"(?:{'|'.join(CURRENCY_CODES)})\s?)")
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
    assert tuple(sorted(figure.groupindex, key=figure.groupindex.get)) == Parts._fields
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
    vague_words = Words([*longest_words(phrases), *_PLURAL_SCALES] if phrases else [],
                        ignore_case=True)
    number_words = Words(NUMBER_WORDS, ignore_case=True, not_after="a-z")
    return Grammar(figure, vague, qualifiers, tolerances, multiples, phrases, vague_words,
                   number_words, *_figure_starts([q.split()[0] for q in qualifiers]))


triggers(grammar)


def _figure_starts(qualifier_words: list[str]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Stdlib patterns for the lower-cased text (see facts.text.lowered) that find wherever
    `figure` may start: after its look-behind (ASCII letters and digits stand for \\p{L} and
    \\p{N}), at a digit, a currency prefix, or a qualifier's, "between"'s or number's first
    word. Far cheaper than trying `figure` at every word.

    The first matches the character before such a place (a scan that starts with a character
    set is fast), each match one character, so that none hides the next; the second, empty,
    tells whether the text's first character is one."""
    words = {*qualifier_words, "between", *NUMBER_WORDS}
    if not all(w.isascii() for w in words):
        # A case-folding the lower-cased text may not show: no filter.
        return re.compile("(?s:.)"), re.compile("")
    start = (r"(?=[0-9.$£€¥₹]|us\$|u\.s\.|[cahs]\$|hk\$|nz\$|" + "|".join(CURRENCY_CODES)
             + f"|(?:{trie(words)})(?![a-z]))")
    return re.compile(r"[^a-z0-9_.,/:#@&$£€¥-]" + start), re.compile(start)


# Where a figure's number starts: an ASCII digit, or a number word with no letter right
# after it (the pattern ends it so) and none right before it unless a currency code ("usd").
NUMBER_WORDS = tuple(sorted({*ONES, *TENS, "a", "an"}))
OTHER_DIGIT = regex.compile(r"[^\P{Nd}0-9]")
NUMBER_WORD = regex.compile(
    r"(?:(?<!\p{L})|(?<=" + "|".join(CURRENCY_CODES) + r"))(?:"
    + "|".join(sorted(NUMBER_WORDS, key=lambda w: (-len(w), w))) + r")(?!\p{L})")


def trie(words: Iterable[str]) -> str:
    """Words as a stdlib alternation sharing their prefixes ("a(?:n)?|e(?:ight..."): the
    engine tries branches one by one, so a failed try costs a branch per first letter."""
    by_first: dict[str, list[str]] = {}
    for word in sorted(set(words)):
        by_first.setdefault(word[0], []).append(word[1:])
    branches = []
    for first, rests in by_first.items():
        longer = [rest for rest in rests if rest]
        optional = "?" if "" in rests else ""
        branches.append(re.escape(first) + (f"(?:{trie(longer)}){optional}" if longer else ""))
    return "|".join(branches)
