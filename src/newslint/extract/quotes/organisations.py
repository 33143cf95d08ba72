"""An organisation's generic name ("the agency said", "the tech giant wrote") stands for the
organisation the story named last as a sentence's subject, in the paragraphs before:
`The U.S. Fish and Wildlife Service said in a written notice ...` then `"...," the agency
said`."""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from newslint.extract.quotes.adverbs import is_adverb
from newslint.extract.quotes.pronouns import PRONOUN_REACH
from newslint.extract.quotes.speaker_phrase import (
    CLAUSE_WORDS,
    DETERMINERS,
    NO_NAME,
    OBJECT_MARKERS,
    WORD,
    Attribution,
)
from newslint.extract.quotes.subjects import (
    NOT_VERBS,
    TIME_HEAD,
    inside_quote,
    skip_appositive,
    skip_space,
    subject_organisation,
    verb_like,
)
from newslint.facts.speech import (
    NAME_PHRASE,
    PRONOUNS,
    SpeechLexicon,
    is_person_like,
    lexicon,
    split_title,
)

if TYPE_CHECKING:
    from newslint.extract.quotes.lookup import Lookup
    from newslint.extract.quotes.people import People

def organisation(look: Lookup, att: Attribution, people: People | None = None) -> str | None:
    """The organisation "the <noun>" stands for, or None when no sentence before names one
    as its subject (then the noun stays a generic speaker)."""
    words = att.speaker.lower().split()
    lex = lexicon()
    here = look.sentence(att.start)
    # "the company", or an epithet with one modifier: "the tech giant", "the oil company"
    if not 2 <= len(words) <= 3 or words[0] != "the" or words[-1] not in lex.organisations:
        return None
    if here is None:
        return None
    text = look.article.analysis
    sentences = look.article.sentences
    floor = sentences[here].paragraph - PRONOUN_REACH
    named = _named_with(look, here, floor, att.start, words[-1]) or _coordinated_subject(
        look, here, att.start, people, lex)
    if named is not None:
        return named
    for index in range(here - 1, -1, -1):
        sentence = sentences[index]
        if sentence.paragraph < floor:
            break
        found = subject_organisation(text, sentence.start, sentence.end, lex)
        if found is not None:
            return found.speaker
        lone = _lone_subject(text, sentence.start, sentence.end, people, lex)
        if lone is not None:
            return lone
    return None


def named_group(look: Lookup, att: Attribution, lex: SpeechLexicon) -> str | None:
    """"the bishops" after "the U.S. Conference of Catholic Bishops": a definite plural of a
    title stands for the group the article named, in reach before, with that noun."""
    words = att.speaker.lower().split()
    here = look.sentence(att.start)
    if len(words) != 2 or words[0] != "the" or here is None or not (
            words[1].endswith("s") and words[1][:-1] in lex.titles):
        return None
    floor = look.article.sentences[here].paragraph - PRONOUN_REACH
    named = _named_with(look, here, floor, att.start, words[1])
    if named is None:
        return None
    # only the last group written with the noun: not "Arizona's United States senators"
    # past "three Republican state senators" nearer the quote
    text = look.article.analysis
    noun = regex.compile(rf"(?i)(?<![\p{{L}}]){words[1]}(?![\p{{L}}])")
    last = None
    for match in noun.finditer(text, 0, att.start):
        last = match
    lead = named.lower().split(words[1])[0]
    if last is None or text[last.start() - len(lead):last.start()].lower() != lead:
        return None
    return named


_AND_THE = regex.compile(r",\s+and\s+$")
_SHORT_OPENING = regex.compile(r"\s*(?:[\p{L}\p{N}.’']+\s+){0,3}[\p{L}\p{N}.’']+,\s+")


def _coordinated_subject(look: Lookup, here: int, at: int, people: People | None,
                         lex: SpeechLexicon) -> str | None:
    """"In 2013, Yahoo was hacked, and the company said": the organisation that is the
    subject of the clause coordinated before it in its own sentence."""
    text = look.article.analysis
    lo = look.article.sentences[here].start
    joint = _AND_THE.search(text, lo, at)
    if joint is None:
        return None
    opening = _SHORT_OPENING.match(text, lo, joint.start())
    for start in (lo, *([opening.end()] if opening else [])):
        found = subject_organisation(text, start, joint.start(), lex)
        if found is not None:
            return found.speaker
        lone = _lone_subject(text, start, joint.start(), people, lex)
        if lone is not None:
            return lone
    return None


_CAPITALISED = r"\p{Lu}[\p{L}.&'’-]*"
_NAMED_RUN = rf"{_CAPITALISED}(?:\s+(?:(?:of|and|for|the|&)\s+)?{_CAPITALISED})*"


def _named_with(look: Lookup, here: int, floor: int, before: int, noun: str) -> str | None:
    """"the hospital" after "the MedStar Washington Hospital Center", "the campaign" after
    "The Obama campaign is disputing": the last name, in reach before, that is written with
    the noun itself."""
    pattern = regex.compile(
        rf"(?<![\p{{L}}])(?:(?P<lead>{_NAMED_RUN})\s+(?P<a>(?i:{noun}))|(?P<b>{noun.title()}))"
        rf"(?P<tail>(?:\s+{_CAPITALISED})*)(?![\p{{L}}])")
    text, sentences = look.article.analysis, look.article.sentences
    for index in range(here, -1, -1):
        sentence = sentences[index]
        if sentence.paragraph < floor:
            break
        found = None
        for match in pattern.finditer(text, sentence.start, min(sentence.end, before)):
            lead = (match["lead"] or "").split()
            while lead and (lead[0].lower() in DETERMINERS or lead[0].lower() in PRONOUNS):
                lead.pop(0)
            name = " ".join([*lead, match["a"] or match["b"], *match["tail"].split()])
            if len(name.split()) >= 2 and not inside_quote(text, sentence.start, match.start()):
                found = name
        if found is not None:
            return found
    return None


# A one-word name that opens its sentence and is followed by a verb, past a time phrase:
# "Twitter at the time said it was a glitch".
_LONE = regex.compile(rf"(?:The\s+)?(?P<name>\p{{Lu}}[\p{{L}}&-]+)(?:{TIME_HEAD.pattern})?"
                      r"\s+(?P<verb>\p{Ll}+)(?![\p{L}'’])")


def _lone_subject(text: str, lo: int, hi: int, people: People | None,
                  lex: SpeechLexicon) -> str | None:
    """"Twitter at the time said": a one-word subject is an organisation when it is no
    word of any person's name the article gives (a surname is written in full first, so
    "Carney said" after "Jay Carney" is a person's)."""
    match = _LONE.match(text, skip_space(text, lo), hi)
    if people is None or match is None or not verb_like(match["verb"], lex):
        return None
    name = match["name"]
    if name.lower() in lex.openers or name.lower() in NO_NAME or name.lower() in PRONOUNS:
        return None
    if name.lower() in lex.titles or name.lower() in lex.generic:
        return None
    named = {w.strip(".,’'").lower() for p in people.people for w in p.name.split()}
    return None if name.lower() in named else name


_THEY = regex.compile(r"(?:\s*(?:And|But|So)\s+|\s*|[^,.]{0,60},\s+)[Tt]hey(?![\p{L}'’])")


def plural_organisation(look: Lookup, att: Attribution) -> str | None:
    """The organisation a "they" stands for: the subject of the sentence just before
    ("the Safari Club sent out a call to arms ... And they blasted"), through sentences
    that go on with "they"; None when that sentence has no organisation as its subject,
    for then "they" may be any group of people."""
    here = look.sentence(att.start)
    if here is None or att.speaker.lower() != "they":
        return None
    text = look.article.analysis
    sentences = look.article.sentences
    lex = lexicon()
    floor = sentences[here].paragraph - 1
    steps = 0
    for index in range(here - 1, -1, -1):
        sentence = sentences[index]
        if sentence.paragraph < floor:
            return None
        if look.in_quote(sentence.start) or look.in_quote(sentence.start + 1):
            continue  # the quoted words' own sentences ("... too important. The right ...")
        steps += 1
        if steps > _CHAIN:
            return None
        found = subject_organisation(text, sentence.start, sentence.end, lex)
        if found is not None:
            return found.speaker
        people = _coordinated_people(text, sentence.start, sentence.end, lex)
        if people is not None:
            return people
        group = plural_group(look, sentence.start, sentence.end, lex)
        if group is not None:
            return group
        if not (_THEY.match(text, sentence.start, sentence.end)
                or _definite_group(text, sentence.start, sentence.end, lex)):
            return None
        floor = min(floor, sentence.paragraph - 1)  # a "they" reaches back as this one
    return None


# "The group even went so far as": a definite organisation noun opening the sentence, past
# an adverb, before its verb.
_DEFINITE = regex.compile(r"\s*The\s+(?P<noun>\p{Ll}+)\s+(?:(?P<adverb>\p{Ll}+)\s+)?"
                          r"(?P<verb>\p{Ll}+)(?![\p{L}'’])")


def _definite_group(text: str, lo: int, hi: int, lex: SpeechLexicon) -> bool:
    """The sentence's subject is "the group", "the committee": a group the story named
    before, so a "they" after it reaches back to that group, as through another "they"."""
    match = _DEFINITE.match(text, lo, hi)
    if match is None or match["noun"] not in lex.organisations:
        return False
    if match["adverb"] is not None and not is_adverb(match["adverb"], lex):
        return False
    return verb_like(match["verb"], lex)


# A plural speaker noun ("prosecutors", "members") with up to five modifiers before it:
# "five past and present Missouri Republican senators", "the GOP committee members".
_GROUP = regex.compile(r"(?<![\p{L}’'-])(?P<phrase>(?:[\p{L}\p{N}-]+\s+){0,5}?"
                       r"(?P<noun>\p{Ll}{3,}s))(?![\p{L}’'])")
_BY = regex.compile(r"(?<![\p{L}])by\s+$")


def plural_group(look: Lookup, lo: int, hi: int, lex: SpeechLexicon) -> str | None:
    """The group a sentence names as its subject (its noun followed by a verb: "the GOP
    committee members accused") or as the agent of a document ("a memo by federal
    prosecutors in New York"): the one plural speaker the next "they" can mean; None when
    the sentence names two such groups or none."""
    text = look.article.analysis
    found: list[str] = []
    for match in _GROUP.finditer(text, lo, hi, overlapped=True):
        noun = match["noun"].lower()
        if noun not in lex.generic or look.in_quote(match.start()) or inside_quote(
                text, lo, match.start()):
            continue
        words = match["phrase"].split()
        if any(w.lower() in _FUNCTION for w in words[:-1] if w.lower() != "and"):
            continue
        after = WORD.match(text, skip_space(text, match.end()))
        agent = _BY.search(text, lo, match.start()) is not None
        if not agent and not (after is not None and after[0][:1].islower()
                              and verb_like(after[0], lex)):
            continue
        phrase = [w for w in words if w.lower() not in _QUANTITY and not w.isdigit()] or [
            words[-1]]
        found.append(" ".join(phrase))
    # overlapped matches of one phrase ("federal prosecutors", "prosecutors"): the longest
    longest = [g for g in found if not any(o != g and o.endswith(" " + g) for o in found)]
    return longest[0] if len(set(longest)) == 1 else None


_FUNCTION = DETERMINERS | OBJECT_MARKERS | CLAUSE_WORDS
_QUANTITY = frozenset("the all some many several most two three four five six seven eight "
                      "nine ten eleven twelve twenty thirty forty fifty sixty seventy eighty "
                      "ninety dozens hundreds".split())


_AND = regex.compile(rf"({NAME_PHRASE})\s+and\s+({NAME_PHRASE})")
_MAX_OPENING = 4  # "On Monday, state Senate President Pro Tem David Long and ..."


def _coordinated_people(text: str, lo: int, hi: int, lex) -> str | None:
    """"On Monday, David Long and Brian Bosma, both Republicans, held a press conference":
    two people named as the sentence's subject are whom the next "they" means."""
    for match in _AND.finditer(text, lo, hi):
        opening = [w for w in text[lo:match.start()].split() if w[:1].islower()]
        if len(opening) > _MAX_OPENING:
            return None
        a, b = split_title(match[1], lex), split_title(match[2], lex)
        if a is None or b is None or not all(is_person_like(p.name) or p.role for p in (a, b)):
            continue  # "Mr. Udall and Mr. Wyden": a title or honorific makes a surname one
        after = skip_appositive(text, match.end(), hi)
        word = WORD.match(text, skip_space(text, after))
        if word is not None and word[0][:1].islower() and word[0] not in NOT_VERBS:
            return f"{a.name} and {b.name}"
        return None
    return None


_CHAIN = 3  # sentences "they" may follow back through other "they"s

# A capitalised name of two to eight words, with the lower-case joints names have.
_SPELLED = regex.compile(r"(?<![\p{L}.])\p{Lu}[\p{L}.&-]*(?:\s+(?:(?:of|and|for|the|on|&)\s+)*"
                         r"\p{Lu}[\p{L}.&-]*){1,7}")
_JOINTS = frozenset(("of", "and", "for", "the", "on", "&"))


def spelled_out(text: str, acronym: str) -> str | None:
    """"American Civil Liberties Union" for "ACLU" when the article writes the name in
    full: one organisation known by both forms. The initials of its capitalised words
    spell the acronym ("Federal Bureau of Investigation" → FBI); the first such name."""
    letters = acronym.rstrip("s") if acronym.endswith("s") and acronym[:-1].isupper() else acronym
    for match in _SPELLED.finditer(text):
        words = [w for w in match[0].split() if w.lower() not in _JOINTS]
        for begin in range(len(words) - len(letters) + 1):
            run = words[begin:begin + len(letters)]
            if "".join(w[0] for w in run) == letters:
                first, last = run[0], run[-1]
                start = match.start() + match[0].index(first)
                end = match.start() + match[0].rindex(last) + len(last)
                return " ".join(text[start:end].split()).rstrip(".")
    return None
