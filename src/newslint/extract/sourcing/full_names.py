"""The people an article names in full, by surname: what a bare surname in a role or a
party tag resolves to ("Ryan" is "paul d. ryan" when the article names one Ryan in full)."""

from __future__ import annotations

from collections.abc import Iterable

import regex

from newslint.extract.sourcing.name_patterns import PERSON_WORD
from newslint.facts import NamePhrase, Role
from newslint.facts.entities import person_identity
from newslint.facts.rolevocab import vocabulary

_PERSON_WORD_RE = regex.compile(PERSON_WORD)


def with_titled(full_names: dict[str, set[str]], roles: Iterable[Role]
                 ) -> dict[str, set[str]]:
    """The full names, with those the article's roles give ("Paul D. Ryan", whose name
    phrase stops at the initial)."""
    names = {k: set(v) for k, v in full_names.items()}
    for role in roles:
        if " " in role.person_key:
            names.setdefault(role.person_key.split()[-1], set()).add(role.person_key)
    return names


def full_names(phrases: Iterable[NamePhrase]) -> dict[str, set[str]]:
    """Surname → full names (two to four words, lower-cased) the phrases write out."""
    vocab = vocabulary()
    names: dict[str, set[str]] = {}
    # An article writes the same names many times: each text is read once.
    for text in dict.fromkeys(phrase.text for phrase in phrases):
        words = text.split()
        if len(words) < 2:
            continue  # most phrases are one word; dropping words below only shortens them
        while words and (vocab.role(words[0]) or words[0].lower() in vocab.not_organisations):
            words = words[1:]  # "President Trump", "Founder Liang Wenfeng"
        if 2 <= len(words) <= 4 and all(_PERSON_WORD_RE.fullmatch(w) for w in words):
            names.setdefault(words[-1].lower(), set()).add(" ".join(words).lower())
    return names


def resolves(person: str, full_names: dict[str, set[str]]) -> bool:
    """The article names one person of that surname in full: "Neil M. Gorsuch" and "Neil
    Gorsuch" are one, written with and without the middle initial."""
    return len({person_identity(n) for n in full_names.get(person.lower(), ())}) == 1


def person_key(person: str, full_names: dict[str, set[str]]) -> str:
    """A person's key: the full name a bare surname resolves to (its longest form, the
    one with the initial), else the name as given."""
    low = person.lower()
    if " " not in low and resolves(person, full_names):
        return min(full_names[low], key=lambda n: (-len(n), n))
    return low
