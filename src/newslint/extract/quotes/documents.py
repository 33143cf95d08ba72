"""A document that speaks ("the letter said", "the special counsel's filing said") speaks
for whoever issued it: the possessor written with it, or the issuer of its earlier mention
in the paragraphs before ("Smith sent a letter", "The NAACP adopted a resolution",
"BuzzFeed's Thursday night report claimed", "a statement released by the Justice
Department", `"...," the tech giant said in a statement`); "it" is the document last
mentioned, or the organisation its mention names ("the White House briefing transcript")."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

import regex

from newslint.extract.quotes.appositives import appositive
from newslint.extract.quotes.generic_keys import document_issuer, generic_key, issued_by
from newslint.extract.quotes.organisations import organisation
from newslint.extract.quotes.pronouns import PRONOUN_REACH
from newslint.extract.quotes.reported import reported_speaker
from newslint.extract.quotes.speaker_phrase import (
    CLAUSE_WORDS,
    DETERMINERS,
    OBJECT_MARKERS,
    WORD,
    Attribution,
    trailing_speaker,
)
from newslint.extract.quotes.subjects import NOT_VERBS, skip_space, verb_like
from newslint.facts.name_words import CALENDAR_NAMES_LOWER
from newslint.facts.speech import SpeechLexicon, lexicon

if TYPE_CHECKING:
    from newslint.extract.quotes.lookup import Lookup
    from newslint.extract.quotes.people import People


def issuer(look: Lookup, att: Attribution, people: People) -> str | None:
    """"the statement said": who the article said made "a statement" in the sentences
    before (`Ryan Zinke, the interior secretary, said in a statement ...`)."""
    words = att.speaker.lower().split()
    here = look.sentence(att.start)
    lex = lexicon()
    if len(words) == 2 and words[1] in lex.documents:
        # "the report, by White House Counsel Robert Bauer, concluded": its author
        author = authored_by(look.article.analysis, att.end, people)
        if author is not None:
            return author
    compound = _COMPOUND_BEFORE.search(look.article.analysis, 0, att.start)
    if len(words) == 1 and compound is not None:
        words = [compound[1].lower(), *words]  # "a news release calling": "a release"
    if len(words) == 2 and words[0] in ("a", "an") and here is not None and words[
            1] in lex.documents:
        # "Barry Rand later issued a statement calling the article "misleading"": the
        # subject that issues the document in the quote's own sentence
        sentence = look.article.sentences[here]
        at = compound.start() if len(att.speaker.split()) == 1 and compound else att.start
        found = _issuing_subject(look.article.analysis, sentence.start, at, lex)
        if found is not None and found.kind == "name":
            return people.at.get(found.start) or people.full.get(found.speaker, found.speaker)
        return None
    if len(words) != 2 or words[0] != "the" or here is None or words[1] not in lex.documents:
        return None
    text = look.article.analysis
    sentences = look.article.sentences
    noun = _document_mention(words[1])
    floor = sentences[here].paragraph - PRONOUN_REACH
    named_before: str | None = None
    for index in range(here - 1, -1, -1):
        sentence = sentences[index]
        if sentence.paragraph < floor:
            break
        match = noun.search(text, sentence.start, sentence.end)
        if match is None:
            definite = _definite_mention(look, words[1], sentence.start, sentence.end)
            if definite is None:
                continue
            # "the report, by White House Counsel Robert Bauer, concluded ... The report
            # also ... the report read": "the report" the article keeps writing is one
            # report, so the chain reaches back to the mention that names who wrote it
            agent = issued_by(text, definite.end(), sentence.end) or authored_by(
                text, definite.end(), people)
            if agent is not None:
                return people.full.get(agent, agent)
            named = _NAMED_ISSUER.search(text, definite.start("mods"), definite.start("noun"))
            if named is not None and named_before is None:
                named_before = named["issuer"]  # "The White House report": if none says more
            floor = -1
            continue
        if match["owner"]:
            # "BuzzFeed’s Thursday night report claimed": the possessor issued it; not
            # "Today’s indictment": a word that opens sentences is no owner
            owner = match["owner"]
            if owner.split()[0].lower() in lex.openers:
                return None
            return document_issuer(f"{owner}’s {words[1]}", lex)
        agent = issued_by(text, match.end(), sentence.end) or authored_by(
            text, match.end(), people)
        if agent is not None:
            # "a statement released by the Justice Department": the agent issued it
            return people.full.get(agent, agent)
        named = _NAMED_ISSUER.search(text, match.start(), match.end() - len(words[1]))
        if match["a"] and named is not None:
            # "A September 2010 Congressional Research Service report found": its issuer
            return named["issuer"]
        # `"...," the tech giant said in a statement`: the words quoted before the
        # attribution are not its subject
        lo = max(sentence.start, text.rfind("”", sentence.start, match.start()) + 1,
                 text.rfind('"', sentence.start, match.start()) + 1)
        found = reported_speaker(text, lo, match.start(), lex)
        if found is not None and found.kind == "generic" and found.speaker.split()[
                -1].lower() in lex.documents:
            return None  # one document said to be issued by another
        if found is None:
            # "The NAACP adopted a resolution", "Smith sent a letter": who issued it
            found = _issuing_subject(text, sentence.start, match.start(), lex)
        if found is None and _IN_DOCUMENT.fullmatch(text, sentence.start, match.start()):
            # "In a letter signed by ..., the Republicans informed": the opening names the
            # document, the clause's subject issued it
            found = _clause_subject(look, match.end(), sentence.end, lex)
            if found is not None and found.kind == "pronoun":
                return found.speaker  # "the Republicans": a group, as written
        if found is None or found.kind not in ("name", "generic"):
            return None
        if found.kind == "generic":
            # "the tech giant said in a statement": the organisation the epithet stands for
            return organisation(look, found, people) or generic_key(found.speaker)
        return people.at.get(found.start) or people.full.get(found.speaker, found.speaker)
    return named_before


def _definite_mention(look: Lookup, noun: str, lo: int, hi: int) -> regex.Match[str] | None:
    """The last "the report", "The White House report" between `lo` and `hi`, outside
    quotation marks: a definite mention of a document of that kind."""
    found = None
    for match in _mention(frozenset((noun,))).finditer(look.article.analysis, lo, hi):
        if match[0].split()[0].lower() == "the" and not look.in_quote(match.start()):
            found = match
    return found


# "a statement from Grimm", "the report, by White House Counsel Robert Bauer,": a document
# and who wrote it, a person the article names or an organisation's name of two words or
# more (not "a report from Atlanta", "a report by April").
_BY_AGENT = regex.compile(r",?\s+(?:by|from)\s+(?:the\s+)?(?P<agent>\p{Lu}[\p{L}.&’'-]*"
                          r"(?:\s+(?:of\s+|and\s+)?\p{Lu}[\p{L}.&’'-]*){0,5})")


def authored_by(text: str, at: int, people: People) -> str | None:
    """Who wrote the document whose mention ends at `at`, when "by" or "from" says."""
    by = _BY_AGENT.match(text, at)
    if by is None:
        return None
    named = [p for p in people.people if by.start("agent") <= p.start < by.end("agent")]
    if named:
        return named[0].name
    words = by["agent"].rstrip(".").split()
    if len(words) >= 2 and words[0].lower() not in CALENDAR_NAMES_LOWER:
        return " ".join(words)
    return None



@functools.cache
def _document_mention(noun: str) -> regex.Pattern[str]:
    """"a letter", "a formal letter", "BuzzFeed’s Thursday night report": an earlier
    mention of the document a generic speaker ("the letter") names."""
    return regex.compile(
        rf"(?<![\p{{L}}])(?:(?P<a>(?i:an?))\s+(?:[\p{{L}}\p{{N}}-]+\s+){{0,5}}?|(?P<owner>\p{{Lu}}[\p{{L}}.&-]*(?:\s+"
        rf"\p{{Lu}}[\p{{L}}.&-]*){{0,2}})['’]s\s+(?:[\p{{L}}-]+\s+){{0,3}}){regex.escape(noun)}"
        r"(?![\p{L}])")


# "The NAACP adopted a resolution", "the executives ... sent a letter": the subject that
# opens the sentence and issues the document with one verb.
_ISSUING = regex.compile(r"(?P<adverb>\s+\p{Ll}+)?(?:\s+(?:has|have|had))?\s+(?:sent|issued|"
                         r"released|adopted|published|filed|signed|wrote|drafted|passed|"
                         r"posted|delivered)\s+$")


# "a news release", "a joint statement": a document noun after its article and a modifier
_COMPOUND_BEFORE = regex.compile(r"(?<![\p{L}])(a|an|A|An)\s+\p{Ll}[\p{Ll}-]+\s+$")


def _issuing_subject(text: str, lo: int, at: int, lex: SpeechLexicon) -> Attribution | None:
    verb = _ISSUING.search(text, lo, at)
    if verb is not None and verb["adverb"]:
        adverb = verb["adverb"].strip()
        if not (adverb.endswith("ly") or adverb in lex.adverbs):
            # not an adverb ("Smith and others issued"): the verb without it
            verb = _ISSUING.search(text, verb.start("adverb") + len(verb["adverb"]), at)
            verb = verb if verb is not None and not verb["adverb"] else None
    if verb is None:
        return None
    begin, end = _past_opening(text, lo, verb.start()), verb.start()
    inserted = _INSERTED.search(text, begin, end)
    if inserted is not None and inserted.start() > begin:
        end = inserted.start()  # "the executives ..., including Anthem, sent a letter"
    found = trailing_speaker(text, begin, end, lex)
    if found is not None and found.kind != "pronoun" and _opens(text[begin:found.start]):
        return found
    if text[begin:end].rstrip().endswith(","):
        # "Cathi Herrod, president of the Center ..., an architect of the bill, issued": a
        # name and its roles between commas (the name is no opening phrase to skip)
        start = skip_space(text, lo)
        found = appositive(text, start, len(text[:end].rstrip()) - 1, lex)
        if found is not None and found.kind == "name" and found.start == start:
            return found
    phrase = " ".join(text[begin:end].split())
    words = phrase.split()
    if words and words[0].lower() in _QUANTIFIED and 2 <= len(words) <= _MAX_DESCRIBED:
        # "Every former secretary of the Department of Homeland Security sent a letter":
        # the description is who issued it, as written
        return Attribution(" ".join(words[1:]), begin, end, "name", None)
    return None


# An opening before the subject ("And on Monday,"), and a phrase inserted between commas
# before the verb (", including Angie's List and Anthem,").
_OPENING = regex.compile(r"\s*(?:\p{L}+\s+){0,3}\p{L}+,\s+")
_INSERTED = regex.compile(r",\s+(?:including|among|like|such\s+as|both|all|each)\s[^,]{1,80},\s*$")
_QUANTIFIED = frozenset("the every all each several many some".split())
_MAX_DESCRIBED = 10


def _past_opening(text: str, lo: int, hi: int) -> int:
    opening = _OPENING.match(text, lo, hi) or _PARTICIPLE_OPENING.match(text, lo, hi)
    return opening.end() if opening is not None else lo


# A participle's phrase that opens the sentence, of any length: "Trying to quell the
# furor, Steele issued a statement"
_PARTICIPLE_OPENING = regex.compile(r"\s*\p{Lu}\p{Ll}+ing\s[^,\"“”]{1,80},\s+")
# "In a letter", "But in a statement": an opening phrase that names the document
_IN_DOCUMENT = regex.compile(r"\s*(?:(?:And|But)\s+)?(?i:in)\s+")
_MAX_SUBJECT = 5  # words of a clause's subject: "the 42 Senate Republicans"


def _clause_subject(look: Lookup, lo: int, hi: int, lex: SpeechLexicon) -> Attribution | None:
    """The subject of the main clause after an opening phrase that ends at one of the
    commas after `lo`: the words from the comma up to a verb, when they are a speaker."""
    text = look.article.analysis
    for comma in regex.finditer(r",\s+", text[lo:hi]):
        start = lo + comma.end()
        if look.in_quote(start):
            return None
        words = list(WORD.finditer(text, start, hi))[: _MAX_SUBJECT + 1]
        for index in range(1, len(words)):
            word = words[index][0]
            if not (word[:1].islower() and word not in NOT_VERBS and verb_like(word, lex)):
                continue
            found = trailing_speaker(text, start, words[index - 1].end(), lex)
            before = text[start:found.start].strip() if found is not None else "-"
            if found is not None and (before.lower() in ("", "the") or before == found.role):
                return found  # nothing but "the" or the speaker's title before it
            break
    return None


def _opens(words: str) -> bool:
    """Nothing but a determiner and modifiers before the subject: it opens the sentence."""
    return "," not in words and len(words.split()) <= 3


@functools.cache
def _mention(documents: frozenset[str]) -> regex.Pattern[str]:
    """"the cable", "the official White House briefing transcript": a determiner, up to
    four modifiers (no other determiner among them) and a document noun."""
    nouns = "|".join(regex.escape(d).replace(r"\ ", r"\s+") for d in sorted(documents))
    # a modifier is no determiner, preposition or clause word ("this about himself on")
    function = "|".join(sorted(DETERMINERS | OBJECT_MARKERS | CLAUSE_WORDS))
    # the noun in lower case: "The Connecticut Post" is a name, not a post
    return regex.compile(rf"(?<![\p{{L}}])(?i:the|a|an|this|that)\s+(?P<mods>(?:(?!(?i:{function})"
                         rf"\s)[\p{{L}}-]+\s+){{0,4}}?)(?P<noun>{nouns})(?![\p{{L}}])")


# A capitalised name among a document's modifiers, after its determiner: "the official
# White House briefing transcript", "a Pentagon report".
_NAMED_ISSUER = regex.compile(r"(?<=\s)(?P<issuer>\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*)*)"
                              r"\s+(?:\p{Ll}+\s+)?$")


def antecedent_document(look: Lookup, att: Attribution) -> str | None:
    """"It said": the document last mentioned in this sentence or the ones before (in
    reach): "The cable also warned ... It said ..." is the cable's; None when no document
    was mentioned ("it" is never a person)."""
    here = look.sentence(att.start)
    if here is None:
        return None
    lex = lexicon()
    text = look.article.analysis
    sentences = look.article.sentences
    floor = sentences[here].paragraph - PRONOUN_REACH
    for index in range(here, -1, -1):
        sentence = sentences[index]
        if sentence.paragraph < floor:
            break
        hi = min(sentence.end, att.start)
        nouns = [m for m in _mention(lex.documents).finditer(text, sentence.start, hi,
                                                             overlapped=True)
                 if not look.in_quote(m.start())]
        if nouns:
            # the document itself: which earlier one of its kind issued it is too far a
            # reach from a pronoun ("the resolution" may be another group's), unless the
            # mention names its issuer ("the official White House briefing transcript")
            mention = nouns[-1]
            named = _NAMED_ISSUER.search(text, mention.start("mods"), mention.start("noun"))
            return named["issuer"] if named is not None else " ".join(
                mention["noun"].lower().split())
    return None
