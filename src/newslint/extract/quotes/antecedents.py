"""The antecedent of "who" before a verb of speech ("President Trump, who said"): the
person named right before ", who", also as the object of a preposition ("even from
President Trump, who said"); or, when no full name stands there, the sentence's subject,
a surname ("Weiner, who described") or an epithet ("The congressman, who described") of
a person named before."""

from __future__ import annotations

import regex

from newslint.extract.quotes.speaker_phrase import Attribution, trailing_speaker
from newslint.facts.speech import NAME_PHRASE, SpeechLexicon, is_person_like, split_title

_NAME_AT_END = regex.compile(rf"(?<![\p{{L}}.’'-])({NAME_PHRASE})\s*$")
_OF_PLACE_AT_END = regex.compile(rf"\s+of\s+(?:the\s+)?{NAME_PHRASE}\s*$")
# "The congressman": an epithet that opens the sentence
_THE_TITLE = regex.compile(r"\s*([Tt]he\s+(?:\p{Ll}+\s+)?(?P<title>\p{Ll}+))\s*")


def antecedent(text: str, lo: int, end: int, lex: SpeechLexicon) -> Attribution | None:
    """The person named right before ", who": also the object of a preposition ("even
    from President Trump, who said"), as the relative clause is about them."""
    match = _NAME_AT_END.search(text, lo, end)
    place = _OF_PLACE_AT_END.search(text, lo, end)
    if place is not None:
        match = _NAME_AT_END.search(text, lo, place.start())  # "Gillibrand of New York, who"
    person = split_title(match[1], lex) if match is not None else None
    if person is None or not (is_person_like(person.name) or person.role):
        # "Weiner, who described", "The congressman, who described": the sentence's
        # subject, a surname or an epithet, with nothing before it
        found = trailing_speaker(text, lo, end, lex)
        if found is None:
            title = _THE_TITLE.fullmatch(text, lo, end)
            if title is None or title["title"].lower() not in lex.titles:
                return None
            # an epithet of a person named before, resolved as a pronoun is
            return Attribution(title[1], title.start(1), title.end(1), "pronoun", None)
        opens = not text[lo:found.start].strip()
        return found if opens and found.kind in ("name", "generic") else None
    start = match.start(1) + person.offset
    return Attribution(person.name, start, start + len(person.name), "name", None,
                       person.role)
