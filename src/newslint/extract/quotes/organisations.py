"""An organisation's generic name ("the agency said", "the group wrote") stands for the
organisation the story named last as a sentence's subject, in the paragraphs before:
`The U.S. Fish and Wildlife Service said in a written notice ...` then `"...," the agency
said`."""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from newslint.extract.quotes.pronouns import PRONOUN_REACH
from newslint.extract.quotes.speaker_phrase import WORD, Attribution
from newslint.extract.quotes.subjects import (
    NOT_VERBS,
    skip_appositive,
    skip_space,
    subject_organisation,
)
from newslint.facts.speech import NAME_PHRASE, is_person_like, lexicon, split_title

if TYPE_CHECKING:
    from newslint.extract.quotes.people import Lookup

def organisation(look: Lookup, att: Attribution) -> str | None:
    """The organisation "the <noun>" stands for, or None when no sentence before names one
    as its subject (then the noun stays a generic speaker)."""
    words = att.speaker.lower().split()
    lex = lexicon()
    here = look.sentence(att.start)
    if len(words) != 2 or words[0] != "the" or words[1] not in lex.organisations:
        return None
    if here is None:
        return None
    text = look.article.analysis
    sentences = look.article.sentences
    floor = sentences[here].paragraph - PRONOUN_REACH
    for index in range(here - 1, -1, -1):
        sentence = sentences[index]
        if sentence.paragraph < floor:
            break
        found = subject_organisation(text, sentence.start, sentence.end, lex)
        if found is not None:
            return found.speaker
    return None


_THEY = regex.compile(r"(?:\s*(?:And|But|So)\s+|\s*|[^,.]{0,60},\s+)[Tt]hey(?![\p{L}'’])")


def plural_organisation(look: Lookup, att: Attribution) -> str | None:
    """The organisation a "they" stands for: the subject of the sentence just before
    ("the Safari Club sent out a call to arms ... And they blasted"), through sentences
    that go on with "they"; None when that sentence has no organisation as its subject,
    for then "they" may be any group of people."""
    here = look.sentence(att.start)
    if here is None or att.speaker.lower() != "they":
        return None
    text = look.article.analysis
    sentences = look.article.sentences
    lex = lexicon()
    floor = sentences[here].paragraph - 1
    for index in range(here - 1, max(-1, here - 1 - _CHAIN), -1):
        sentence = sentences[index]
        if sentence.paragraph < floor:
            return None
        found = subject_organisation(text, sentence.start, sentence.end, lex)
        if found is not None:
            return found.speaker
        people = _coordinated_people(text, sentence.start, sentence.end, lex)
        if people is not None:
            return people
        if not _THEY.match(text, sentence.start, sentence.end):
            return None
    return None


_AND = regex.compile(rf"({NAME_PHRASE})\s+and\s+({NAME_PHRASE})")
_MAX_OPENING = 4  # "On Monday, state Senate President Pro Tem David Long and ..."


def _coordinated_people(text: str, lo: int, hi: int, lex) -> str | None:
    """"On Monday, David Long and Brian Bosma, both Republicans, held a press conference":
    two people named as the sentence's subject are whom the next "they" means."""
    for match in _AND.finditer(text, lo, hi):
        opening = [w for w in text[lo:match.start()].split() if w[:1].islower()]
        if len(opening) > _MAX_OPENING:
            return None
        a, b = split_title(match[1], lex), split_title(match[2], lex)
        if a is None or b is None or not (is_person_like(a.name) and is_person_like(b.name)):
            continue
        after = skip_appositive(text, match.end(), hi)
        word = WORD.match(text, skip_space(text, after))
        if word is not None and word[0][:1].islower() and word[0] not in NOT_VERBS:
            return f"{a.name} and {b.name}"
        return None
    return None


_CHAIN = 3  # sentences "they" may follow back through other "they"s

# A capitalised name of two to eight words, with the lower-case joints names have.
_SPELLED = regex.compile(r"(?<![\p{L}.])\p{Lu}[\p{L}.&-]*(?:\s+(?:(?:of|and|for|the|on|&)\s+)*"
                         r"\p{Lu}[\p{L}.&-]*){1,7}")
_JOINTS = frozenset(("of", "and", "for", "the", "on", "&"))


def spelled_out(text: str, acronym: str) -> str | None:
    """"American Civil Liberties Union" for "ACLU" when the article writes the name in
    full: one organisation known by both forms. The initials of its capitalised words
    spell the acronym ("Federal Bureau of Investigation" → FBI); the first such name."""
    letters = acronym.rstrip("s") if acronym.endswith("s") and acronym[:-1].isupper() else acronym
    for match in _SPELLED.finditer(text):
        words = [w for w in match[0].split() if w.lower() not in _JOINTS]
        for begin in range(len(words) - len(letters) + 1):
            run = words[begin:begin + len(letters)]
            if "".join(w[0] for w in run) == letters:
                first, last = run[0], run[-1]
                start = match.start() + match[0].index(first)
                end = match.start() + match[0].rindex(last) + len(last)
                return " ".join(text[start:end].split()).rstrip(".")
    return None
