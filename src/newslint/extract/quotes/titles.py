"""Titles and epithets for the people of a story, read with the role vocabulary editors own
(`rules/roles.yaml`): "Secretary of State Hillary Clinton" is Hillary Clinton, titled;
"the congressman" is whoever the story titles "Rep." or "Representative"; and "the New
York Democrat" is an epithet for someone named before, not a person's name."""

from __future__ import annotations

import regex

from newslint.facts.entities import known_given_name
from newslint.facts.rolevocab import vocabulary
from newslint.facts.speech import Person, is_person_like

_MAX_OFFICE = 6  # words of an office written before a name: "Director of National Intelligence"


def office_prefixed(phrase: str) -> Person | None:
    """"Secretary of State Hillary Clinton" → Hillary Clinton, role "Secretary of State":
    an office of several words, joined by "of", that the role vocabulary knows, then a
    person's name (a name phrase otherwise stops at "of": "Nancy Pelosi of California");
    also after one word that qualifies the office ("Former Speaker of the House ...")."""
    found = _office_prefixed(phrase)
    first, _, rest = phrase.partition(" ")
    if found is None and rest and first[:1].isupper():
        inner = _office_prefixed(rest)
        if inner is not None:
            found = Person(inner.name, inner.role, inner.offset + len(first) + 1)
    return found


def _office_prefixed(phrase: str) -> Person | None:
    words = phrase.split()
    vocab = vocabulary()
    for cut in range(min(len(words) - 2, _MAX_OFFICE), 1, -1):
        office = " ".join(words[:cut])
        name = " ".join(words[cut:])
        if " of " in f" {office} " and vocab.role(office) and is_person_like(name):
            return Person(name, office, len(office) + 1)
    for cut in range(min(len(words) - 2, _MAX_OFFICE), 2, -1):
        # where the name starts is told by a given name, not by the vocabulary
        name = " ".join(words[cut:])
        if _titled_body(words[:cut]) and known_given_name(words[cut]) and is_person_like(name):
            office = " ".join(words[:cut])
            return Person(name, office, len(office) + 1)
    return None


def _titled_body(words: list[str]) -> bool:
    """"Director of National Intelligence": a role, then "of" and the capitalised name of
    the body it heads; the office is that role at that body, whether or not the vocabulary
    lists it whole."""
    vocab = vocabulary()
    return (len(words) >= 3 and words[1] == "of" and vocab.role(words[0]) is not None
            and all(w[:1].isupper() or w == "the" for w in words[2:]) and words[-1] != "the")


def same_office(noun: str, title: str) -> bool:
    """"congressman" and "Rep.", "senator" and "Sen.": two forms of one role."""
    vocab = vocabulary()
    a, b = vocab.role(noun), vocab.role(title)
    return a is not None and a is b


_THE_BEFORE = regex.compile(r"(?<![\p{L}])[Tt]he\s+$")


def after_the(text: str, start: int, phrase: str) -> bool:
    """A capitalised phrase after "the" ("the New York Democrat", "The Florida Republican"
    opening a sentence) describes someone; people's names take no article."""
    return (phrase.startswith("The ")
            or _THE_BEFORE.search(text, max(0, start - 4), start) is not None)
