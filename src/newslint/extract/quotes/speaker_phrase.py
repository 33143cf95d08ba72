"""A speaker phrase read word by word: a name with its title or organisation, an epithet
("the minister"), a generic source ("a spokesperson for the council"). Shared by the
forms before and after a quote (attribution.py), with the word classes both read with.
Offsets are absolute, into `Article.analysis`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import regex

from newslint.facts.name_words import CALENDAR_NAMES_ABBREVIATED
from newslint.facts.speech import (
    CONNECTOR,
    NAME_PHRASE,
    NAME_TOKEN,
    PRONOUNS,
    SpeechLexicon,
    is_person_like,
    split_title,
)

SpeakerKind = Literal["name", "pronoun", "generic", "post", "continued", "reported"]

WORD = regex.compile(r"[\p{L}\p{N}@][\p{L}\p{M}\p{N}'’._&-]*")
_NAME_TOKEN = regex.compile(rf"{NAME_TOKEN}|{CONNECTOR}")
NAME_START = regex.compile(rf"({NAME_PHRASE})")
# Compiled once: regex's module-level functions look each pattern up in a cache per call.
SENTENCE_STOP = regex.compile(r"[.!?;]\s")
COORDINATOR_AT_END = regex.compile(r"(?<![\p{L}])(?:and|but)$")
LEAD = regex.compile(r"[\s,—–-]*")  # always matches
PUNCTUATION = regex.compile(r"[,;:()\"“”]")
PREPOSITION = regex.compile(r"\s(?:to|in|on|at|during|for)\s")
_CONNECTOR = regex.compile(CONNECTOR)
_POSSESSIVE_END = regex.compile(r"['’]s$")
DETERMINERS = frozenset("a an the its his her their our this that".split())
_DEMONSTRATIVES = frozenset(("this", "that"))
# A name right after these is an object, not the one speaking ("critics of Smith said").
OBJECT_MARKERS = frozenset(
    "of to with about against for from like on than by at into over as in".split()
)
# Words that start a new clause: "..., while Curai CEO Neal Khosla suggested" is not the
# attribution of the quote before it.
CLAUSE_WORDS = frozenset(
    "and but or while as when whereas although though because after before since so yet "
    "if then who which that where".split()
)
PHRASE_STOP = regex.compile(r"[,.;:()\n]|\s(?:who|in|on|at|during|after|before|when|while)\s")
APPOSITIVE_END = regex.compile(r"[,.;:()\n]")
ABBREVIATED = regex.compile(r"(?<![\p{L}])\p{Lu}\p{Ll}{0,2}\.$")  # "Dr.", "St.", "J."
# Capitalised at the start of a sentence, never a speaker's name.
# Words that open a sentence capitalised and are no one's name ("Her comments, said ...")
NO_NAME = frozenset(
    "it this that these those we i you there here one his her its their our my your".split())
# "D-Calif.", "R-N.Y.": a party and a state written after a name, never the name itself.
PARTY_TAG = regex.compile(r"[DRI]-\p{Lu}[\p{L}.-]*")
# "the ACLU", "the FWS": an acronym after "the" is an organisation, not an epithet.
ACRONYM = regex.compile(r"\p{Lu}{2,}s?")
_INITIALS = regex.compile(r"(?:\p{Lu}\.){2,}")
_AUXILIARIES = frozenset("has have had is are was were will would".split())
_QUANTIFIERS = frozenset("some several many two three four few other another most".split())
_PARTITIVE = _QUANTIFIERS | frozenset("one none all each".split())
MAX_SAY_GAP = 14  # words between a speech verb and the quote: "said on Tuesday that"
MAX_NAME_GAP = 12  # "referred to DeepSeek's new reasoning model R1 as"
MAX_APPOSITIVE = 15
MAX_COLON_CLAUSE = 12  # "Asked about the title race, Arteta was blunt:"


@dataclass(frozen=True, slots=True)
class Attribution:
    speaker: str  # as written
    start: int
    end: int
    kind: SpeakerKind
    verb: str | None
    role: str | None = None


def trailing_speaker(text: str, lo: int, end: int, lex: SpeechLexicon,
                      generic: bool = True) -> Attribution | None:
    words = list(WORD.finditer(text, lo, end))
    if not words:
        return None
    last = words[-1]
    if last[0].lower() in PRONOUNS or last[0] in ("it", "It"):
        # "It said": a pronoun too, for a document or an organisation named before
        return Attribution(last[0], last.start(), last.end(), "pronoun", None)
    run = []
    for word in reversed(words):
        if run and not _joined(text, word, run[-1]):
            break
        if not _NAME_TOKEN.fullmatch(word[0]):
            break
        run.append(word)
    while run and _CONNECTOR.fullmatch(run[-1][0]):
        run.pop()  # a phrase never starts with "de"
    if len(run) == 1 and run[0][0].rstrip(".") in CALENDAR_NAMES_ABBREVIATED and len(
            words) > 1 and words[words.index(run[0]) - 1][0][:1].islower():
        return None  # "released a statement late Tuesday saying": a day, not a speaker
    if len(run) == 1 and run[0][0].lower() in NO_NAME:
        return None  # "It said", "This says": a thing named before, not a person
    if len(run) == 1 and (PARTY_TAG.fullmatch(run[0][0]) or run[0][0].lower() in lex.openers):
        return None  # "..., D-Calif., ... said", "After promising": no one's name
    if run:
        preceding = [w for w in words if w.end() <= run[-1].start()]
        run += _coordinated_head(text, preceding)
        first, final = run[-1], run[0]
        preceding = [w for w in words if w.end() <= first.start()]
        if len(preceding) >= 2 and preceding[-1][0].lower() == "the" and preceding[-2][
                0].lower() in OBJECT_MARKERS:
            preceding = preceding[:-1]  # "a spokesperson for the Council"
        if preceding and preceding[-1][0].lower() == "of":
            # "Bank of England Governor Andrew Bailey": the organisation is the role
            found = _titled_after_organisation(text, preceding, first, final, lex)
            if found is not None:
                return found
        if _as_clause(text, preceding):
            preceding = preceding[:-1]  # ", as Axelrod said,": a clause, "as" no object
        if preceding and preceding[-1][0].lower() in OBJECT_MARKERS:
            found = _of_organisation(text, lo, words, preceding, final, lex)
            if found is None and generic:
                found = _described(text, words, lex)  # "A report released ... in March"
            return found
        phrase = text[first.start():final.end()]
        if len(run) == 1 and preceding and preceding[-1][0].lower() == "the" and _joined(
                text, preceding[-1], first) and not ACRONYM.fullmatch(phrase):
            # "the German told": an epithet for a person already named, as a pronoun
            return Attribution(phrase, first.start(), final.end(), "pronoun", None)
        person = split_title(phrase, lex)
        if preceding and preceding[-1][0].endswith(("’s", "'s")) and _joined(
                text, preceding[-1], first):
            # "IDC's Hannah Cole said": a person of the organisation, which is the role;
            # "Meta's Llama said"? a possessive before anything else points at a thing
            if person is None or not is_person_like(person.name):
                return None
            org = _possessor(text, preceding)
            begin = first.start() + person.offset
            role = " ".join(part for part in (org, person.role) if part) or None
            return Attribution(person.name, begin, begin + len(person.name), "name", None,
                               role)
        if person is None:
            if len(run) < 2:
                # "Analysts at Leerink said": a capitalised speaker word, not a name
                return _generic(text, words, lex) if generic and phrase.lower(
                    ) in lex.generic else None
            # "the National Samsung Electronics Union": an organisation speaks
            return Attribution(phrase, first.start(), final.end(), "name", None)
        begin = first.start() + person.offset
        role = person.role or _role_before(text, preceding, first, lex)
        return Attribution(person.name, begin, begin + len(person.name), "name", None, role)
    if generic and last[0].lower() in lex.generic:
        found = _generic(text, words, lex)
        before = [w for w in words if w.end() <= found.start]
        low = [w[0].lower() for w in before[-2:]
               if not PUNCTUATION.search(text, w.end(), found.start)]
        if low and low[-1] in OBJECT_MARKERS and not (len(low) > 1 and low[-2] in _PARTITIVE):
            # "sent an e-mail to RNC members saying": the ones written to; not "some in
            # the crowd chanted", "one of Ms. Rice's aides wrote"; "a statement from the
            # Democratic committee said": the speaker noun the phrase opens with
            return _described(text, words, lex) if len(low) > 1 and low[
                -2] in lex.generic and low[-1] in _SOURCE_OF else None
        return found
    if generic:
        return _described(text, words, lex)
    return None


_SOURCE_OF = frozenset(("from", "for", "of", "at"))


def _coordinated_head(text: str, preceding: list) -> list:
    """"a spokesperson for the Fish and Wildlife Service": capitalised words joined by
    "and" after a preposition are one organisation's name; the words of its first half,
    last first (as the run is built), or none."""
    if len(preceding) < 3 or preceding[-1][0] not in ("and", "&"):
        return []
    k = len(preceding) - 1
    # "the U.S. Fish and ...": a country's initials open the name too
    while k > 0 and (_NAME_TOKEN.fullmatch(preceding[k - 1][0]) or _INITIALS.fullmatch(
            preceding[k - 1][0])) and preceding[k - 1][0][:1].isupper() and _joined(
            text, preceding[k - 1], preceding[k]):
        k -= 1
    before = [w[0].lower() for w in preceding[:k]]
    if k == len(preceding) - 1 or not before:
        return []
    if before[-1] == "the" and len(before) > 1:
        before.pop()
    return list(reversed(preceding[k:])) if before[-1] in OBJECT_MARKERS else []


def _as_clause(text: str, preceding: list) -> bool:
    """"the theme that, as Axelrod said," opens a clause of its own with "as" after a comma:
    the name is its subject, not the object of a preposition."""
    if not preceding or preceding[-1][0].lower() != "as":
        return False
    return text[:preceding[-1].start()].rstrip().endswith((",", "—", "("))


def _titled_after_organisation(text: str, preceding: list, first: regex.Match,
                               final: regex.Match, lex: SpeechLexicon) -> Attribution | None:
    """"Bank of England Governor Andrew Bailey", "Ministry of Defence Spokesman James Reid":
    an organisation "<Name> of <Place>" before a title and a person's name. Not "critics of
    Governor Andrew Bailey": the place must stand between "of" and the title, and a
    capitalised word must stand before "of"."""
    person = split_title(text[first.start():final.end()], lex)
    if person is None or not person.role or not is_person_like(person.name):
        return None
    role_words = person.role.lower().split()
    if role_words[0] in lex.titles or not any(w in lex.titles for w in role_words):
        return None
    of = preceding[-1]
    owner = [w for w in preceding[:-1] if w.end() <= of.start()][-4:]
    org: list[regex.Match] = []
    nxt = of
    for word in reversed(owner):
        if not _joined(text, word, nxt) or not word[0][:1].isupper():
            break
        org.append(word)
        nxt = word
    if not org:
        return None
    begin = first.start() + person.offset
    words = text[org[-1].start():begin].split()
    if words[0].lower() in DETERMINERS:
        words = words[1:]
    return Attribution(person.name, begin, begin + len(person.name), "name", None,
                       " ".join(words))


def _possessor(text: str, preceding: list) -> str:
    """"Morgan Stanley" in "Morgan Stanley's Jane Doe": the capitalised words that end in
    the possessive."""
    owner = [preceding[-1]]
    for word in reversed(preceding[:-1]):
        if not _joined(text, word, owner[-1]) or not word[0][:1].isupper() or len(owner) >= 4:
            break
        owner.append(word)
    words = [w[0] for w in reversed(owner)]
    words[-1] = _POSSESSIVE_END.sub("", words[-1])
    return " ".join(words)


def _of_organisation(text: str, lo: int, words: list, preceding: list, final: regex.Match,
                     lex: SpeechLexicon) -> Attribution | None:
    """A name after "of", "at", "for" is an organisation: "Sarah Kim of Mizuho" is Sarah
    Kim; "a spokesperson for the American Chemistry Council" speaks for the council."""
    marker = preceding[-1]
    if marker[0].lower() not in ("of", "at", "for", "from"):
        return None
    head = trailing_speaker(text, lo, marker.start(), lex)
    if head is None or head.kind == "pronoun":
        return None
    if head.kind == "generic":
        org_start = preceding[-1].end()
        org = text[org_start:final.end()].split()
        if org and org[0].lower() == "the":
            org = org[1:]
        return Attribution(text[head.start:final.end()], head.start, final.end(), "generic",
                           None)
    return head


def _role_before(text: str, preceding: list, name: regex.Match,
                 lex: SpeechLexicon) -> str | None:
    """"Venture capitalist" in "Venture capitalist Marc Andreessen"."""
    role: list[regex.Match] = []
    nxt = name
    for word in reversed(preceding[-4:]):
        if not _joined(text, word, nxt) or word[0].lower() in DETERMINERS:
            break
        if word[0].lower() in OBJECT_MARKERS or word[0].endswith(("’s", "'s")):
            break
        role.append(word)
        nxt = word
    if not role or role[0][0].lower() not in lex.titles:
        return None
    return " ".join(w[0] for w in reversed(role))


def _described(text: str, words: list, lex: SpeechLexicon) -> Attribution | None:
    """"A diplomat from one of the bloc's larger countries": a generic noun right after the
    determiner that opens the phrase."""
    for back in range(2, min(len(words), 10) + 1):
        head = words[-back]
        if not all(_joined(text, a, b) for a, b in zip(words[-back:], words[-back + 1:],
                                                        strict=False)):
            return None
        opens = head[0].lower() in DETERMINERS or head[0].lower() == "another"
        if opens and words[-back + 1][0].lower() in lex.generic and not _finite(
                words[-back + 2:]):
            # not "the representative has since taken to": a finite verb ends the phrase
            return Attribution(text[head.start():words[-1].end()], head.start(),
                                   words[-1].end(), "generic", None)
    return None


def _finite(words: list) -> bool:
    """A finite verb among the words after a speaker noun: an auxiliary, or a past tense
    with its object ("the man approached the congressman"); not a participle that
    modifies the noun ("A report released in March")."""
    low = [w[0].lower() for w in words]
    return any(w in _AUXILIARIES or (w.endswith("ed") and nxt in DETERMINERS)
               for w, nxt in zip(low, [*low[1:], ""], strict=True))


def _generic(text: str, words: list, lex: SpeechLexicon) -> Attribution | None:
    """"an NVIDIA spokesperson", "Bernstein analysts", "the company"."""
    phrase = [words[-1]]
    for word in reversed(words[:-1]):
        if not _joined(text, word, phrase[-1]) or len(phrase) >= 4:
            break
        low = word[0].lower()
        if low in _DEMONSTRATIVES and phrase[-1][0][:1].isupper():
            break  # "at a time that Rubio's campaign portrays": a conjunction, as no
            # demonstrative goes before a name
        if low in DETERMINERS:
            phrase.append(word)
            break
        # Modifiers of the noun: a name ("Bernstein analysts"), a quantity ("two
        # officials"), or another speaker word ("company official"); a verb ends it.
        if not (word[0][:1].isupper() or low in lex.generic or low in lex.titles
                or low in _QUANTIFIERS or word[0].isdigit() or _trade(text, words, word, lex)):
            break
        phrase.append(word)
    start, end = phrase[-1].start(), phrase[0].end()
    if words[-1][0].lower() in lex.documents:
        start = _possessor_start(text, words, len(words) - len(phrase), start)
    return Attribution(text[start:end], start, end, "generic", None)


def _trade(text: str, words: list, word: regex.Match, lex: SpeechLexicon) -> bool:
    """"the tech giant", "the oil company": one modifier between "the" and an organisation
    noun is its trade, part of the epithet (not "the company's" verb before it)."""
    at = words.index(word)
    return (at == len(words) - 2 and at > 0 and words[-1][0].lower() in lex.organisations
            and words[at - 1][0].lower() == "the" and _joined(text, words[at - 1], word))


_MAX_POSSESSOR = 3  # words of a possessor: "the special counsel’s", "BuzzFeed’s"


def _possessor_start(text: str, words: list, first: int, start: int) -> int:
    """Where the possessor of a document begins: "the special counsel’s filing",
    "BuzzFeed’s Thursday night report" (two words between); else `start` unchanged."""
    for at in range(first - 1, max(-1, first - 4), -1):
        word = words[at][0]
        if word.endswith(("’s", "'s")):
            begin = at
            while (begin > 0 and at - begin + 1 < _MAX_POSSESSOR
                   and _joined(text, words[begin - 1], words[begin])
                   and words[begin - 1][0].lower() not in DETERMINERS
                   and words[begin - 1][0].lower() not in OBJECT_MARKERS
                   and words[begin - 1][0].lower() not in CLAUSE_WORDS):
                begin -= 1
            if begin > 0 and words[begin - 1][0].lower() in ("the", "a", "an"):
                begin -= 1
            return words[begin].start()
        if not _joined(text, words[at], words[at + 1]) or word.lower() in DETERMINERS:
            break
    return start


def _joined(text: str, left: regex.Match, right: regex.Match) -> bool:
    gap = text[left.end():right.start()]
    return bool(gap) and gap.isspace() and "\n" not in gap
