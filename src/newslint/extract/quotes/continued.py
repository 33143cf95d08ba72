"""Quotes whose speaker is named before them: the quote they continue (the second half of
`"A," he said. "B."`, a paragraph that reopens an unclosed quote, a paragraph that is
nothing but a quote after one that was attributed), the reported speech of the sentence
before, or a lead-in that ends its paragraph with a colon."""

from __future__ import annotations

import regex

from newslint.extract.quotes.attribution import (
    Attribution,
    according,
    before_quote,
)
from newslint.extract.quotes.lookup import Found, Lookup
from newslint.extract.quotes.marks import QuoteRegion
from newslint.extract.quotes.reported import reported_speaker
from newslint.extract.quotes.sentences import sentence_start
from newslint.extract.quotes.subjects import skip_space
from newslint.extract.quotes.verb_use import speech_verbs
from newslint.facts.speech import SpeechLexicon, lexicon
from newslint.load.article import Article

# Fewer words with no speaker of their own are a scare quote, not a quote that goes on.
MIN_UNATTRIBUTED_WORDS = 3


def inherit_speakers(article: Article, found: list[Found]) -> None:
    """Give unattributed quotes the speaker of the quote they continue."""
    text = article.analysis
    # A quote left open whose reopening in the next paragraph is attributed: one speaker.
    for index in range(len(found) - 2, -1, -1):
        item, following = found[index], found[index + 1]
        if (item.attribution is None and following.attribution is not None
                and following.region.continues and following.attribution.kind != "post"):
            item.attribution = following.attribution
            item.inferred = "continued"
    for index, item in enumerate(found):
        if item.attribution is not None or index == 0:
            continue
        region = item.region
        if len(text[region.start:region.end].split()) < MIN_UNATTRIBUTED_WORDS and not (
                _is_sentence(text, region)):
            continue  # `"...," said Pelosi. "I'm hopeful."` goes on; a scare quote does not
        previous = found[index - 1]
        if previous.attribution is None or previous.attribution.kind == "post":
            continue
        para = article.paragraphs[region.paragraph]
        same_paragraph = previous.region.paragraph == region.paragraph
        reopened = region.continues and previous.region.paragraph == region.paragraph - 1
        if same_paragraph or reopened or (
            previous.region.paragraph == region.paragraph - 1
            and _is_whole_paragraph(text, region, para.start, para.end)
            and _ends_paragraph(article, previous.region)
        ):
            item.attribution = previous.attribution
            item.inferred = "continued"


def _is_sentence(text: str, region: QuoteRegion) -> bool:
    """The quote is a sentence of its own: it opens one with a capital and ends it."""
    body = text[region.start:region.end]
    before = text[:region.open].rstrip()[-1:]
    return (body[:1].isupper() and body.rstrip()[-1:] in ".!?"
            and (not before or before in ".!?"))


def _is_whole_paragraph(text: str, region: QuoteRegion, start: int, end: int) -> bool:
    if region.open != start:
        return False
    tail = end if region.close is None else region.close + 1
    return not text[tail:end].strip(" .,")


def _ends_paragraph(article: Article, region: QuoteRegion) -> bool:
    """The attributed quote is the last thing in its paragraph but for its attribution
    (with a relative clause on the speaker: `," diGenova, who has informally been an
    adviser to the president ..., told Fox News.`)."""
    para = article.paragraphs[region.paragraph]
    after = article.analysis[(region.close or para.end) + 1:para.end]
    if region.close is not None and para.end - 1 > region.close:
        # a sentence of the writer's after the quote's own that tells no speech ("...
        # 'nothing improper' happened. On that day, Obama had lunch with Clinton."): the
        # quote does not end the paragraph, and the next paragraph's quote is not known to
        # go on from it ("He added," closing the paragraph still hands it on)
        text = article.analysis
        last = article.sentence_index(len(text[:para.end].rstrip()) - 1)
        own = article.sentence_index(region.close)
        if last is not None and own not in (last, None) and not speech_verbs(
                lexicon().say, text[article.sentences[last].start:para.end]):
            return False
    return ('"' not in after and "“" not in after
            and len(_RELATIVE_ASIDE.sub(",", after).split()) <= 12)


# ", who has informally been an adviser to the president,": a clause on the speaker.
_RELATIVE_ASIDE = regex.compile(r",\s+(?:who|whom|whose|which)\s[^,\"“”]*,")


def said_before(look: Lookup, region: QuoteRegion, lex: SpeechLexicon
                ) -> Attribution | None:
    """`Lenahan says he sees a bigger issue. "There is a culture war going on."`: a quoted
    sentence of its own goes on from the reported speech of the sentence before it in the
    paragraph, when that sentence quotes no one; so does a paragraph that is nothing but
    the quote after a paragraph that ends in such reported speech (`Rubio also said that
    ...` then `"Russia, China, Iran ... will know to expect a response."`)."""
    text = look.article.analysis
    words = text[region.start:region.end].split()
    if len(words) < MIN_UNATTRIBUTED_WORDS or not words[0][:1].isupper():
        return None
    index = look.sentence(region.open)
    sentences = look.article.sentences
    if not index:
        return None
    paragraphs = look.article.paragraphs
    para = paragraphs[region.paragraph]
    before = paragraphs[region.paragraph - 1]
    whole = (sentences[index - 1].paragraph == region.paragraph - 1 and before.kind == "text"
             and not text[before.start:before.end].rstrip().endswith(":")  # see lead_in
             and _is_whole_paragraph(text, region, para.start, para.end))
    if sentences[index - 1].paragraph != sentences[index].paragraph and not whole:
        return None
    if text[sentences[index].start:region.open].strip():
        return None  # the quote does not open its sentence
    previous = sentences[index - 1]
    if any(mark in text[previous.start:previous.end] for mark in '"“”') or (
            text[:previous.start].rstrip(" \t")[-1:] in ('"', "”")):
        # a quote there passes its speaker on (see inherit_speakers), also through a
        # sentence of its own that attributes it (`"A." Durbin said. "B."`)
        return None
    found = reported_speaker(text, previous.start, previous.end, lex)
    source = _according_to(text, previous.start, previous.end, lex) if found is None else None
    found = found or source
    if found is None or found.kind not in ("name", "pronoun"):
        return None
    opening = [w for w in text[previous.start:found.start].split()
               if w not in (found.role or "").split()]  # "Mayor Dan Kline said"
    if whole and source is None and opening not in ([], ["And"], ["But"]):
        return None  # a paragraph away, only a speaker who opens the sentence before
    kind = "reported" if found.kind == "name" else found.kind
    return Attribution(found.speaker, found.start, found.end, kind, found.verb, found.role)


def _according_to(text: str, lo: int, hi: int, lex: SpeechLexicon) -> Attribution | None:
    """`According to Peter Keating at Vanity Fair, $1.1 million is ...`: the source that
    opens the sentence, up to its comma."""
    opening = lex.according.match(text, skip_space(text, lo), hi)
    comma = text.find(",", opening.end(), hi) if opening is not None else -1
    if opening is None or comma == -1:
        return None
    return according(text, opening.end(), comma, lex)


def lead_in(look: Lookup, region: QuoteRegion, lex: SpeechLexicon) -> Attribution | None:
    """`Mr. Trump wrote on Twitter:` closing one paragraph, and the next paragraph opening
    with the quote: the lead-in's subject speaks it."""
    article = look.article
    text = article.analysis
    index = region.paragraph
    para = article.paragraphs[index]
    if index == 0 or text[para.start:region.open].strip(" \t-–—•*>"):
        return None  # the quote does not open its paragraph
    before = article.paragraphs[index - 1]
    lead = text[before.start:before.end].rstrip()
    if before.kind != "text" or not lead.endswith(":") or look.in_quote(before.start + len(
            lead) - 1):
        return None
    colon = before.start + len(lead)
    lo = sentence_start(look, colon - 1, before.start)
    found = before_quote(text, lo, colon, lex)
    if found is None or found.kind == "post" or _RESTRICTIVE_WHO.search(text, lo, found.start):
        # not a name inside a clause on the subject: "One Facebook user who lives near
        # Austin, Tex., posted this status update:"
        return None
    return found


_RESTRICTIVE_WHO = regex.compile(r"(?<=\p{Ll})\s+who\s+\p{Ll}")
