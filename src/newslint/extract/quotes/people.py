"""The people an article names, for quotes: each person's full name as the article gives
it, pronouns resolved to the nearest person before them (the subject of a sentence first),
and name phrases judged person or subject."""

from __future__ import annotations

import bisect
import calendar
from dataclasses import dataclass

import regex

from newslint.extract.quotes.attribution import Attribution
from newslint.extract.quotes.documents import antecedent_document, issuer
from newslint.extract.quotes.generic_keys import document_issuer, generic_key
from newslint.extract.quotes.marks import QuoteRegion
from newslint.extract.quotes.organisations import organisation, plural_organisation, spelled_out
from newslint.extract.quotes.pronouns import earlier_pronoun, is_subject, resolve_pronoun
from newslint.extract.quotes.speaker_phrase import ACRONYM, WORD
from newslint.extract.quotes.subjects import skip_appositive, skip_space, verb_like
from newslint.extract.quotes.titles import after_the, office_prefixed, same_office
from newslint.facts import NamePhrase
from newslint.facts.speech import (
    CONNECTOR,
    NAME_TOKEN,
    SpeechLexicon,
    is_person_like,
    lexicon,
    split_title,
)
from newslint.load.article import Article

_CALENDAR = frozenset([*calendar.day_name, *calendar.month_name[1:]])
_OF_PLACE = regex.compile(r"\s+(?:of|from|at)\s+")
# "Mr. Obama": the honorific is a name phrase of its own, cut off by its full stop.
_HONORIFIC_BEFORE = regex.compile(r"(?<![\p{L}])(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+$")
# The honorifics that say a person's gender, for pronoun agreement ("he" is not Ms. Lauten).
_GENDERED_HONORIFIC = regex.compile(r"(?<![\p{L}])(?:(Mr)|Mrs|Ms|Miss)\.?\s+$")
_PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m",
                   "she": "f", "her": "f", "hers": "f", "herself": "f"}
_NICKNAMED = regex.compile(
    r"(?<![\p{L}])(\p{Lu}\p{Ll}+)\s+[\"“‘'](?:\p{Lu}[\p{L}.]*)[\"”’']\s+(\p{Lu}\p{Ll}+)(?![\p{L}])")
_PLURAL = frozenset({"they", "them", "we"})
_PARTICLE_TAIL = regex.compile(rf"(?:[ \t]+{CONNECTOR}){{2,}}[ \t]+{NAME_TOKEN}")


@dataclass(slots=True)
class Found:
    region: QuoteRegion
    attribution: Attribution | None
    inferred: str | None = None  # "continued" when the speaker comes from another quote


class Lookup:
    """Which sentence, paragraph or quote an offset is in, by bisection: built once per
    article so that long articles with many quotes stay linear-logarithmic."""

    def __init__(self, article: Article, regions: list[QuoteRegion]):
        self.article = article
        self.sentence_starts = [s.start for s in article.sentences]
        self.paragraph_starts = [p.start for p in article.paragraphs]
        self.region_starts = [r.start for r in regions]
        self.regions = regions

    def sentence(self, offset: int) -> int | None:
        index = bisect.bisect_right(self.sentence_starts, offset) - 1
        if index >= 0 and offset < self.article.sentences[index].end:
            return index
        return None

    def paragraph(self, offset: int) -> int | None:
        index = bisect.bisect_right(self.paragraph_starts, offset) - 1
        if index >= 0 and offset < self.article.paragraphs[index].end:
            return index
        return None

    def in_quote(self, offset: int) -> bool:
        index = bisect.bisect_right(self.region_starts, offset) - 1
        return index >= 0 and offset < self.regions[index].end


@dataclass(frozen=True, slots=True)
class _Person:
    name: str  # the full name the article uses
    start: int
    sentence: int
    gender: str | None = None  # "m" or "f" when the article's honorifics say so
    role: str | None = None  # the title written with the name: "Gov.", "Senate President"


def find_people(article: Article, look: Lookup, name_phrases: tuple[NamePhrase, ...],
            found: list[Found], lex: SpeechLexicon) -> list[_Person]:
    """People named in the article, in order: for pronouns and for full names of surnames."""
    people: list[_Person] = []
    joined = _initials_joined(article.analysis, name_phrases)
    for phrase in name_phrases:
        if phrase.context not in ("text", "label") or look.in_quote(phrase.span.start):
            continue
        if phrase.span.start in joined.consumed:
            continue
        whole = joined.names.get(phrase.span.start, phrase.text)
        office = office_prefixed(whole)  # "Secretary of State Hillary Clinton"
        text = whole if office else _OF_PLACE.split(whole, maxsplit=1)[0]  # "... of California"
        words = text.split()
        while len(words) > 1 and words[-1].rstrip(".") in _CALENDAR:
            words.pop()  # "Twitter Sunday": the name phrase ran on into the day
        text = " ".join(words)
        person = office or split_title(text, lex)
        last = person.name.split()[-1].rstrip(".").lower() if person is not None else ""
        if person is None or last in lex.titles or last + "." in lex.titles:
            continue  # "Colorado Gov": a title ends it, the person is named elsewhere
        name = person.name
        if text == whole:
            name += _particle_tail(article.analysis, phrase.span.end)
        honorific = _HONORIFIC_BEFORE.search(article.analysis, max(0, phrase.span.start - 6),
                                             phrase.span.start) is not None
        if not (person.role or honorific) and after_the(article.analysis, phrase.span.start,
                                                      whole):
            continue  # "the New York Democrat": an epithet for someone named before
        if is_person_like(name) or (len(name.split()) == 1 and (person.role or honorific)):
            start = phrase.span.start + person.offset
            role = person.role or _title_before(article.analysis, phrase.span.start, lex)
            people.append(_Person(name, start, _sentence_of(look, start), role=role))
    for match in _NICKNAMED.finditer(article.analysis):
        # William "Mo" Cowan: the nickname in quotation marks splits the name phrase
        start = match.start()
        if start not in {p.start for p in people} and not look.in_quote(start):
            people.append(_Person(f"{match[1]} {match[2]}", start, _sentence_of(look, start)))
    # "Vice President Biden", "Mr. Biden": a surname the article titles is a person's
    titled = {p.name for p in people if len(p.name.split()) == 1}
    known = {p.start for p in people}
    for item in found:
        att = item.attribution
        if (att is not None and att.kind == "name" and item.inferred is None
                and att.start not in known):
            people.append(_Person(att.speaker, att.start, _sentence_of(look, att.start),
                                  role=att.role))
            known.add(att.start)
    # A surname on its own ("Pruitt apologized") is a person once the article gives the
    # full name, or the surname with a title or an honorific, somewhere.
    # Family names come first in some languages ("Ding" for Ding Liren).
    surnames = titled | {w for p in people if len(p.name.split()) >= 2
                         for w in (p.name.split()[0], p.name.split()[-1])}
    for phrase in name_phrases:
        if (phrase.text in surnames and phrase.span.start not in known
                and phrase.context in ("text", "label")
                and not _modifies_title(article.analysis, phrase.span.end, lex)
                and not look.in_quote(phrase.span.start)):
            people.append(_Person(phrase.text, phrase.span.start,
                                  _sentence_of(look, phrase.span.start)))
    people.sort(key=lambda p: p.start)
    full = _full_names(people)
    # Gender goes with the name as written: "Mr. Trump" says nothing of Melania Trump.
    genders = _genders(article.analysis, people)
    # built directly: dataclasses.replace reads the fields anew for each of thousands
    return [_Person(full.get(p.name, p.name), p.start, p.sentence, genders.get(p.name), p.role)
            for p in people]


@dataclass(slots=True)
class _Joined:
    names: dict[int, str]  # start of the first part → the whole name
    consumed: set[int]  # starts of the parts after the first


# "Elijah E" + ". " + "Cummings": name phrases stop at a middle initial's full stop.
_INITIAL_END = regex.compile(r"(?<![\p{L}.])\p{Lu}$")


def _initials_joined(text: str, name_phrases: tuple[NamePhrase, ...]) -> _Joined:
    """Name phrases cut at a middle initial, joined again: "Elijah E. Cummings" is one
    person, not "Elijah E" and a bare surname."""
    joined = _Joined({}, set())
    cut = [p for p in name_phrases
           if p.text[-2:-1] == " " and _INITIAL_END.search(p.text) is not None]
    by_start = {p.span.start: p for p in name_phrases}
    for phrase in name_phrases:
        # "Former Speaker" + " of the " + "House Newt Gingrich": an office split at "of"
        for joint in (" of the ", " of "):
            after = by_start.get(phrase.span.end + len(joint))
            if after is not None and text[phrase.span.end:after.span.start] == joint:
                whole = f"{phrase.text}{joint}{after.text}"
                if office_prefixed(whole) is not None:
                    joined.names[phrase.span.start] = whole
                    joined.consumed.add(after.span.start)
    for phrase in cut:
        after = by_start.get(phrase.span.end + 2)
        if after is None or text[phrase.span.end:after.span.start] != ". ":
            continue
        joined.names[phrase.span.start] = f"{phrase.text}. {after.text}"
        joined.consumed.add(after.span.start)
    return joined


_ABBREVIATED_TITLE = regex.compile(
    r"(?<![\p{L}])((?:\p{Lu}\p{Ll}{0,3}\.\s+)?(\p{Lu}\p{Ll}{1,3}\.))\s+$")


def _title_before(text: str, start: int, lex: SpeechLexicon) -> str | None:
    """"Gov." before "Mike Pence", "Lt. Gov." before "Timothy Murray": a name phrase stops
    at an abbreviated title's full stop."""
    match = _ABBREVIATED_TITLE.search(text, max(0, start - 14), start)
    if match is None or match[2].lower() not in lex.titles:
        return None
    return " ".join(match[1].split())


def _genders(text: str, people: list[_Person]) -> dict[str, str]:
    """The gender of each name as written, from the honorifics the article puts before it
    ("Mr. Cowan", "Ms. Lauten"); a name given both is left unknown."""
    seen: dict[str, set[str]] = {}
    for person in people:
        match = _GENDERED_HONORIFIC.search(text, max(0, person.start - 6), person.start)
        if match is not None:
            seen.setdefault(person.name, set()).add("m" if match.group(1) else "f")
    return {name: next(iter(g)) for name, g in seen.items() if len(g) == 1}


def _modifies_title(text: str, end: int, lex: SpeechLexicon) -> bool:
    """"Newcastle head coach Eddie Howe": the name before a title is not the person."""
    following = text[end:end + 40].split()
    return bool(following) and following[0].lower() in lex.titles


def _particle_tail(text: str, end: int) -> str:
    """" von der Leyen" after "Ursula": name phrases stop at a run of particles."""
    match = _PARTICLE_TAIL.match(text, end)
    return " " + " ".join(match[0].split()) if match else ""


def _full_names(people: list[_Person]) -> dict[str, str]:
    """"Andreessen" → "Marc Andreessen" when the article names one person so."""
    by_surname: dict[str, set[str]] = {}
    for person in people:
        words = person.name.split()
        if len(words) >= 2:
            by_surname.setdefault(words[-1], set()).add(person.name)
    by_first: dict[str, set[str]] = {}
    for person in people:
        words = person.name.split()
        if len(words) >= 2:
            by_first.setdefault(words[0], set()).add(person.name)
    mapping: dict[str, str] = {}
    for names in by_surname.values():
        # "National Security Adviser Susan Rice" is Susan Rice: a role run into the name
        for name in names:
            shorter = [n for n in names if name.endswith(" " + n)]
            if shorter:
                mapping[name] = min(shorter, key=len)
    for person in people:
        if len(person.name.split()) == 1:
            names = {mapping.get(n, n) for n in by_surname.get(person.name, set())}
            if not names and person.name not in by_surname:
                # Some people go by their first name ("Gukesh" for Gukesh Dommaraju).
                names = {mapping.get(n, n) for n in by_first.get(person.name, set())}
            if len(names) == 1:
                mapping[person.name] = next(iter(names))
    return mapping


def _sentence_of(look: Lookup, offset: int) -> int:
    index = look.sentence(offset)
    return -1 if index is None else index


class People:
    """The article's people in order of mention, searchable by offset."""

    def __init__(self, people: list[_Person]):
        self.people = people
        self.starts = [p.start for p in people]
        self.at = {p.start: p.name for p in people}
        self.full = _full_names(people)

    def before(self, offset: int) -> list[_Person]:
        return self.people[: bisect.bisect_left(self.starts, offset)]


class Phrases:
    """Name phrases by offset, each judged once: a person's name, or a subject's words."""

    def __init__(self, name_phrases: tuple[NamePhrase, ...], lex: SpeechLexicon):
        self.phrases = sorted(name_phrases, key=lambda p: p.span.start)
        self.starts = [p.span.start for p in self.phrases]
        self.lex = lex
        self._person: dict[str, bool] = {}

    def between(self, lo: int, hi: int) -> list[NamePhrase]:
        return self.phrases[bisect.bisect_left(self.starts, lo):bisect.bisect_left(
            self.starts, hi)]

    def is_person(self, text: str) -> bool:
        if text not in self._person:
            person = split_title(text, self.lex)
            self._person[text] = person is not None and is_person_like(person.name)
        return self._person[text]


def speaker_key(look: Lookup, att: Attribution, people: People) -> str | None:
    if att.kind == "post":
        return att.speaker
    if att.kind == "generic":
        return (document_issuer(att.speaker, lexicon()) or issuer(look, att, people)
                or organisation(look, att, people) or generic_key(att.speaker))
    if att.kind == "pronoun":
        titled = _titled(people, att)
        if titled is not None:
            return titled
        if att.speaker.lower() in _PLURAL:
            # "they" is a group, never one person of the story
            return plural_organisation(look, att)
        if att.speaker.lower() == "it":
            return antecedent_document(look, att)  # never a person
        return _person_of_pronoun(look, att.start, people,
                                  _PRONOUN_GENDER.get(att.speaker.lower()))
    if ACRONYM.fullmatch(att.speaker):
        # "the ACLU wrote" is the American Civil Liberties Union the article names
        return spelled_out(look.article.analysis, att.speaker) or att.speaker
    if att.start in people.at:
        return people.at[att.start]
    return people.full.get(att.speaker, att.speaker)


def _person_of_pronoun(look: Lookup, offset: int, people: People, gender: str | None,
                       depth: int = 0) -> str | None:
    """A "he" or "she": a titled subject ("the congressman") near it, else the person of
    the same pronoun earlier since the last person named, else the nearest person."""
    found = _role_subject(look, offset, people, gender)
    if found is not None:
        return found
    earlier = earlier_pronoun(look, offset, people, gender) if depth < _CHAIN else None
    if earlier is not None:
        return _person_of_pronoun(look, earlier, people, gender, depth + 1)
    return resolve_pronoun(look, offset, people, gender)


_CHAIN = 3  # pronouns one may follow back through


def _titled(people: People, att: Attribution) -> str | None:
    """"the governor said": the nearest person before whom the article titles so ("Gov.
    Mike Pence", "the governor, Mike Pence"), by the title or its abbreviation."""
    words = att.speaker.lower().split()
    if len(words) < 2 or words[0] != "the":
        return None
    person = _titled_as(people, words[-1], att.start)
    if person is None:
        return None
    # Of two governors the story titles, the one it mentioned last in any form ("Mr.
    # Patrick ... was asked. "...," the governor replied").
    before = people.before(att.start)
    titled = {p.name for p in before if _has_title(p, words[-1])}
    return next((p.name for p in reversed(before) if p.name in titled), person.name)


def _titled_as(people: People, noun: str, offset: int) -> _Person | None:
    return next((p for p in reversed(people.before(offset)) if _has_title(p, noun)), None)


def _has_title(person: _Person, noun: str) -> bool:
    written = (person.role or "").split()
    titles = [w.rstrip(".").lower() for w in written]
    for index, title in enumerate(titles):
        # "the governor" for "Gov.", "the congressman" for "Rep." (one role in roles.yaml)
        if len(title) >= 3 and (noun.startswith(title) or same_office(noun, written[index])):
            # not "Lt. Gov. Tim Murray" for "the governor"
            return _SECOND_IN_RANK.isdisjoint(titles[:index])
    return False


_ROLE_SUBJECT = regex.compile(r"(?<![\p{L}])[Tt]he\s+(\p{Ll}{3,})(?![\p{L}])")


def _role_subject(look: Lookup, offset: int, people: People, gender: str | None) -> str | None:
    """A person the article titles, as "the governor", subject of a clause in the pronoun's
    sentence or the one before (`the governor said that he would not. "...," he said`),
    when no one named after it is a subject: the people named in its clause's object or
    appositive ("The congressman expressed concern for his wife, Huma Abedin, ...") are
    not whom the pronoun refers to."""
    here = look.sentence(offset)
    if here is None:
        return None
    before = people.before(offset)
    text, lex = look.article.analysis, lexicon()
    lo = look.article.sentences[max(0, here - 1)].start
    found = None
    for match in _ROLE_SUBJECT.finditer(text, lo, offset):
        if any(match.start() < p.start and is_subject(text, p, lex) for p in before):
            continue  # someone named after it is a subject, nearer to the pronoun
        if look.in_quote(match.start()):
            continue
        word = WORD.match(text, skip_space(text, skip_appositive(text, match.end(), offset)))
        if word is None or not word[0][:1].islower() or not verb_like(word[0], lex):
            continue
        person = _titled_as(people, match[1], match.start())
        if person is not None and (gender is None or person.gender in (None, gender)):
            found = person.name
    return found


_SECOND_IN_RANK = frozenset("lt lieutenant vice deputy assistant acting former ex".split())
