"""Speakers across the corpus: "Andreessen" in one article is "Marc Andreessen" in another.

A surname alone resolves to the one full name the corpus gives it (as a speaker or as a
person named anywhere); with two people of that surname it stays as written. Quotes whose
speaker is only described ("a spokesperson") have no corpus speaker: nothing can be
compared about them across articles.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from dataclasses import dataclass

from newslint.facts import NamePhrase, Quote
from newslint.facts.speech import is_person_like, split_title
from newslint.index import CorpusIndex

# Speakers compared across articles: named, or found through a pronoun or a continued quote.
COMPARABLE_KINDS = frozenset({"name", "pronoun", "continued", "reported"})
INFERRED_KINDS = frozenset({"pronoun", "continued", "reported"})


@dataclass(frozen=True, slots=True)
class SpeakerResolver:
    full_names: dict[str, str]  # surname → the one full name the corpus uses for it

    def resolve(self, name: str | None) -> str | None:
        if not name:
            return None
        return self.full_names.get(name, name)

    def speaker_of(self, quote: Quote) -> str | None:
        """The corpus-wide speaker of a quote, or None when it cannot be compared."""
        if quote.context == "post" or quote.speaker_kind not in COMPARABLE_KINDS:
            return None
        key = quote.speaker_key
        if not key or not key[:1].isupper():
            return None
        return self.resolve(key)


def _surname_of_speaker(quote: Quote) -> str | None:
    key = quote.speaker_key
    if quote.speaker_kind not in COMPARABLE_KINDS or not key or len(key.split()) < 2:
        return None
    return key.split()[-1]


def _surname_of_phrase(phrase: NamePhrase) -> str | None:
    if phrase.context not in ("text", "label"):
        return None
    return _person_surname(phrase.text)


@functools.lru_cache(maxsize=65536)
def _person_surname(text: str) -> str | None:
    # Cached: every story asks again for the surnames of the same name phrases.
    person = split_title(text)
    if person is None or not is_person_like(person.name):
        return None
    return person.name.split()[-1]


def speaker_resolver(index: CorpusIndex) -> SpeakerResolver:
    """Built from two shared groupings of the index: speakers and people by surname."""
    names: dict[str, set[str]] = defaultdict(set)
    for surname, entries in index.group("quotes", _surname_of_speaker, "speaker-surname").items():
        names[surname].update(q.speaker_key for _, q in entries)
    for surname, entries in index.group("name_phrases", _surname_of_phrase,
                                        "person-surname").items():
        for _, phrase in entries:
            person = split_title(phrase.text)
            if person is not None:
                names[surname].add(person.name)
    full = {surname: next(iter(found)) for surname, found in names.items() if len(found) == 1}
    return SpeakerResolver(full)
