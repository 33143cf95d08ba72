"""The speaker written after the words that introduce a quote, as a phrase of its own: after
an inverted verb (`said Sheriff Adam Hayward of Deuel County`) or "according to": a name, a
pronoun or a description."""

from __future__ import annotations

import regex

from newslint.extract.quotes.speaker_phrase import (
    DETERMINERS,
    NAME_START,
    WORD,
    Attribution,
)
from newslint.facts.speech import PRONOUNS, SpeechLexicon, split_title


def parse_phrase(text: str, begin: int, end: int, lex: SpeechLexicon) -> Attribution | None:
    """A speaker named after a verb or "according to": a name, a pronoun or a description.
    `Sheriff Adam Hayward of Deuel County`: the name before "of" is the speaker."""
    found = _phrase(text, begin, end, lex)
    if found is None:
        cut = _OF_PLACE.search(text, begin, end)
        if cut is not None:
            found = _phrase(text, begin, cut.start(), lex)
            if found is not None and found.kind == "generic":
                # "a spokesperson for the U.S. Fish and Wildlife Service": for whom, too
                phrase = text[begin:end].rstrip()
                found = Attribution(phrase, begin, begin + len(phrase), "generic", None)
            elif found is not None and found.kind != "name":
                found = None
    return found


_OF_PLACE = regex.compile(r"\s(?:of|at|from|with|for)\s+(?:the\s+)?\p{Lu}")


def _phrase(text: str, begin: int, end: int, lex: SpeechLexicon) -> Attribution | None:
    phrase = text[begin:end].rstrip()
    if not phrase or len(phrase.split()) > 8:
        return None
    words = list(WORD.finditer(text, begin, begin + len(phrase)))
    if len(words) == 1 and words[0][0].lower() in PRONOUNS:
        return Attribution(words[0][0], words[0].start(), words[0].end(), "pronoun", None)
    names = [m for m in NAME_START.finditer(text, begin, begin + len(phrase))
             if m.end() == begin + len(phrase)]
    name = names[-1] if names else None
    if name:
        lead = text[begin:name.start()].split()
        # "Obama campaign manager Jim Messina": capitalised words are part of the role when
        # a title ends it
        titled = bool(lead) and lead[-1].lower() in lex.titles
        if titled or all(w[:1].islower() for w in lead):
            person = split_title(name[0], lex)
            if person is not None:
                start = name.start() + person.offset
                role = " ".join([*lead, *([person.role] if person.role else [])]) or None
                if role and role.split()[0].lower() in DETERMINERS:
                    role = " ".join(role.split()[1:]) or None
                return Attribution(person.name, start, start + len(person.name), "name",
                                   None, role)
    if any(w[0].lower() in lex.generic for w in words):
        return Attribution(phrase, begin, begin + len(phrase), "generic", None)
    return None
