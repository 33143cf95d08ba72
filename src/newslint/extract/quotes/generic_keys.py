"""What a generic speaker is known by across the story: "an NVIDIA spokesperson" as
"NVIDIA spokesperson", a document as its possessor ("the special counsel's filing" is the
special counsel's). Keys only: which phrase is a speaker is read in speaker_phrase.py."""

from __future__ import annotations

from newslint.extract.quotes.speaker_phrase import DETERMINERS
from newslint.facts.speech import SpeechLexicon


def document_issuer(phrase: str, lex: SpeechLexicon) -> str | None:
    """"the special counsel’s filing" → "special counsel": a document's possessor issued it."""
    words = phrase.split()
    if not words or words[-1].lower() not in lex.documents:
        return None
    for index, word in enumerate(words[:-1]):
        if word.endswith(("’s", "'s")):
            owner = [*words[:index], word[:-2]]
            if owner and owner[0].lower() in DETERMINERS:
                owner = owner[1:]
            return " ".join(owner) or None
    return None


def generic_key(phrase: str) -> str | None:
    """"an NVIDIA spokesperson" → "NVIDIA spokesperson"; "a spokesperson for the American
    Chemistry Council" → "American Chemistry Council spokesperson"."""
    words = phrase.split()
    if words and words[0].lower() in DETERMINERS:
        words = words[1:]
    for index, word in enumerate(words):
        if index and word.lower() in ("for", "of", "at", "from", "by"):
            org = words[index + 1:]
            if org and org[0].lower() == "the":
                org = org[1:]
            capitalised = _organisation(org)
            if capitalised and word.lower() == "by":
                return " ".join(capitalised)  # "a report released by the Climate Council"
            if capitalised:
                return " ".join([*capitalised, *(w.lower() for w in words[:index])])
            return " ".join(words[:index])  # "a diplomat from one of the larger countries"
    return " ".join(words) or None


def _organisation(words: list[str]) -> list[str]:
    """The capitalised words that open `words`, with the lower-case joints of a name
    between them: "Fish and Wildlife Service", "Department of Justice"."""
    out: list[str] = []
    for index, word in enumerate(words):
        joint = (out and word in ("and", "of", "for", "&") and index + 1 < len(words)
                 and words[index + 1][:1].isupper())
        if not (word[:1].isupper() or joint):
            break
        out.append(word)
    return out
