"""Quote facts: the words in quotation marks, who said them and with which verb.

For each pair of marks (see marks) the speaker is read from the text around it (see
speaker_search, attribution). A quote with no attribution of its own takes its speaker from
the quote it continues (see continued): the second half of `"A," he said. "B."`, a paragraph
that reopens an unclosed quote, or a paragraph that is nothing but a quote right after one
that was attributed.
Pronouns resolve to the nearest person before them, preferring the subject of a sentence.
A one- or two-word quote with no speaker is a scare quote and is not a quote fact.
"""

from __future__ import annotations

from collections.abc import Callable

from newslint.extract.quotes.attribution import Attribution
from newslint.extract.quotes.continued import MIN_UNATTRIBUTED_WORDS, inherit_speakers
from newslint.extract.quotes.lookup import Found, Lookup
from newslint.extract.quotes.marks import QuoteRegion, find_quote_regions
from newslint.extract.quotes.occasions import with_occasions
from newslint.extract.quotes.people import People, Phrases, find_people
from newslint.extract.quotes.pronouns import resolve_pronoun
from newslint.extract.quotes.sentences import sentence_start
from newslint.extract.quotes.speaker_keys import speaker_key
from newslint.extract.quotes.speaker_search import closed_by_attribution, find_speaker
from newslint.extract.spans import make_span
from newslint.facts import NamePhrase, Quote
from newslint.facts.span import Context
from newslint.facts.speech import SpeechLexicon, lexicon
from newslint.load.article import Article
from newslint.load.segment import is_title_case

_SUBJECT_REACH = 600  # characters around a quote that can say what it is about
# A headline's quotes are facts of the article but are not compared: headlines cut quotes.
_CONTEXTS: dict[str, Context] = {"post": "post", "heading": "heading"}


# Whom a "he" (gender "m") or "she" ("f") at an offset of the article refers to, or None.
PronounPerson = Callable[[int, str | None], str | None]


def extract_quotes(article: Article, name_phrases: tuple[NamePhrase, ...] = ()
                   ) -> tuple[Quote, ...]:
    return read_quotes(article, name_phrases)[0]


def read_quotes(article: Article, name_phrases: tuple[NamePhrase, ...] = ()
                ) -> tuple[tuple[Quote, ...], PronounPerson]:
    """The quotes, and the resolver of pronouns to the people they were read with, which
    the date keys reuse for a clause whose subject is "he" or "she" (extract/dates)."""
    lex = lexicon()
    regions = [closed_by_attribution(article.analysis, r, lex)
               for r in find_quote_regions(article)]
    look = Lookup(article, regions)
    found = [Found(r, find_speaker(article, look, i, lex)) for i, r in enumerate(regions)]
    inherit_speakers(article, found)
    people = People(find_people(article, look, name_phrases, found, lex))
    phrases = Phrases(name_phrases, lex)
    quotes: list[tuple[Found, Quote]] = []
    for item in found:
        quote = _to_quote(article, look, item, people, phrases, lex)
        if quote is not None:
            quotes.append((item, quote))
    return tuple(with_occasions(look, quotes)), \
        lambda offset, gender: resolve_pronoun(look, offset, people, gender)


def _to_quote(article: Article, look: Lookup, item: Found, people: People,
              phrases: Phrases, lex: SpeechLexicon) -> Quote | None:
    text = article.analysis
    region = item.region
    words = text[region.start:region.end].split()
    att = item.attribution
    speaker = key = None
    speaker_span = None
    verb = role = None
    kind = None
    if att is not None:
        speaker, verb, role, kind = att.speaker, att.verb, att.role, att.kind
        if att.end > att.start:
            speaker_span = make_span(article, att.start, att.end)
        key = speaker_key(look, att, people)
        if item.inferred:
            kind = item.inferred
    if len(words) < MIN_UNATTRIBUTED_WORDS and (att is None or att.kind == "post"):
        return None  # a scare quote, also when a post's author uses one
    if att is None and is_title_case(words):
        return None  # the title of a work: "Seasonal Thermal Storage in Molecular Crystals"
    if att is None and text[region.open] in "‘'":
        return None  # single marks with no speaker: as often a term as a quote
    para = article.paragraphs[region.paragraph]
    return Quote(
        text=" ".join(words),
        span=make_span(article, region.start, region.end),
        speaker=speaker,
        speaker_key=key,
        speaker_span=speaker_span,
        verb=verb,
        partial=_is_partial(look, region, att),
        context=_CONTEXTS.get(para.kind, "text"),
        speaker_role=role,
        speaker_kind=kind,
        subjects=_subjects(look, region, key, phrases, lex),
    )


def _subjects(look: Lookup, region: QuoteRegion, speaker: str | None, phrases: Phrases,
              lex: SpeechLexicon) -> tuple[str, ...]:
    """Names in the quote's sentence and the sentence before it in the paragraph, other
    than people and words too general to say what the quote is about."""
    index = look.sentence(region.open)
    if index is None:
        return ()
    sentences = look.article.sentences
    sentence = sentences[index]
    first = index
    if index and sentences[index - 1].paragraph == sentence.paragraph:
        first = index - 1
    # A run-on "sentence" (a list, a paragraph with no full stops) is cut to the quote's
    # neighbourhood.
    lo = max(sentences[first].start, region.open - _SUBJECT_REACH)
    hi = min(sentence.end, region.end + _SUBJECT_REACH)
    skip = set((speaker or "").lower().split())
    found: dict[str, str] = {}
    for phrase in phrases.between(lo, hi):
        if phrases.is_person(phrase.text):
            continue
        for word in phrase.text.split():
            low = word.lower()
            if low in skip or low in lex.subject_stopwords or low in lex.titles:
                continue
            if phrase.sentence_initial and len(phrase.text.split()) == 1 and word.istitle():
                continue  # "Opinions", "Others": capitalised only because they start
            found.setdefault(low, word)
    return tuple(sorted(found.values(), key=str.lower))


def _is_partial(look: Lookup, region: QuoteRegion, att: Attribution | None) -> bool:
    """A fragment inside the writer's sentence rather than a full quoted sentence."""
    article = look.article
    text = article.analysis
    body = text[region.start:region.end]
    first = next((ch for ch in body if ch.isalpha()), "")
    if not first.isupper():
        return True
    if region.continues:
        return False
    para = article.paragraphs[region.paragraph]
    lead = text[sentence_start(look, region.open, para.start):region.open].rstrip()
    if not lead or lead.endswith((":", ",", ".")):
        return False
    return not (att is not None and att.verb and lead.lower().endswith(att.verb))
