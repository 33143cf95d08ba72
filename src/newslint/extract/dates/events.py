"""Binding a date to its event: "R1, unveiled in late 2024" → (release, "r1").

Deliberately narrow: an event verb (or noun) from `rules/dates.yaml` right next to the date
in the same clause, and a named thing or person in a position the grammar makes plain. An
ambiguous sentence gets no event, so NL501 never compares dates of different happenings.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from newslint.facts.dates import EventTable, event_table

# A name token: capitalised ("DeepSeek", "High-Flyer") or a letter-digit mix ("R1", "o1",
# "GPT-4o"). A phrase is a run of them: "Liang Wenfeng", "DeepSeek R1".
_TOKEN = (r"(?:\p{Lu}[\p{L}\p{N}\-.&]*[\p{L}\p{N}]|\p{Lu}|\p{Ll}+\p{Lu}[\p{L}\p{N}\-]*"
          r"|\p{L}+\d[\p{L}\p{N}.\-]*|\d+\p{L}[\p{L}\p{N}\-]*)")
# A bare number continues a name ("Lumen 3", "Windows 11") unless it starts a quantity.
_NUMBER = (r"\d+(?:\.\d+)?(?![\p{L}\p{N}%]|\s+(?i:days?|weeks?|months?|years?|hours?|percent"
           r"|per|million|billion|trillion|times|of)\b)")
# "Bank of America", "Voice of America": small words inside a name keep it whole.
_JOIN = r"[ \t]+(?:(?:of|for|de|du|and|&)(?:[ \t]+the)?[ \t]+)?"
_PHRASE = rf"{_TOKEN}(?:(?:{_JOIN}{_TOKEN})|[ \t]+{_NUMBER})*"
_NAME_PHRASE = regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?P<name>{_PHRASE})(?P<poss>['’]s)?"
                             r"(?![\p{L}\p{N}])")
# The end of a passive or of a participle clause before the verb: "R1, unveiled",
# "DeepSeek was founded", "DeepSeek, which was founded".
_PASSIVE_TAIL = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}])(?P<name>{_PHRASE})(?:['’]s)?"
    r"(?:\s*,\s*(?:which\s+was\s+|that\s+was\s+)?|\s+(?:was|were|is|are|(?:has|have|had)\s+been"
    r"|which\s+was|that\s+was)\s+)(?:\p{Ll}+ly\s+)?(?:first\s+)?$"
)
# The subject of an intransitive event: "Smith died", "Smith, who died", "Smith was born".
_SUBJECT_TAIL = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}])(?P<name>{_PHRASE})(?:['’]s)?"
    r"(?:\s*,\s*who\s+|\s+(?:was|had|has|reportedly)\s+|\s+)(?:\p{Ll}+ly\s+)?$"
)
_COORDINATED = regex.compile(r"\band\s+$")
# Words that open another clause: a date beyond them belongs to something else.
_CLAUSE_BREAK = regex.compile(
    r"[.;:!?\"“”—–]|\b(?:after|before|when|while|as|because|since|until|and|but|or|that|which"
    r"|who|where|whose|though|although|if|then)\b",
    regex.IGNORECASE,
)
_OBJECT_STOP = regex.compile(
    r"[,.;:!?\"“”—–()]|\b(?:in|on|at|of|for|with|to|from|after|before|by|when|which|that|as|"
    r"and|but|amid|during|since|until|over|under|into|across)\b",
    regex.IGNORECASE,
)
_MAX_GAP_WORDS = 8
_MAX_OBJECT_WORDS = 6
_WINDOW = 240  # characters looked at on either side: keeps long run-on "sentences" linear



@dataclass(frozen=True, slots=True)
class Binding:
    event: str
    event_text: str
    subject: str  # as written, without leading non-name words: "DeepSeek R1"
    start: int  # the verb or noun
    end: int


def bind_event(text: str, sentence_start: int, sentence_end: int, date_start: int,
               date_end: int, previous: Binding | None = None) -> Binding | None:
    """The event a date at [date_start, date_end) dates, or None when the text is unclear.

    `previous` is the binding of the date before this one in the same sentence, for
    coordinated participles: "unveiled in late 2024 and launched in early 2025".
    """
    table = event_table()
    return (_noun_before(text, table, sentence_start, date_start)
            or _verb_before(text, table, sentence_start, date_start, previous)
            or _verb_after(text, table, sentence_start, sentence_end, date_end))


def _verb_before(text: str, table: EventTable, sentence_start: int, date_start: int,
                 previous: Binding | None) -> Binding | None:
    sentence_start = max(sentence_start, date_start - _WINDOW)
    window = text[sentence_start:date_start]
    verbs = list(table.verbs.finditer(window))
    if not verbs:
        return None
    verb = verbs[-1]
    gap = window[verb.end():]
    if len(gap.split()) > _MAX_GAP_WORDS or _CLAUSE_BREAK.search(gap) or "," in gap:
        return None
    start, end = sentence_start + verb.start(), sentence_start + verb.end()
    event = table.verb_event[" ".join(verb[0].lower().split())]
    before = text[sentence_start:start]
    subject = _subject(text, table, event, before, end, date_start, previous)
    if subject is None:
        return None
    return Binding(event, verb[0], subject, start, end)


def _verb_after(text: str, table: EventTable, sentence_start: int, sentence_end: int,
                date_end: int) -> Binding | None:
    """A date that opens its sentence ("Earlier this week, DeepSeek launched R1") or sits
    right before its verb ("Apple on Monday unveiled Apple Intelligence")."""
    sentence_start = max(sentence_start, date_end - _WINDOW)
    sentence_end = min(sentence_end, date_end + _WINDOW)
    window = text[date_end:sentence_end]
    verb = table.verbs.search(window)
    if verb is None:
        return None
    gap = window[: verb.start()]
    if gap.strip():
        lead = text[sentence_start:date_end]
        if (len(lead.split()) > 5 or len(gap.split()) > _MAX_GAP_WORDS + 4
                or _CLAUSE_BREAK.search(gap) or gap.count(",") > 1
                or not gap.lstrip().startswith(",")):
            return None
    start, end = date_end + verb.start(), date_end + verb.end()
    event = table.verb_event[" ".join(verb[0].lower().split())]
    subject = _subject(text, table, event, text[sentence_start:start], end, sentence_end, None)
    if subject is None:
        return None
    return Binding(event, verb[0], subject, start, end)


_OF_NAME = regex.compile(rf"\s+of\s+(?:the\s+)?(?P<name>{_PHRASE})(?P<rest>.*)$", regex.DOTALL)
_POSSESSIVE_NAME = regex.compile(rf"(?P<name>{_PHRASE})['’]s\s+(?:\p{{Ll}}+\s+)?$")


def _noun_before(text: str, table: EventTable, sentence_start: int,
                 date_start: int) -> Binding | None:
    """ "the launch of R1 on Monday", "R1's release in January"."""
    sentence_start = max(sentence_start, date_start - _WINDOW)
    window = text[sentence_start:date_start]
    nouns = list(table.nouns.finditer(window))
    if not nouns:
        return None
    noun = nouns[-1]
    event = table.noun_event[" ".join(noun[0].lower().split())]
    after = window[noun.end():]
    of_name = _OF_NAME.match(after)
    if of_name is not None:
        gap = of_name["rest"]
        name = of_name["name"]
    else:
        possessive = _POSSESSIVE_NAME.search(window[: noun.start()])
        if possessive is None:
            return None
        gap, name = after, possessive["name"]
    if len(gap.split()) > 3 or _CLAUSE_BREAK.search(gap) or "," in gap:
        return None
    subject = normalise_name(name, table)
    if subject is None:
        return None
    return Binding(event, noun[0], subject, sentence_start + noun.start(),
                   sentence_start + noun.end())


_BE_TAIL = regex.compile(r"\b(?:was|were|is|are|been|be)\s+(?:\p{Ll}+ly\s+)?$")


def _subject(text: str, table: EventTable, event: str, before: str, verb_end: int,
             object_end: int, previous: Binding | None) -> str | None:
    if previous is not None and previous.event == event and _COORDINATED.search(before):
        # "unveiled in late 2024 and launched in early 2025": the same thing, unless the
        # second verb names its own object ("and launched the Vision Pro in February").
        return _named_object(text, table, verb_end, object_end) or previous.subject
    if table.keyed_on.get(event) == "subject":
        match = _SUBJECT_TAIL.search(before)
        return normalise_name(match["name"], table) if match else None
    passive = _PASSIVE_TAIL.search(before)
    if passive is not None:
        return normalise_name(passive["name"], table)
    if _BE_TAIL.search(before):
        return None  # a passive whose subject is not a plain name
    return _named_object(text, table, verb_end, object_end)


def _named_object(text: str, table: EventTable, verb_end: int, limit: int) -> str | None:
    """The first name in the object of an active verb: "released its model R1" → "r1"."""
    window = text[verb_end:limit]
    stop = _OBJECT_STOP.search(window)
    if stop is not None:
        window = window[: stop.start()]
    window = " ".join(window.split()[:_MAX_OBJECT_WORDS])
    for match in _NAME_PHRASE.finditer(window):
        if match["poss"]:
            continue  # "Meta's Llama": the owner, not the thing
        name = normalise_name(match["name"], table)
        if name is None:
            continue
        following = window[match.end():].split()
        if following and following[0].lower().strip(".,;") in table.recurring_nouns:
            return None  # "its CPI report": one of many, each with its own date
        return name
    return None


def normalise_name(phrase: str, table: EventTable | None = None) -> str | None:
    """The name without leading non-name words ("Its R1" → "R1"); None if nothing is left."""
    not_names = (table or event_table()).not_names
    words = phrase.replace("’", "'").split()
    while words and words[0] in not_names:
        words.pop(0)
    if not words or all(w in not_names for w in words):
        return None
    if len(words) == 1 and len(words[0]) == 1:
        return None  # a lone capital letter is an initial or an article, not a name
    return " ".join(words)
