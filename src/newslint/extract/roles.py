"""Who is who: people's posts, and what organisations and products are said to be.

Roles come from the three shapes news copy uses for them:

- pre-modifier: "Meta's Chief AI Scientist Yann LeCun", "Curai CEO Neal Khosla";
- appositive: "Yann LeCun, Meta's Chief AI Scientist,", "Sam Altman, the CEO of OpenAI";
- copula: "LeCun is the chief executive of Meta".

Attributes come from participles and modifiers: "developed by", "founded in 2023 by",
"funded by", "owned by", "Hong Kong-based", "based in", "a Chinese AI startup".

There is no parser: each pattern is anchored on a word from rules/roles.yaml (a role, a
participle, "-based") and reads the capitalised names right next to it. What cannot be read
with confidence ("the model was developed by ...": which model?) is left out.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

import regex

from newslint.extract.facts import Attribute, AttributeKind, NamePhrase, Role
from newslint.extract.prefilter import AllOf, Keywords, first_words, has_start, lowered, word_starts
from newslint.extract.rolevocab import Vocabulary, vocabulary
from newslint.extract.spans import make_span
from newslint.load.article import Article, Sentence

# A word of a person's name: "Yann", "LeCun", "O'Brien", "Jean-Luc", an initial "J.".
_PERSON_WORD = (r"(?:\p{Lu}[\p{Ll}\p{M}]*\p{Lu}?[\p{Ll}\p{M}]*(?:[-’'][\p{Lu}][\p{L}\p{M}]*)?"
                r"|\p{Lu}\.)")
_PARTICLE = r"(?:de|van|von|der|den|da|al|bin|le|la|del|di|du)"
PERSON = rf"{_PERSON_WORD}(?:\s+(?:{_PARTICLE}\s+)?{_PERSON_WORD}){{0,3}}"
# A word of an organisation or product name: "DeepSeek", "High-Flyer", "R1", "GPT-4o", "o1".
_NAME_WORD = (
    r"(?:\p{Lu}[\p{L}\p{M}\p{N}]*(?:[-.][\p{L}\p{N}]+)*"
    r"|\p{Ll}+\p{N}[\p{L}\p{N}]*(?:-[\p{L}\p{N}]+)*)"
)
NAME = rf"{_NAME_WORD}(?:\s+(?:&\s+)?{_NAME_WORD}){{0,5}}"
_POSS = r"[’']s"
_DAYS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "may june july august september october november december".split()
)
_LEGAL_WORDS = frozenset("inc inc. corp corp. co. ltd ltd. llc plc group holdings".split())


# The verbs of the copula shape; `copula_verb` (a pre-check) is made from their first words.
_COPULA_VERBS = r"is|was|remains|became|serves\s+as|served\s+as"

@dataclass(frozen=True, slots=True)
class _Patterns:
    premodifier: regex.Pattern[str]
    appositive: regex.Pattern[str]
    copula: regex.Pattern[str]
    # Every pattern above needs a role word: sentences without one are skipped.
    trigger: AllOf
    # Where it fails ("the CEO said"), the premodifier pattern cannot match: it is slow.
    premodifier_tail: regex.Pattern[str]
    # Where a role can start, in the lowered text (see _role_openers): the tail above is
    # matched only there. None when a form's first word is not ASCII.
    role_openers: re.Pattern[str] | None
    # Without one of its verbs as a word, the copula pattern cannot match.
    copula_verb: re.Pattern[str]


@functools.cache
def _patterns() -> _Patterns:
    vocab = vocabulary()
    role = rf"(?i:{vocab.role_pattern})"
    mod_words = sorted(vocab.role_modifiers | vocab.not_current, key=lambda w: (-len(w), w))
    mods = r"(?:(?i:" + "|".join(regex.escape(w) for w in mod_words) + r")(?:\s+|-))"
    role_on = (rf"(?P<role>{role})(?![\p{{L}}\p{{N}}-])"
               rf"(?:\s+and\s+(?P<role2>{role})(?![\p{{L}}\p{{N}}-]))?")
    roles = rf"(?P<mods>{mods}{{0,3}}){role_on}"
    org_before = (rf"(?:(?P<org>{NAME})(?:(?<=Corp|Inc|Co|Ltd|Bros)\.)?(?P<poss>{_POSS})?"
                  r"\s+)?")
    org_after = rf"(?:\s+(?:of|at|for|with)\s+(?:the\s+)?(?P<org2>{NAME}))?"
    named = rf"(?P<comma>,)?\s+(?P<person>{PERSON})(?![\p{{L}}\p{{N}}])"
    premodifier = regex.compile(rf"(?<![\p{{L}}\p{{N}}’'-]){org_before}{roles}{named}")
    # The premodifier pattern from its role on. The role follows a space, a hyphen or the
    # pattern's start, never a letter, digit or apostrophe: the lookbehind keeps the
    # search from trying every character.
    premodifier_tail = regex.compile(rf"(?<![\p{{L}}\p{{N}}’']){role_on}{named}")
    appositive = regex.compile(
        rf"(?<![\p{{L}}\p{{N}}’'-])(?P<person>{PERSON}),\s+(?:(?:a|an|the|its|their)\s+)?"
        rf"(?P<pre>{mods}{{0,3}}){org_before}{roles}{org_after}(?![\p{{L}}\p{{N}}’'])"
    )
    copula = regex.compile(
        rf"(?<![\p{{L}}\p{{N}}’'-])(?P<person>{PERSON})(?:,\s+who)?\s+"
        rf"(?P<verb>{_COPULA_VERBS})\s+"
        r"(?:(?:also|now|still|currently|already)\s+)?"
        rf"(?:(?:a|an|the|its|their)\s+)?(?P<pre>{mods}{{0,3}}){org_before}{roles}{org_after}"
        rf"(?![\p{{L}}\p{{N}}’'])"
    )
    # A role form needs all its words: "industry analyst" is not read from "industry".
    trigger = AllOf([form.split() for form in vocab.role_forms], ignore_case=True,
                    word_end=True)
    # The verbs of `copula` come after \s+ and before \s+: no ASCII letter either side.
    first_words = "|".join(dict.fromkeys(v.split("\\")[0] for v in _COPULA_VERBS.split("|")))
    copula_verb = re.compile(rf"(?<![A-Za-z])(?:{first_words})(?![A-Za-z])")
    return _Patterns(premodifier, appositive, copula, trigger, premodifier_tail,
                     _role_openers(vocab), copula_verb)


def _role_openers(vocab: Vocabulary) -> re.Pattern[str] | None:
    """Every offset of the lowered text where a role form may start: its first word, with
    none of a-z, 0-9 or an apostrophe before it (the tail's lookbehind: a character that
    lower-cases to a-z is a letter) and no a-z after it (a space or the form's end
    follows). IGNORECASE matches an ASCII word only where the lowered text has it (see
    prefilter); a non-ASCII word could be matched elsewhere, so then None."""
    return word_starts((form.split()[0] for form in vocab.role_forms), "a-z0-9’'")


def prose_sentences(article: Article) -> Iterable[Sentence]:
    """The writer's own sentences: not headings, bullet labels or embedded posts."""
    return (s for s in article.sentences if s.kind == "text")


# ---------------------------------------------------------------------------- roles


def extract_roles(article: Article, phrases: Iterable[NamePhrase] = ()) -> tuple[Role, ...]:
    vocab = vocabulary()
    patterns = _patterns()
    full_names: dict[str, set[str]] | None = None  # built at the first match: most have none
    text = article.analysis
    found: dict[tuple[int, str], Role] = {}
    prose = list(prose_sentences(article))
    low = lowered(text)
    for sentence, may_match in zip(prose, patterns.trigger.flags(text, prose), strict=True):
        if not may_match:
            continue
        for shape, pattern in _shapes(patterns, text, low, sentence.start, sentence.end):
            for match in pattern.finditer(text, sentence.start, sentence.end, overlapped=True):
                if full_names is None:
                    full_names = _full_names(phrases)
                for role in _roles_of(article, match, shape, vocab, full_names):
                    found.setdefault((role.person_span.start, role.role_key), role)
    return _drop_nested(sorted(found.values(), key=lambda r: (r.span.start, r.role_key)))


def _shapes(patterns: _Patterns, text: str, low: str | None, start: int, end: int
            ) -> list[tuple[str, regex.Pattern[str]]]:
    """The role patterns that may match in [start, end), by name. `low` is lowered(text)."""
    shapes = [("appositive", patterns.appositive)]
    if _role_followed_by_name(patterns, text, low, start, end):
        shapes.insert(0, ("premodifier", patterns.premodifier))
    if patterns.copula_verb.search(text, start, end):
        shapes.append(("copula", patterns.copula))
    return shapes


def _role_followed_by_name(patterns: _Patterns, text: str, low: str | None, start: int,
                           end: int) -> bool:
    """patterns.premodifier_tail.search(text, start, end), tried only where a role opens."""
    tail = patterns.premodifier_tail
    if low is None or patterns.role_openers is None:
        return tail.search(text, start, end) is not None
    return any(tail.match(text, opener.start(), end)
               for opener in patterns.role_openers.finditer(low, start, end))


def _drop_nested(roles: list[Role]) -> tuple[Role, ...]:
    """"LeCun" inside "Yann LeCun, Meta's Chief AI Scientist" is the same finding."""
    kept: list[Role] = []
    for role in roles:
        # "economist" inside "Goldman Sachs chief economist Jan Hatzius".
        if any(other is not role and other.person_span == role.person_span
               and other.span.start < role.span.start and role.span.end <= other.span.end
               for other in roles):
            continue
        if any(other is not role and other.role_key == role.role_key
               and other.person_span.start <= role.person_span.start
               and role.person_span.end <= other.person_span.end
               and other.person_span.end - other.person_span.start
               > role.person_span.end - role.person_span.start
               for other in roles):
            continue
        kept.append(role)
    return tuple(kept)


_POSS_TAIL = regex.compile(r"[’']s\s+$")
_MOD_SPLIT = regex.compile(r"[\s-]+")


def _roles_of(article: Article, match: regex.Match[str], shape: str, vocab: Vocabulary,
              full_names: dict[str, set[str]]) -> list[Role]:
    person_start, person_end, person = _clean_person(match, vocab)
    if person is None:
        return []
    # "Microsoft, the largest investor", "Nvidia partner Foxconn": a lone capital word may
    # be anything, except after a capitalised title ("President Trump").
    titled = shape == "premodifier" and match.group("role")[:1].isupper()
    if len(person.split()) < 2 and not _resolves(person, full_names) and not titled:
        return []
    if shape == "premodifier" and match.group("comma") and not match.group("poss") \
            and not _POSS_TAIL.search(match.string[:match.start("mods")]):
        return []  # "chief executive, Sam Altman" without an owner is a list, not a title
    # Only the appositive and copula patterns have "pre" and "org2" (groupdict() is slow).
    pre, org2 = (None, None) if shape == "premodifier" else match.group("pre", "org2")
    modifiers = [w.lower() for w in _MOD_SPLIT.split((pre or "") + " " + match.group("mods"))
                 if w]
    org, org_words = _clean_org(match.group("org"), vocab)
    modifiers += org_words
    role_text = match.group("role")
    if org and vocab.role(f"{org.split()[-1]} {role_text}"):
        # "Vice President Kamala Harris": the capital word is part of the title.
        role_text = f"{org.split()[-1]} {role_text}"
        org = " ".join(org.split()[:-1]) or None
    if org2:
        org2, _ = _clean_org(org2, vocab)
        org = org2 or org
    before = article.analysis[max(0, match.start("role") - 3): match.start("role")]
    if before.endswith("-") and before[:-1].strip().lower().endswith(("co", "ex")):
        modifiers.append("co")  # "co-CEO", "ex-CEO"
    current = not any(w in vocab.not_current for w in modifiers)
    if shape == "copula" and match.group("verb").split()[0] in ("was", "served"):
        current = False
    key = _person_key(person, full_names)
    roles: list[Role] = []
    for group in ("role", "role2"):
        written = role_text if group == "role" else match.group(group)
        if not written:
            continue
        info = vocab.role(written)
        if info is None:
            continue
        role_org = None if info.profession else org
        span_end = max(match.end(), person_end)
        roles.append(Role(
            person=person,
            person_key=key,
            role=" ".join(written.split()),
            role_key=info.key,
            org=role_org,
            org_key=vocab.org_key(role_org) if role_org else None,
            span=make_span(article, min(match.start(), person_start), span_end),
            person_span=make_span(article, person_start, person_end),
            current=current,
            pattern=shape,  # type: ignore[arg-type]
            context="text",
        ))
    return roles


_NON_SPACE = regex.compile(r"\S+")


def _clean_person(match: regex.Match[str], vocab: Vocabulary) -> tuple[int, int, str | None]:
    base = match.start("person")
    words = [(base + w.start(), base + w.end(), w.group())
             for w in _NON_SPACE.finditer(match.group("person"))]
    # "Meanwhile Sam Altman": sentence-initial words are not part of the name.
    while words and words[0][2].lower() in vocab.not_organisations:
        words = words[1:]
    while words and words[-1][2].lower() in _DAYS:
        words = words[:-1]
    if not words:
        return match.start("person"), match.end("person"), None
    start, end = words[0][0], words[-1][1]
    words = [w[2] for w in words]
    name = " ".join(words)
    low = name.lower()
    if (low in vocab.org_aliases or vocab.place(name) or vocab.role(name)
            or any(w.lower() in _LEGAL_WORDS for w in words)):
        return start, end, None
    return start, end, name


_EX_PREFIX = regex.compile(r"(?i)(ex|former)-(?=\p{Lu})")
_DEMONYM_END = regex.compile(r"(?:ian|ean|ese|ish)$")


def _clean_org(org: str | None, vocab: Vocabulary) -> tuple[str | None, list[str]]:
    """Drop sentence words and modifiers caught in the name: "Former OpenAI" → "OpenAI"."""
    if not org:
        return None, []
    words = org.split()
    dropped: list[str] = []
    prefix = _EX_PREFIX.match(words[0])
    if prefix:  # "Ex-Google CEO"
        dropped.append(prefix.group(1).lower())
        words[0] = words[0][prefix.end():]
    while words and (words[0].lower() in vocab.not_organisations
                     or words[0].lower() in vocab.not_current):
        dropped.append(words.pop(0).lower())
    while words and (words[-1].lower() in vocab.role_modifiers
                     or words[-1].lower() in vocab.not_current):
        dropped.append(words.pop().lower())
    name = " ".join(words)
    if not name or vocab.place(name) or name.lower() in vocab.not_organisations:
        return None, dropped
    if len(words) == 1 and _DEMONYM_END.search(name) \
            and name.lower() not in vocab.org_aliases:
        return None, dropped  # a demonym: "Ukrainian President", "Pakistani officials"
    return name, dropped


_PERSON_WORD_RE = regex.compile(_PERSON_WORD)


def _full_names(phrases: Iterable[NamePhrase]) -> dict[str, set[str]]:
    """Surname → full names (two or more words) the article writes out."""
    vocab = vocabulary()
    names: dict[str, set[str]] = {}
    for phrase in phrases:
        words = phrase.text.split()
        if len(words) < 2:
            continue  # most phrases are one word; dropping words below only shortens them
        while words and (vocab.role(words[0]) or words[0].lower() in vocab.not_organisations):
            words = words[1:]  # "President Trump", "Founder Liang Wenfeng"
        if 2 <= len(words) <= 4 and all(_PERSON_WORD_RE.fullmatch(w) for w in words):
            names.setdefault(words[-1].lower(), set()).add(" ".join(words).lower())
    return names


def _resolves(person: str, full_names: dict[str, set[str]]) -> bool:
    return len(full_names.get(person.lower(), ())) == 1


def _person_key(person: str, full_names: dict[str, set[str]]) -> str:
    low = person.lower()
    if " " not in low and _resolves(person, full_names):
        return next(iter(full_names[low]))
    return low


# ---------------------------------------------------------------------------- attributes

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
_DETERMINERS = frozenset("the a an its his her their our".split())
_TOKEN = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}’'&.-]*[\p{L}\p{N}]|[\p{L}\p{N}]|[^\s\p{L}\p{N}]")


@dataclass(frozen=True, slots=True)
class _Triggers:
    """Words each attribute pattern needs (see prefilter): one pass each per article."""
    participle: Keywords
    based: Keywords
    description: Keywords
    release: Keywords


@functools.cache
def _triggers() -> _Triggers:
    return _Triggers(
        participle=Keywords(_PARTICIPLE_VERBS.split("|"), word_end=True),
        based=Keywords(_BASED_WORDS.split("|"), word_end=True),
        description=Keywords(first_words(vocabulary().kinds), ignore_case=True, word_end=True),
        release=Keywords(first_words(w.replace(r"\s+", " ") for w in _RELEASE_VERBS.split("|")),
                         word_end=True),
    )


def extract_attributes(article: Article) -> tuple[Attribute, ...]:
    vocab = vocabulary()
    found: dict[tuple[int, str, str], Attribute] = {}
    sentences = list(prose_sentences(article))
    if not sentences:
        return ()
    text = article.analysis
    triggers = _triggers()
    ends = frozenset([s.end for s in sentences])
    hits = _Hits(triggers.participle.starts(text, ends), triggers.based.starts(text, ends),
                 triggers.description.starts(text, ends), triggers.release.starts(text, ends))
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
        place_text = _strip_leading(match.group("place"), vocab)
        place = vocab.place(place_text) if place_text else None
        if place is None or _describes_a_person(text, match.end(), sentence.end, vocab):
            continue
        heads = _heads_after(text, match.end(), sentence.end, vocab)
        if heads:
            subject_name, _, subject_end = heads[0]
            add(subject_name, "location", place_text, _place_key(place), match.start(),
                subject_end)
            continue
        subject = _subject_before(text, sentence.start, match.start(), vocab, out)
        if subject:
            add(subject[0], "location", place_text, _place_key(place), subject[1], match.end())
    for match in _BASED_IN.finditer(text, s, e) if based else ():
        place = vocab.place(match.group("place"))
        subject = _subject_before(text, sentence.start, match.start(), vocab, out)
        if place and subject:
            add(subject[0], "location", match.group("place"), _place_key(place), subject[1],
                match.end())
    shapes = (True, True) if hits is None else _may_describe(text, hits.description, s, e)
    if any(shapes):
        out.extend(_descriptions(article, sentence, vocab, shapes))
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
        org = _strip_leading(match.group("org"), vocab)
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
            name = _strip_leading(found.group("subj"), vocab)
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


def _strip_leading(name: str, vocab: Vocabulary) -> str:
    words = name.split()
    while words and words[0].lower() in vocab.not_organisations:
        words = words[1:]
    return " ".join(words)


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


_NAME_WORD_RE = regex.compile(_NAME_WORD)


def _is_name_word(word: str) -> bool:
    return bool(_NAME_WORD_RE.fullmatch(word))


def _place_key(place) -> str:
    return f"{place.country}|{place.city or ''}"


def _descriptions(article: Article, sentence: Sentence, vocab: Vocabulary,
                  shapes: tuple[bool, bool] = (True, True)) -> list[Attribute]:
    """ "Chinese AI company DeepSeek", "DeepSeek, a Chinese AI startup": nationality, kind.
    `shapes`: whether to look for each of the "before" and "after" patterns."""
    text = article.analysis
    patterns = _description_patterns()
    out: list[Attribute] = []
    for (_shape, pattern), wanted in zip(patterns, shapes, strict=True):
        if not wanted:
            continue
        for match in pattern.finditer(text, sentence.start, sentence.end):
            subject = _strip_leading(match.group("subj"), vocab)
            if not subject or vocab.place(subject) or vocab.role(subject):
                continue
            kind_words = " ".join(match.group("kind").split()).lower()
            span = make_span(article, match.start(), match.end())
            key = vocab.org_key(subject)
            out.append(Attribute(subject, key, "kind", kind_words, kind_words, span, "text"))
            demonym = match.group("demonym")
            place = vocab.place(demonym) if demonym else None
            if place is not None:
                out.append(Attribute(subject, key, "location", demonym, _place_key(place), span,
                                     "text"))
    return out


@functools.cache
def _description_patterns() -> tuple[tuple[str, regex.Pattern[str]], ...]:
    vocab = vocabulary()
    demonym = r"(?P<demonym>" + "|".join(
        r"\s+".join(regex.escape(w) for w in form.split()) for form in vocab.country_forms
    ) + r")(?![\p{L}\p{N}])"
    kind = rf"(?P<kind>{vocab.kind_pattern})(?![\p{{L}}-])"
    filler = r"(?:[\p{L}\p{N}-]+\s+){0,3}?"
    before = regex.compile(
        rf"(?<![\p{{L}}\p{{N}}’'-])(?:{demonym}\s+)?{filler}{kind}{_NAME_AFTER_KIND}"
    )
    after = regex.compile(
        rf"(?<![\p{{L}}\p{{N}}’'-])(?P<subj>{NAME}),\s+(?:a|an|the)\s+"
        rf"(?:[\p{{Ll}}-]+\s+){{0,2}}?(?:{demonym}\s+)?{filler}{kind}{_DESCRIPTION_END}"
    )
    return (("before", before), ("after", after))


# The name a "before" description describes: "company DeepSeek".
_NAME_AFTER_KIND = rf"\s+(?P<subj>{NAME})(?![\p{{L}}\p{{N}}’'])"
# The noun ends the description: "a Chinese hedge fund manager" is a person.
_DESCRIPTION_END = (
    r"(?=\s*(?:[,.;:)—–]|$)|\s+(?:that|which|with|based|founded|in|from|whose|known"
    r"|and|backed|owned|developed|is|was|has|had|best|behind|run|led)(?![\p{L}]))"
)


@functools.cache
def _description_tails() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """Each description pattern from its kind on: the kind and a name ("company DeepSeek")
    for "before", the kind and the end of the description ("DeepSeek, a Chinese company,")
    for "after". Matched where a kind word starts, they tell which of the two patterns a
    sentence can hold at all."""
    kind = rf"(?:{vocabulary().kind_pattern})(?![\p{{L}}-])"
    return (regex.compile(f"{kind}{_NAME_AFTER_KIND}"),
            regex.compile(f"{kind}{_DESCRIPTION_END}"))


def _may_describe(text: str, starts: list[int] | None, start: int, end: int
                  ) -> tuple[bool, bool]:
    """Whether the sentence may hold a "before" and an "after" description."""
    if starts is None:
        return True, True
    before, after = _description_tails()
    may_before = may_after = False
    index = bisect.bisect_left(starts, start)
    while index < len(starts) and starts[index] < end and not (may_before and may_after):
        may_before = may_before or bool(before.match(text, starts[index], end))
        may_after = may_after or bool(after.match(text, starts[index], end))
        index += 1
    return may_before, may_after
