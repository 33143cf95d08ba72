"""Spinner artefacts: tortured phrases from `rules/spinner.yaml` and template placeholders."""

from __future__ import annotations

import functools
from dataclasses import dataclass

import regex

from newslint.extract.facts import SpunPhrase
from newslint.extract.spans import make_span, sentence_context
from newslint.load.article import Article
from newslint.ruledata import builtin

# "{dollars}", "{hardware}": a spinner's template slot that was never filled.
_PLACEHOLDER = regex.compile(r"(?<![{$\w])\{[a-z][a-z ]{1,30}\}(?!\})")


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
            entries[_normalise(str(phrase))] = (str(original), strength)
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


def _normalise(phrase: str) -> str:
    return " ".join(phrase.lower().split())


def extract_spun(article: Article) -> tuple[SpunPhrase, ...]:
    table = spinner_table()
    text = article.analysis
    found: list[SpunPhrase] = []
    resume = 0  # a phrase's later words cannot start another phrase
    first_words = table.by_first_word.get
    for word in _WORD.finditer(text, article.body_start):
        pattern = first_words(word[0].lower())  # None for almost every word: test it first
        if pattern is None:
            continue
        start = word.start()
        if start < resume:
            continue
        match = pattern.match(text, start)
        if match is None:
            continue
        key = _normalise(match[0])
        entry = table.entries.get(key) or table.entries.get(key + ".")
        if entry is None:
            continue
        original, strength = entry
        found.append(SpunPhrase(match[0], _match_case(match[0], original), strength,
                                make_span(article, match.start(), match.end()),
                                sentence_context(article, match.start())))
        resume = match.end()
    for compiled, original in table.patterns:
        for match in compiled.finditer(text, article.body_start):
            found.append(SpunPhrase(match[0], original, "strong",
                                    make_span(article, match.start(), match.end()),
                                    sentence_context(article, match.start())))
    for match in _PLACEHOLDER.finditer(text, article.body_start):
        found.append(SpunPhrase(match[0], match[0][1:-1], "placeholder",
                                make_span(article, match.start(), match.end()),
                                sentence_context(article, match.start())))
    found.sort(key=lambda s: s.span.start)
    return tuple(found)


def _match_case(found: str, original: str) -> str:
    if any(ch.isupper() for ch in original):
        return original  # the table's capitals are meant: "App Store", "Sputnik moment"
    words = found.split()
    if len(words) > 1 and all(w[:1].isupper() for w in words):
        return " ".join(w[:1].upper() + w[1:] for w in original.split())
    if found[:1].isupper() and original[:1].islower():
        return original[:1].upper() + original[1:]
    return original


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
