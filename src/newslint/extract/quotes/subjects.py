"""The subject of a clause, for quotes whose speaker is not next to them: the person a
participle (", labelling it ...") or a colon ("Asked about it, Arteta was blunt:") belongs
to, past a time phrase ("Trump on Saturday accused ...") and an appositive. Offsets are
absolute, into `Article.analysis`.
"""

from __future__ import annotations

import regex

from newslint.extract.quotes.speaker_phrase import (
    CLAUSE_WORDS,
    MAX_APPOSITIVE,
    NAME_START,
    NO_NAME,
    OBJECT_MARKERS,
    WORD,
    Attribution,
)
from newslint.facts.name_words import CALENDAR_NAMES, DAY_NAMES
from newslint.facts.rolevocab import vocabulary
from newslint.facts.speech import NAME_PHRASE, SpeechLexicon, is_person_like, split_title
from newslint.frequencies import zipf

# "Trump on Saturday said", "Trump in the past has referred": a time phrase between a
# subject and its verb.
_DAYS = "|".join(DAY_NAMES)
_TIME = (rf"(?:(?:on|late|early|earlier|later|last|this|next)\s+)?(?:{_DAYS})"
         r"(?:\s+(?:morning|afternoon|evening|night))?"
         r"|(?:in|at)\s+the\s+(?:past|time)"
         r"|(?:earlier|later|last|this)\s+(?:week|month|year)"
         r"|(?:(?:over|during|on)\s+the|last|this)\s+weekend"
         r"|today|yesterday|tonight")
TIME = _TIME  # for a day that opens a clause: "On Tuesday he repeated"
TIME_TAIL = regex.compile(rf"\s+(?:{_TIME})\s*$")
TIME_HEAD = regex.compile(rf"\s+(?:{_TIME})(?=\s)")

def inside_quote(text: str, lo: int, at: int) -> bool:
    """`at` is inside quotation marks opened after `lo`."""
    part = text[lo:at]
    return part.count("“") > part.count("”") or part.count('"') % 2 == 1


def main_subject(text: str, lo: int, verb_at: int, lex: SpeechLexicon,
                 surnames: bool = False) -> Attribution | None:
    """The first person in the clause who is followed by a verb: the subject a participle
    ("..., labelling it") belongs to. With `surnames`, a lone capitalised word after a
    comma counts too ("Asked about it, Arteta was blunt"). Not a person in a subordinate
    clause that opens the sentence ("A day before Mr. Stone and Mr. Bannon emailed ...,
    Donald Trump Jr. ... asked")."""
    fronted = _FRONTED_CLAUSE.match(text, lo, verb_at)
    comma = text.find(",", lo, verb_at) if fronted is not None else -1
    for match in NAME_START.finditer(text, max(lo, comma + 1), verb_at):
        if inside_quote(text, lo, match.start()):
            continue  # "“Social Media is ...,” Mr. Trump wrote": the quote's words
        person = split_title(match[1], lex)
        if person is None or person.name.lower() in NO_NAME or person.name.lower() in lex.openers:
            continue  # "This was after ...", "After promising": an opening word, no name
        # "Lauten later apologized for her post, writing": a surname that opens the
        # clause; with `surnames`, also one after a comma ("Asked about it, Arteta was")
        opening = text[lo:match.start()].rstrip()
        lone = (len(person.name.split()) == 1 and len(person.name) > 2
                and match[1] == person.name and person.name[-1:].islower()
                and (not opening or opening.endswith(("”", '"'))  # `"...," Johnson told`
                     or (surnames and opening.endswith(","))
                     # "It came after Boehner publicly chided Obama ..., accusing"
                     or _SUBORDINATOR_END.search(opening) is not None))
        if not (is_person_like(person.name) or person.role or lone):
            continue
        if _OBJECT_OF.search(text, lo, match.start()):
            continue  # "Senator Chuck Schumer of New York": the place is no subject
        end = match.end()
        if is_person_like(person.name) or person.role:
            end = past_of_place(text, end, verb_at)  # not "Secretary of the Interior"
        after = skip_appositive(text, end, verb_at)
        time = TIME_HEAD.match(text, after, verb_at)
        if time is not None:
            after = time.end()
        following = WORD.match(text, skip_space(text, after))
        if following is not None and _ADVERB.fullmatch(following[0]):
            # "Trump infamously bragged": the verb after an adverb in -ly
            following = WORD.match(text, skip_space(text, following.end())) or following
        if lone and not (following and (verb_like(following[0], lex)
                                        or present_tense(following[0]))):
            continue  # "Notable figures such as ...": an adjective, not a surname
        if following and following[0][0].islower() and following[0] not in NOT_VERBS:
            start = match.start() + person.offset
            return Attribution(person.name, start, start + len(person.name), "name", None,
                               person.role)
    return None


# A name that follows "of" is the object of the preposition: "Gillibrand of New York".
_OBJECT_OF = regex.compile(r"(?<![\p{L}])of\s+$")
_OF_PLACE = regex.compile(rf"\s+of\s+(?:the\s+)?{NAME_PHRASE}")


def past_of_place(text: str, end: int, limit: int) -> int:
    """Past "of New York" after a person's name ("Senator Chuck Schumer of New York, the
    Democratic leader, said"): where the person's phrase ends."""
    match = _OF_PLACE.match(text, end, limit)
    return match.end() if match is not None else end


# A subordinate clause that opens a sentence, also after a measure of time ("A day before").
_FRONTED_CLAUSE = regex.compile(
    r"\s*(?:(?:When|After|Before|While|Although|Though|Because|Since|Once|Until|Unless)"
    r"|(?:A|An|One|Two|Three|Several|Hours|Days|Weeks|Months)\s+(?:\p{Ll}+\s+)?"
    r"(?:before|after|since))(?![\p{L}])")
_ADVERB = regex.compile(r"\p{Ll}{4,}ly")  # "infamously", not "family" or "rally"
# A subordinate clause's subject after its conjunction: "It came after Boehner chided"
_SUBORDINATOR_END = regex.compile(r"(?<![\p{L}])(?:after|before|when|while|because|since|once)$")
_MAX_OPENING = 4  # words before the subject: "On Thursday, the"
_JOINTS = frozenset(("and", "of", "&", "for"))


def subject_organisation(text: str, lo: int, hi: int, lex: SpeechLexicon,
                         first: bool = False) -> Attribution | None:
    """An organisation's name that is the subject of the sentence: a name of two or more
    words, or an acronym, that is no person's and is followed by a verb. With `first`, a
    person named before it (not as a possessor) is the subject instead: "Sen. John Cornyn,
    R-TX, who heads ..., said" is no organisation's."""
    for match in NAME_START.finditer(text, lo, hi):
        if inside_quote(text, lo, match.start()):
            continue
        opening = text[lo:match.start()]
        if len(opening.split()) > _MAX_OPENING and len(opening.split(",")[-1].split()) > 1:
            return None  # past the subject ("A day after ..., the Safari Club sent")
        if any(w[:1].islower() and verb_like(w.strip(",;"), lex) for w in opening.split()):
            return None  # past the clause's verb ("X denied it, which The Post reported")
        words = _joined_before(text, lo, match.start()) + match[1].split()
        if words[0].lower() in ("the", "a", "an") or words[0].lower() in lex.openers:
            words = words[1:]
        name = " ".join(words)
        if not (len(words) >= 2 or (len(name) >= 2 and name.isupper())):
            continue
        person = split_title(name, lex)
        if person is not None and (is_person_like(person.name) or person.role):
            if first and not text.startswith(("'s", "’s"), match.end()):
                return None
            continue
        after = skip_appositive(text, match.end(), hi)
        following = WORD.match(text, skip_space(text, after))
        if following is not None and following[0][:1].islower() and verb_like(
                following[0], lex):
            start = text.rfind(words[0], lo, match.end())
            return Attribution(name, start, match.end(), "name", None)
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


# Words after a name that show it is not the subject of the clause's verb.
NOT_VERBS = OBJECT_MARKERS | CLAUSE_WORDS | frozenset(
    "during after before since until without within including".split())


def verb_like(word: str, lex: SpeechLexicon) -> bool:
    """"apologized", "later", "went", "says": a word that can follow a clause's subject,
    also at the end of its sentence ("Bill Armistead said.")."""
    low = word.lower().rstrip(".").replace("’", "'")
    return (low.endswith("ed") or low in lex.adverbs or low in _IRREGULAR
            or low in _AUXILIARIES
            or bool(lex.say.fullmatch(low) or lex.name.fullmatch(low)))


def present_tense(word: str) -> bool:
    """"appears", "asks", "explains": a third-person present whose past in "-ed" is a
    common word ("appeared" 4.8 on wordfreq's Zipf scale), unlike a plural noun's
    ("supporters", "officials": none) or one seldom a verb ("campaigns", "times")."""
    low = word.lower()
    if not (low.isalpha() and low.endswith("s") and not low.endswith("ss") and len(low) > 3):
        return False
    stem = low[:-1]
    return max(zipf(stem + "ed"), zipf(stem + "d")) >= _PAST_ZIPF


_PAST_ZIPF = 4.0
_IRREGULAR = frozenset("went took made gave told wrote said sent held left came got".split())
# The singular auxiliaries and modals, with their negations: "Fox, however, isn't worried".
_AUXILIARIES = frozenset(
    f"{verb}{neg}" for verb in "is was has had does did".split() for neg in ("", "n't")
) | frozenset("will would can could should may might must won't wouldn't can't couldn't "
              "shouldn't".split())


_PARENTHETICAL = regex.compile(r"\s*\([^()\"“”]{1,30}\)")


def skip_appositive(text: str, end: int, limit: int) -> int:
    """Past ", a longtime critic of the industry," after a name, if there is one, and past
    a party and state in brackets ("Anthony Weiner (D-N.Y.) broke")."""
    paren = _PARENTHETICAL.match(text, end, limit)
    if paren is not None:
        end = paren.end()
    if not text.startswith(",", end):
        return end
    close = text.find(",", end + 1, limit)
    if close == -1 or len(text[end + 1:close].split()) > MAX_APPOSITIVE:
        return end
    if text[end + 1:close].split()[:1] in _SUBJECT_PRONOUNS:
        return end  # "Instead, he laid out ...,": a clause with its subject, no appositive
    return close + 1


_SUBJECT_PRONOUNS = [[w] for w in "he she they we I it He She They We It".split()]


def skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos


_THE = regex.compile(r"(?:(?:And|But|So)\s+)?([Tt]he)\s+")
_THE_WORD = regex.compile(r"(?<![\p{L}])(the)\s+")
# A name that owns the subject, as "the" would open it: "Moore’s campaign", "The Post’s"
_OWNER = regex.compile(r"(?:(?:And|But|So)\s+)?((?:\p{Lu}[\p{L}.-]*\s+){0,2}"
                       r"\p{Lu}[\p{L}.-]*['’]s)\s+")
_MAX_MODIFIERS = 2  # "the Republican senator", "the former state senator"


def epithet_subject(text: str, lo: int, hi: int, lex: SpeechLexicon) -> Attribution | None:
    """A clause that opens with "the" and a title or a speaker noun, then its verb ("The
    secretary tried to explain", "The president, without offering specifics, said", "the
    senator also took a swipe"): a person named before, resolved like a pronoun (kind
    "pronoun"), or an organisation named before ("The group has drafted")."""
    begin = skip_space(text, lo)
    the = _THE.match(text, begin, hi)
    owner = _OWNER.match(text, begin, hi) if the is None else None
    owned = owner is not None and not any(  # not "In Wednesday's speech the senator"
        w.lower() in OBJECT_MARKERS or w.lower() in lex.openers or w.title() in CALENDAR_NAMES
        for w in regex.split(r"['’]s$|\s+", owner[1]) if w)
    if owned:
        the = owner  # "Moore’s campaign denied ..., telling"
    if the is None:
        # "In Wednesday's speech the senator ...": past a short opening with no verb
        the = _THE_WORD.search(text, begin, hi)
        opening = text[begin:the.start()].split() if the is not None else []
        if the is None or len(opening) > _MAX_OPENING or any(
                w[:1].islower() and verb_like(w.strip(","), lex) for w in opening):
            return None
    words = list(WORD.finditer(text, the.end(), hi))[: _MAX_MODIFIERS + 1]
    for index, word in enumerate(words):
        if not word[0][:1].islower() or text[word.end():word.end() + 1] not in " ,":
            return None
        noun = word[0].lower()
        titled = noun in lex.titles or noun.endswith("-old") or vocabulary().role(noun)
        # "The bishops noted": a group of people by a title, speaking as a group
        group = not titled and noun.endswith("s") and noun[:-1] in lex.titles
        if titled or group or noun in lex.organisations:  # not "The bill would": a thing
            after = skip_appositive(text, word.end(), hi)
            time = TIME_HEAD.match(text, after, hi)  # "The president over the weekend had"
            if time is not None:
                after = time.end()
            following = WORD.match(text, skip_space(text, after))
            if (following is not None and following[0][:1].islower()
                    and following[0] not in NOT_VERBS and verb_like(following[0], lex)):
                start = the.start(1)
                # an owner's title ("Trump's lawyer") is a role, not the owner: generic
                return Attribution(text[start:word.end()], start, word.end(),
                                   "pronoun" if titled and not owned else "generic", None)
        if index and words[index - 1][0].lower() in lex.organisations:
            return None
    return None


_INDEFINITE = regex.compile(r"\s*(?:A|An|One)\s+")


def described_subject(text: str, lo: int, hi: int, lex: SpeechLexicon) -> Attribution | None:
    """A clause that opens with "a" and a speaker noun, then its verb, past an appositive ("A
    young man, dressed in a jacket and tie, approached the congressman ..., saying:"): a
    described speaker, whom the story does not name (kind "generic")."""
    opening = _INDEFINITE.match(text, lo, hi)
    if opening is None:
        return None
    for word in list(WORD.finditer(text, opening.end(), hi))[: _MAX_MODIFIERS + 1]:
        if not word[0][:1].islower() or text[word.end():word.end() + 1] not in " ,":
            return None
        if word[0].lower() not in lex.generic:
            continue  # "young", "senior": a modifier before the noun
        following = WORD.match(text, skip_space(text, skip_appositive(text, word.end(), hi)))
        if (following is not None and following[0][:1].islower()
                and following[0] not in NOT_VERBS and verb_like(following[0], lex)):
            start = skip_space(text, lo)
            return Attribution(text[start:word.end()], start, word.end(), "generic", None)
        return None
    return None
