"""One match of a role pattern read as roles: the person and organisation cleaned of
sentence words and modifiers, the title's place, and whether the post is current, former,
acting or deputy. What cannot be read with confidence gives no role."""

from __future__ import annotations

import regex

from newslint.extract.sourcing import full_names as names
from newslint.extract.spans import make_span
from newslint.facts import Role
from newslint.facts.name_words import CALENDAR_NAMES_LOWER
from newslint.facts.rolevocab import Vocabulary
from newslint.load.article import Article

_LEGAL_WORDS = frozenset("inc inc. corp corp. co. ltd ltd. llc plc group holdings".split())


# A lower-case word right after an apposition's title that does not carry it on ("the
# chief executive of", "and"): "In interviews with Mr. Stephanopoulos, the governor pointed
# to" makes the title the subject of the next clause, not an apposition.
_CLAUSE_GOES_ON = regex.compile(
    r"\s+(?!(?:of|at|for|with|and|or|who|whose|in|on|from|since|until|to)\b)\p{Ll}")


_POSS_TAIL = regex.compile(r"[’']s\s+$")
_THE_TAIL = regex.compile(r"(?<![\p{L}])[Tt]he\s+$")


def _definite(match: regex.Match[str]) -> bool:
    """"the N.C.A.A. president", "The Apple chief executive": a post with its owner and a
    definite article, which a name between commas after it holds."""
    org = match.group("org")
    return bool(org) and (org.startswith("The ") or _THE_TAIL.search(
        match.string, max(0, match.start() - 4), match.start()) is not None)


_MOD_SPLIT = regex.compile(r"[\s-]+")


def roles_of(article: Article, match: regex.Match[str], shape: str, vocab: Vocabulary,
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
    while words and words[-1][2].lower() in CALENDAR_NAMES_LOWER:
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
