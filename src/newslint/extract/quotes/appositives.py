"""A speaker written with an appositive: `Yann LeCun, Meta's chief AI scientist, said`,
`said the spokesman, Peter Carr`, `the committee's chairman, Representative Trey Gowdy,
Republican of South Carolina, wrote`: which part between the commas is the person's name
and which are roles."""

from __future__ import annotations

import regex

from newslint.extract.quotes.speaker_phrase import (
    ABBREVIATED,
    APPOSITIVE_END,
    CLAUSE_WORDS,
    MAX_APPOSITIVE,
    OBJECT_MARKERS,
    PUNCTUATION,
    Attribution,
    trailing_speaker,
)
from newslint.extract.quotes.subjects import skip_space
from newslint.facts.speech import SpeechLexicon, is_person_like, split_title


def untitled(words: str, lex: SpeechLexicon) -> str:
    """"the committee's chairman, " of "the committee's chairman, Representative ": the
    title written with the name is part of the name's phrase."""
    parts = words.split()
    while parts and parts[-1].lower() in lex.titles:
        parts.pop()
    return " ".join(parts) + (" " if parts else "")


def appositive_role(words: str) -> str:
    """"the White House press secretary, " before "Sarah Huckabee Sanders, told": the role
    in apposition, without its comma."""
    stripped = words.rstrip()
    if stripped.endswith(",") and stripped.count(",") == 1:
        return stripped[:-1]
    return words


def is_role(words: str) -> bool:
    """Words that can stand before a name: "", "veteran industry analyst", "Assistant U.S.
    Attorney" (the name itself follows)."""
    parts = words.split()
    if len(parts) > 6 or PUNCTUATION.search(words):
        return False
    return not any(w.lower() in CLAUSE_WORDS or w.lower() in OBJECT_MARKERS for w in parts)


def appositive_end(text: str, begin: int, hi: int) -> int:
    """Where an appositive that starts at `begin` ends: at its punctuation, but not at the
    point of an abbreviation ("Benjamin J. Rhodes", "a top adviser to Mr. Obama")."""
    stop = APPOSITIVE_END.search(text, begin, hi)
    while stop is not None and stop[0] == "." and ABBREVIATED.search(
            text, max(begin, stop.start() - 4), stop.start() + 1):
        stop = APPOSITIVE_END.search(text, stop.end(), hi)
    return stop.start() if stop else hi


def named_in_apposition(text: str, start: int, hi: int, lex: SpeechLexicon
                         ) -> Attribution | None:
    """A person's full name that is the whole appositive after a generic speaker."""
    begin = skip_space(text, start)
    end = appositive_end(text, begin, hi)
    name = text[begin:end].rstrip()
    person = split_title(name, lex)
    if person is None or person.role or not is_person_like(person.name):
        return None
    return Attribution(person.name, begin, begin + len(person.name), "name", None)


_PARENTHESIS_END = regex.compile(r"\s*\([^()\"“”]{1,30}\)\s*$")

# Subject pronouns: words between commas that open with one are a clause, not a role.
_OPENS_CLAUSE = [[word] for word in "he she they we I He She They We".split()]
# "On Monday, the committee came out against it, stating": a phrase fronted before the
# subject, a preposition and its object, is no name with its appositive.
_FRONTED_PHRASE = regex.compile(
    r"\s*(?:On|In|At|By|During|After|Before|Since|Until|Over|From|Last|This|Earlier|Later)"
    r"\s+[^,]{1,40}$")


def appositive(text: str, lo: int, comma: int, lex: SpeechLexicon) -> Attribution | None:
    """`Yann LeCun, Meta's chief AI scientist, said` or `DeepSeek's founder, Liang Wenfeng,
    said`: a name and a role between commas."""
    inner = text[lo:comma]
    cut = inner.rfind(", ")
    if cut == -1:
        return None
    middle_start = lo + cut + 2
    middle = text[middle_start:comma]
    if len(middle.split()) > MAX_APPOSITIVE or middle.split()[:1] in _OPENS_CLAUSE:
        return None  # "On Tuesday, she walked out, saying": a clause, not an appositive
    # "Rep. Trey Gowdy (R-S.C.), the committee chairman,": the party tag is no name
    tag = _PARENTHESIS_END.search(text, lo, lo + cut)
    if "," not in inner[:cut] and _FRONTED_PHRASE.fullmatch(inner[:cut]):
        return None
    before = trailing_speaker(text, lo, tag.start() if tag else lo + cut, lex)
    if before is not None and (before.kind == "generic" or not is_person_like(before.speaker)):
        # "Elliott Maynard, a Republican trying to unseat ..., a Democrat, in West Virginia's
        # Third District, said": a person's name that opens the subject is its head, and
        # the descriptions after it ("a Democrat") are appositives, not the speaker
        head = _one_named_segment(text, lo, comma, lex)
        if head is not None and head.start == skip_space(text, lo):
            return head
    if before is not None and before.kind == "name":
        return Attribution(before.speaker, before.start, before.end, "name", None,
                           " ".join(middle.split()) or before.role)
    # "DeepSeek's founder, Liang Wenfeng," / "One victim, 84-year-old Harold Greene,"
    inner_name = trailing_speaker(text, middle_start, comma, lex, generic=False)
    if inner_name is not None and inner_name.kind == "name" and is_person_like(
            inner_name.speaker) and is_role(text[middle_start:inner_name.start]):
        role = " ".join(text[lo:lo + cut].split()[-4:]) or None
        return Attribution(inner_name.speaker, inner_name.start, inner_name.end, "name", None,
                           role)
    if before is not None and before.kind == "generic":
        return before  # "Another analyst, who asked not to be named, said"
    return _one_named_segment(text, lo, comma, lex)


_MAX_SEGMENTS = 4


def _one_named_segment(text: str, lo: int, comma: int, lex: SpeechLexicon
                       ) -> Attribution | None:
    """"Michael Elliott, the executive director of the Group, a trade group, said", "the
    committee's chairman, Representative Trey Gowdy, Republican of South Carolina, wrote":
    of the parts between commas, one is a person's name (with its title) and the others
    are its roles."""
    inner = text[lo:comma]
    if len(inner.split()) > MAX_APPOSITIVE + 6 or inner.count(", ") + 1 > _MAX_SEGMENTS:
        return None
    named: list[Attribution] = []
    roles: list[str] = []
    start = lo
    for part in [*inner.split(", ")]:
        end = start + len(part)
        head = trailing_speaker(text, start, end, lex, generic=False)
        lead = text[start:head.start].strip() if head is not None else part
        if (head is not None and head.kind == "name" and is_person_like(head.speaker)
                and (not lead or lead in (head.role or "").split())):
            named.append(head)
        else:
            roles.append(" ".join(part.split()))
        start = end + 2
    if len(named) != 1:
        return None
    head = named[0]
    return Attribution(head.speaker, head.start, head.end, "name", None,
                       ", ".join(r for r in roles if r) or head.role)
