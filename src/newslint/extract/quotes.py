"""Quote facts: the words in quotation marks, who said them and with which verb.

For each pair of marks (see quote_marks) the speaker is read from the text around it (see
attribution). A quote with no attribution of its own takes its speaker from the quote it
continues: the second half of `"A," he said. "B."`, a paragraph that reopens an unclosed
quote, or a paragraph that is nothing but a quote right after one that was attributed.
Pronouns resolve to the nearest person before them, preferring the subject of a sentence.
A one- or two-word quote with no speaker is a scare quote and is not a quote fact.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import regex

from newslint.extract.attribution import Attribution, after_quote, before_quote, generic_key
from newslint.extract.facts import NamePhrase, Quote
from newslint.extract.quote_marks import QuoteRegion, find_quote_regions
from newslint.extract.spans import make_span
from newslint.extract.speech import (
    CONNECTOR,
    NAME_TOKEN,
    SpeechLexicon,
    is_person_like,
    lexicon,
    split_title,
)
from newslint.load.article import Article
from newslint.load.segment import is_title_case

_ATTRIBUTION_END = ",?!—–-…"
_PRONOUN_REACH = 2  # paragraphs back a pronoun may look for its person
_MIN_UNATTRIBUTED_WORDS = 3
_PARTICLE_TAIL = regex.compile(rf"(?:[ \t]+{CONNECTOR}){{2,}}[ \t]+{NAME_TOKEN}")


@dataclass(slots=True)
class _Found:
    region: QuoteRegion
    attribution: Attribution | None
    inferred: str | None = None  # "continued" when the speaker comes from another quote


@dataclass(frozen=True, slots=True)
class _Person:
    name: str  # the full name the article uses
    start: int
    sentence: int


def extract_quotes(article: Article, name_phrases: tuple[NamePhrase, ...] = ()
                   ) -> tuple[Quote, ...]:
    lex = lexicon()
    regions = find_quote_regions(article)
    found = [_Found(r, _attribute(article, regions, i, lex)) for i, r in enumerate(regions)]
    _inherit(article, found)
    people = _people(article, name_phrases, found, lex)
    quotes: list[Quote] = []
    for item in found:
        quote = _to_quote(article, item, people, name_phrases, lex)
        if quote is not None:
            quotes.append(quote)
    return tuple(quotes)


def _attribute(article: Article, regions: list[QuoteRegion], index: int,
               lex: SpeechLexicon) -> Attribution | None:
    text = article.analysis
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
    lo = _sentence_start(article, region.open, para.start)
    if previous is not None and previous.paragraph == region.paragraph and previous.close:
        lo = max(lo, previous.close + 1)
    if region.close is None:
        return before_quote(text, lo, region.open, lex)
    hi = _sentence_end(article, region.close, para.end)
    if following is not None and following.paragraph == region.paragraph:
        hi = min(hi, following.open)
    closing = text[region.end:region.close].strip()
    ends_open = ((closing and closing[-1] in _ATTRIBUTION_END)
                 or text[region.end - 1] in "?!"
                 or text[region.close + 1:region.close + 2] == ",")
    if ends_open:
        found = after_quote(text, region.close, hi, lex)
        if found is not None:
            return found
    return before_quote(text, lo, region.open, lex)


def _sentence_start(article: Article, offset: int, floor: int) -> int:
    index = article.sentence_index(offset)
    if index is None:
        return floor
    return max(article.sentences[index].start, floor)


def _sentence_end(article: Article, close: int, ceiling: int) -> int:
    """End of the sentence the attribution after a closing mark belongs to."""
    probe = close + 1
    while probe < ceiling and article.analysis[probe].isspace():
        probe += 1
    index = article.sentence_index(probe)
    if index is None or probe >= ceiling:
        return ceiling
    return min(article.sentences[index].end, ceiling)


def _inherit(article: Article, found: list[_Found]) -> None:
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
        if len(text[region.start:region.end].split()) < _MIN_UNATTRIBUTED_WORDS:
            continue
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


def _people(article: Article, name_phrases: tuple[NamePhrase, ...], found: list[_Found],
            lex: SpeechLexicon) -> list[_Person]:
    """People named in the article, in order: for pronouns and for full names of surnames."""
    inside = [(f.region.start, f.region.end) for f in found]
    people: list[_Person] = []
    for phrase in name_phrases:
        if phrase.context not in ("text", "label"):
            continue
        if any(s <= phrase.span.start < e for s, e in inside):
            continue
        person = split_title(phrase.text, lex)
        if person is None:
            continue
        name = person.name + _particle_tail(article.analysis, phrase.span.end)
        if is_person_like(name) or (person.role and len(name.split()) == 1):
            start = phrase.span.start + person.offset
            people.append(_Person(name, start, _sentence_of(article, start)))
    for item in found:
        att = item.attribution
        if (att is not None and att.kind == "name" and item.inferred is None
                and not any(p.start == att.start for p in people)):
                people.append(_Person(att.speaker, att.start, _sentence_of(article, att.start)))
    # A surname on its own ("Pruitt apologized") is a person once the article gives the
    # full name somewhere.
    # Family names come first in some languages ("Ding" for Ding Liren).
    surnames = {w for p in people if len(p.name.split()) >= 2
                for w in (p.name.split()[0], p.name.split()[-1])}
    known = {p.start for p in people}
    for phrase in name_phrases:
        if (phrase.text in surnames and phrase.span.start not in known
                and phrase.context in ("text", "label")
                and not _modifies_title(article.analysis, phrase.span.end, lex)
                and not any(s <= phrase.span.start < e for s, e in inside)):
            people.append(_Person(phrase.text, phrase.span.start,
                                  _sentence_of(article, phrase.span.start)))
    people.sort(key=lambda p: p.start)
    full = _full_names(people)
    return [replace(p, name=full.get(p.name, p.name)) for p in people]


def _modifies_title(text: str, end: int, lex: SpeechLexicon) -> bool:
    """"Newcastle head coach Eddie Howe": the name before a title is not the person."""
    following = text[end:end + 40].split()
    return bool(following) and following[0].lower() in lex.titles


def _particle_tail(text: str, end: int) -> str:
    """" von der Leyen" after "Ursula": name phrases stop at a run of particles."""
    match = _PARTICLE_TAIL.match(text, end)
    return " " + " ".join(match[0].split()) if match else ""


def _full_names(people: list[_Person]) -> dict[str, str]:
    """"Andreessen" → "Marc Andreessen" when the article names one person so."""
    by_surname: dict[str, set[str]] = {}
    for person in people:
        words = person.name.split()
        if len(words) >= 2:
            by_surname.setdefault(words[-1], set()).add(person.name)
    by_first: dict[str, set[str]] = {}
    for person in people:
        words = person.name.split()
        if len(words) >= 2:
            by_first.setdefault(words[0], set()).add(person.name)
    mapping: dict[str, str] = {}
    for person in people:
        if len(person.name.split()) == 1:
            names = by_surname.get(person.name, set())
            if not names and person.name not in by_surname:
                # Some people go by their first name ("Gukesh" for Gukesh Dommaraju).
                names = by_first.get(person.name, set())
            if len(names) == 1:
                mapping[person.name] = next(iter(names))
    return mapping


def _sentence_of(article: Article, offset: int) -> int:
    index = article.sentence_index(offset)
    return -1 if index is None else index


def _to_quote(article: Article, item: _Found, people: list[_Person],
              name_phrases: tuple[NamePhrase, ...], lex: SpeechLexicon) -> Quote | None:
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
        key = _speaker_key(article, att, people)
        if item.inferred:
            kind = item.inferred
    if len(words) < _MIN_UNATTRIBUTED_WORDS and (att is None or att.kind == "post"):
        return None  # a scare quote, also when a post's author uses one
    if att is None and is_title_case(words):
        return None  # the title of a work: "Seasonal Thermal Storage in Molecular Crystals"
    para = article.paragraphs[region.paragraph]
    return Quote(
        text=" ".join(words),
        span=make_span(article, region.start, region.end),
        speaker=speaker,
        speaker_key=key,
        speaker_span=speaker_span,
        verb=verb,
        partial=_is_partial(article, region, att),
        context="post" if para.kind == "post" else "text",
        speaker_role=role,
        speaker_kind=kind,
        subjects=_subjects(article, region, key, name_phrases, lex),
    )


def _subjects(article: Article, region: QuoteRegion, speaker: str | None,
              name_phrases: tuple[NamePhrase, ...], lex: SpeechLexicon) -> tuple[str, ...]:
    """Names in the quote's sentence and the sentence before it in the paragraph, other
    than people and words too general to say what the quote is about."""
    index = article.sentence_index(region.open)
    if index is None:
        return ()
    sentence = article.sentences[index]
    first = index
    if index and article.sentences[index - 1].paragraph == sentence.paragraph:
        first = index - 1
    lo, hi = article.sentences[first].start, sentence.end
    skip = set((speaker or "").lower().split())
    found: dict[str, str] = {}
    for phrase in name_phrases:
        if not lo <= phrase.span.start < hi:
            continue
        person = split_title(phrase.text, lex)
        if person is not None and is_person_like(person.name):
            continue
        for word in phrase.text.split():
            low = word.lower()
            if low in skip or low in lex.subject_stopwords or low in lex.titles:
                continue
            if phrase.sentence_initial and len(phrase.text.split()) == 1 and word.istitle():
                continue  # "Opinions", "Others": capitalised only because they start
            found.setdefault(low, word)
    return tuple(sorted(found.values(), key=str.lower))


def _speaker_key(article: Article, att: Attribution, people: list[_Person]) -> str | None:
    if att.kind == "post":
        return att.speaker
    if att.kind == "generic":
        return generic_key(att.speaker)
    if att.kind == "pronoun":
        return _resolve_pronoun(article, att.start, people)
    for person in people:
        if person.start == att.start:
            return person.name
    full = _full_names([*people, _Person(att.speaker, att.start, -1)])
    return full.get(att.speaker, att.speaker)


def _resolve_pronoun(article: Article, offset: int, people: list[_Person]) -> str | None:
    """The nearest person before the pronoun; in an earlier sentence, its first person
    (usually the subject) rather than its last."""
    here = _sentence_of(article, offset)
    paragraph = article.paragraph_of(offset)
    before = [p for p in people if p.start < offset]
    if not before:
        return None
    same = [p for p in before if p.sentence == here]
    if same:
        return same[-1].name
    last_sentence = before[-1].sentence
    if paragraph is not None and last_sentence >= 0:
        distance = paragraph - article.sentences[last_sentence].paragraph
        if distance > _PRONOUN_REACH:
            return None
    first = next(p for p in before if p.sentence == last_sentence)
    return first.name


def _is_partial(article: Article, region: QuoteRegion, att: Attribution | None) -> bool:
    """A fragment inside the writer's sentence rather than a full quoted sentence."""
    text = article.analysis
    body = text[region.start:region.end]
    first = next((ch for ch in body if ch.isalpha()), "")
    if not first.isupper():
        return True
    if region.continues:
        return False
    para = article.paragraphs[region.paragraph]
    lead = text[_sentence_start(article, region.open, para.start):region.open].rstrip()
    if not lead or lead.endswith((":", ",", ".")):
        return False
    return not (att is not None and att.verb and lead.lower().endswith(att.verb))
