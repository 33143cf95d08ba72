"""Name candidates: capitalised words, camel-case brands and alphanumeric product codes.

No NER model is available, so a name is what the text itself marks as one: an uppercase
letter where a common word would have none ("DeepSeek", "Marc"), or letters with digits
("R1", "o1", "GPT-4o"). Sentence-initial words are kept but marked, so the corpus can decide
whether "These" is a name (it never appears capitalised mid-sentence).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence

import regex

from newslint import frequencies
from newslint.extract.spans import make_span
from newslint.facts import NameMention, NamePhrase
from newslint.facts.clause import FUNCTION_WORDS
from newslint.facts.entities import NAME_OF_ITS_OWN, known_given_name
from newslint.facts.name_words import DAY_NAMES
from newslint.load.article import Article
from newslint.load.segment import ABBREVIATIONS

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
# Every token holds an uppercase letter, or a digit right after a letter, in the run of
# letters it starts with: these characters are where the search for tokens begins.
# (A run of capitals or digits is one hint: its later characters start no other token.)
_HINT = regex.compile(r"(?P<upper>\p{Lu}+)|\p{N}+")
# Matched backwards from a position: the letters right before it (never None).
_LETTERS_BEFORE = regex.compile(r"(?r)\p{L}*")
_OPENERS = "\"“‘'([-–—•* "
# The full stops after an initial, and any further initials: "W. ", ".W. " in "H.W. ".
_INITIAL_GAP = regex.compile(r"\.(?:\p{Lu}\.)* ")
_CONNECTORS = frozenset({"of", "de", "da", "van", "von", "der", "du", "al", "bin", "la", "le"})


def extract_names(article: Article, passages: Sequence[tuple[int, int]] = ()
                  ) -> tuple[tuple[NameMention, ...], tuple[NamePhrase, ...]]:
    """Name mentions and phrases. `passages`: the [start, end) of each paragraph of a
    passage quoted over several (sourcing.quoted_passages), in order."""
    text = article.analysis
    passage_starts = [q[0] for q in passages]
    sentences = article.sentences
    mentions: list[NameMention] = []
    phrases: list[NamePhrase] = []
    if not sentences:
        return (), ()
    # One pass of the token pattern over the whole body, then tokens are dealt out to their
    # sentences (both are in text order): far cheaper than one regex call per sentence.
    by_sentence: list[list[regex.Match[str]]] = [[] for _ in sentences]
    index = 0
    for match in _tokens(text, sentences[0].start, sentences[-1].end):
        while index < len(sentences) and sentences[index].end <= match.start():
            index += 1
        if index == len(sentences):
            break
        if match.start() >= sentences[index].start and _is_candidate(match[0]):
            by_sentence[index].append(match)
    for sentence, tokens in zip(sentences, by_sentence, strict=True):
        if not tokens:
            continue
        first_word = sentence.start
        while first_word < sentence.end and text[first_word] in _OPENERS:
            first_word += 1
        kind = sentence.kind
        for run in _runs(text, tokens):
            in_phrase = len(run) > 1
            for match in run:
                start, end = match.span()
                span = make_span(article, start, end)
                quoted = bool(passages) and _inside(passages, passage_starts, start)
                mentions.append(NameMention(match[0], span, start == first_word, kind, in_phrase,
                                            quoted))
            if in_phrase:
                start, end = run[0].start(), run[-1].end()
                span = make_span(article, start, end)
                phrases.append(NamePhrase(" ".join(text[start:end].split()), span,
                                          start == first_word, kind))
            else:  # a phrase of one token: the same text and span as its mention
                phrases.append(NamePhrase(match[0], span, start == first_word, kind))
    return tuple(mentions), tuple(phrases)


def _inside(ranges: Sequence[tuple[int, int]], starts: list[int], offset: int) -> bool:
    index = bisect.bisect_right(starts, offset) - 1
    return index >= 0 and offset < ranges[index][1]


def _tokens(text: str, start: int, end: int) -> Iterator[regex.Match[str]]:
    """The matches of `_TOKEN.finditer(text, start, end)`, three times faster.

    A token starts a run of letters (its lookbehind refuses a letter before it), and that
    run holds an uppercase letter or is followed by a digit. So the pattern need only be
    tried at the start of the runs that hold a hint, in order, skipping any run that
    begins inside the previous token, which is where `finditer` would try it too."""
    resume = start
    tried = -1
    for hint in _HINT.finditer(text, start, end):
        at = hint.start()
        if at < resume:
            continue  # inside the token just found
        run_start = _LETTERS_BEFORE.match(text, start, at).start()
        if (hint.lastgroup is None and run_start == at) or run_start < resume \
                or run_start == tried:
            continue  # a digit after no letter, or a run already tried
        tried = run_start
        match = _TOKEN.match(text, run_start, end)
        if match:
            resume = match.end()
            yield match


def _is_candidate(token: str) -> bool:
    if len(token) < 2:
        return token.isupper()  # "Y Combinator": a lone capital joins a phrase
    return any(ch.isalpha() for ch in token)


def _fronted_day(run: list[regex.Match[str]]) -> bool:
    """A run that is a day of the week after a function word ("On Tuesday", "Since
    Friday"): a fronted time, no part of the name after it ("On Tuesday Mitch McConnell
    said"). A day inside a name stays: "Good Friday Agreement", "Super Tuesday", "Monday
    Night Football"; so do months, which are first names too ("April Ryan")."""
    return (len(run) >= 2 and run[-1][0] in DAY_NAMES
            and all(m[0].lower() in FUNCTION_WORDS for m in run[:-1]))


def _after_middle_initial(run: list[regex.Match[str]], gap: str, token: str) -> bool:
    """"George W. Bush", "George H.W. Bush": a name goes on past a middle initial's full
    stop (the sentence splitter keeps an initial inside its sentence). Only a middle one,
    after a given name, so "the U.S. Senate", "In U.S. House" and "Suffolk County D.A.
    Ralph Martin" stay apart; the word after is no function word ("Plan B. Then"), and
    the splitter's abbreviations ("D.C.", "U.S.") are no initials."""
    if len(run[-1][0]) != 1 or _INITIAL_GAP.fullmatch(gap) is None:
        return False
    if not token[0].isupper() or token.lower() in FUNCTION_WORDS:
        return False
    if f"{run[-1][0]}{gap}".strip().lower().rstrip(".") in ABBREVIATIONS:
        return False
    return len(run) >= 2 and _given_name(run[-2][0])


def _given_name(word: str) -> bool:
    """A word that can be the given name before a middle initial: one the nicknames
    table knows ("George", "Michael"), or no common English word ("Steny"); "Plan B",
    "Vitamin D", "County D.A." are words before a letter."""
    return len(word) > 1 and (known_given_name(word)
                              or frequencies.zipf(word.lower()) < NAME_OF_ITS_OWN)


def _runs(text: str, tokens: list[regex.Match[str]]) -> list[list[regex.Match[str]]]:
    """Group tokens separated only by a space (or a connector such as "of") into phrases."""
    runs: list[list[regex.Match[str]]] = []
    for match in tokens:
        if runs:
            gap = text[runs[-1][-1].end() : match.start()]
            words = gap.split()
            joined = gap == " " or (len(words) == 1 and words[0] in _CONNECTORS and
                                     gap == f" {words[0]} ") \
                or _after_middle_initial(runs[-1], gap, match[0])
            if joined and not _fronted_day(runs[-1]):
                runs[-1].append(match)
                continue
        runs.append([match])
    # A lone single capital ("A", "I") is not a name.
    return [run for run in runs if not (len(run) == 1 and len(run[0][0]) == 1)]
