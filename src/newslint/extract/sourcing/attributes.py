"""What organisations and products are said to be: "developed by", "founded in 2023 by",
"funded by", "owned by", "Hong Kong-based", "based in", "DeepSeek released its model R1".

Each pattern is anchored on a word from rules/roles.yaml (a participle, "-based", a verb of
release) and reads the capitalised names right next to it; what cannot be read with
confidence ("the model was developed by ...": which model?) is left out.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import regex

from newslint.extract.scan import Scan, Words, first_words, has_start, scan, triggers
from newslint.extract.sourcing.descriptions import descriptions, may_describe
from newslint.extract.sourcing.name_patterns import (
    NAME,
    NAME_WORD,
    PERSON,
    place_key,
    prose_sentences,
    strip_leading,
)
from newslint.extract.spans import make_span
from newslint.facts import Attribute, AttributeKind
from newslint.facts.determiners import ARTICLES, POSSESSIVES
from newslint.facts.rolevocab import Vocabulary, vocabulary
from newslint.load.article import Article, Sentence

_SUBJECT_BEFORE = (
    # "DeepSeek was founded", "the R1 model was developed", "DeepSeek, which was founded"
    regex.compile(rf"(?P<subj>{NAME})(?:\s+\p{{Ll}}+)?(?:,?\s+(?:which|that))?\s+"
                  r"(?:is|was|were|are|has\s+been|had\s+been|have\s+been)\s+"
                  r"(?:\p{Ll}+ly\s+)?$"),
    # "DeepSeek, founded in 2023", "R1, developed by"
    regex.compile(rf"(?P<subj>{NAME}),\s+(?:\p{{Ll}}+ly\s+)?$"),
    # "DeepSeek R1, an open-source large reasoning model developed by"
    regex.compile(rf"(?P<subj>{NAME}),\s+(?:a|an|the)\s+(?:[\p{{L}}\p{{N}}-]+\s+){{0,6}}$"),
)
_LOOKBACK_CHARS = 200
_COORDINATED = regex.compile(r"\s(?:and|but)\s+(?:\p{Ll}+ly\s+)?$")
_PARTICIPLE_VERBS = (r"developed|built|created|designed|trained|made|funded"
                     r"|financed|backed|bankrolled|owned|controlled|founded|established")
_PARTICIPLE = regex.compile(
    rf"(?<![\p{{L}}-])(?P<co>co-)?(?P<verb>{_PARTICIPLE_VERBS})"
    r"(?:\s+(?P<adverb>\p{Ll}+ly))?(?![\p{L}-])"
)
_VERB_KIND: dict[str, AttributeKind] = {
    "developed": "developer", "built": "developer", "created": "developer",
    "designed": "developer", "trained": "developer", "made": "developer",
    "funded": "funder", "financed": "funder", "backed": "funder", "bankrolled": "funder",
    "owned": "owner", "controlled": "owner", "founded": "founded", "established": "founded",
}
_MONTHS = (r"(?:January|February|March|April|May|June|July|August|September|October"
           r"|November|December)")
_YEAR = regex.compile(rf"\s+in\s+(?:(?:early|late|mid-?)\s*)?(?:{_MONTHS}\s+)?"
                      r"(?P<year>(?:18|19|20)\d\d)(?!\d)")
_BY_PERSONS = regex.compile(
    rf"\s+by\s+(?P<persons>{PERSON}(?:,\s+{PERSON})*(?:,?\s+and\s+{PERSON})?)(?![\p{{L}}’'])"
)
_BY = regex.compile(r"\s+by\s+")
_BASED_WORDS = r"based|headquartered"  # what _BASED and _BASED_IN need
_BASED = regex.compile(r"(?<![\p{L}\p{N}-])(?P<place>(?:\p{Lu}[\p{L}.]*\s+){0,2}\p{Lu}[\p{L}.]*)"
                       r"-based(?![\p{L}-])")
_BASED_IN = regex.compile(
    r"(?<![\p{L}-])(?:based|headquartered)\s+in\s+(?:the\s+)?"
    r"(?P<place>\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2})"
)
# Words a head-noun search may step over: "by [the Hong Kong-based quant firm] High-Flyer".
_STOP_WORDS = frozenset(
    "in on at for with from to of into over after before during since as than and or but "
    "that which who whom whose when where while is was are were has have had be been said "
    "says this these those it".split()
)
_DETERMINERS = ARTICLES | POSSESSIVES
_TOKEN = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}’'&.-]*[\p{L}\p{N}]|[\p{L}\p{N}]|[^\s\p{L}\p{N}]")


@dataclass(frozen=True, slots=True)
class _Triggers:
    """Words each attribute pattern needs: sentences without one are skipped."""
    participle: Words
    based: Words
    description: Words
    release: Words


@functools.cache
def _triggers() -> _Triggers:
    return _Triggers(
        participle=Words(_PARTICIPLE_VERBS.split("|"), word_end=True),
        based=Words(_BASED_WORDS.split("|"), word_end=True),
        description=Words(first_words(vocabulary().kinds), ignore_case=True, word_end=True),
        release=Words(first_words(w.replace(r"\s+", " ") for w in _RELEASE_VERBS.split("|")),
                         word_end=True),
    )


triggers(_triggers)


def extract_attributes(article: Article, found_words: Scan | None = None
                       ) -> tuple[Attribute, ...]:
    """What organisations are said to be; `found_words`: the article's scan, if made."""
    vocab = vocabulary()
    found: dict[tuple[int, str, str], Attribute] = {}
    sentences = list(prose_sentences(article))
    if not sentences:
        return ()
    text = article.analysis
    words = _triggers()
    found_words = found_words or scan(text)
    ends = frozenset([s.end for s in sentences])
    hits = _Hits(*(w.starts(found_words, ends) for w in (
        words.participle, words.based, words.description, words.release)))
    lists = (hits.participle, hits.based, hits.description, hits.release)
    anything = None if None in lists else sorted(i for starts in lists for i in starts)
    for sentence in sentences:
        if not has_start(anything, sentence.start, sentence.end):
            continue  # no pattern below can match
        for attribute in _sentence_attributes(article, sentence, vocab, hits):
            found.setdefault((attribute.span.start, attribute.kind, attribute.subject_key),
                             attribute)
    return tuple(sorted(found.values(), key=lambda a: (a.span.start, a.kind, a.subject_key)))


@dataclass(frozen=True, slots=True)
class _Hits:
    participle: list[int] | None
    based: list[int] | None
    description: list[int] | None
    release: list[int] | None


def _sentence_attributes(article: Article, sentence: Sentence, vocab: Vocabulary,
                         hits: _Hits | None = None) -> list[Attribute]:
    text = article.analysis
    out: list[Attribute] = []
    s, e = sentence.start, sentence.end

    def has(starts: list[int] | None) -> bool:
        return has_start(starts, s, e)

    def add(subject: str, kind: AttributeKind, value: str, value_key: str,
            start: int, end: int) -> None:
        if not subject or not value_key:
            return
        out.append(Attribute(subject, vocab.org_key(subject), kind, value, value_key,
                             make_span(article, start, end), "text"))

    for match in (_PARTICIPLE.finditer(text, s, e)
                  if has(hits.participle if hits else None) else ()):
        subject = _subject_before(text, sentence.start, match.start(), vocab, out)
        if subject is None:
            continue
        subject_start = subject[1]
        subject_name = subject[0]
        verb = match.group("verb")
        kind = _VERB_KIND[verb]
        if kind == "founded":
            _founding(text, match, sentence, subject_name, subject_start, add, vocab)
            continue
        by = _BY.match(text, match.end(), sentence.end)
        if not by or (verb == "made" and match.group("adverb")):
            continue
        for value, _, value_end in _heads_after(text, by.end(), sentence.end, vocab):
            add(subject_name, kind, value, vocab.org_key(value), subject_start, value_end)
    based = has(hits.based if hits else None)
    for match in _BASED.finditer(text, s, e) if based else ():
        place_text = strip_leading(match.group("place"), vocab)
        place = vocab.place(place_text) if place_text else None
        if place is None or _describes_a_person(text, match.end(), sentence.end, vocab):
            continue
        heads = _heads_after(text, match.end(), sentence.end, vocab)
        if heads:
            subject_name, _, subject_end = heads[0]
            add(subject_name, "location", place_text, place_key(place), match.start(),
                subject_end)
            continue
        subject = _subject_before(text, sentence.start, match.start(), vocab, out)
        if subject:
            add(subject[0], "location", place_text, place_key(place), subject[1], match.end())
    for match in _BASED_IN.finditer(text, s, e) if based else ():
        place = vocab.place(match.group("place"))
        subject = _subject_before(text, sentence.start, match.start(), vocab, out)
        if place and subject:
            add(subject[0], "location", match.group("place"), place_key(place), subject[1],
                match.end())
    shapes = (True, True) if hits is None else may_describe(text, hits.description, s, e)
    if any(shapes):
        out.extend(descriptions(article, sentence, vocab, shapes))
    if has(hits.release if hits else None):
        out.extend(_releases(article, sentence, vocab))
    return out


_PRODUCT_KINDS = (r"(?:model|chatbot|app|assistant|system|chip|product|platform|tool|software"
                  r"|service|device|phone|engine|agent)")
_RELEASE_VERBS = (r"released|launched|unveiled|developed|built|created|introduced"
                  r"|rolled\s+out|debuted")
_RELEASED = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}’'-])(?P<org>{NAME})\s+(?:has\s+|have\s+|had\s+)?"
    rf"(?:{_RELEASE_VERBS})\s+"
    rf"(?:(?P<its>its|their)\s+|(?:a|an|the)\s+)(?:[\p{{L}}\p{{N}}-]+\s+){{0,4}}?"
    rf"(?:(?:{_PRODUCT_KINDS}),?\s+(?:(?P<named>named|called|dubbed)\s+)?(?P<product>{NAME})"
    rf"|(?P<product2>{NAME})\s+(?:[\p{{Ll}}-]+\s+){{0,2}}?{_PRODUCT_KINDS}"
    r"(?!,?\s+(?:named|called|dubbed)))"
    r"(?![\p{L}\p{N}’'])"
)


def _releases(article: Article, sentence: Sentence, vocab: Vocabulary) -> list[Attribute]:
    """ "DeepSeek released its reasoning model R1", "created an AI model, named DeepSeek R1"."""
    out: list[Attribute] = []
    for match in _RELEASED.finditer(article.analysis, sentence.start, sentence.end):
        org = strip_leading(match.group("org"), vocab)
        product = match.group("product") or match.group("product2")
        if not org or vocab.place(org) or vocab.role(org):
            continue
        if match.group("product") and not (match.group("its") or match.group("named")):
            continue  # "launched a model Monday": no name follows for sure
        start = match.start("org") + match.group("org").index(org)
        out.append(Attribute(product, vocab.org_key(product), "developer", org,
                             vocab.org_key(org), make_span(article, start, match.end()),
                             "text"))
    return out


_LETTER_RUN = regex.compile(r"[\p{L}-]+")


def _describes_a_person(text: str, pos: int, end: int, vocab: Vocabulary) -> bool:
    """ "a London-based analyst at Barclays": the place is where a person works."""
    words = _LETTER_RUN.findall(text[pos:min(end, pos + 60)])[:4]
    return any(vocab.role(w) or vocab.role(" ".join(words[i:i + 2]))
               for i, w in enumerate(words))


_NAME_LIST_SPLIT = regex.compile(r",\s+(?:and\s+)?|,?\s+and\s+")


def _founding(text: str, match: regex.Match[str], sentence: Sentence, subject: str,
              subject_start: int, add, vocab: Vocabulary) -> None:
    pos = match.end()
    year = _YEAR.match(text, pos, sentence.end)
    if year:
        pos = year.end()
    persons = _BY_PERSONS.match(text, pos, sentence.end)
    if persons:
        pos = persons.end()
        if not year:
            year = _YEAR.match(text, pos, sentence.end)
            pos = year.end() if year else pos
    if year:
        add(subject, "founded", year.group("year"), year.group("year"), subject_start,
            year.end())
    if persons:
        names = [n.strip() for n in _NAME_LIST_SPLIT.split(persons.group("persons")) if n.strip()]
        surnames = sorted({n.split()[-1].lower() for n in names})
        partial = "partial:" if match.group("co") else ""
        add(subject, "founder", " and ".join(names), partial + "|".join(surnames),
            subject_start, persons.end())


def _subject_before(text: str, floor: int, pos: int, vocab: Vocabulary,
                    earlier: list[Attribute]) -> tuple[str, int] | None:
    """The organisation or product a participle at `pos` describes, if the text is clear."""
    floor = max(floor, pos - _LOOKBACK_CHARS)  # the subject is close; keeps this linear
    prefix = text[floor:pos]
    for pattern in _SUBJECT_BEFORE:
        found = pattern.search(prefix)
        if found:
            name = strip_leading(found.group("subj"), vocab)
            if name and not vocab.place(name) and not vocab.role(name):
                start = floor + found.end("subj") - len(name)
                return name, start
            return None
    # "founded in 2023 by Liang Wenfeng and funded by High-Flyer": same subject.
    if _COORDINATED.search(prefix) and earlier:
        last = earlier[-1]
        if last.span.start >= floor:
            return last.subject, last.span.start
    return None


_LETTER = regex.compile(r"\p{L}")


def _heads_after(text: str, pos: int, end: int,
                 vocab: Vocabulary) -> list[tuple[str, int, int]]:
    """Names that head the phrase starting at `pos`: "the Hong Kong-based quant firm
    High-Flyer Capital Management" → High-Flyer Capital Management; "OpenAI and Microsoft"
    → both. Empty when the phrase has no capitalised head."""
    tokens = list(_TOKEN.finditer(text, pos, end))
    heads: list[tuple[str, int, int]] = []
    i = 0
    skipped = 0
    while i < len(tokens) and skipped <= 8:
        word = tokens[i].group()
        low = word.lower()
        if _is_name_word(word):
            j = i
            while j + 1 < len(tokens) and _is_name_word(tokens[j + 1].group()) \
                    and text[tokens[j].end():tokens[j + 1].start()] == " ":
                j += 1
            run = " ".join(t.group() for t in tokens[i:j + 1])
            following = tokens[j + 1].group().lower() if j + 1 < len(tokens) else ""
            modifier = (run.lower().endswith(("-based", "-backed", "-owned", "-listed"))
                        or run.lower() in vocab.not_organisations
                        or vocab.place(run) is not None
                        or following in vocab.kinds)
            if modifier:
                skipped += j - i + 1
                i = j + 1
                continue
            heads.append((run, tokens[i].start(), tokens[j].end()))
            if following == "and" and j + 2 < len(tokens) and \
                    _is_name_word(tokens[j + 2].group()):
                i = j + 2
                continue
            break
        if heads or low in _STOP_WORDS or not _LETTER.match(word):
            break
        if low not in _DETERMINERS and not word[0].islower():
            break
        skipped += 1
        i += 1
    return heads


NAME_WORD_RE = regex.compile(NAME_WORD)


def _is_name_word(word: str) -> bool:
    return bool(NAME_WORD_RE.fullmatch(word))

