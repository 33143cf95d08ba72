"""Spinner artefacts: tortured phrases from `rules/spinner.yaml` and template placeholders."""

from __future__ import annotations

import functools

import regex

from newslint.extract.scan import Scan, Words, scan, triggers
from newslint.extract.spans import make_span, sentence_context
from newslint.facts.spun import SpunPhrase, normalise, spinner_table
from newslint.load.article import Article

# "{dollars}", "{hardware}": a spinner's template slot that was never filled.
_PLACEHOLDER = regex.compile(r"(?<![{$\w])\{[a-z][a-z ]{1,30}\}(?!\})")
_WORD = regex.compile(r"[\p{L}\p{N}]+")
_WORD_CHAR = regex.compile(r"[\p{L}\p{N}]")


@functools.cache
def _first_words() -> Words:
    """The words spinner phrases start with, as whole words (see _phrase_starts)."""
    return Words(spinner_table().by_first_word, ignore_case=True, not_before="a-z0-9",
                 not_after="a-z0-9")


triggers(_first_words)


def extract_spun(article: Article, found_words: Scan | None = None
                 ) -> tuple[SpunPhrase, ...]:
    """Spinner phrases and template slots; `found_words`: the article's scan, if made."""
    table = spinner_table()
    text = article.analysis
    found: list[SpunPhrase] = []
    resume = 0  # a phrase's later words cannot start another phrase
    for start, pattern in _phrase_starts(article, found_words or scan(text)):
        if start < resume:
            continue
        match = pattern.match(text, start)
        if match is None:
            continue
        key = normalise(match[0])
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


def _phrase_starts(article: Article, found_words: Scan
                   ) -> list[tuple[int, regex.Pattern[str]]]:
    r"""(offset, pattern) of each word of the body that starts a spinner phrase, in order:
    a whole word ([\p{L}\p{N}]+) that is, lower-cased, a phrase's first word."""
    text, body = article.analysis, article.body_start
    first_words = spinner_table().by_first_word
    hits = _first_words().occurrences(found_words)
    if hits is None:  # the scan cannot place them: every word of the body is looked up
        return [(word.start(), pattern) for word in _WORD.finditer(text, body)
                if (pattern := first_words.get(word[0].lower())) is not None]
    starts = []
    for at, word in hits:
        after = at + len(word)
        if at >= body and not (at and _WORD_CHAR.match(text, at - 1)) \
                and not _WORD_CHAR.match(text, after) and text[at:after].lower() == word:
            starts.append((at, first_words[word]))
    starts.sort(key=lambda hit: hit[0])
    return starts


def _match_case(found: str, original: str) -> str:
    if any(ch.isupper() for ch in original):
        return original  # the table's capitals are meant: "App Store", "Sputnik moment"
    words = found.split()
    if len(words) > 1 and all(w[:1].isupper() for w in words):
        return " ".join(w[:1].upper() + w[1:] for w in original.split())
    if found[:1].isupper() and original[:1].islower():
        return original[:1].upper() + original[1:]
    return original
