"""A quote's speaker key: the one name every form of a speaker resolves to in the story:
a person's full name, a pronoun's or a title's person ("he", "the governor"), an
organisation or a document's issuer, the spelt-out name of an acronym."""

from __future__ import annotations

import regex

from newslint.extract.quotes.attribution import Attribution
from newslint.extract.quotes.documents import antecedent_document, issuer
from newslint.extract.quotes.generic_keys import document_issuer, generic_key
from newslint.extract.quotes.group_names import group_named_another_way
from newslint.extract.quotes.it_subject import fronted_subject
from newslint.extract.quotes.lookup import Lookup
from newslint.extract.quotes.organisations import (
    named_group,
    organisation,
    plural_organisation,
    spelled_out,
)
from newslint.extract.quotes.people import Mention, People
from newslint.extract.quotes.pronouns import (
    PRONOUN_REACH,
    earlier_pronoun,
    is_subject,
    resolve_pronoun,
)
from newslint.extract.quotes.role_holders import role_holder, role_subject
from newslint.extract.quotes.speaker_phrase import ACRONYM, WORD
from newslint.extract.quotes.subjects import skip_appositive, skip_space, verb_like
from newslint.extract.quotes.titles import same_office
from newslint.facts.speech import lexicon

_PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m",
                   "she": "f", "her": "f", "hers": "f", "herself": "f"}
_PLURAL = frozenset({"they", "them", "we"})


def speaker_key(look: Lookup, att: Attribution, people: People) -> str | None:
    key = _key(look, att, people)
    if att.kind == "post":
        return key
    # "the GOP committee members" are the "House Intelligence Committee Republicans" the
    # article names: one group under one name
    return group_named_another_way(look.article.analysis, key, lexicon()) or key


def _key(look: Lookup, att: Attribution, people: People) -> str | None:
    if att.kind == "post":
        return att.speaker
    if att.kind == "generic":
        return (document_issuer(att.speaker, lexicon()) or named_group(look, att, lexicon())
                or _holder(look, att, people)
                or issuer(look, att, people)
                or organisation(look, att, people) or _same_role(look, att, people)
                or generic_key(att.speaker))
    if att.kind == "pronoun":
        titled = _titled(people, att) or _holder(look, att, people)
        if titled is not None:
            return titled
        if att.speaker.lower() in _PLURAL:
            # "they" is a group, never one person of the story
            return plural_organisation(look, att)
        if att.speaker.lower() == "it":
            # never a person: a document, or the organisation of the clause before it
            return antecedent_document(look, att) or fronted_subject(look, att, people)
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
    found = _role_subject(look, offset, people, gender) or role_subject(
        look, offset, people, gender)
    if found is not None:
        return found
    earlier = earlier_pronoun(look, offset, people, gender) if depth < _CHAIN else None
    if earlier is not None:
        return _person_of_pronoun(look, earlier, people, gender, depth + 1)
    return resolve_pronoun(look, offset, people, gender)


_CHAIN = 3  # pronouns one may follow back through


def _same_role(look: Lookup, att: Attribution, people: People) -> str | None:
    """"The spokesperson also touted ... "...," the aide said": a bare role after another
    that is the subject of the sentence before is the one the story is quoting."""
    words = att.speaker.lower().split()
    if len(words) != 2 or words[0] != "the":
        return None
    return role_subject(look, att.start, people, None)


def _holder(look: Lookup, att: Attribution, people: People) -> str | None:
    """"Mr. Strzok's lawyer", "the inspector general": the one person named in that role;
    a document or an organisation speaks for its issuer instead."""
    words = att.speaker.split()
    lex = lexicon()
    if len(words) < 2 or words[-1].lower() in lex.documents | lex.organisations:
        return None
    return role_holder(look, att.speaker, att.start, people)


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


def _titled_as(people: People, noun: str, offset: int) -> Mention | None:
    return next((p for p in reversed(people.before(offset)) if _has_title(p, noun)), None)


def _has_title(person: Mention, noun: str) -> bool:
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
    first = max(0, here - 1)
    if before and 0 <= before[-1].sentence < first and _near(look, before[-1], offset):
        # "The president addressed ... along with Vice President Mike Pence. ..., as he
        # described. "...," he said": back to the sentence of the last person named, whom
        # a titled subject there comes before
        first = before[-1].sentence
    lo = look.article.sentences[first].start
    found = None
    for match in _ROLE_SUBJECT.finditer(text, lo, offset):
        if any(is_subject(text, p, lex) for p in people.after(match.start(), offset)):
            continue  # someone named after it is a subject, nearer to the pronoun
        if look.in_quote(match.start()):
            continue
        word = WORD.match(text, skip_space(text, skip_appositive(text, match.end(), offset)))
        if word is None or not word[0][:1].islower() or not verb_like(word[0], lex):
            continue
        person = _titled_as(people, match[1], match.start())
        if person is not None and (gender is None or person.gender in (None, gender)):
            found = person.name
        elif person is None and match[1] in lex.titles and _opens_sentence(
                look, before, match.start()):
            # "the new president told ... The president addressed": a title the article
            # writes no name with, as its sentence's subject, refers back as a pronoun does
            found = resolve_pronoun(look, match.start(), people, gender) or found
    return found


def _opens_sentence(look: Lookup, before: list[Mention], at: int) -> bool:
    """No person is named in the sentence before `at`: what stands there is its subject,
    not a clause's object ("Jerry Pow ... told Mr. Dale that he'd back Mr. Moore even if
    the candidate had")."""
    sentence = look.sentence(at)
    return sentence is not None and not any(
        look.article.sentences[sentence].start <= p.start < at for p in before)


def _near(look: Lookup, person: Mention, offset: int) -> bool:
    """The person is named within a pronoun's reach of `offset`, in paragraphs."""
    here, named = look.paragraph(offset), look.paragraph(person.start)
    return here is not None and named is not None and here - named <= PRONOUN_REACH


_SECOND_IN_RANK = frozenset("lt lieutenant vice deputy assistant acting former ex".split())
