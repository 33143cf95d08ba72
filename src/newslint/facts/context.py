"""The context a figure is keyed by: its clause, the clause's head word, the names around
it and the modifiers that make two measures different.

Two mentions are compared only when their keys agree ("the initial offer" is not "the
revised offer"). The grammar it reads with (words, function words, clauses, lemmas) is
facts/clause.py, shared with the dates' keyer (facts/event_key.py). Everything here is a
pure function of the text and offsets, and works without a parser: names are capitalised
words that do not open a sentence; the head noun of a figure is the noun its number counts
or that follows "of"/"in" after it; the clause verb is the nearest word before the fact
that reads as a verb (facts/figure_verbs.py). Modifiers and synonyms come from
rules/numbers.yaml (facts/figure_lexicon.py).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from newslint.facts.clause import MONTHS_DAYS, WORD, stem
from newslint.facts.clause import clause_bounds as _clause_bounds
from newslint.facts.figure_lexicon import lemma, modifiers_in
from newslint.facts.figure_names import FUNCTION_WORDS, names_besides, names_in
from newslint.facts.figure_names import names_agree as names_agree
from newslint.facts.figure_verbs import (
    content_word_after,
    is_verb,
    relative_verb,
    verb_after,
    verb_before,
)
from newslint.facts.predicate import HYPOTHETICAL, hypothetical
from newslint.facts.tense import said_of_future

# A clause ends at strong punctuation, at a comma before a word that opens a new clause, and
# before a relative pronoun or subordinator ("... after Jeb Bush released 33 years").
_CLAUSE_BREAK = re.compile(
    r"[;:()\[\]—–]|\s-{1,2}\s|,\s+(?=(?:which|who|whom|whose|while|but|although|though|"
    r"whereas|after|before|when|as|and|since|because|where|so|yet|including|according)\b)"
    r"|\s(?=(?:which|who|whom|whose|while|although|though|whereas|because|after|before|"
    r"when|since)\s)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class ClauseContext:
    """What a fact at text[start:end] is said of. Lemmas are lower case."""

    clause: tuple[int, int]  # offsets of the clause
    verb: str | None  # lemma of the clause verb before the fact ("free" for "freed")
    noun: str | None  # lemma of the noun the fact counts or measures ("engine")
    names: tuple[str, ...]  # names in the clause, sorted
    sentence_names: tuple[str, ...]  # names in the sentence, sorted
    modifiers: tuple[str, ...]  # canonical modifiers ("initial", "per share", "year 2014")
    future: bool  # said of what will or may happen, not what did
    words: tuple[str, ...] = ()  # lemmas of the sentence's other content words, sorted
    sentence_words: tuple[str, ...] = ()  # ... all of them, whatever the head

    @property
    def head(self) -> str | None:
        """The clause head word a measure is keyed by: its noun, else its verb."""
        return self.noun or self.verb



def clause_bounds(text: str, start: int, end: int, lo: int, hi: int) -> tuple[int, int]:
    """The clause of text[lo:hi] (a sentence) that holds text[start:end]."""
    return _clause_bounds(_CLAUSE_BREAK, text, lo, hi, start, end)



def noun_after(text: str, end: int, hi: int, plural: bool = True) -> str | None:
    """Lemma of the noun right after text[:end] (up to three words, no function word): the
    first plural one when `plural` ("14 engines failed" → engine, "16 House-passed
    measures" → measure), else the last ("$447 billion job-creation plan" → plan)."""
    run: list[str] = []
    pos = end
    while len(run) < 3:
        match = WORD.match(text, pos + _spaces(text, pos, hi), hi)
        if match is None or (match.start() == pos and run):
            break
        word = match.group()
        low = word.lower()
        if not run and low in _SKIPPED:
            pos = match.end()
            continue  # "29 other states": the modifier is read apart
        if not run and low.rstrip(".") in MONTHS_DAYS:
            day = _DAY_AFTER.match(text, match.end(), hi)
            if day:  # "the 19 Sept. 11 hijackers": a date names them
                pos = day.end()
                continue
        if low in FUNCTION_WORDS or low.endswith("ly"):
            break
        if is_verb(word, None) and (run or not content_word_after(text, match.end(), hi)):
            break  # "14 engines failed", "seven held by": the verb ends the noun phrase
        run.append(word)
        pos = match.end()
        if pos < hi and text[pos] not in " ":
            break  # punctuation ends the phrase
        if low in _TRANSPARENT and not run[:-1]:
            after = re.match(r"\s+of\s+(?:the\s+|an?\s+)?", text[pos:hi])
            if after:  # "$9,587.64 worth of furniture", "the number of troops"
                return noun_after(text, pos + after.end(), hi, plural)
        if plural and _plural(low):
            return lemma(low)
    if not run:
        return None
    return lemma(run[-1])


# Nouns that pass the measure on to the noun after "of".
_TRANSPARENT = frozenset({"worth", "number", "total", "amount", "sum", "group", "couple",
                          "pair", "set", "dozen", "dozens", "hundreds", "thousands"})
# A figure's own phrase after it ends at the next figure and at a conjunction: in "50
# people were killed and at least 53 others", "at least" is the 53's.
_PHRASE_AFTER = re.compile(r"(?:(?!\s(?:and|or|but)\s)[^,.;:!?—–()\d])*")
_YEAR = re.compile(r"(?<![\w$.,-])((?:19|20)\d\d)(?![\w%-]|,\d)")
_DAY_AFTER = re.compile(r"\.?\s+\d{1,2}(?!\d)")
_SKIPPED = frozenset({"other", "more", "additional", "extra", "fewer", "such"})



# The plurals English makes without an -s that copy counts: "60 people dead".
_PLURALS = frozenset({"people", "men", "women", "children"})


def _plural(low: str) -> bool:
    return low in _PLURALS or (low.endswith("s") and not low.endswith(
        ("ss", "us", "is", "'s", "’s")) and len(low) > 3)


def _spaces(text: str, pos: int, hi: int) -> int:
    n = 0
    while pos + n < hi and text[pos + n] == " ":
        n += 1
    return n




# The kinds a measure is of, listed after a preposition, before the figure: "the tax rate
# for federal, state and local taxes was", "with city and state income taxes, was a
# combined rate of": the measure of them all, as "combined" or "total" says.
_PARTS = re.compile(r"\b(?:for|with|of|on|including)\s+(?:the\s+|all\s+)?[a-z]+(?:,\s+[a-z]+)*"
                    r",?\s+and\s+[a-z]+(?:\s+[a-z]+)?\s+(?!(?:was|has|is|this|does)\b)"
                    r"[a-z]+s\b")
IN_ALL = "in all"  # the canonical modifier of a total (rules/numbers.yaml)


# Modifiers are read from the four words before a figure ("the revised offer of", "three
# more years in exchange for $5.7 billion" is no other sum), and the verbs of an estimate,
# which govern their object from further back, from five: "estimates the price tag at
# around $8 billion" is an estimate.
_MODIFIER_WORDS = 4
_ESTIMATE_WORDS = 5


def clause_context(text: str, start: int, end: int, sentence: tuple[int, int],
                   plural: bool = True, share: bool = False) -> ClauseContext:
    """The keys of the fact at text[start:end] in the sentence text[sentence[0]:sentence[1]].
    Modifiers are read from the four words before the fact (an estimate's verb from five)
    and a few words after it, not from the fact itself ("more than" is a qualifier there,
    not "more")."""
    lo, hi = sentence
    begin, finish = clause_bounds(text, start, end, lo, hi)
    noun = noun_after(text, end, finish, plural)
    before = [m.start() for m in WORD.finditer(text, begin, start)][-_ESTIMATE_WORDS:]
    near_start = before[-_MODIFIER_WORDS] if len(before) >= _MODIFIER_WORDS else \
        (before[0] if before else start)
    # After it, only its own phrase: up to the next punctuation, at most 40 characters.
    # (A clause may end inside the figure, "0+" then a line break: then nothing follows it.)
    after = _PHRASE_AFTER.match(text, end, max(end, min(finish, end + 40)))
    near_end = end + len(after[0]) if after else end
    mods = set(modifiers_in(text, near_start, start, True)) | set(
        modifiers_in(text, end, near_end, share=share))
    relative = relative_verb(text, start, end, finish)
    if relative:  # "the $5.7 billion that Mr. Trump had requested": a sum requested
        mods |= set(modifiers_in(text, end, relative[1]))
    if before and "estimated" in modifiers_in(text, before[0], start):
        mods.add("estimated")
    if _PARTS.search(text, begin, start):
        mods.add(IN_ALL)  # "the rate for federal, state and local taxes was": their sum
    # The years a clause names set its period: "from 2007 to 2014" is not "in 2011".
    mods |= {f"year {y}" for y in _YEAR.findall(text, begin, finish)}
    if hypothetical(text, begin, start, end, hi):
        mods.add(HYPOTHETICAL)  # asked about or conditional: not a value measured
    return ClauseContext(
        clause=(begin, finish),
        verb=_complement(text, end, finish, noun) or (relative and relative[0])
        or verb_before(text, begin, start) or verb_after(text, end, finish),
        noun=noun,
        names=names_besides(names_in(text, begin, finish, lo), noun, lemma),
        sentence_names=names_besides(names_in(text, lo, hi, lo), noun, lemma),
        modifiers=tuple(sorted(mods)),
        # An estimate is of what will be, whatever its tense: "estimates the price tag at
        # around $8 billion" and "estimates would cost about $8 billion" tell one estimate.
        future=said_of_future(text, begin, start) and "estimated" not in mods,
        words=content_words(text, lo, hi, noun) if noun else (),  # only nouns use them
        sentence_words=_sentence_words(text, lo, hi),  # one tuple per sentence
    )



def _complement(text: str, end: int, hi: int, noun: str | None) -> str | None:
    """The predicate of the counted noun when a participle or a word the lexicon groups
    with a verb follows it and ends the phrase: in "left 60 people dead" or "with 50 people
    killed" the figure counts the dead, whatever the clause's verb ("left", "with")."""
    if noun is None:
        return None
    words = list(WORD.finditer(text, end, hi))[:4]
    for i, match in enumerate(words[:3]):
        if lemma(match.group()) != noun or i + 1 >= len(words):
            continue
        word = words[i + 1]
        low = word.group()
        if not low.islower() or text[match.end() : word.start()] != " ":
            return None
        if not ((low.endswith("ed") and len(low) > 4) or lemma(low) != stem(low)):
            return None
        after = text[word.end() : word.end() + 5]
        ends = not after.strip() or after[0] in ",.;:!?)" or re.match(
            r"\s(?:and|or|in|at|on)\b", after) is not None
        return lemma(low) if ends else None
    return None


# Prepositions that look like verbs, and the words of time (the figure's date, not its
# subject): "including", "years".
NOT_CONTENT = frozenset("""
including according following regarding during years year months month weeks week days day
hours today yesterday tomorrow morning afternoon evening night
""".split()) | MONTHS_DAYS


def content_words(text: str, lo: int, hi: int, noun: str | None) -> tuple[str, ...]:
    """Lemmas of the lower-case words of text[lo:hi] that carry content (four letters or
    more, no function word), less the fact's own noun: what its sentence is about."""
    words = _sentence_words(text, lo, hi)
    return tuple(w for w in words if w != noun) if noun in words else words


@lru_cache(maxsize=16)
def _sentence_words(text: str, lo: int, hi: int) -> tuple[str, ...]:
    # A sentence with several figures is read once.
    return tuple(sorted({stem(w) for m in WORD.finditer(text, lo, hi)
                         if (w := m.group()).islower() and len(w) > 3
                         and w not in FUNCTION_WORDS and w not in NOT_CONTENT}))

