"""Spinner artefacts: tortured phrases from `rules/spinner.yaml` and template placeholders."""

from __future__ import annotations

import regex

from newslint.extract.spans import make_span, sentence_context
from newslint.facts.spun import SpunPhrase, normalise, spinner_table
from newslint.load.article import Article

# "{dollars}", "{hardware}": a spinner's template slot that was never filled.
_PLACEHOLDER = regex.compile(r"(?<![{$\w])\{[a-z][a-z ]{1,30}\}(?!\})")
_WORD = regex.compile(r"[\p{L}\p{N}]+")


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


def _match_case(found: str, original: str) -> str:
    if any(ch.isupper() for ch in original):
        return original  # the table's capitals are meant: "App Store", "Sputnik moment"
    words = found.split()
    if len(words) > 1 and all(w[:1].isupper() for w in words):
        return " ".join(w[:1].upper() + w[1:] for w in original.split())
    if found[:1].isupper() and original[:1].islower():
        return original[:1].upper() + original[1:]
    return original
