"""The speaker named after the words that introduce a quote: after an inverted verb
(`"...," said Michael Block, market strategist at ...`) and after "according to"."""

from __future__ import annotations

from newslint.extract.quotes.appositives import appositive_end, named_in_apposition
from newslint.extract.quotes.generic_keys import generic_key
from newslint.extract.quotes.phrase_after import parse_phrase
from newslint.extract.quotes.speaker_phrase import (
    ABBREVIATED,
    DETERMINERS,
    MAX_APPOSITIVE,
    PHRASE_STOP,
    PREPOSITION,
    Attribution,
)
from newslint.extract.quotes.subjects import skip_space
from newslint.facts.speech import SpeechLexicon


def noun_phrase_after(text: str, start: int, hi: int, lex: SpeechLexicon) -> Attribution | None:
    """The speaker after an inverted verb: `said Michael Block, market strategist at ...`."""
    begin = skip_space(text, start)
    end = hi
    for match in PHRASE_STOP.finditer(text, begin, hi):
        if match[0] == "." and ABBREVIATED.search(text, max(begin, match.start() - 4),
                                                   match.start() + 1):
            continue  # "Dr.", "J.": the name goes on
        end = match.start()
        break
    found = parse_phrase(text, begin, end, lex)
    if found is None or found.kind == "generic":
        # `explained Speaker John Boehner to the Post`: a name ends before a preposition
        # phrase ("a spokesman for Velo" is no name, and keeps its "for")
        cut = PREPOSITION.search(text, begin, end)
        named = parse_phrase(text, begin, cut.start(), lex) if cut is not None else None
        if named is not None and named.kind == "name":
            return named
    if found is not None and found.kind == "name" and not found.role and text.startswith(
            ",", end):
        # `said Omar Haddad, a spokesman for Velo.`: the appositive is the role
        stop = appositive_end(text, end + 1, hi)
        appositive = " ".join(text[end + 1:stop].split())
        words = appositive.split()
        if words and words[0].lower() in DETERMINERS and len(words) <= MAX_APPOSITIVE:
            found = Attribution(found.speaker, found.start, found.end, found.kind, found.verb,
                                " ".join(words[1:]) or None)
    elif found is not None and found.kind == "generic" and text.startswith(",", end):
        # `said the spokesman, Peter Carr.`: the name in apposition is the speaker
        named = named_in_apposition(text, end + 1, hi, lex)
        if named is not None:
            return Attribution(named.speaker, named.start, named.end, "name", None,
                               generic_key(found.speaker))
    return found


def according(text: str, start: int, open_at: int, lex: SpeechLexicon) -> Attribution | None:
    """`According to X, "..."`; of a longer source ("a statement shared by an NVIDIA
    spokesperson to the press") the speaker is who made it."""
    rest = text[start:open_at]
    head = rest.split(",")[0]
    if len(rest[len(head):].split()) > MAX_APPOSITIVE:
        return None
    offset = start
    for marker in (" by ", " from "):
        cut = head.rfind(marker)
        if cut != -1:
            offset += cut + len(marker)
            head = head[cut + len(marker):]
            break
    tail = PREPOSITION.search(head)
    if tail:
        head = head[: tail.start()]
    begin = skip_space(text, offset)
    return with_verb(parse_phrase(text, begin, offset + len(head), lex), "according to")



def with_verb(found: Attribution | None, verb: str) -> Attribution | None:
    if found is None:
        return None
    return Attribution(found.speaker, found.start, found.end, found.kind, verb, found.role)
