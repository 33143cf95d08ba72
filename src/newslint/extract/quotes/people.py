"""The people an article names, for quotes: each mention of a person with the full name
the article gives them, their gender when its honorifics say it and the title written with
the name; the People of an article searchable by offset, and name phrases judged person or
subject."""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass

import regex

from newslint.extract.quotes.lookup import Found, Lookup
from newslint.extract.quotes.titles import after_the, office_prefixed
from newslint.facts import NamePhrase
from newslint.facts.name_words import (
    CALENDAR_NAMES,
    FEMALE_HONORIFICS,
    HONORIFIC_ALTERNATION,
    MALE_HONORIFICS,
)
from newslint.facts.speech import (
    CONNECTOR,
    NAME_TOKEN,
    SpeechLexicon,
    is_person_like,
    split_title,
)
from newslint.load.article import Article

_OF_PLACE = regex.compile(r"\s+(?:of|from|at)\s+")
# "Mr. Obama": the honorific is a name phrase of its own, cut off by its full stop.
_HONORIFIC_BEFORE = regex.compile(rf"(?<![\p{{L}}])(?:{HONORIFIC_ALTERNATION})\.?\s+$")
# The honorifics that say a person's gender, for pronoun agreement ("he" is not Ms. Lauten).
_GENDERED_HONORIFIC = regex.compile(
    rf"(?<![\p{{L}}])(?:({'|'.join(MALE_HONORIFICS)})|{'|'.join(FEMALE_HONORIFICS)})\.?\s+$")
_NICKNAMED = regex.compile(
    r"(?<![\p{L}])(\p{Lu}\p{Ll}+)\s+[\"“‘'](?:\p{Lu}[\p{L}.]*)[\"”’']\s+(\p{Lu}\p{Ll}+)(?![\p{L}])")
_PARTICLE_TAIL = regex.compile(rf"(?:[ \t]+{CONNECTOR}){{2,}}[ \t]+{NAME_TOKEN}")


@dataclass(frozen=True, slots=True)
class Mention:
    name: str  # the full name the article uses
    start: int
    sentence: int
    gender: str | None = None  # "m" or "f" when the article's honorifics say so
    role: str | None = None  # the title written with the name: "Gov.", "Senate President"


def find_people(article: Article, look: Lookup, name_phrases: tuple[NamePhrase, ...],
            found: list[Found], lex: SpeechLexicon) -> list[Mention]:
    """People named in the article, in order: for pronouns and for full names of surnames."""
    people: list[Mention] = []
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
        while len(words) > 1 and words[-1].rstrip(".") in CALENDAR_NAMES:
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
        if not (person.role or honorific) and _named_for(article.analysis, phrase.span.start,
                                                         phrase.span.end, lex):
            continue  # "Deferred Action for Childhood Arrivals": a part of a longer name
        if is_person_like(name) or (len(name.split()) == 1 and (person.role or honorific)):
            start = phrase.span.start + person.offset
            role = person.role or _title_before(article.analysis, phrase.span.start, lex)
            people.append(Mention(name, start, _sentence_of(look, start), role=role))
    for match in _NICKNAMED.finditer(article.analysis):
        # William "Mo" Cowan: the nickname in quotation marks splits the name phrase
        start = match.start()
        if start not in {p.start for p in people} and not look.in_quote(start):
            people.append(Mention(f"{match[1]} {match[2]}", start, _sentence_of(look, start)))
    # "Vice President Biden", "Mr. Biden": a surname the article titles is a person's
    titled = {p.name for p in people if len(p.name.split()) == 1}
    known = {p.start for p in people}
    for item in found:
        att = item.attribution
        if (att is not None and att.kind == "name" and item.inferred is None
                and att.start not in known):
            people.append(Mention(att.speaker, att.start, _sentence_of(look, att.start),
                                  role=att.role))
            known.add(att.start)
    # "Internet companies including Google and Facebook": a name the article lists as one
    # of several organisations is no person, nor is a name it opens ("Google Drive").
    things = listed_organisations(article.analysis, lex)
    if things:
        people = [p for p in people if p.role or p.name.split()[0] not in things]
    # A surname on its own ("Pruitt apologized") is a person once the article gives the
    # full name, or the surname with a title or an honorific, somewhere.
    # Family names come first in some languages ("Ding" for Ding Liren).
    surnames = titled | {w for p in people if len(p.name.split()) >= 2
                         for w in (p.name.split()[0], p.name.split()[-1])}
    for phrase in name_phrases:
        # "But LaPierre in December argued": the opener is no part of the surname
        surname, start = _past_opener(phrase, lex)
        if (surname in surnames and start not in known
                and phrase.context in ("text", "label")
                and not _modifies_title(article.analysis, phrase.span.end, lex)
                and not look.in_quote(start)):
            people.append(Mention(surname, start, _sentence_of(look, start)))
    people.sort(key=lambda p: p.start)
    full = _full_names(people)
    # Gender goes with the name as written: "Mr. Trump" says nothing of Melania Trump.
    genders = _genders(article.analysis, people)
    # built directly: dataclasses.replace reads the fields anew for each of thousands
    return [Mention(full.get(p.name, p.name), p.start, p.sentence, genders.get(p.name), p.role)
            for p in people]


# "companies including Google and Facebook", "companies like Yahoo and AOL": names listed
# after a plural organisation noun (the vocabulary's "company", "agency", "group" ...).
_LISTED = regex.compile(
    r"(?<![\p{L}])(?P<noun>\p{Ll}+)\s+(?:including|like|such\s+as)\s+(?P<names>\p{Lu}[\p{L}&-]*"
    r"(?:(?:,\s+|,?\s+(?:and|or)\s+)\p{Lu}[\p{L}&-]*)+)")
_LIST_JOINT = regex.compile(r",\s+(?:(?:and|or)\s+)?|\s+(?:and|or)\s+")


def listed_organisations(text: str, lex: SpeechLexicon) -> frozenset[str]:
    """The one-word names the article lists as organisations of a kind it names."""
    found: set[str] = set()
    for match in _LISTED.finditer(text):
        noun = match["noun"]
        singular = noun[:-3] + "y" if noun.endswith("ies") else noun.removesuffix("s")
        if noun != singular and singular in lex.organisations:
            found.update(_LIST_JOINT.split(match["names"]))
    return frozenset(found)


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


_FOR_BEFORE = regex.compile(r"(?<![\p{L}])(\p{Lu}[\p{L}’'-]*)\s+(?:for|on)\s+$")
_FOR_AFTER = regex.compile(r"\s+for\s+(\p{Lu}[\p{L}’'-]*)")


def _named_for(text: str, start: int, end: int, lex: SpeechLexicon) -> bool:
    """The phrase is a part of a name joined by "for" or "on" ("the Center for Immigration
    Studies", "the Council on Foreign Relations", "Deferred Action for Childhood
    Arrivals"): after a capitalised word that is no title ("Secretary for ..."), no day or
    month ("Tuesday on Sean Hannity's show") and does not open its sentence ("Voters for
    Bernie Sanders"), or before "for" and one that is no day or month."""
    before = _FOR_BEFORE.search(text, max(0, start - 40), start)
    if before is not None and before[1].lower() not in lex.titles | lex.openers \
            and before[1] not in CALENDAR_NAMES and not _opens_sentence(text, before.start(1)):
        return True
    after = _FOR_AFTER.match(text, end)
    return after is not None and after[1].rstrip(".") not in CALENDAR_NAMES


def _opens_sentence(text: str, at: int) -> bool:
    """The word at `at` opens its sentence, so its capital says nothing of a name ("Voters
    for Bernie Sanders booed")."""
    before = text[:at].rstrip(" \t\"“‘'(")
    return not before or before.endswith((".", "!", "?", ":", "\n", "”"))


def _past_opener(phrase: NamePhrase, lex: SpeechLexicon) -> tuple[str, int]:
    """A name phrase's words and start past a sentence opener run into it ("But LaPierre",
    "And Obama"): capitalised only because they open the sentence."""
    first, _, rest = phrase.text.partition(" ")
    if rest and first.lower() in lex.openers:
        return rest, phrase.span.start + len(first) + 1
    return phrase.text, phrase.span.start


def _title_before(text: str, start: int, lex: SpeechLexicon) -> str | None:
    """"Gov." before "Mike Pence", "Lt. Gov." before "Timothy Murray": a name phrase stops
    at an abbreviated title's full stop."""
    match = _ABBREVIATED_TITLE.search(text, max(0, start - 14), start)
    if match is None or match[2].lower() not in lex.titles:
        return None
    return " ".join(match[1].split())


def _genders(text: str, people: list[Mention]) -> dict[str, str]:
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


def _full_names(people: list[Mention]) -> dict[str, str]:
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

    def __init__(self, people: list[Mention]):
        self.people = people
        self.starts = [p.start for p in people]
        self.at = {p.start: p.name for p in people}
        self.full = _full_names(people)
        # What each mention's own words say, judged once per mention rather than once per
        # pronoun or role phrase that looks back over it: long stories name hundreds.
        self.roles: dict[int, list[list[str]]] = {}  # roles written with the mention
        self._referable: dict[str | None, tuple[list[Mention], list[int]]] = {}

    def before(self, offset: int) -> list[Mention]:
        return self.people[: bisect.bisect_left(self.starts, offset)]

    def after(self, offset: int, before: int) -> list[Mention]:
        """The people named after `offset` and before `before`."""
        return self.people[bisect.bisect_right(self.starts, offset):
                           bisect.bisect_left(self.starts, before)]

    def referable_before(self, offset: int, gender: str | None,
                         referable: Callable[[Mention], bool]) -> list[Mention]:
        """The people before `offset` a pronoun of `gender` may refer to: of that gender or
        of none the article tells, and `referable`; the list is made once per gender."""
        if gender not in self._referable:
            kept = [p for p in self.people
                    if (gender is None or p.gender is None or p.gender == gender)
                    and referable(p)]
            self._referable[gender] = (kept, [p.start for p in kept])
        kept, starts = self._referable[gender]
        return kept[: bisect.bisect_left(starts, offset)]


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

