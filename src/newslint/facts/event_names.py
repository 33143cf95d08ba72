"""The names of a date's clause (facts/event_key.py): its capitalised words that are no
function word, month, day or title, the one opening the sentence only when it is written as
a name."""

from __future__ import annotations

import re

from newslint.facts.clause import MONTHS_DAYS, TITLES
from newslint.facts.clause_words import Words
from newslint.facts.event_vocabulary import FUNCTION_WORDS


def _is_name(word: re.Match[str], sentence_start: int, following: re.Match[str] | None,
             known: frozenset[str] = frozenset()) -> bool:
    """A capitalised word; the one opening the sentence only when a name follows it
    ("Sandra Jackson resigned") or the article writes it as a name inside a sentence
    (`known`: "Trump also met Thursday with ..." where it has "said Trump")."""
    text = word.group()
    if not text[0].isupper() or len(text) < 2:
        return False
    if word.start() == sentence_start and not (
            following is not None and following.group()[0].isupper()
            and following.start() == word.end() + 1) and _name(text) not in known:
        return False
    low = text.lower().rstrip(".")
    return low not in FUNCTION_WORDS and low not in MONTHS_DAYS and low not in TITLES


def name_at(words: Words, i: int, sentence_start: int, end: int,
             known: frozenset[str] = frozenset()) -> str | None:
    """The name the capitalised words.words[i] is, the words ending at index `end`: read
    once a sentence, except at its edges (where the sentence or the words end)."""
    word = words.words[i]
    if i + 1 >= end or word.start() == sentence_start:
        following = words.words[i + 1] if i + 1 < end else None
        return _name(word.group()) if _is_name(word, sentence_start, following, known) \
            else None
    if i not in words.read:
        words.read[i] = _name(word.group()) if _is_name(word, -1, words.words[i + 1]) \
            else None
    return words.read[i]


def _name(word: str) -> str:
    return word.lower().rstrip(".").removesuffix("'s").removesuffix("’s")
