"""A document that is the subject of the clause holding a quote speaks it, whatever its
verb: "Federal law makes it a crime for anyone “who ...”", "The July 2018 indictment of
12 Russian officers referred to Stone as “...”", "Another security review, on June 25,
reported a spike with “...”". One structural reading, not a list of verbs: the sentence
opens with a noun phrase whose head is a document noun (rules/speech_verbs.yaml:
document_speakers, document_names, text_speakers), a verb follows it, and the quote comes
after, in the same sentence, with no other subject's speech verb between."""

from __future__ import annotations

import regex

from newslint.extract.quotes.continued import MIN_UNATTRIBUTED_WORDS
from newslint.extract.quotes.lookup import Lookup
from newslint.extract.quotes.marks import QuoteRegion
from newslint.extract.quotes.speaker_phrase import (
    CLAUSE_WORDS,
    OBJECT_MARKERS,
    Attribution,
)
from newslint.extract.quotes.subjects import verb_like
from newslint.facts.clause import MODALS
from newslint.facts.speech import PRONOUNS, SpeechLexicon
from newslint.load.segment import is_title_case

_TOKEN = regex.compile(r"[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.&-]*|[,;:()\"“”—–]")
# Determiners: they open the noun phrase, never stand inside it ("the", "another")
_OPENERS = frozenset("the a an another this that these its his her their our each every"
                     .split())
# "However, the Indiana law": an adverb and its comma before the subject
_LEAD = regex.compile(r"(?:(?:However|Still|Meanwhile|Instead|Yet|But|And|Now|Also)\s*,?\s+)?")
_MAX_MODIFIERS = 4  # "The July 2018 indictment", "a scathing DOJ inspector general report"
_MAX_OF_PHRASE = 24  # "The indictment of 12 Russian officers in connection with ... referred"


def document_subject(look: Lookup, region: QuoteRegion, sentence_lo: int,
                     lex: SpeechLexicon) -> Attribution | None:
    """The document that opens the quote's sentence as its subject, or None."""
    text = look.article.analysis
    words = text[region.start:region.end].split()
    if len(words) < MIN_UNATTRIBUTED_WORDS or is_title_case(words):
        return None  # a term or a title in quotation marks is no document's words
    named = lex.name.search(text, max(sentence_lo, region.open - 24), region.open)
    if named is not None and not text[named.end():region.open].strip(" ,:"):
        return None  # `a charity called "Smiles for Life"`: a name, not a quotation
    lead = _LEAD.match(text, sentence_lo, region.open)
    begin = lead.end() if lead is not None else sentence_lo
    tokens = list(_TOKEN.finditer(text, begin, region.open))
    nouns = lex.documents | lex.document_names | lex.text_speakers
    head = None
    for index, token in enumerate(tokens[:_MAX_MODIFIERS + 2]):
        word = token[0]
        low = word.lower()
        if low in nouns and index + 1 < len(tokens) and _follows_verb(tokens, index + 1, lex):
            head = index
            break
        if not word[0].isalnum() or (index and low in _OPENERS) or low in PRONOUNS or (
                low in OBJECT_MARKERS | CLAUSE_WORDS and low not in _OPENERS) or (
                index and verb_like(word, lex)):
            return None  # the sentence opens with something else than a noun phrase
    if head is None:
        return None
    rest = text[tokens[head].end():region.open]
    if any(mark in rest for mark in '"“”') or lex.say.search(rest):
        # "The Perry ad was denounced by the Log Cabin Republicans, which said it was
        # "...": a speech verb after the document is someone else's speech
        return None
    start, end = tokens[0].start(), tokens[head].end()
    return Attribution(" ".join(text[start:end].split()), start, end, "generic", None)


def _follows_verb(tokens: list[regex.Match[str]], at: int, lex: SpeechLexicon) -> bool:
    """A verb after the head, past an "of" phrase or an aside in commas: "The indictment
    of 12 Russian officers ... referred", "Another security review, on June 25, reported"."""
    word = tokens[at][0]
    if word == ",":
        return any(tokens[i][0] == "," and _is_verb(tokens[i + 1][0], lex)
                   for i in range(at + 1, min(len(tokens) - 1, at + 12)))
    if word.lower() == "of":
        return any(verb_like(t[0], lex) and t[0].islower()
                   for t in tokens[at + 1:at + _MAX_OF_PHRASE])
    return _is_verb(word, lex)


def _is_verb(word: str, lex: SpeechLexicon) -> bool:
    """A finite verb after a subject: "referred", "says", "makes", "grants", "differs"."""
    low = word.lower()
    if not word.islower() or low in OBJECT_MARKERS or low in CLAUSE_WORDS or low in MODALS:
        # "The bill would "cut waste ..."": what a text would do is someone's account of
        # it, not its words
        return False
    return verb_like(word, lex) or (low.endswith("s") and not low.endswith("ss"))
