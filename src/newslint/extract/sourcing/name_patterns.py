"""The name patterns roles and attributes are read with, and the sentences they are read in."""

from __future__ import annotations

from collections.abc import Iterable

from newslint.facts.rolevocab import Vocabulary
from newslint.load.article import Article, Sentence

# A word of a person's name: "Yann", "LeCun", "O'Brien", "Jean-Luc", an initial "J.".
# The initial is tried first: else "Paul D. Ryan" stops at "Paul D", a word without its stop.
PERSON_WORD = (r"(?:\p{Lu}\.(?=\s+\p{Lu})"
               r"|\p{Lu}[\p{Ll}\p{M}]*\p{Lu}?[\p{Ll}\p{M}]*(?:[-’'][\p{Lu}][\p{L}\p{M}]*)?"
               r"|\p{Lu}\.)")
_PARTICLE = r"(?:de|van|von|der|den|da|al|bin|le|la|del|di|du)"
PERSON = rf"{PERSON_WORD}(?:\s+(?:{_PARTICLE}\s+)?{PERSON_WORD}){{0,3}}"
# A word of an organisation or product name: "DeepSeek", "High-Flyer", "R1", "GPT-4o", "o1".
NAME_WORD = (
    r"(?:\p{Lu}[\p{L}\p{M}\p{N}]*(?:[-.][\p{L}\p{N}]+)*"
    r"|\p{Ll}+\p{N}[\p{L}\p{N}]*(?:-[\p{L}\p{N}]+)*)"
)
NAME = rf"{NAME_WORD}(?:\s+(?:&\s+)?{NAME_WORD}){{0,5}}"


def prose_sentences(article: Article) -> Iterable[Sentence]:
    """The writer's own sentences: not headings, bullet labels or embedded posts."""
    return (s for s in article.sentences if s.kind == "text")


def strip_leading(name: str, vocab: Vocabulary) -> str:
    """The name without the words before it that start no organisation ("the", "rival")."""
    words = name.split()
    while words and words[0].lower() in vocab.not_organisations:
        words = words[1:]
    return " ".join(words)


def place_key(place) -> str:
    return f"{place.country}|{place.city or ''}"
