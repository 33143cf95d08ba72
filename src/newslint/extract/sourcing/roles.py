"""Who is who: people's posts, in the three shapes news copy uses for them:

- pre-modifier: "Meta's Chief AI Scientist Yann LeCun", "Curai CEO Neal Khosla";
- appositive: "Yann LeCun, Meta's Chief AI Scientist,", "Sam Altman, the CEO of OpenAI";
- copula: "LeCun is the chief executive of Meta".

There is no parser: each pattern is anchored on a role word from rules/roles.yaml and reads
the capitalised names right next to it. What cannot be read with confidence is left out.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Iterable
from dataclasses import dataclass

import regex

from newslint.extract.scan import AllOf, Scan, Words, first_words, has_start, scan, triggers
from newslint.extract.sourcing import full_names as names
from newslint.extract.sourcing.name_patterns import NAME, PERSON, prose_sentences
from newslint.extract.sourcing.party_tags import extract_party_tags
from newslint.extract.spans import make_span
from newslint.facts import NamePhrase, Role
from newslint.facts.rolevocab import Vocabulary, vocabulary
from newslint.load.article import Article

_POSS = r"[’']s"
# Where a premodifier starts: at a word, or after a past prefix's hyphen ("then-FBI
# Director", "ex-Google CEO"), so that the organisation is read with the title.
_PREMODIFIER_START = r"(?:(?<![\p{L}\p{N}’'-])|(?<=(?<!\p{L})(?i:ex|former|then)-))"
_DAYS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "may june july august september october november december".split()
)
_LEGAL_WORDS = frozenset("inc inc. corp corp. co. ltd ltd. llc plc group holdings".split())


# A lower-case word right after an apposition's title that does not carry it on ("the
# chief executive of", "and"): "In interviews with Mr. Stephanopoulos, the governor pointed
# to" makes the title the subject of the next clause, not an apposition.
_CLAUSE_GOES_ON = regex.compile(
    r"\s+(?!(?:of|at|for|with|and|or|who|whose|in|on|from|since|until|to)\b)\p{Ll}")

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
    # Where a role form's first word starts: the tail above is matched only there. No
    # letter, digit or apostrophe before it (the tail's lookbehind) and no a-z after it (a
    # space or the form's end follows).
    role_openers: Words
    # Without one of its verbs as a word, the copula pattern cannot match.
    copula_verb: Words


@functools.cache
def _patterns() -> _Patterns:
    vocab = vocabulary()
    role = rf"(?i:{vocab.role_pattern})"
    mod_words = sorted(vocab.role_modifiers | vocab.not_current, key=lambda w: (-len(w), w))
    mods = r"(?:(?i:" + "|".join(regex.escape(w) for w in mod_words) + r")(?:\s+|-))"
    role_on = (rf"(?P<role>{role})(?![\p{{L}}\p{{N}}-])"
               rf"(?:\s+and\s+(?P<role2>{role})(?![\p{{L}}\p{{N}}-]))?")
    roles = rf"(?P<mods>{mods}{{0,3}}){role_on}"
    # "Corp.", "N.C.A.A.": a stop that ends the name.
    org_before = (rf"(?:(?P<org>{NAME})(?:(?<=Corp|Inc|Co|Ltd|Bros|\p{{Lu}}\.\p{{Lu}})\.)?"
                  rf"(?P<poss>{_POSS})?"
                  r"\s+)?")
    org_after = rf"(?:\s+(?:of|at|for|with)\s+(?:the\s+)?(?P<org2>{NAME}))?"
    named = rf"(?P<comma>,)?\s+(?P<person>{PERSON})(?![\p{{L}}\p{{N}}])"
    premodifier = regex.compile(rf"{_PREMODIFIER_START}{org_before}{roles}{named}")
    # The premodifier pattern from its role on. The role follows a space, a hyphen or the
    # pattern's start, never a letter, digit or apostrophe: the lookbehind keeps the
    # search from trying every character.
    premodifier_tail = regex.compile(rf"(?<![\p{{L}}\p{{N}}’']){role_on}{named}")
    appositive = regex.compile(
        rf"(?<![\p{{L}}\p{{N}}’'-])(?P<person>{PERSON}),\s+(?:(?:a|an|the|its|their)\s+)?"
        rf"(?P<pre>{mods}{{0,3}}){org_before}{roles}{org_after}(?![\p{{L}}\p{{N}}’'])"
        # "critics of Trump, Attorney General Jeff Sessions said", "Victoria Kennedy, Rep.
        # Kennedy's widow": a title of the next name.
        r"(?!\s+\p{Lu}[\p{Ll}\p{M}]+)"
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
    role_openers = Words(first_words(vocab.role_forms), ignore_case=True,
                         not_before="a-z0-9’'", not_after="a-z")
    # The verbs of `copula` come after \s+ and before \s+: no letter either side.
    copula_verb = Words(first_words(v.replace(r"\s+", " ") for v in _COPULA_VERBS.split("|")),
                        not_before="a-z", not_after="a-z")
    return _Patterns(premodifier, appositive, copula, trigger, premodifier_tail,
                     role_openers, copula_verb)


triggers(_patterns)


# ---------------------------------------------------------------------------- roles


def extract_roles(article: Article, phrases: Iterable[NamePhrase] = (),
                  found_words: Scan | None = None) -> tuple[Role, ...]:
    """Roles in the writer's own sentences; `found_words`: the article's scan, if made."""
    vocab = vocabulary()
    patterns = _patterns()
    full_names: dict[str, set[str]] | None = None  # built at the first match: most have none
    text = article.analysis
    found: dict[tuple[int, str], Role] = {}
    prose = list(prose_sentences(article))
    words = found_words or scan(text)
    openers = patterns.role_openers.starts(words)
    copula_verbs = patterns.copula_verb.starts(words)
    for sentence, may_match in zip(prose, patterns.trigger.flags(words, prose), strict=True):
        if not may_match:
            continue
        for shape, pattern in _shapes(patterns, text, openers, copula_verbs, sentence.start,
                                      sentence.end):
            for match in _matches(pattern, shape, text, openers, sentence.start,
                                  sentence.end):
                if full_names is None:
                    full_names = names.full_names(phrases)
                for role in _roles_of(article, match, shape, vocab, full_names):
                    found.setdefault((role.person_span.start, role.role_key), role)
    people = names.with_titled(
        full_names if full_names is not None else names.full_names(phrases), found.values())
    for role in extract_party_tags(article, people):
        found.setdefault((role.person_span.start, role.role_key), role)
    return _drop_nested(sorted(found.values(), key=lambda r: (r.span.start, r.role_key)))


def _shapes(patterns: _Patterns, text: str, openers: list[int] | None,
            copula_verbs: list[int] | None, start: int, end: int
            ) -> list[tuple[str, regex.Pattern[str]]]:
    """The role patterns that may match in [start, end), by name. `openers` and
    `copula_verbs`: where role forms and copula verbs start (None: anywhere)."""
    shapes: list[tuple[str, regex.Pattern[str]]] = []
    if _role_followed_by_name(patterns, text, openers, start, end):
        shapes.append(("premodifier", patterns.premodifier))
    # The appositive's name ends at a comma and a space, and its role opens after them.
    comma = _COMMA_SPACE.search(text, start, end)
    if comma is not None and _opens_after(openers, comma.start(), end):
        shapes.append(("appositive", patterns.appositive))
    if has_start(copula_verbs, start, end) and (copula_verbs is None or _opens_after(
            openers, copula_verbs[bisect.bisect_left(copula_verbs, start)], end)):
        shapes.append(("copula", patterns.copula))  # its role opens after its verb
    return shapes


# Where each shape may start, as its lookbehind allows: a premodifier at any word (its
# owner, modifiers and role all open with a letter), the others at their person's capital.
_WORD_START = regex.compile(_PREMODIFIER_START + r"\p{L}")
_NAME_START = regex.compile(r"(?<![\p{L}\p{N}’'-])\p{Lu}")


def _matches(pattern: regex.Pattern[str], shape: str, text: str, openers: list[int] | None,
             start: int, end: int) -> Iterable[regex.Match[str]]:
    """`pattern.finditer(text, start, end, overlapped=True)`. Every shape holds a role form,
    so a match starts no later than the sentence's last role opener: only the word starts
    up to it are tried, not every character (a third of the patterns' cost)."""
    if openers is None or (shape == "premodifier" and not _words_open_with_letters()):
        return pattern.finditer(text, start, end, overlapped=True)
    last = bisect.bisect_left(openers, end) - 1
    if last < 0 or openers[last] < start:
        return ()
    starts = _WORD_START if shape == "premodifier" else _NAME_START
    found = (pattern.match(text, word.start(), end)
             for word in starts.finditer(text, start, openers[last] + 1))
    return [match for match in found if match is not None]


@functools.cache
def _words_open_with_letters() -> bool:
    vocab = vocabulary()
    return all(w[:1].isalpha() for w in [*vocab.role_forms, *vocab.role_modifiers,
                                         *vocab.not_current])


def _opens_after(openers: list[int] | None, at: int, end: int) -> bool:
    """Whether a role form opens in (at, end) (None: may open anywhere)."""
    if openers is None:
        return True
    index = bisect.bisect_right(openers, at)
    return index < len(openers) and openers[index] < end


def _role_followed_by_name(patterns: _Patterns, text: str, openers: list[int] | None,
                           start: int, end: int) -> bool:
    """patterns.premodifier_tail.search(text, start, end), tried only where a role opens."""
    tail = patterns.premodifier_tail
    if openers is None:
        return tail.search(text, start, end) is not None
    index = bisect.bisect_left(openers, start)
    while index < len(openers) and openers[index] < end:
        if tail.match(text, openers[index], end):
            return True
        index += 1
    return False


def _drop_nested(roles: list[Role]) -> tuple[Role, ...]:
    """"LeCun" inside "Yann LeCun, Meta's Chief AI Scientist" is the same finding."""
    kept: list[Role] = []
    for role in roles:
        # "economist" inside "Goldman Sachs chief economist Jan Hatzius".
        # Another title inside it stays: "chairman, Representative Trey Gowdy".
        if any(other is not role and other.person_span == role.person_span
               and other.span.start < role.span.start and role.span.end <= other.span.end
               and role.role.lower() in other.role.lower()
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
_COMMA_SPACE = regex.compile(r",\s")
_THE_TAIL = regex.compile(r"(?<![\p{L}])[Tt]he\s+$")


def _definite(match: regex.Match[str]) -> bool:
    """"the N.C.A.A. president", "The Apple chief executive": a post with its owner and a
    definite article, which a name between commas after it holds."""
    org = match.group("org")
    return bool(org) and (org.startswith("The ") or _THE_TAIL.search(
        match.string, max(0, match.start() - 4), match.start()) is not None)


_MOD_SPLIT = regex.compile(r"[\s-]+")


def _roles_of(article: Article, match: regex.Match[str], shape: str, vocab: Vocabulary,
              full_names: dict[str, set[str]]) -> list[Role]:
    person_start, person_end, person = _clean_person(match, vocab)
    if person is None:
        return []
    if shape == "appositive" and not match.group("org2") \
            and _CLAUSE_GOES_ON.match(match.string, match.end()):
        return []
    # "Microsoft, the largest investor", "Nvidia partner Foxconn": a lone capital word may
    # be anything, except after a capitalised title ("President Trump").
    titled = shape == "premodifier" and match.group("role")[:1].isupper()
    if len(person.split()) < 2 and not names.resolves(person, full_names) and not titled:
        return []
    if shape == "premodifier" and match.group("comma") and not match.group("poss") \
            and not _POSS_TAIL.search(match.string[:match.start("mods")]) \
            and not _definite(match):
        # "chief executive, Sam Altman" without an owner is a list, not a title; "the
        # N.C.A.A. president, Mark Emmert," names the holder of a definite post.
        return []
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
    # "the former governor of Arkansas": the place after the title is where it was held.
    place_after = org2
    if org2:
        org2, _ = _clean_org(org2, vocab)
        org = org2 or org
    before = article.analysis[max(0, match.start("role") - 3): match.start("role")]
    if before.endswith("-") and before[:-1].strip().lower().endswith(("co", "ex")):
        modifiers.append("co")  # "co-CEO", "ex-CEO"
    if shape == "premodifier":
        # "former Arkansas Gov. Mike Huckabee", "ex-Google CEO": before the place or name.
        modifiers += _modifier_before(article.analysis, match.start(), vocab)
    current = not any(w in vocab.not_current for w in modifiers)
    if shape == "premodifier" and _left_behind(article.analysis, person_end, vocab):
        current = False
    past = {w for w in modifiers if w in vocab.not_current}
    former = bool(past) and past <= _FORMER
    qualifier = next(iter(past)) if len(past) == 1 and past <= vocab.qualified_posts \
        else None
    where = _where(match.group("org") or (place_after if shape == "appositive" else None),
                   vocab) if shape != "copula" else None
    if shape == "copula" and match.group("verb").split()[0] in ("was", "served"):
        current = False
    key = names.person_key(person, full_names)
    roles: list[Role] = []
    for group in ("role", "role2"):
        written = role_text if group == "role" else match.group(group)
        if not written:
            continue
        info = vocab.role(written)
        if info is None or (info.title_case and not written[:1].isupper() and not org):
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
            former=former,
            where=where,
            qualifier=qualifier,
        ))
    return roles


_NON_SPACE = regex.compile(r"\S+")
# Modifiers that make a post a past one, rather than another post ("deputy", "acting").
# "then-FBI Director": the post held at the time of the events, past now.
_FORMER = frozenset({"former", "ex", "then", "one-time", "erstwhile"})
_WORD_BEFORE = regex.compile(r"(?<![\p{L}’'])(\p{L}[\p{L}-]*)(?:\s+|-)$")


def _where(org: str | None, vocab: Vocabulary) -> str | None:
    """The place or organisation before a title, without modifiers: "New York City" in
    "Former New York City Mayor", "Mexican" in "former Mexican President"."""
    if not org:
        return None
    words = [w for w in _EX_PREFIX.sub("", org).split()
             if w.lower() not in vocab.not_current and w.lower() not in vocab.role_modifiers]
    return " ".join(words).removesuffix("’s").removesuffix("'s") or None


_POSSESSED = regex.compile(r"[’']s\s+(\p{L}+)(?:\s+(\p{L}+))?")


def _left_behind(text: str, end: int, vocab: Vocabulary) -> bool:
    """"Sen. John Kerry's (open) seat": the title names a post its holder has left."""
    found = _POSSESSED.match(text, end)
    return bool(found) and any((w or "").lower() in vocab.left_behind
                               for w in found.group(1, 2))


def _modifier_before(text: str, start: int, vocab: Vocabulary) -> list[str]:
    """The word right before a premodifier's organisation or place, if it makes the post
    another one or a past one: "former" in "former Arkansas Gov. Mike Huckabee"."""
    found = _WORD_BEFORE.search(text, max(0, start - 30), start)
    words = found.group(1).lower().split("-") if found else []
    return [w for w in words[:1] if w in vocab.not_current]


def _clean_person(match: regex.Match[str], vocab: Vocabulary) -> tuple[int, int, str | None]:
    base = match.start("person")
    words = [(base + w.start(), base + w.end(), w.group())
             for w in _NON_SPACE.finditer(match.group("person"))]
    # "Meanwhile Sam Altman": sentence-initial words are not part of the name, nor is a
    # second title ("the committee's chairman, Representative Trey Gowdy").
    while words and (words[0][2].lower() in vocab.not_organisations
                     or (len(words) > 2 and vocab.role(words[0][2]))):
        words = words[1:]
    while words and words[-1][2].lower() in _DAYS:
        words = words[:-1]
    if not words:
        return match.start("person"), match.end("person"), None
    start, end = words[0][0], words[-1][1]
    if words[0][2].lower() in vocab.org_heads:
        # "the Justice Department", "Speaker Committee": the title-like word and the
        # organisation word after it are one organisation's name, no person's.
        return start, end, None
    words = [w[2] for w in words]
    name = " ".join(words)
    low = name.lower()
    if (low in vocab.org_aliases or vocab.place(name) or vocab.role(name)
            or any(w.lower() in _LEGAL_WORDS for w in words)):
        return start, end, None
    return start, end, name


_EX_PREFIX = regex.compile(r"(?i)(ex|former|then)-(?=\p{Lu})")
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
