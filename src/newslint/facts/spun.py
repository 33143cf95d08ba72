"""Spun-text facts: phrases a text spinner leaves behind, the spinner table
(rules/spinner.yaml) they are found with, and the verdict on a whole article."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Literal

import regex

from newslint.facts.span import Context, Span
from newslint.ruledata import builtin


@dataclass(slots=True, unsafe_hash=True)
class SpunPhrase:
    """A phrase a text spinner leaves behind, or an unfilled template slot ("{dollars}")."""

    text: str
    original: str
    strength: Literal["strong", "weak", "placeholder"]
    span: Span
    context: Context


_WORD = regex.compile(r"[\p{L}\p{N}]+")


@dataclass(frozen=True, slots=True)
class SpinnerTable:
    # Phrases indexed by their first word: each word of an article costs one dict lookup, and
    # only words that can start a phrase try a (small) pattern. One alternation of every
    # phrase over the whole text was the slowest step of extraction.
    by_first_word: dict[str, regex.Pattern[str]]
    entries: dict[str, tuple[str, str]]  # normalised phrase → (original, strength)
    patterns: tuple[tuple[regex.Pattern[str], str], ...]  # (pattern, original), all strong
    settings: dict


@functools.cache
def spinner_table() -> SpinnerTable:
    data = builtin("spinner.yaml")
    entries: dict[str, tuple[str, str]] = {}
    for strength in ("weak", "strong"):  # strong wins where a phrase is listed twice
        for phrase, original in (data.get(strength) or {}).items():
            entries[normalise(str(phrase))] = (str(original), strength)
    groups: dict[str, list[str]] = {}
    for phrase in sorted(entries, key=lambda p: (-len(p), p)):
        first = _WORD.match(phrase)
        if first is None:
            continue
        body = r"\s+".join(regex.escape(word) for word in phrase.split(" "))
        if body.endswith(r"\."):
            body += "?"
        groups.setdefault(first[0], []).append(body)
    by_first_word = {
        word: regex.compile(r"(?:" + "|".join(bodies) + r")(?![\p{L}\p{N}])", regex.IGNORECASE)
        for word, bodies in groups.items()
    }
    patterns = tuple(
        (regex.compile(str(source), regex.IGNORECASE), str(original))
        for source, original in (data.get("patterns") or {}).items()
    )
    return SpinnerTable(by_first_word, entries, patterns, dict(data.get("settings") or {}))


def normalise(phrase: str) -> str:
    return " ".join(phrase.lower().split())


@dataclass(frozen=True, slots=True)
class SpunVerdict:
    spun: bool
    hits: int
    distinct: int
    per_1000_words: float


def spun_verdict(spun: tuple[SpunPhrase, ...], word_count: int,
                 overrides: dict | None = None) -> SpunVerdict:
    """Is the article as a whole machine-spun? Density of weighted phrases, and variety.

    One "mannequin" in a fashion story is not spinning; dozens of different tortured phrases
    in one article are.
    """
    settings = {**spinner_table().settings, **(overrides or {})}
    phrases = [s for s in spun if s.strength in ("strong", "weak")]
    weight = sum(settings["strong_weight"] if s.strength == "strong" else 1 for s in phrases)
    distinct = len({s.text.lower() for s in phrases})
    density = 1000.0 * weight / max(word_count, 1)
    is_spun = distinct >= settings["min_distinct"] and density >= settings["min_per_1000_words"]
    return SpunVerdict(is_spun, len(phrases), distinct, density)
