"""What a generic speaker is known by across the story: "an NVIDIA spokesperson" as
"NVIDIA spokesperson", a document as its possessor ("the special counsel's filing" is the
special counsel's). Keys only: which phrase is a speaker is read in speaker_phrase.py."""

from __future__ import annotations

import regex

from newslint.extract.quotes.speaker_phrase import DETERMINERS, Attribution
from newslint.facts.determiners import ARTICLES as _ARTICLES
from newslint.facts.name_words import CALENDAR_NAMES_LOWER
from newslint.facts.speech import (
    PRONOUNS,
    SpeechLexicon,
    is_person_like,
    lexicon,
    split_title,
)


def document_issuer(phrase: str, lex: SpeechLexicon) -> str | None:
    """"the special counsel’s filing" → "special counsel": a document's possessor issued it."""
    words = phrase.split()
    if words and words[0].lower() in DETERMINERS:
        words = words[1:]
    if len(words) > 2 and words[0].lower() in lex.documents and words[1].lower() in _FROM:
        # "a statement from the Democratic committee": the committee's
        source = words[3:] if words[2].lower() == "the" else words[2:]
        cut = next((i for i, w in enumerate(source) if i and w.lower() in _AFTER_SOURCE),
                   len(source))  # not "Mr. Seel’s office about the planned meeting"
        return " ".join(source[:cut]) or None
    if not words or words[-1].lower() not in lex.documents or not words[-1].islower():
        return None  # not "The Connecticut Post": a name
    for index, word in enumerate(words[:-1]):
        # "the special counsel’s filing"; a plural's: "the Republicans’ letter"
        plural = word.endswith(("s’", "s'")) and len(word) > 3
        if word.endswith(("’s", "'s")) or plural:
            owner = [*words[:index], word[:-1] if plural else word[:-2]]
            if owner and owner[0].lower() in DETERMINERS:
                owner = owner[1:]
            return " ".join(owner) or None
    named = _organisation(words[:-1])
    if named and len(named) == len(words) - 1 and not (
            len(named) == 1 and named[0].lower() in CALENDAR_NAMES_LOWER):
        return " ".join(named)  # "the Washington Post report": the Post's; not "a Monday memo"
    return None


_FROM = frozenset(("from", "by"))
_AFTER_SOURCE = frozenset("about on in to over after before at with that which who".split())


def generic_key(phrase: str) -> str | None:
    """"an NVIDIA spokesperson" → "NVIDIA spokesperson"; "a spokesperson for the American
    Chemistry Council" → "American Chemistry Council spokesperson"."""
    words = phrase.split()
    if words and words[0].lower() in DETERMINERS:
        words = words[1:]
    if len(words) > 1 and len(_organisation(words)) == len(words) and (
            words[0].lower() not in lexicon().titles):
        # "U.S. Conference of Catholic Bishops": a name, kept whole; not "Representative
        # Trey Gowdy of South Carolina", a person's name with a title
        return " ".join(words)
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


# "a statement released by the Justice Department", "a letter signed by all 42 Senate
# Republicans": the agent of a verb of issuing, a capitalised name.
_ISSUED_BY = regex.compile(
    r"\s+(?:released|issued|signed|sent|published|posted|written|filed|drafted|delivered)"
    r"\s+by\s+(?:the\s+|all\s+)?(?:\d+\s+)?(?P<agent>\p{Lu}[\p{L}.&-]*(?:\s+(?:(?:of|and|"
    r"for|&)\s+)?\p{Lu}[\p{L}.&-]*){0,5})(?![\p{L}])")


def issued_by(text: str, at: int, hi: int) -> str | None:
    """Who issued the document whose mention ends at `at`, when the words after it say."""
    by = _ISSUED_BY.match(text, at, hi)
    if by is None:
        return None
    agent = " ".join(by["agent"].split())
    if agent.endswith(".") and agent.split()[-1].count(".") == 1:
        agent = agent[:-1]  # the sentence's full stop, not "U.S."
    return agent


_WHICH = regex.compile(r",\s+which\s*$")


def which_document(text: str, lo: int, verb_at: int, lex: SpeechLexicon) -> str | None:
    """"a letter signed by all 42 Senate Republicans, which stated,": "which" is the
    document before the comma, which speaks for whoever issued it."""
    which = _WHICH.search(text, lo, verb_at)
    if which is None:
        return None
    for match in reversed(list(_NOUN.finditer(text, lo, which.start()))):
        if match[0].lower() in lex.documents:
            return issued_by(text, match.end(), which.start() + 1)
    return None


_NOUN = regex.compile(r"(?<![\p{L}])\p{Ll}+(?![\p{L}])")


# "the part of the U.S. code that says:", "the 14th Amendment to the Constitution, which
# states,": "which" or "that" right before the verb of speech is its subject, a thing
_RELATIVE_THING = regex.compile(r"(?:,\s+which|\s+that)\s*$")
_MAX_TEXT_WORDS = 5  # words after the article: "the 14th Amendment to the Constitution"


def relative_text(text: str, lo: int, verb_at: int, lex: SpeechLexicon) -> Attribution | None:
    """The text that speaks through a relative clause ("the U.S. code that says:"): the
    nearest noun phrase before "which"/"that", when it is no person, role or organisation
    (they speak for themselves, or through "who")."""
    relative = _RELATIVE_THING.search(text, lo, verb_at)
    if relative is None:
        return None
    words = list(_WORD.finditer(text, lo, relative.start()))[-(_MAX_TEXT_WORDS + 1):]
    at = max((i for i, w in enumerate(words) if w[0].lower() in _ARTICLES), default=None)
    if at is None or at == len(words) - 1:
        return None
    start, end = words[at + 1].start(), words[-1].end()
    phrase = text[start:end]
    if any(ch in phrase for ch in ',;:“”"') or phrase.endswith(("’s", "'s")):
        return None
    head = words[-1][0].lower()
    if head in lex.generic | lex.organisations | lex.titles or head in PRONOUNS:
        return None
    person = split_title(phrase, lex)
    if person is not None and (is_person_like(person.name) or person.role):
        return None
    return Attribution(phrase, start, end, "generic", None)


_WORD = regex.compile(r"[^\s]+")
