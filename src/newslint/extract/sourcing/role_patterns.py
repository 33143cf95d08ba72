"""The patterns of the role shapes (pre-modifier, appositive, copula) and where in a sentence
each may match: a pattern is tried only at the word starts its trigger words allow, since
most sentences hold no role and a failed search over every character is slow."""

from __future__ import annotations

import bisect
import functools
from collections.abc import Iterable
from dataclasses import dataclass

import regex

from newslint.extract.scan import AllOf, Words, first_words, has_start, triggers
from newslint.extract.sourcing.name_patterns import NAME, PERSON
from newslint.facts.rolevocab import vocabulary

_POSS = r"[’']s"
# Where a premodifier starts: at a word, or after a past prefix's hyphen ("then-FBI
# Director", "ex-Google CEO"), so that the organisation is read with the title.
_PREMODIFIER_START = r"(?:(?<![\p{L}\p{N}’'-])|(?<=(?<!\p{L})(?i:ex|former|then)-))"

# The verbs of the copula shape; `copula_verb` (a pre-check) is made from their first words.
_COPULA_VERBS = r"is|was|remains|became|serves\s+as|served\s+as"


@dataclass(frozen=True, slots=True)
class RolePatterns:
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
def role_patterns() -> RolePatterns:
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
    return RolePatterns(premodifier, appositive, copula, trigger, premodifier_tail,
                     role_openers, copula_verb)


triggers(role_patterns)


_COMMA_SPACE = regex.compile(r",\s")


def shapes(patterns: RolePatterns, text: str, openers: list[int] | None,
           copula_verbs: list[int] | None, start: int, end: int
           ) -> list[tuple[str, regex.Pattern[str]]]:
    """The role patterns that may match in [start, end), by name. `openers` and
    `copula_verbs`: where role forms and copula verbs start (None: anywhere)."""
    found: list[tuple[str, regex.Pattern[str]]] = []
    if _role_followed_by_name(patterns, text, openers, start, end):
        found.append(("premodifier", patterns.premodifier))
    # The appositive's name ends at a comma and a space, and its role opens after them.
    comma = _COMMA_SPACE.search(text, start, end)
    if comma is not None and _opens_after(openers, comma.start(), end):
        found.append(("appositive", patterns.appositive))
    if has_start(copula_verbs, start, end) and (copula_verbs is None or _opens_after(
            openers, copula_verbs[bisect.bisect_left(copula_verbs, start)], end)):
        found.append(("copula", patterns.copula))  # its role opens after its verb
    return found


# Where each shape may start, as its lookbehind allows: a premodifier at any word (its
# owner, modifiers and role all open with a letter), the others at their person's capital.
_WORD_START = regex.compile(_PREMODIFIER_START + r"\p{L}")
_NAME_START = regex.compile(r"(?<![\p{L}\p{N}’'-])\p{Lu}")


def matches(pattern: regex.Pattern[str], shape: str, text: str, openers: list[int] | None,
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


def _role_followed_by_name(patterns: RolePatterns, text: str, openers: list[int] | None,
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
