"""A role as speaker is the person the article names in that role: "Mr. Strzok's lawyer
said" is Aitan Goelman when the article writes "Aitan Goelman, Mr. Strzok's lawyer,";
"the inspector general said" is Michael E. Horowitz after "the inspector general, Michael
E. Horowitz,"; "the spokesman" the one named "White House spokesman Josh Earnest".

A role is joined to a name only by the shapes that state it, an appositive on either side
of the name or the role written before it, and only when one person of the article holds
it: two people of that role, or none, leave the speaker as the role. "A spokesman" with no
organisation is any spokesman, never the one named elsewhere."""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from newslint.extract.quotes.generic_keys import generic_key
from newslint.extract.quotes.pronouns import is_subject
from newslint.extract.quotes.speaker_phrase import (
    CLAUSE_WORDS,
    DETERMINERS,
    OBJECT_MARKERS,
    WORD,
    Attribution,
)
from newslint.extract.quotes.subjects import skip_appositive, skip_space, verb_like
from newslint.facts.name_words import HONORIFIC_WORDS
from newslint.facts.speech import lexicon

if TYPE_CHECKING:
    from newslint.extract.quotes.lookup import Lookup
    from newslint.extract.quotes.people import Mention, People

# "the president" is not the vice president, nor a former one
_RANKED = frozenset("vice deputy assistant acting former ex lt lt. lieutenant associate "
                    "principal chief ranking managing".split())
_MAX_ROLE_WORDS = 6
# The written name from a mention's start: capitalised words and initials.
_NAME_RUN = regex.compile(r"(?:\p{Lu}[\p{L}\p{M}'’-]*\.?[ \t]+){0,4}\p{Lu}[\p{L}\p{M}'’-]*")
# ", Mr. Strzok’s lawyer," after a name: up to the next comma, semicolon or sentence end
# (a full stop after an honorific or an initial does not end it).
_AFTER = regex.compile(r",[ \t]+(?P<role>(?:(?<![\p{L}])(?:Mr|Ms|Mrs|Dr|St|Jr|Sr|\p{Lu})\.|"
                       r"[^,;:()\"“”\n.]){2,80})(?=[,;]|\.(?:\s|$))")
# "the inspector general, " before a name: from the last punctuation
_BEFORE = regex.compile(r"(?:^|[,;:()\"“”\n—–]|\.\s)\s*(?P<role>[^,;:()\"“”\n—–]{2,80}?),[ \t]+$")
# "Strzok attorney " / "BuzzFeed spokesman " written before a name, no comma between
_PREFIX = regex.compile(r"(?P<role>(?:[\p{L}\p{M}.'’&-]+[ \t]+){1,4})$")
_REACH = 90  # characters looked at on either side of a name
_INDEFINITE = frozenset("a an one another".split())
# A role's organisation follows these: "a spokeswoman for the Obama campaign" is a
# spokeswoman; any other preposition or a clause word makes the words no role
# ("Stone, according to the indictment, ...").
_ORGANISATION_OF = frozenset("of for at".split())
_NOT_ROLE = (CLAUSE_WORDS | OBJECT_MARKERS | frozenset({"according"})) - _ORGANISATION_OF


def role_holder(look: Lookup, phrase: str, at: int, people: People) -> str | None:
    """The one person the article names in the role `phrase` describes, or None; for "the
    presidential hopeful" someone named before it (a definite role refers back: not a
    rival the article names later as "Democratic presidential hopeful Hillary Clinton")."""
    role = _role_words(phrase)
    if role is None:
        return None
    text = look.article.analysis
    named = people.people if phrase.split()[0].lower() in _INDEFINITE else people.before(at)
    holders = set()
    for person in named:
        if look.in_quote(person.start):
            continue
        written = people.roles.get(person.start)
        if written is None:
            written = people.roles[person.start] = _roles_written(text, person)
        if any(_holds(role, words) for words in written):
            holders.add(people.full.get(person.name, person.name))
    return next(iter(holders)) if len(holders) == 1 else None


def _role_words(phrase: str) -> list[str] | None:
    """"Mr. Strzok’s lawyer" → [strzok, lawyer]; "a BuzzFeed spokesman" → [buzzfeed,
    spokesman]; None for a role too vague to be one person ("a spokesman", "an aide")."""
    words = phrase.split()
    if not words:
        return None
    indefinite = words[0].lower() in _INDEFINITE
    if words[0].lower() in DETERMINERS or indefinite:
        words = words[1:]
    if indefinite and not any(w[:1].isupper() for w in words):
        return None  # "a spokesman": one of any number
    role = _normal(words)
    if not role or len(role) > _MAX_ROLE_WORDS or not role[-1].isalpha():
        return None
    if any(w in CLAUSE_WORDS or w in OBJECT_MARKERS for w in role[-1:]) or _plural(role[-1]):
        return None  # "the senators": a group, never the one person named so
    return role


def _plural(noun: str) -> bool:
    return noun.endswith("s") and not noun.endswith(("ss", "us", "is"))


_POSSESSIVE = regex.compile(r"['’]s$")


def _normal(words: list[str]) -> list[str]:
    out = []
    for word in words:
        if word.strip(",") in HONORIFIC_WORDS:
            continue
        low = word.lower().strip(",")
        if low in DETERMINERS:
            continue
        low = _POSSESSIVE.sub("", low.rstrip(".,"))
        if low:
            out.append(low)
    return out


def _roles_written(text: str, person: Mention) -> list[list[str]]:
    """The roles written with one mention of a person: its title, the appositive after the
    name, the one before it, and the words before the name without a comma."""
    out = []
    if person.role:
        out.append(_normal(person.role.split()))
    name = _NAME_RUN.match(text, person.start)
    end = name.end() if name is not None else person.start
    after = _AFTER.match(text, end, min(len(text), end + _REACH))
    if after is not None:
        out.append(_normal(after["role"].split()))
    lo = max(0, person.start - _REACH)
    before = _BEFORE.search(text, lo, person.start)
    if before is not None:
        # "The report by the inspector general, Michael E. Horowitz": the words after the
        # last that cannot be part of a role
        words = before["role"].split()
        cut = max((i + 1 for i, w in enumerate(words) if w.lower() in _NOT_ROLE), default=0)
        out.append(_normal(words[cut:][-_MAX_ROLE_WORDS:]))
    prefix = _PREFIX.search(text, lo, person.start)
    if prefix is not None:
        words = prefix["role"].split()
        # from after the last function word: "... said Strzok attorney" → "Strzok attorney"
        cut = max((i + 1 for i, w in enumerate(words)
                   if w.lower() in DETERMINERS or w.lower() in OBJECT_MARKERS
                   or w.lower() in CLAUSE_WORDS or (w[:1].islower() and not _noun_like(w))
                   or _ends_sentence(w)), default=0)
        out.append(_normal(words[cut:]))
    return [r for r in out if r]


_ABBREVIATION = regex.compile(r"(?:\p{L}\.){2,}|\p{Lu}\p{Ll}{0,2}\.")  # "F.B.I.", "Mr.", "Jr."


def _ends_sentence(word: str) -> bool:
    """"indictment." before "Mr. Bannon": a full stop that is no abbreviation's."""
    return word.endswith(".") and _ABBREVIATION.fullmatch(word) is None


def _noun_like(word: str) -> bool:
    # a lower-case word before a name is part of its role ("Strzok attorney") unless a verb
    # ends it ("said", "told"); verbs in -ed/-s are the ones attribution puts there
    return not word.lower().endswith(("ed", "said", "told", "says"))


def _holds(role: list[str], written: list[str]) -> bool:
    """Whether a role written with a name is the role a speaker phrase names: the same head
    noun ("general", "lawyer"), every other word of the phrase among its words, and no
    rank the phrase does not give ("the president" is not "Vice President Biden")."""
    if _NOT_ROLE & set(written) or any(w.endswith("ing") and w not in _RANKED
                                       for w in written):
        return False  # a clause ("anticipating indictment"), not a role
    cut = next((i for i, w in enumerate(written) if w in _ORGANISATION_OF), len(written))
    if cut == 0:
        return False
    head = written[cut - 1]  # "director" of "director of the F.B.I."
    if role[-1] != head or not set(role) <= set(written):
        return False
    return not ((_RANKED & set(written)) - set(role))


# A role that opens a sentence as its subject: "Strzok’s attorney, meanwhile, blasted",
# "A spokeswoman for the agency said", "The aide added", "A spokesperson for Google says".
_ROLE_OPENING = regex.compile(
    r"(?:(?:And|But)\s+)?(?P<phrase>(?:\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2}['’]s|[Tt]he|"
    r"An?)\s+(?:[\p{L}-]+\s+){0,2}?(?P<head>\p{Ll}+)(?![\p{L}])"
    r"(?:\s+(?:for|at)\s+(?:the\s+)?\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*){0,3}"
    r"(?=\s+\p{Ll}))?)")
_GENDER_OF = {"spokeswoman": "f", "woman": "f", "spokesman": "m", "man": "m"}


def _opening(text: str, lo: int, hi: int) -> regex.Match[str] | None:
    """A role naming people ("attorney", "spokeswoman") that opens the clause from `lo`,
    before `hi`, followed (past any appositive) by a verb: the clause's subject."""
    lex = lexicon()
    match = _ROLE_OPENING.match(text, skip_space(text, lo), hi)
    if match is None or match["head"] not in lex.generic - lex.documents - lex.organisations:
        return None
    verb = WORD.match(text, skip_space(text, skip_appositive(text, match.end(), hi)))
    if verb is None or not verb[0][:1].islower() or not verb_like(verb[0], lex):
        return None
    return match


def role_opening(text: str, lo: int, hi: int) -> Attribution | None:
    """A role that opens the clause from `lo` as its subject, before `hi`: "Strzok’s
    attorney, meanwhile, blasted the bureau on Monday, saying": the participle's subject."""
    match = _opening(text, lo, hi)
    if match is None:
        return None
    phrase = " ".join(match["phrase"].split())
    return Attribution(phrase, match.start("phrase"), match.end("phrase"), "generic", None)


def role_subject(look: Lookup, offset: int, people: People, gender: str | None
                 ) -> str | None:
    """A "he" or "she" after a role that is the subject of its sentence or the one before
    ("Strzok’s attorney, meanwhile, blasted the bureau ... He added, "..."") is that role
    (the person named in it, or the role as written), when no person named after the role
    is a subject: the pronoun goes on with the one the story is quoting."""
    here = look.sentence(offset)
    if here is None:
        return None
    text, lex = look.article.analysis, lexicon()
    for index in (here, here - 1):
        if index < 0:
            continue
        match = _opening(text, look.article.sentences[index].start, offset)
        if match is None or look.in_quote(match.start()):
            continue
        head = match["head"]
        if _plural(head) or (gender is not None and _GENDER_OF.get(head, gender) != gender):
            continue
        if any(p.start > match.end() and is_subject(text, p, lex)
               for p in people.before(offset)):
            return None  # someone named after the role is the subject, nearer the pronoun
        phrase = " ".join(match["phrase"].split())
        return role_holder(look, phrase, match.start(), people) or generic_key(phrase)
    return None
