"""An organisation's generic name ("the agency said", "the group wrote") stands for the
organisation the story named last as a sentence's subject, in the paragraphs before:
`The U.S. Fish and Wildlife Service said in a written notice ...` then `"...," the agency
said`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newslint.extract.quotes.pronouns import PRONOUN_REACH
from newslint.extract.quotes.speaker_phrase import NAME_START, WORD, Attribution
from newslint.extract.quotes.subjects import inside_quote, skip_appositive, skip_space, verb_like
from newslint.facts.speech import SpeechLexicon, is_person_like, lexicon, split_title

if TYPE_CHECKING:
    from newslint.extract.quotes.people import Lookup

_MAX_OPENING = 4  # words before the subject: "On Thursday, the"
_JOINTS = frozenset(("and", "of", "&", "for"))


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
        found = _subject_organisation(text, sentence.start, sentence.end, lex)
        if found is not None:
            return found
    return None


def _subject_organisation(text: str, lo: int, hi: int, lex: SpeechLexicon) -> str | None:
    """An organisation's name that is the subject of the sentence: a name of two or more
    words, or an acronym, that is no person's and is followed by a verb."""
    for match in NAME_START.finditer(text, lo, hi):
        if inside_quote(text, lo, match.start()):
            continue
        opening = text[lo:match.start()]
        if len(opening.split()) > _MAX_OPENING and len(opening.split(",")[-1].split()) > 1:
            return None  # past the subject ("A day after ..., the Safari Club sent")
        words = _joined_before(text, lo, match.start()) + match[1].split()
        if words[0].lower() in ("the", "a", "an") or words[0].lower() in lex.openers:
            words = words[1:]
        name = " ".join(words)
        if not (len(words) >= 2 or (len(name) >= 2 and name.isupper())):
            continue
        person = split_title(name, lex)
        if person is not None and (is_person_like(person.name) or person.role):
            continue
        after = skip_appositive(text, match.end(), hi)
        following = WORD.match(text, skip_space(text, after))
        if following is not None and following[0][:1].islower() and verb_like(
                following[0], lex):
            return name
    return None


def _joined_before(text: str, lo: int, start: int) -> list[str]:
    """"U.S. Fish and" before "Wildlife Service": a name phrase stops at an abbreviation
    or a joint, which belong to the organisation's name."""
    words = text[lo:start].split()
    taken: list[str] = []
    while words:
        word = words[-1]
        capitalised = word[:1].isupper() and not word.endswith(",")
        joint = word in _JOINTS and len(words) > 1 and words[-2][:1].isupper()
        if not (capitalised or joint):
            break
        taken.insert(0, words.pop())
    return taken
