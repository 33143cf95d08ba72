"""Quote facts: the words in quotation marks, who said them and with which verb.

For each pair of marks (see quote_marks) the speaker is read from the text around it (see
attribution). A quote with no attribution of its own takes its speaker from the quote it
continues: the second half of `"A," he said. "B."`, a paragraph that reopens an unclosed
quote, or a paragraph that is nothing but a quote right after one that was attributed.
Pronouns resolve to the nearest person before them, preferring the subject of a sentence.
A one- or two-word quote with no speaker is a scare quote and is not a quote fact.
"""

from __future__ import annotations

import regex

from newslint.extract.quotes.attribution import (
    Attribution,
    after_quote,
    before_quote,
)
from newslint.extract.quotes.marks import QuoteRegion, find_quote_regions
from newslint.extract.quotes.people import Found, Lookup, People, Phrases, find_people, speaker_key
from newslint.extract.quotes.reported import (
    clause_subject,
    possessive_source,
    reported_speaker,
)
from newslint.extract.quotes.speaker_phrase import trailing_speaker
from newslint.extract.quotes.subjects import main_subject
from newslint.extract.quotes.tail import after_full_stop, sentence_tail
from newslint.extract.spans import make_span
from newslint.facts import NamePhrase, Quote
from newslint.facts.span import Context
from newslint.facts.speech import (
    SpeechLexicon,
    lexicon,
)
from newslint.load.article import Article
from newslint.load.segment import is_title_case

_ATTRIBUTION_END = ",?!—–-…"
_SUBJECT_REACH = 600  # characters around a quote that can say what it is about
_MIN_UNATTRIBUTED_WORDS = 3
# A headline's quotes are facts of the article but are not compared: headlines cut quotes.
_CONTEXTS: dict[str, Context] = {"post": "post", "heading": "heading"}


def extract_quotes(article: Article, name_phrases: tuple[NamePhrase, ...] = ()
                   ) -> tuple[Quote, ...]:
    lex = lexicon()
    regions = [_closed_by_attribution(article.analysis, r, lex)
               for r in find_quote_regions(article)]
    look = Lookup(article, regions)
    found = [Found(r, _attribute(article, look, i, lex)) for i, r in enumerate(regions)]
    _inherit(article, found)
    people = People(find_people(article, look, name_phrases, found, lex))
    phrases = Phrases(name_phrases, lex)
    quotes: list[Quote] = []
    for item in found:
        quote = _to_quote(article, look, item, people, phrases, lex)
        if quote is not None:
            quotes.append(quote)
    return tuple(quotes)


def _closed_by_attribution(text: str, region: QuoteRegion, lex: SpeechLexicon
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


def _attribute(article: Article, look: Lookup, index: int,
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
    lo = sentence_lo = _sentence_start(look, region.open, para.start)
    if previous is not None and previous.paragraph == region.paragraph and previous.close:
        lo = max(lo, previous.close + 1)
    if region.close is None:
        return (before_quote(text, lo, region.open, lex, sentence_lo)
                or _reported(text, sentence_lo, region, lex) or _said_before(look, region, lex))
    asked = _ASKED.fullmatch(text, sentence_lo, region.open)
    if asked is not None:
        # `Asked point-blank, "Is that picture you?" Weiner replied`: the question is put
        # to the one who replies; it is the asker's, named only as "Asked by ..."
        by = asked["by"]
        return trailing_speaker(text, asked.start("by"), asked.end("by"), lex) if by else None
    hi = _sentence_end(look, region.close, para.end)
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
    # The subject of the whole sentence speaks for the words it reports, also past an
    # earlier term in quotation marks: He deemed the plan "a con" and "a disaster"; but
    # words given as someone's "opinion that ..." nearer the quote are theirs.
    return (possessive_source(text, sentence_lo, region.open, lex)
            or before_quote(text, lo, region.open, lex, sentence_lo)
            or sentence_tail(look, region, lex) or _fronted_participle(look, region, lex)
            or _reported(text, sentence_lo, region, lex) or _said_before(look, region, lex)
            or after_full_stop(look, region, lex) or _lead_in(look, region, lex))


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


def _lead_in(look: Lookup, region: QuoteRegion, lex: SpeechLexicon) -> Attribution | None:
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
    lo = _sentence_start(look, colon - 1, before.start)
    found = before_quote(text, lo, colon, lex)
    if found is None or found.kind == "post":
        return None
    return found


def _said_before(look: Lookup, region: QuoteRegion, lex: SpeechLexicon
                 ) -> Attribution | None:
    """`Lenahan says he sees a bigger issue. "There is a culture war going on."`: a quoted
    sentence of its own goes on from the reported speech of the sentence before it in the
    paragraph, when that sentence quotes no one; so does a paragraph that is nothing but
    the quote after a paragraph that ends in such reported speech (`Rubio also said that
    ...` then `"Russia, China, Iran ... will know to expect a response."`)."""
    text = look.article.analysis
    words = text[region.start:region.end].split()
    if len(words) < _MIN_UNATTRIBUTED_WORDS or not words[0][:1].isupper():
        return None
    index = look.sentence(region.open)
    sentences = look.article.sentences
    if not index:
        return None
    paragraphs = look.article.paragraphs
    para = paragraphs[region.paragraph]
    before = paragraphs[region.paragraph - 1]
    whole = (sentences[index - 1].paragraph == region.paragraph - 1 and before.kind == "text"
             and not text[before.start:before.end].rstrip().endswith(":")  # see _lead_in
             and _is_whole_paragraph(text, region, para.start, para.end))
    if sentences[index - 1].paragraph != sentences[index].paragraph and not whole:
        return None
    if text[sentences[index].start:region.open].strip():
        return None  # the quote does not open its sentence
    previous = sentences[index - 1]
    if any(mark in text[previous.start:previous.end] for mark in '"“”'):
        return None  # a quote there passes its speaker on (see _inherit)
    found = reported_speaker(text, previous.start, previous.end, lex)
    if found is None or found.kind not in ("name", "pronoun"):
        return None
    opening = [w for w in text[previous.start:found.start].split()
               if w not in (found.role or "").split()]  # "Mayor Dan Kline said"
    if whole and opening not in ([], ["And"], ["But"]):
        return None  # a paragraph away, only a speaker who opens the sentence before
    kind = "reported" if found.kind == "name" else found.kind
    return Attribution(found.speaker, found.start, found.end, kind, found.verb, found.role)


def _reported(text: str, lo: int, region: QuoteRegion, lex: SpeechLexicon
              ) -> Attribution | None:
    """Words quoted inside reported speech are the reporter's subject's, unless they are
    a term or a title ("the so-called "Squid Game" economy")."""
    words = text[region.start:region.end].split()
    if not words or is_title_case(words) or _attributive(text, lo, region):
        return None
    found = reported_speaker(text, lo, region.open, lex)
    if found is None and len(words) >= _MIN_UNATTRIBUTED_WORDS:
        # one or two words may be a term the subject uses, not their words: left out
        found = clause_subject(text, lo, region.open, lex)
    if found is not None and found.kind == "name":
        # Known with less certainty than a speaker next to the quote: "reported"
        found = Attribution(found.speaker, found.start, found.end, "reported", found.verb,
                            found.role)
    return found


_DETERMINER_BEFORE = regex.compile(r"(?<![\p{L}])(?:a|an|the|its|his|her|their|\p{L}+['’]s)"
                                   r"(?:\s+\p{Ll}+)?\s*$")
_NOUN_AFTER = regex.compile(r"\s*(\p{Ll}+)(?![\p{L}'’-])")
_FUNCTION_WORDS = frozenset(
    "and or but nor to in on at for of from with by as than that which who whom whose when "
    "while if because after before since until is was are were be been has have had will "
    "would can could may might should must do does did not".split())


def _attributive(text: str, lo: int, region: QuoteRegion) -> bool:
    """`the military's former "don't ask, don't tell" policy`, `a "place of residence"
    standard`: quoted words between a determiner and the noun they modify name a thing.
    Not one or two words: `a "desperate" strategy` is the speaker's adjective."""
    if region.close is None or len(text[region.start:region.end].split()) < 3:
        return False
    if not _DETERMINER_BEFORE.search(text, lo, region.open):
        return False
    noun = _NOUN_AFTER.match(text, region.close + 1)
    return (noun is not None and noun[1] not in _FUNCTION_WORDS
            and not noun[1].endswith(("ed", "ly", "ing")))


def _sentence_start(look: Lookup, offset: int, floor: int) -> int:
    index = look.sentence(offset)
    if index is None:
        return floor
    return max(look.article.sentences[index].start, floor)


def _sentence_end(look: Lookup, close: int, ceiling: int) -> int:
    """End of the sentence the attribution after a closing mark belongs to."""
    probe = close + 1
    while probe < ceiling and look.article.analysis[probe].isspace():
        probe += 1
    index = look.sentence(probe)
    if index is None or probe >= ceiling:
        return ceiling
    return min(look.article.sentences[index].end, ceiling)


def _inherit(article: Article, found: list[Found]) -> None:
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
        if len(text[region.start:region.end].split()) < _MIN_UNATTRIBUTED_WORDS and not (
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
    """The attributed quote is the last thing in its paragraph but for its attribution."""
    para = article.paragraphs[region.paragraph]
    after = article.analysis[(region.close or para.end) + 1:para.end]
    return '"' not in after and "“" not in after and len(after.split()) <= 12


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
    if len(words) < _MIN_UNATTRIBUTED_WORDS and (att is None or att.kind == "post"):
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
    lead = text[_sentence_start(look, region.open, para.start):region.open].rstrip()
    if not lead or lead.endswith((":", ",", ".")):
        return False
    return not (att is not None and att.verb and lead.lower().endswith(att.verb))
