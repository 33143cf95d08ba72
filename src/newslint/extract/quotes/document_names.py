"""A capitalised document or law quoted as a speaker ("The 14th Amendment states",
"the Affordable Care Act says") is a text, never a person: the name the article writes is
kept whole as a generic speaker, so it is never compared with a person of the story."""

from __future__ import annotations

import regex

from newslint.extract.quotes.speaker_phrase import Attribution
from newslint.facts.speech import SpeechLexicon

# A word of the name before its head: "14th", "Affordable", "U.S."; "of" or "and" may join
# two of them ("Declaration of Independence" reads the other way and needs none).
_NAME_WORD = regex.compile(r"[\p{Lu}\p{N}][\p{L}\p{N}.&'’-]*")
_JOINTS = frozenset(("of", "and"))
_MAX_WORDS = 6


def as_document(text: str, att: Attribution | None, lex: SpeechLexicon
                ) -> Attribution | None:
    """`att` read as a document when it names one as a person would be named."""
    if att is None or att.kind != "name" or not att.speaker:
        return att
    head = att.speaker.split()[-1]
    if not head[:1].isupper() or head.lower() not in lex.document_names:
        return att
    if att.role or any(w.lower() in lex.titles or w.lower().rstrip(".") in lex.titles
                       for w in att.speaker.split()[:-1]):
        return att  # "Mr. Act": an honorific or a title is a person's
    start = att.start
    words = list(regex.finditer(r"\S+", text[max(0, start - 80):start]))
    base = max(0, start - 80)
    taken = 0
    for word in reversed(words):
        if taken >= _MAX_WORDS or base + word.end() != _skip_back(text, start):
            break
        if _NAME_WORD.fullmatch(word[0]) and word[0].lower() not in ("the", "a", "an"):
            start = base + word.start()
            taken += 1
        elif word[0] in _JOINTS and taken:
            start = base + word.start()  # dropped below if nothing capitalised precedes it
            taken += 1
        else:
            break
    while text[start:att.end].split()[0] in _JOINTS:
        start = text.index(" ", start) + 1
    phrase = " ".join(text[start:att.end].split())
    return Attribution(phrase, start, att.end, "generic", att.verb, att.role)


def _skip_back(text: str, at: int) -> int:
    """Where the word before `at` ends: `at` less the spaces before it."""
    while at > 0 and text[at - 1].isspace():
        at -= 1
    return at
