"""Quote facts: the words in quotation marks, who said them and with which verb.

For each pair of marks (see quote_marks) the speaker is read from the text around it (see
attribution). A quote with no attribution of its own takes its speaker from the quote it
continues: the second half of `"A," he said. "B."`, a paragraph that reopens an unclosed
quote, or a paragraph that is nothing but a quote right after one that was attributed.
Pronouns resolve to the nearest person before them, preferring the subject of a sentence.
A one- or two-word quote with no speaker is a scare quote and is not a quote fact.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, replace

import regex

from newslint.extract.facts import NamePhrase, Quote
from newslint.extract.quote_attribution import Attribution, after_quote, before_quote, generic_key
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
_SUBJECT_REACH = 600  # characters around a quote that can say what it is about
_MIN_UNATTRIBUTED_WORDS = 3
_PARTICLE_TAIL = regex.compile(rf"(?:[ \t]+{CONNECTOR}){{2,}}[ \t]+{NAME_TOKEN}")


@dataclass(slots=True)
class _Found:
    region: QuoteRegion
    attribution: Attribution | None
    inferred: str | None = None  # "continued" when the speaker comes from another quote


class _Lookup:
    """Which sentence, paragraph or quote an offset is in, by bisection: built once per
    article so that long articles with many quotes stay linear-logarithmic."""

    def __init__(self, article: Article, regions: list[QuoteRegion]):
        self.article = article
        self.sentence_starts = [s.start for s in article.sentences]
        self.paragraph_starts = [p.start for p in article.paragraphs]
        self.region_starts = [r.start for r in regions]
        self.regions = regions

    def sentence(self, offset: int) -> int | None:
        index = bisect.bisect_right(self.sentence_starts, offset) - 1
        if index >= 0 and offset < self.article.sentences[index].end:
            return index
        return None

    def paragraph(self, offset: int) -> int | None:
        index = bisect.bisect_right(self.paragraph_starts, offset) - 1
        if index >= 0 and offset < self.article.paragraphs[index].end:
            return index
        return None

    def in_quote(self, offset: int) -> bool:
        index = bisect.bisect_right(self.region_starts, offset) - 1
        return index >= 0 and offset < self.regions[index].end


@dataclass(frozen=True, slots=True)
class _Person:
    name: str  # the full name the article uses
    start: int
    sentence: int


def extract_quotes(article: Article, name_phrases: tuple[NamePhrase, ...] = ()
                   ) -> tuple[Quote, ...]:
    lex = lexicon()
    regions = find_quote_regions(article)
    look = _Lookup(article, regions)
    found = [_Found(r, _attribute(article, look, i, lex)) for i, r in enumerate(regions)]
    _inherit(article, found)
    people = _People(_people(article, look, name_phrases, found, lex))
    phrases = _Phrases(name_phrases, lex)
    quotes: list[Quote] = []
    for item in found:
        quote = _to_quote(article, look, item, people, phrases, lex)
        if quote is not None:
            quotes.append(quote)
    return tuple(quotes)


def _attribute(article: Article, look: _Lookup, index: int,
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
    lo = _sentence_start(look, region.open, para.start)
    if previous is not None and previous.paragraph == region.paragraph and previous.close:
        lo = max(lo, previous.close + 1)
    if region.close is None:
        return before_quote(text, lo, region.open, lex)
    hi = _sentence_end(look, region.close, para.end)
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


def _sentence_start(look: _Lookup, offset: int, floor: int) -> int:
    index = look.sentence(offset)
    if index is None:
        return floor
    return max(look.article.sentences[index].start, floor)


def _sentence_end(look: _Lookup, close: int, ceiling: int) -> int:
    """End of the sentence the attribution after a closing mark belongs to."""
    probe = close + 1
    while probe < ceiling and look.article.analysis[probe].isspace():
        probe += 1
    index = look.sentence(probe)
    if index is None or probe >= ceiling:
        return ceiling
    return min(look.article.sentences[index].end, ceiling)


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


def _people(article: Article, look: _Lookup, name_phrases: tuple[NamePhrase, ...],
            found: list[_Found], lex: SpeechLexicon) -> list[_Person]:
    """People named in the article, in order: for pronouns and for full names of surnames."""
    people: list[_Person] = []
    for phrase in name_phrases:
        if phrase.context not in ("text", "label") or look.in_quote(phrase.span.start):
            continue
        person = split_title(phrase.text, lex)
        if person is None:
            continue
        name = person.name + _particle_tail(article.analysis, phrase.span.end)
        if is_person_like(name) or (person.role and len(name.split()) == 1):
            start = phrase.span.start + person.offset
            people.append(_Person(name, start, _sentence_of(look, start)))
    known = {p.start for p in people}
    for item in found:
        att = item.attribution
        if (att is not None and att.kind == "name" and item.inferred is None
                and att.start not in known):
            people.append(_Person(att.speaker, att.start, _sentence_of(look, att.start)))
            known.add(att.start)
    # A surname on its own ("Pruitt apologized") is a person once the article gives the
    # full name somewhere.
    # Family names come first in some languages ("Ding" for Ding Liren).
    surnames = {w for p in people if len(p.name.split()) >= 2
                for w in (p.name.split()[0], p.name.split()[-1])}
    for phrase in name_phrases:
        if (phrase.text in surnames and phrase.span.start not in known
                and phrase.context in ("text", "label")
                and not _modifies_title(article.analysis, phrase.span.end, lex)
                and not look.in_quote(phrase.span.start)):
            people.append(_Person(phrase.text, phrase.span.start,
                                  _sentence_of(look, phrase.span.start)))
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


def _sentence_of(look: _Lookup, offset: int) -> int:
    index = look.sentence(offset)
    return -1 if index is None else index


class _People:
    """The article's people in order of mention, searchable by offset."""

    def __init__(self, people: list[_Person]):
        self.people = people
        self.starts = [p.start for p in people]
        self.at = {p.start: p.name for p in people}
        self.full = _full_names(people)

    def before(self, offset: int) -> list[_Person]:
        return self.people[: bisect.bisect_left(self.starts, offset)]


class _Phrases:
    """Name phrases by offset, each judged once: a person's name, or a subject's words."""

    def __init__(self, name_phrases: tuple[NamePhrase, ...], lex: SpeechLexicon):
        self.phrases = sorted(name_phrases, key=lambda p: p.span.start)
        self.starts = [p.span.start for p in self.phrases]
        self.lex = lex
        self._person: dict[str, bool] = {}

    def between(self, lo: int, hi: int) -> list[NamePhrase]:
        return self.phrases[bisect.bisect_left(self.starts, lo):bisect.bisect_left(
            self.starts, hi)]

    def is_person(self, text: str) -> bool:
        if text not in self._person:
            person = split_title(text, self.lex)
            self._person[text] = person is not None and is_person_like(person.name)
        return self._person[text]


def _to_quote(article: Article, look: _Lookup, item: _Found, people: _People,
              phrases: _Phrases, lex: SpeechLexicon) -> Quote | None:
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
        key = _speaker_key(look, att, people)
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
        partial=_is_partial(look, region, att),
        context="post" if para.kind == "post" else "text",
        speaker_role=role,
        speaker_kind=kind,
        subjects=_subjects(look, region, key, phrases, lex),
    )


def _subjects(look: _Lookup, region: QuoteRegion, speaker: str | None, phrases: _Phrases,
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


def _speaker_key(look: _Lookup, att: Attribution, people: _People) -> str | None:
    if att.kind == "post":
        return att.speaker
    if att.kind == "generic":
        return generic_key(att.speaker)
    if att.kind == "pronoun":
        return _resolve_pronoun(look, att.start, people)
    if att.start in people.at:
        return people.at[att.start]
    return people.full.get(att.speaker, att.speaker)


def _resolve_pronoun(look: _Lookup, offset: int, people: _People) -> str | None:
    """The nearest person before the pronoun; in an earlier sentence, its first person
    (usually the subject) rather than its last."""
    before = people.before(offset)
    if not before:
        return None
    here = _sentence_of(look, offset)
    last = before[-1]
    if last.sentence == here and here >= 0:
        return last.name
    paragraph = look.paragraph(offset)
    if paragraph is not None and last.sentence >= 0:
        distance = paragraph - look.article.sentences[last.sentence].paragraph
        if distance > _PRONOUN_REACH:
            return None
    first = len(before) - 1
    while first > 0 and before[first - 1].sentence == last.sentence:
        first -= 1
    return before[first].name


def _is_partial(look: _Lookup, region: QuoteRegion, att: Attribution | None) -> bool:
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
