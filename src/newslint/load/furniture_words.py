"""The words of rules/furniture.yaml, compiled into the patterns furniture.py's shapes use."""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass

import regex

from newslint.ruledata import RuleDataError, builtin

MONTHS = (
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec"
).split()
WEEKDAYS = (
    "monday tuesday wednesday thursday friday saturday sunday "
    "mon tue tues wed thu thur thurs fri sat sun"
).split()
# Case-sensitive, unlike credit_words: "Photo: Jane Roe" ends a caption, "photo" is copy.
_CREDIT_END_WORDS = ("Credit", "CREDIT", "Photo", "Photograph", "Image")
TIME_WORDS = frozenset(["am", "pm", "a.m", "p.m", "at", "on", "and", "by", "|", "-"])


@dataclass(frozen=True, slots=True)
class Vocabulary:
    chrome: frozenset[str]
    max_chrome: int
    list_labels: frozenset[str]
    prompt: regex.Pattern[str]
    player: regex.Pattern[str]
    max_prompt: int
    stamp: regex.Pattern[str]
    date_words: frozenset[str]
    time_zones: frozenset[str]
    agencies: frozenset[str]
    credit_words: frozenset[str]
    credit_paren: regex.Pattern[str]
    credit_start: regex.Pattern[str]
    credit_end: regex.Pattern[str]
    # What every credit_end match holds (a "/" or a credit word), or the word it ends with
    # (an agency's last): a paragraph's tail with none of them is no credit, unscanned.
    credit_end_cues: tuple[str, ...]
    credit_end_agency_ends: tuple[str, ...]
    author_bio: regex.Pattern[str]
    author_ending: regex.Pattern[str]
    author_opener: regex.Pattern[str]
    opener_words: frozenset[str]  # first words of the prompt and author-note openers
    transcript_labels: frozenset[str]
    transcript_closers: frozenset[str]
    dateline: regex.Pattern[str]
    places: frozenset[str]


def _words(data: dict, key: str) -> list[str]:
    value = data.get(key) or []
    if not isinstance(value, list):
        raise RuleDataError(f"furniture.yaml: {key} must be a list")
    return [" ".join(str(item).split()) for item in value if str(item).strip()]


def _alternation(phrases: Iterable[str]) -> str:
    """Longest first, spaces as any run of spaces, a word boundary after a final letter.
    Ties in alphabetical order: the same pattern in every process (set order is not)."""
    parts = []
    for phrase in sorted(set(phrases), key=lambda p: (-len(p), p)):
        body = r"\s+".join(regex.escape(word) for word in phrase.split())
        parts.append(body + (r"\b" if phrase[-1].isalnum() else ""))
    return "(?:" + "|".join(parts) + ")"


@functools.cache
def vocabulary() -> Vocabulary:
    data = builtin("furniture.yaml")
    lower = [w.lower() for w in _words(data, "chrome_words")]
    agencies = _words(data, "agencies")
    credit = _words(data, "credit_words")
    agency = _alternation(agencies)
    credit_word = _alternation(credit)
    roles = _alternation(_words(data, "author_roles"))
    capitalised = r"[\p{Lu}][\p{L}.'’-]*"
    who = rf"{capitalised}(?:\s+{capitalised}){{0,3}}"
    outlet = r"[\p{Lu}][\p{L}&.'’-]*(?:\s+[\p{Lu}][\p{L}&.'’-]*){0,4}"
    after_sentence = r"(?:^|(?<=[.!?”\"’)])\s*)"
    dash = r"[ \t]*(?:—|–-|–|--|―|-)[ \t]+(?=[\"“‘']?[\p{Lu}\p{N}])"
    place_upper = r"\p{Lu}[\p{Lu}.'’-]*(?:[ \t]+\p{Lu}[\p{Lu}.'’-]*){0,3}"
    place_mixed = r"\p{Lu}[\p{Ll}'’-]+(?:[ \t]+\p{Lu}[\p{Ll}'’-]+){0,2}"
    state = r",[ \t]*\p{Lu}[\p{L}.]{1,12}(?:[ \t]+\p{Lu}[\p{L}.]{1,12})?"
    day = rf",[ \t]*(?:{'|'.join(m.title() for m in MONTHS)})\.?[ \t]+\d{{1,2}}"
    tag = r"\((?:[\p{Lu}][\p{L}&.-]{0,20})(?:[ \t]+[\p{Lu}][\p{L}&.-]{0,20}){0,2}\)"
    zones = frozenset(z.lower() for z in _words(data, "time_zones"))
    places: set[str] = set()
    for country, info in (builtin("roles.yaml").get("places") or {}).items():
        places.add(str(country).lower())
        if isinstance(info, dict):
            for key in ("aliases", "cities"):
                places.update(str(p).lower() for p in info.get(key) or [])
    return Vocabulary(
        chrome=frozenset(lower),
        max_chrome=int(data.get("max_chrome_words") or 8),
        list_labels=frozenset(w.lower() for w in _words(data, "list_labels")),
        prompt=regex.compile(_alternation(_words(data, "prompt_openers")), regex.I),
        player=regex.compile(_alternation(_words(data, "player_openers")), regex.I),
        max_prompt=int(data.get("max_prompt_words") or 40),
        stamp=regex.compile(_alternation(_words(data, "stamp_openers")), regex.I),
        date_words=frozenset(MONTHS + WEEKDAYS) | zones | TIME_WORDS
        | {w.lower() for w in _words(data, "stamp_openers")},
        time_zones=zones,
        agencies=frozenset(a.lower() for a in agencies),
        credit_words=frozenset(c.lower() for c in credit),
        credit_paren=regex.compile(
            rf"\(\s*(?:{agency}\s+)?{credit_word}(?:\s*\)|\s*[:/]\s*[^()\n]{{1,100}}\)"
            rf"|\s+(?:by|courtesy(?:\s+of)?)\s+[^()\n]{{1,100}}\))",
            regex.I,
        ),
        credit_start=regex.compile(
            rf"(?:{agency}\s+)?{credit_word}\s*(?:[:/]|by\b|courtesy\b)\s*\S", regex.I
        ),
        credit_end=regex.compile(
            rf"{after_sentence}(?:"
            rf"(?:{agency}\s+)?(?:{'|'.join(_CREDIT_END_WORDS)})s?\s*:?\s*{who}"
            rf"(?:\s*/\s*{outlet})?"
            rf"|{who}\s*/\s*{outlet}"
            rf"|{who}\s+for\s+{agency}"
            r")\s*$"
        ),
        credit_end_cues=("/", *_CREDIT_END_WORDS),
        credit_end_agency_ends=tuple(sorted({a.split()[-1] for a in agencies})),
        author_bio=regex.compile(
            rf"^{who}\s+(?:is|was)\s+(?:a|an|the)\s+(?:[\p{{L}}'’-]+\s+){{0,5}}?{roles}s?\b",
            regex.I,
        ),
        author_ending=regex.compile(_alternation(_words(data, "author_endings")), regex.I),
        author_opener=regex.compile(_alternation(_words(data, "author_openers")), regex.I),
        opener_words=frozenset(
            phrase.split()[0].lower().rstrip(":")
            for phrase in _words(data, "prompt_openers") + _words(data, "author_openers")
            + _words(data, "player_openers")
        ),
        transcript_labels=frozenset(w.lower() for w in _words(data, "transcript_labels")),
        transcript_closers=frozenset(w.lower() for w in _words(data, "transcript_closers")),
        dateline=regex.compile(
            rf"(?:(?P<upper>{place_upper})|(?P<mixed>{place_mixed}))"
            rf"(?P<state>{state})?(?:{day})?(?:[ \t]*(?P<tag>{tag}))?{dash}"
            rf"|(?P<tag_only>{tag}){dash}"
        ),
        places=frozenset(places),
    )
