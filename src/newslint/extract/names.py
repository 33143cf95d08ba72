"""Name candidates: capitalised words, camel-case brands and alphanumeric product codes.

No NER model is available, so a name is what the text itself marks as one: an uppercase
letter where a common word would have none ("DeepSeek", "Marc"), or letters with digits
("R1", "o1", "GPT-4o"). Sentence-initial words are kept but marked, so the corpus can decide
whether "These" is a name (it never appears capitalised mid-sentence).
"""

from __future__ import annotations

import regex

from newslint.extract.facts import NameMention, NamePhrase
from newslint.extract.spans import make_span
from newslint.load.article import Article

_TOKEN = regex.compile(
    r"""
    (?<![\p{L}\p{N}_@#/.'’-])
    (?:
        [\p{L}]*\p{Lu}[\p{L}\p{M}\p{N}]*(?:[’'][\p{Lu}][\p{L}]+)?   # DeepSeek, O’Brien, iPhone
      | \p{L}+\p{N}[\p{L}\p{N}]*                                  # o1, gpt4o
    )
    (?:(?:[-&][\p{L}\p{N}]+)|(?:\.\p{N}+))*                       # GPT-4o, S&P, Claude-3.5
    (?![\p{L}\p{N}@])
    """,
    regex.X,
)
_OPENERS = "\"“‘'([-–—•* "
_CONNECTORS = frozenset({"of", "de", "da", "van", "von", "der", "du", "al", "bin", "la", "le"})


def extract_names(article: Article) -> tuple[tuple[NameMention, ...], tuple[NamePhrase, ...]]:
    text = article.analysis
    mentions: list[NameMention] = []
    phrases: list[NamePhrase] = []
    for sentence in article.sentences:
        first_word = sentence.start
        while first_word < sentence.end and text[first_word] in _OPENERS:
            first_word += 1
        tokens = [
            m for m in _TOKEN.finditer(text, sentence.start, sentence.end) if _is_candidate(m[0])
        ]
        runs = _runs(text, tokens)
        for run in runs:
            for match in run:
                mentions.append(
                    NameMention(
                        text=match[0],
                        span=make_span(article, match.start(), match.end()),
                        sentence_initial=match.start() == first_word,
                        context=sentence.kind,
                        in_phrase=len(run) > 1,
                    )
                )
            start, end = run[0].start(), run[-1].end()
            phrases.append(
                NamePhrase(
                    text=" ".join(text[start:end].split()),
                    span=make_span(article, start, end),
                    sentence_initial=start == first_word,
                    context=sentence.kind,
                )
            )
    return tuple(mentions), tuple(phrases)


def _is_candidate(token: str) -> bool:
    if len(token) < 2:
        return token.isupper()  # "Y Combinator": a lone capital joins a phrase
    return any(ch.isalpha() for ch in token)


def _runs(text: str, tokens: list[regex.Match[str]]) -> list[list[regex.Match[str]]]:
    """Group tokens separated only by a space (or a connector such as "of") into phrases."""
    runs: list[list[regex.Match[str]]] = []
    for match in tokens:
        if runs:
            gap = text[runs[-1][-1].end() : match.start()]
            words = gap.split()
            joined = gap == " " or (len(words) == 1 and words[0] in _CONNECTORS and
                                     gap == f" {words[0]} ")
            if joined:
                runs[-1].append(match)
                continue
        runs.append([match])
    # A lone single capital ("A", "I") is not a name.
    return [run for run in runs if not (len(run) == 1 and len(run[0][0]) == 1)]
