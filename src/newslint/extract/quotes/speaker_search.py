"""The order in which the text around one quote is searched for its speaker.

A post's quote is its author's. Otherwise an attribution next to the quote comes first
(`"...," he said`, `Trump said: "..."`), then the speaker of the sentence's tail, of a
participle clause that opens the sentence, of reported speech around the quote (the
subject of the sentence only for three words or more, or for one or two that it judges
something as: `Cornyn dismissed the concerns as "unpersuasive."`), of the sentence or
lead-in before it (see continued). A quote left open whose paragraph ends in
its own attribution is closed before that attribution.
"""

from __future__ import annotations

import regex

from newslint.extract.quotes.attribution import (
    Attribution,
    according,
    after_quote,
    before_quote,
    before_stop,
)
from newslint.extract.quotes.continued import MIN_UNATTRIBUTED_WORDS, lead_in, said_before
from newslint.extract.quotes.document_names import as_document
from newslint.extract.quotes.document_subjects import document_subject
from newslint.extract.quotes.headings import heading_speaker
from newslint.extract.quotes.lookup import Lookup
from newslint.extract.quotes.marks import QuoteRegion
from newslint.extract.quotes.reported import (
    clause_subject,
    possessive_source,
    reported_speaker,
)
from newslint.extract.quotes.sentences import sentence_end, sentence_start
from newslint.extract.quotes.speaker_phrase import trailing_speaker
from newslint.extract.quotes.subjects import main_subject
from newslint.extract.quotes.tail import after_full_stop, sentence_tail
from newslint.facts.speech import SpeechLexicon
from newslint.load.article import Article
from newslint.load.segment import is_title_case

_ATTRIBUTION_END = ",?!—–-…"


def closed_by_attribution(text: str, region: QuoteRegion, lex: SpeechLexicon
                          ) -> QuoteRegion:
    """`"I am proud of what we did, he wrote.`: a quote left open whose paragraph ends in
    its own attribution closes before it (the closing mark was forgotten)."""
    if region.close is not None:
        return region
    tail = _OPEN_TAIL.search(text, region.start, region.end)
    if tail is None or not lex.say.fullmatch(tail["verb"]):
        return region
    if tail["who"].lower() not in ("he", "she", "they") and not tail["who"][:1].isupper():
        return region
    comma = tail.start()
    return QuoteRegion(region.open, region.start, comma, comma - 1, region.paragraph,
                       region.continues)


_OPEN_TAIL = regex.compile(r",\s+(?P<who>[\p{L}.’'-]+(?:\s+[\p{Lu}][\p{L}.’'-]*){0,2})"
                           r"\s+(?P<verb>\p{Ll}+)\.?\s*$")


def find_speaker(article: Article, look: Lookup, index: int,
                 lex: SpeechLexicon) -> Attribution | None:
    """The speaker of the quote at `index` of `look.regions`, nearest evidence first; a
    law or document named as a person would be ("The 14th Amendment states") is a text."""
    found = _find_speaker(article, look, index, lex) or heading_speaker(
        article, look.regions[index], lex)  # a headline's title case hides its verbs
    return as_document(article.analysis, found, lex)


def _find_speaker(article: Article, look: Lookup, index: int,
                  lex: SpeechLexicon) -> Attribution | None:
    text = article.analysis
    regions = look.regions
    region = regions[index]
    para = article.paragraphs[region.paragraph]
    if para.kind == "post":
        post = article.posts[para.post] if para.post is not None else None
        if post is None or not (post.author or post.handle):
            return None
        who = post.author or post.handle or ""
        return Attribution(who, region.open, region.open, "post", "posted")
    previous = regions[index - 1] if index else None
    following = regions[index + 1] if index + 1 < len(regions) else None
    lo = sentence_lo = sentence_start(look, region.open, para.start)
    if previous is not None and previous.paragraph == region.paragraph and previous.close:
        lo = max(lo, previous.close + 1)
    if region.close is None:
        return (before_quote(text, lo, region.open, lex, sentence_lo)
                or _reported(look, sentence_lo, region, para.end, lex)
                or said_before(look, region, lex) or lead_in(look, region, lex))
    asked = _ASKED.fullmatch(text, sentence_lo, region.open)
    if asked is not None:
        # `Asked point-blank, "Is that picture you?" Weiner replied`: the question is put
        # to the one who replies; it is the asker's, named only as "Asked by ..."
        by = asked["by"]
        return trailing_speaker(text, asked.start("by"), asked.end("by"), lex) if by else None
    hi = sentence_end(look, region.close, para.end)
    if following is not None and following.paragraph == region.paragraph:
        hi = min(hi, following.open)
    # `...unum,'"`: a nested quote closes with the outer one; its comma still counts
    closing = text[region.start:region.close].rstrip().rstrip("'’").rstrip()
    ends_open = ((closing and closing[-1] in _ATTRIBUTION_END + "?")
                 or text[region.close + 1:region.close + 2] == ",")
    if ends_open:
        found = after_quote(text, region.close, hi, lex)
        if found is not None:
            return found
    listed = _list_speaker(article, look, index, sentence_lo, lex)
    if listed is not None:
        # `three principles: "A," "B" and "C."`: one list, one speaker, the first item's;
        # not the subject of a clause before the list
        return listed
    # The subject of the whole sentence speaks for the words it reports, also past an
    # earlier term in quotation marks: He deemed the plan "a con" and "a disaster"; but
    # words given as someone's "opinion that ..." nearer the quote are theirs.
    return (possessive_source(text, sentence_lo, region.open, lex)
            or before_quote(text, lo, region.open, lex, sentence_lo)
            or sentence_tail(look, region, lex) or _fronted_participle(look, region, lex)
            or _reported(look, sentence_lo, region, hi, lex) or said_before(look, region, lex)
            or after_full_stop(look, region, lex) or lead_in(look, region, lex)
            or document_subject(look, region, sentence_lo, lex))


_LIST_JOINT = regex.compile(r"[\s,;]*(?:(?:and|or)\s*)?")


def _list_speaker(article: Article, look: Lookup, index: int, sentence_lo: int,
                  lex: SpeechLexicon) -> Attribution | None:
    """When the quote is a later item of a list of quotes in its sentence (`"A," "B" and
    "C"`), the speaker of its first item."""
    text, regions = article.analysis, look.regions
    first = index
    while first > 0:
        before = regions[first - 1]
        if (before.close is None or before.close < sentence_lo
                or not _LIST_JOINT.fullmatch(text, before.close + 1, regions[first].open)):
            break
        first -= 1
    return _find_speaker(article, look, first, lex) if first < index else None

# A sentence that opens with the question put to someone: "Asked point-blank, "..."".
_ASKED = regex.compile(r"\s*Asked(?:\s+by\s+(?P<by>[^,\"“”]{1,60})|\s+[\p{L}-]+|\s+again)?,\s*")


# "A day after telling reporters that ...", "After saying ...": a participle's clause that
# opens the sentence.
_FRONTED_PARTICIPLE = regex.compile(
    r"\s*(?:(?:A|One|Two|Three)\s+(?:day|days|week|weeks|month|months)\s+)?"
    r"(?:After|Before|While|Since|Despite|Upon|Hours\s+after)\s+\p{Ll}+ing(?![\p{L}])", regex.I)


def _fronted_participle(look: Lookup, region: QuoteRegion, lex: SpeechLexicon
                        ) -> Attribution | None:
    """`A day after telling reporters that he's "not going to talk about this anymore,"
    Congressman Anthony Weiner broke his silence`: a participle that opens the sentence
    shares the subject of the main clause, which follows the quote."""
    index = look.sentence(region.open)
    if region.close is None or index is None:
        return None
    text = look.article.analysis
    sentence = look.article.sentences[index]
    if not _FRONTED_PARTICIPLE.match(text, sentence.start, region.open):
        return None
    comma = text.find(",", region.close - 1, sentence.end)
    if comma == -1 or comma > region.close + 2:
        return None  # the clause goes on after the quote: its subject is not yet named
    start = max(comma, region.close) + 1  # `anymore,"` or `anymore",`
    found = main_subject(text, start, sentence.end, lex)
    if found is None or any(w not in (found.role or "").split()
                            for w in text[start:found.start].strip(" ,").split()):
        return None  # the main clause opens with its subject ("Congressman ..."), or none
    return Attribution(found.speaker, found.start, found.end, "reported", None, found.role)



def _according_after(look: Lookup, region: QuoteRegion, hi: int, lex: SpeechLexicon
                     ) -> Attribution | None:
    """`Stone was "contacted by senior officials" by WikiLeaks, according to the
    indictment, which ...`: the words are the source's, not the subject's (whom the
    source reports on)."""
    if region.close is None:
        return None
    text = look.article.analysis
    for source in lex.according.finditer(text, region.close + 1, hi):
        if text[:source.start()].rstrip().endswith(",") and not look.in_quote(source.start()):
            return according(text, source.end(), before_stop(text, hi), lex)
    return None


def _reported(look: Lookup, lo: int, region: QuoteRegion, hi: int, lex: SpeechLexicon
              ) -> Attribution | None:
    """Words quoted inside reported speech are the reporter's subject's, unless they are
    a term or a title ("the so-called "Squid Game" economy"). With no verb of speech, a
    source the sentence is credited to after the quote comes before its subject."""
    text = look.article.analysis
    words = text[region.start:region.end].split()
    if not words or is_title_case(words) or _attributive(text, lo, region):
        return None
    found = reported_speaker(text, lo, region.open, lex) or _according_after(
        look, region, hi, lex)
    if found is None and (len(words) >= MIN_UNATTRIBUTED_WORDS
                          or _judged_as(text, lo, region.open)):
        # one or two words may be a term the subject uses, not their words: left out,
        # unless the subject judges something in them ("dismissed the concerns as")
        found = clause_subject(text, lo, region.open, lex)
    if found is not None and found.kind == "name":
        # Known with less certainty than a speaker next to the quote: "reported"
        found = Attribution(found.speaker, found.start, found.end, "reported", found.verb,
                            found.role)
    return found


# "Cornyn dismissed Obama's concerns as "unpersuasive."", "blasted the tactic as": an
# active verb, its object and "as" right before the quote: the subject's judgement in its
# words. Not a passive ("is seen as"), a verb with no object ("served as") or one with a
# preposition ("the plan, also referred to as"), where the words may be anyone's term.
_JUDGED_AS = regex.compile(r"(?<![\p{L}])(?P<verb>\p{Ll}{3,}(?:ed|ing))\s+"
                           r"(?P<object>[\p{L}\p{N}'’.-]+)\s+(?:[\p{L}\p{N}'’.-]+\s+){0,5}as\s*$")
_BE_BEFORE = regex.compile(r"(?<![\p{L}])(?:is|are|was|were|be|been|being)\s+(?:\p{Ll}+ly\s+)?$")
_PREPOSITIONS = frozenset("to at in on of for with by from about".split())


def _judged_as(text: str, lo: int, open_at: int) -> bool:
    judged = _JUDGED_AS.search(text, lo, open_at)
    return (judged is not None and judged["object"].lower() not in _PREPOSITIONS
            and not _BE_BEFORE.search(text, lo, judged.start()))


_DETERMINER_BEFORE = regex.compile(r"(?<![\p{L}])(?:a|an|the|its|his|her|their|\p{L}+['’]s)"
                                   r"(?:\s+\p{Ll}+)?\s*$")
_NOUN_AFTER = regex.compile(r"\s*(\p{Ll}+)(?![\p{L}'’-])")
_FUNCTION_WORDS = frozenset(
    "and or but nor to in on at for of from with by as than that which who whom whose when "
    "while if because after before since until is was are were be been has have had will "
    "would can could may might should must do does did not about over into onto against "
    "between among through during under around across without within toward towards upon "
    "amid despite".split())  # a preposition after the quote: it was a whole noun phrase


_PHRASE_ENDS = (",", ".", ";", ":", "!", "?")


def _attributive(text: str, lo: int, region: QuoteRegion) -> bool:
    """`the military's former "don't ask, don't tell" policy`, `a "place of residence"
    standard`: quoted words between a determiner and the noun they modify name a thing.
    Not one or two words: `a "desperate" strategy` is the speaker's adjective."""
    if region.close is None or len(text[region.start:region.end].split()) < 3:
        return False
    ending = text[region.end:region.close] + text[region.close + 1:region.close + 2]
    if ending.strip(" \t'’")[:1] in _PHRASE_ENDS:
        return False  # `an "act of terror," though`: a comma or a stop ends the phrase
    if not _DETERMINER_BEFORE.search(text, lo, region.open):
        return False
    noun = _NOUN_AFTER.match(text, region.close + 1)
    return (noun is not None and noun[1] not in _FUNCTION_WORDS
            and not noun[1].endswith(("ed", "ly", "ing")))
