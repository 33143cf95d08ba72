"""Reported speech: words quoted inside a sentence whose speech verb stands earlier, far
from the marks (`Mr. Trump said that Mr. Mattis ... "was a great help"`), and the person a
quote's sentence is about when no verb of speech names one."""

from __future__ import annotations

import regex

from newslint.extract.quotes.attribution import (
    named_subject,
    subject_before,
    with_verb,
)
from newslint.extract.quotes.speaker_phrase import (
    COORDINATOR_AT_END,
    NAME_START,
    WORD,
    Attribution,
    trailing_speaker,
)
from newslint.extract.quotes.subjects import (
    TIME,
    epithet_subject,
    inside_quote,
    main_subject,
    skip_space,
    subject_organisation,
    verb_like,
)
from newslint.extract.quotes.verb_use import (
    CLAUSE_BREAK,
    addressee,
    in_aside,
    is_participle,
    speech_verbs,
)
from newslint.facts.name_words import HONORIFIC_ALTERNATION
from newslint.facts.speech import (
    NAME_PHRASE,
    PRONOUNS,
    SpeechLexicon,
    is_person_like,
    split_title,
)

_REPORTED_VERBS = 3  # speech verbs tried, nearest the quote first
_MEANS_END = regex.compile(r"(?<![\p{L}])(?:by|for|in)$")
# "with House Oversight Committee Chairman Trey Gowdy saying": the participle's own subject
_WITH_SUBJECT = regex.compile(r"(?<![\p{L}])with\s+(?=\p{Lu})[^,;:\"“”()]{1,80}$")
# "attacked Senator Ana Ruiz for saying", "irritated at Roberts for promising", "faulted
# him for calling": the one blamed or thanked for the speech made it, not the clause's
# subject. A lone capitalised word only after a preposition ("in Ohio for" is a place).
_FOR_AGENT = regex.compile(
    rf"(?:(?P<prep>(?<![\p{{L}}])(?:at|with|against)\s+)?(?<![\p{{L}}.])(?P<agent>{NAME_PHRASE})"
    r"|(?<![\p{L}])(?P<pronoun>him|her))\s+for$")
# The agent of a passive and the one spoken to did not say it: "was rebuked by Sen. John
# McCain for calling", "apologized to radio host Charlamagne Tha God for saying" are the
# subject's words (a role of up to three words may stand before the name).
_NOT_BLAMED = regex.compile(r"(?<![\p{L}])(?:by|to)\s+(?:\p{Ll}+\s+){0,3}$")
_FOR_REACH = 160


def reported_speaker(text: str, lo: int, open_at: int, lex: SpeechLexicon
                     ) -> Attribution | None:
    """The subject of a speech verb earlier in the quote's sentence, however far: in
    `Mr. Trump said that Mr. Mattis ... "was a great help"` the words are Trump's, as in
    `Pence has defended the bill, claiming that it has been "grossly misconstrued"`."""
    left = text[lo:open_at]
    verbs = sorted([*speech_verbs(lex.say, left), *speech_verbs(lex.name, left)],
                   key=lambda m: m.start(), reverse=True)
    verbs = [v for v in verbs if not inside_quote(text, lo, lo + v.start())
             and not in_aside(left, v) and not addressee(left, v)]
    for verb in verbs[:_REPORTED_VERBS]:
        at = lo + verb.start()
        found = subject_before(text, lo, at, lex)
        before_verb = left[: verb.start()].rstrip()
        participle = is_participle(verb[0]) and before_verb.endswith(CLAUSE_BREAK)
        agent = _agent_before_for(before_verb, lo, lex) if is_participle(verb[0]) else None
        with_subject = _WITH_SUBJECT.search(before_verb) if is_participle(verb[0]) else None
        if agent is not None:
            found = agent
        elif found is None and with_subject is not None:
            found = trailing_speaker(text, lo + with_subject.start() + 4, at, lex)
        elif is_participle(verb[0]) and _MEANS_END.search(before_verb):
            # "drew the ire of activists by calling it", "apologized to the host for
            # saying", "reiterated past statements in saying": the means or the cause of
            # the clause's own verb, done by its subject, never by a word just before it
            found = main_subject(text, lo, at, lex) or _opening_pronoun(text, lo, at)
        elif found is None and (participle or COORDINATOR_AT_END.search(before_verb)):
            # "Instead, he laid out an agenda, saying": a pronoun subject past an opening
            found = main_subject(text, lo, at, lex) or _opening_pronoun(text, lo, at)
        elif found is None and before_verb.endswith(","):
            # "The president, without offering specifics, said": past a parenthetical
            found = epithet_subject(text, lo, at, lex) or _subject_past_asides(
                text, lo, at, lex)
        elif participle and found is not None and found.kind == "generic":
            found = named_subject(text, lo, at, lex) or found
        if found is not None:
            return with_verb(found, lex.verb_of(verb[0]))
        if before_verb.endswith(",") and not is_participle(verb[0]):
            # "and Sen. John McCain (R-Ariz.), said he would be "..."": a verb with a
            # subject of its own, unread; an earlier verb's subject is not it
            return None
    return None


def _agent_before_for(before_verb: str, lo: int, lex: SpeechLexicon) -> Attribution | None:
    # The pattern ends at "for": only the end of a long sentence is read.
    cut = max(0, len(before_verb) - _FOR_REACH)
    match = _FOR_AGENT.search(before_verb, cut)
    if match is None or _NOT_BLAMED.search(before_verb, cut, match.start()):
        return None
    if match["pronoun"]:
        return Attribution(match["pronoun"], lo + match.start("pronoun"),
                           lo + match.end("pronoun"), "pronoun", None)
    person = split_title(match["agent"], lex)
    if person is None or person.name.lower() in lex.openers:
        return None
    lone = len(person.name.split()) == 1 and match["prep"] is not None
    if not (is_person_like(person.name) or person.role or lone):
        return None
    start = lo + match.start("agent") + person.offset
    return Attribution(person.name, start, start + len(person.name), "name", None,
                       person.role)


def _subject_past_asides(text: str, lo: int, at: int, lex: SpeechLexicon
                         ) -> Attribution | None:
    """"Stone, according to the indictment, "on multiple occasions" around Dec. 1, 2017,
    told Credico": the person who opens the sentence, when all between them and the verb
    is set off by commas and holds no verb of its own (asides, a quoted phrase, a date)."""
    name = NAME_START.match(text, skip_space(text, lo), at)
    if name is None or not text.startswith(",", name.end()):
        return None
    person = split_title(name[1], lex)
    if person is None or person.name.lower() in lex.openers:
        return None
    for word in WORD.finditer(text, name.end(), at):
        if (not inside_quote(text, name.end(), word.start()) and word[0][:1].islower()
                and verb_like(word[0], lex)):
            return None  # "Stone, who was arrested ...,": a clause of its own
    start = name.start() + person.offset
    return Attribution(person.name, start, start + len(person.name), "name", None,
                       person.role)


# "Instead, he laid out ...", "On Friday, she ...": a subject pronoun that opens the
# clause, past an opening of up to four words and its comma (a day needs none: "On
# Tuesday he repeated"), and a verb after it.
_OPENING_PRONOUN = regex.compile(rf"\s*(?:\p{{L}}+(?:\s+\p{{L}}+){{0,3}},\s+|(?i:{TIME})\s+)?"
                                 r"(?P<pronoun>[Hh]e|[Ss]he|[Tt]hey)\s+\p{Ll}")


def _opening_pronoun(text: str, lo: int, hi: int) -> Attribution | None:
    match = _OPENING_PRONOUN.match(text, lo, hi)
    if match is None:
        return None
    return Attribution(match["pronoun"], match.start("pronoun"), match.end("pronoun"),
                       "pronoun", None)


_COORDINATORS = frozenset(("And", "But", "Yet", "So"))
_DETERMINER_END = regex.compile(r"(?<![\p{L}])[Tt]he\s*$")
_OPENING_WORDS = 4  # words of the sentence the subject may come after ("On Monday, Trump")


def clause_subject(text: str, lo: int, open_at: int, lex: SpeechLexicon
                   ) -> Attribution | None:
    """The person the quote's sentence is about, when no verb of speech names one:
    `Trump signaled that a "large down payment" could end it`, `He deemed the plan "a
    con"`. The subject must open the sentence and be followed by a verb."""
    begin = skip_space(text, lo)
    words = list(WORD.finditer(text, begin, open_at))
    if len(words) > 2 and words[0][0] in _COORDINATORS:
        # "And they blasted "..."": a sentence that goes on from the one before
        begin, words = words[1].start(), words[1:]
    if not words:
        return None
    first = words[0]
    if first[0].lower() in PRONOUNS and len(words) > 1 and verb_like(words[1][0], lex):
        return Attribution(first[0], first.start(), first.end(), "pronoun", None)
    # "In his speech, he will promise", "After ... was removed, he issued a plea": past a
    # fronted phrase, the clause's subject
    main = _after_fronted(text, begin, open_at)
    found = (main_subject(text, begin, open_at, lex, surnames=True)
             or epithet_subject(text, main, open_at, lex)
             or _pronoun_subject(text, main, open_at, lex)
             or _pronoun_after_comma(text, main, open_at, lex)
             or _organisation_subject(text, begin, open_at, lex))
    if found is None:
        return None
    opening = _DETERMINER_END.sub("", text[begin:found.start])  # "..., the FWS defended"
    # "After the bills failed in the Senate, Trump signaled": a fronted clause, then the
    # subject; a pronoun and its verb after a comma open the main clause however many
    # commas the fronted clause has (a pronoun is no appositive)
    fronted = opening.rstrip().endswith(",") and (
        opening.count(",") == 1 or found.kind == "pronoun")
    if len(opening.split()) > _OPENING_WORDS and not fronted:
        return None
    return found


def _after_fronted(text: str, begin: int, hi: int) -> int:
    """Where the main clause starts after one fronted phrase and its comma ("In his
    speech, he ..."); `begin` when the sentence has none before `hi`."""
    comma = text.find(",", begin, hi)
    if comma == -1 or inside_quote(text, begin, comma):
        return begin
    return comma + 1


def _organisation_subject(text: str, lo: int, hi: int, lex: SpeechLexicon
                          ) -> Attribution | None:
    """"The American Civil Liberties Union, in a letter ..., encouraged": not "Meta's Llama
    said", a thing of an organisation."""
    found = subject_organisation(text, lo, hi, lex, first=True)
    if found is None or "'s " in found.speaker or "’s " in found.speaker:
        return None
    return found


def _pronoun_after_comma(text: str, lo: int, hi: int, lex: SpeechLexicon
                         ) -> Attribution | None:
    """"After the content from Mr. Jones and his website, Infowars, was removed, he issued
    a plea": the pronoun subject after a later comma of a long fronted clause."""
    comma = text.find(",", lo, hi)
    while comma != -1:
        if not inside_quote(text, lo, comma):
            found = _pronoun_subject(text, comma + 1, hi, lex)
            if found is not None:
                return found
        comma = text.find(",", comma + 1, hi)
    return None


_BE = frozenset("is are was were be been".split())


def _pronoun_subject(text: str, lo: int, hi: int, lex: SpeechLexicon) -> Attribution | None:
    words = list(WORD.finditer(text, skip_space(text, lo), hi))[:2]
    # not "she was found to have a ...": the subject of a passive is not the speaker
    if (len(words) == 2 and words[0][0] in PRONOUNS and verb_like(words[1][0], lex)
            and words[1][0] not in _BE):
        return Attribution(words[0][0], words[0].start(), words[0].end(), "pronoun", None)
    return None


# "Suthers' opinion that", "Trump’s comments about", "Mr. Mattis’s core complaint was
# that": a name in the possessive, up to two more words, a noun of speech, and the words
# that introduce what was said.
_POSSESSOR = regex.compile(
    rf"(?<![\p{{L}}])(?:(?:{HONORIFIC_ALTERNATION})\.\s+)?"
    r"(?P<name>\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)"
    r"{0,2})(?:['’]s|(?<=s)['’])\s+(?P<rest>(?:[\p{Ll}-]+\s+){1,3})")
_CONTENT = frozenset(("that", "about", "of", "on", "to"))
_APOSTROPHE = regex.compile(r"\p{L}['’]")
# "his claims that", "her remarks in the interview that": a pronoun owns the noun of speech
# (resolved as its "he" or "she" would be); "that" may follow a short phrase of place or
# time, with no comma, since "his claims, which" leaves the clause.
_PRONOUN_OWNER = regex.compile(
    r"(?<![\p{L}])(?P<pronoun>[Hh]is|[Hh]er)\s+(?P<rest>(?:[\p{Ll}-]+\s+){1,2})")
_PHRASE_THEN_THAT = regex.compile(r"(?:in|on|at|during)\s+(?:[\p{L}-]+\s+){1,3}?that\s")


def possessive_source(text: str, lo: int, open_at: int, lex: SpeechLexicon
                      ) -> Attribution | None:
    """The words quoted after "X's <noun of speech> that/about ..." are X's, when no verb
    of speech stands between that noun and the quote (its subject would speak instead):
    `MPP agrees with Suthers' opinion that the suit is "without merit"`."""
    owner = _pronoun_owner(text, lo, open_at, lex)
    if owner is not None:
        return owner
    found, noun_end = None, 0
    if not _APOSTROPHE.search(text, lo, open_at):
        return None  # no possessive at all: most sentences
    for match in _POSSESSOR.finditer(text, lo, open_at, overlapped=True):
        words = list(WORD.finditer(text, match.start("rest"), match.end()))
        for index, word in enumerate(words):
            after = [w[0] for w in words[index + 1:]] + WORD.findall(
                text, match.end(), match.end() + 12)
            if word[0] in lex.speech_nouns and after and (
                    after[0] in _CONTENT or after[:2] in (["was", "that"], ["is", "that"])):
                if not inside_quote(text, lo, match.start()) and noun_end != word.end():
                    found, noun_end = match, word.end()  # the longest name: the first
                break
    if found is None:
        return None
    # "a statement shortly after Romney's remarks that claimed": the verb's subject speaks
    between = text[noun_end:open_at]
    if speech_verbs(lex.say, between) or speech_verbs(lex.name, between):
        return None
    person = split_title(found["name"], lex)
    if person is None:
        return None
    start = found.start("name") + person.offset
    return Attribution(person.name, start, start + len(person.name), "reported", None,
                       person.role)


def _pronoun_owner(text: str, lo: int, open_at: int, lex: SpeechLexicon
                   ) -> Attribution | None:
    """`slammed Schiff for his claims in the media that there was "more than ..."`: the
    words after a noun of speech a "his" or "her" owns are that person's, when no verb of
    speech stands between the noun and the quote. The last such noun before the quote."""
    found = None
    for match in _PRONOUN_OWNER.finditer(text, lo, open_at, overlapped=True):
        for word in WORD.finditer(text, match.start("rest"), match.end()):
            if word[0] not in lex.speech_nouns:
                continue
            rest = text[word.end():open_at].lstrip()
            if (rest.startswith("that ") or _PHRASE_THEN_THAT.match(rest)) and not (
                    inside_quote(text, lo, match.start())):
                found = (match, word.end())
            break
    if found is None:
        return None
    match, noun_end = found
    between = text[noun_end:open_at]
    if speech_verbs(lex.say, between) or speech_verbs(lex.name, between):
        return None  # "his claim that she had told him": her words
    return Attribution(match["pronoun"], match.start("pronoun"), match.end("pronoun"),
                       "pronoun", None)
