"""The event a date mention dates, as a key: its clause's head word, names and content words.

"the hostages were freed in March", "the vote was on Sunday", "the wreckage was found
Friday night": every date in running text gets a key, not only those next to a verb of
`rules/dates.yaml`. The head is the verb nearest before the date in its clause (the date
follows its verb and object in English: "passing a resolution on Tuesday"), else the verb
right after it ("The White House on Wednesday released"), else an event noun
("the debate on Tuesday"); an event noun with another sense ("her leadership post") only
when no verb does. A participle that opens the sentence heads its date's phrase ("Posting
on Facebook on Friday evening, Mary Cheney ... wrote"), its subject after the comma.
Names are the capitalised words of the clause (facts/event_names.py), and those of a list
its colon opens (facts/clause_lists.py); content words its other lower-case words. Lemmas
are crude and only ever compared with each other. An announcement's head also keys the act
it tells (facts/event_acts.py).
No parser: clauses end at strong punctuation and at a comma before a word that opens one.
The grammar (words, function words, lemmas, clauses) is facts/clause.py, shared with the
figures' keyer (facts/context.py); synonyms and event nouns come from rules/dates.yaml.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from itertools import takewhile

from newslint.facts.clause import IRREGULAR, MONTHS_DAYS, WORD, short_past
from newslint.facts.clause import clause_bounds as _clause_bounds
from newslint.facts.clause_lists import listed_names
from newslint.facts.clause_words import Words, read_words, sentence_words, span_of
from newslint.facts.determiners import ARTICLES as _ARTICLES
from newslint.facts.event_acts import announced_act
from newslint.facts.event_names import name_at
from newslint.facts.event_plans import BE as _BE
from newslint.facts.event_plans import WEEKDAY as _WEEKDAY
from newslint.facts.event_plans import to_come as _to_come
from newslint.facts.event_plans import weekday_to_come as _weekday_to_come
from newslint.facts.event_schedule import schedules
from newslint.facts.event_vocabulary import (  # noqa: F401 (their home for callers)
    FUNCTION_WORDS,
    Vocabulary,
    head_agreement,
    lemma,
    vocabulary,
)
from newslint.facts.event_words import modifier, opening_participle, verb_forms  # noqa: F401
from newslint.facts.year_things import thing_kinds, year_thing
from newslint.ruledata import builtin

# An en dash between two letters joins a compound ("St. Louis Community College–Florissant
# Valley"); with a space beside it, it sets off a clause as an em dash does.
_CLAUSE_BREAK = re.compile(
    r"[;:\[\]—]|(?<![A-Za-z])–|–(?![A-Za-z])|\s-{1,2}\s|"
    r",\s+(?=(?:which|who|whom|whose|while|but|although|though|"
    r"whereas|after|before|when|as|since|because|where|so|yet|including|according|saying|"
    r"and\s+(?:then|later|on|by|in))\b)",
    re.IGNORECASE)
# Capitalised words inside quotation marks are a title or a slogan ("In God We Trust"), not
# the names an event is about.
_RELATIVE = re.compile(r"(?:which|who|whom|whose)\b", re.IGNORECASE)
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")
_AUXILIARIES = frozenset("to is are was were be been being has have had will would could "
                         "should may might must did".split())
# Words of the verb chain before a head that make it a plan or a possibility.
_PLAN_MARKERS = frozenset("will would shall could may might expected expects expect scheduled "
                          "set due slated poised plans planned planning going hopes aims "
                          "intends".split())
# Words that single out one of a series: "the last message" is not "a message" sent "first".
SEQUENCE = frozenset("first second third fourth fifth last final latest initial original "
                     "previous next".split())
_PLAN_LEMMAS = frozenset({"schedul", "set", "slat", "expect", "du", "plan"})  # lemma()s
# Schedule words with no -ed form to read them by: "an election set for June 25".
_SCHEDULE_WORDS = frozenset({"set", "due"})
_SCHEDULED = "\x00scheduled"  # _head's mark for a noun reached through a schedule verb
_MAX_BEFORE = 10  # words between a verb and the date it governs
_MAX_AFTER = 3
_CONTENT_SPAN = 12  # words either side of the date whose lemmas describe the event


@dataclass(frozen=True, slots=True)
class EventKey:
    head: str  # lemma: "free" for "freed", "vote" for "voted"
    alt_head: str | None  # the verb it continues: "voting" in "voting to override Monday"
    head_text: str  # as written
    head_start: int
    head_end: int
    names: tuple[str, ...]  # lower case, sorted
    content: tuple[str, ...]  # lemmas of the clause's other words near the date, sorted
    planned: bool  # the head is a plan or a possibility: "will", "expected to", "could"
    sequence: tuple[str, ...]  # the clause's words of SEQUENCE, outside the date, sorted
    bound: bool  # the head is a noun the date names ("the June 25 election")
    passive: bool = False  # the head is a verb after a form of "be": "was appointed"
    actors: tuple[str, ...] = ()  # the names before the head and the date, sorted
    sentence: tuple[str, ...] = ()  # lemmas of the whole sentence's words, sorted
    scheduled: bool = False  # a schedule governs the date: "the speech, scheduled for"
    owners: tuple[str, ...] = ()  # the names owning what is scheduled: "Netanyahu's speech"
    thing: str | None = None  # a year's thing as written (facts/year_things.py): "ticket"
    thing_kinds: tuple[str, ...] = ()  # what singles the thing out: "office:senate"
    act: str | None = None  # lemma of the act an announcement tells (facts/event_acts.py)


def clause_bounds(text: str, lo: int, hi: int, start: int, end: int) -> tuple[int, int]:
    """The clause of the sentence text[lo:hi] that holds text[start:end]. A date that opens
    its sentence ("On Wednesday, the House voted") belongs to the clause after its comma."""
    return _clause_bounds(_CLAUSE_BREAK, text, lo, hi, start, end)


@functools.cache
def _irregular_pasts() -> frozenset[str]:
    """The past forms of rules/irregular_verbs.yaml (the grammar table editors keep) that
    differ from their verb's base and are no function word: "dug in Sunday", "fled on
    Monday", "sought on Friday" are verbs as "met" and "won" are, which facts/clause.py's
    short list knows. Present forms ("flies") and the base are left out (a noun's spelling
    as often as a verb's)."""
    verbs = builtin("irregular_verbs.yaml").get("verbs") or []
    return frozenset(
        form for forms in verbs if forms for form in map(str, forms[1:])
        if form != str(forms[0]) and not form.endswith(("s", "ing"))
        and form not in FUNCTION_WORDS)


def _is_verb(word: str, previous: str | None) -> bool:
    low = word.lower()
    if low in FUNCTION_WORDS or not word.islower() or low in MONTHS_DAYS:
        return False
    if previous is not None and previous.lower() in _AUXILIARIES:
        return True
    return (low.endswith("ed") and len(low) > 4) or low in IRREGULAR \
        or (low.endswith("ing") and len(low) > 5) or short_past(low) \
        or low in _irregular_pasts()


_NEAR = 2_000  # characters; basil's longest paragraph has 937


def event_key(text: str, lo: int, hi: int, start: int, end: int,
              known: frozenset[str] = frozenset()) -> EventKey | None:
    """The key of the date at text[start:end] in the sentence text[lo:hi], or None. A
    sentence longer than a news sentence (text with no full stops) is read only within
    _NEAR characters of the date: its key is in its clause, and every date of such text
    would otherwise walk the whole of it."""
    sentence = whole = sentence_words(text, lo, hi, SEQUENCE)
    lo, hi = max(lo, start - _NEAR), min(hi, end + _NEAR)
    c_lo, c_hi = clause_bounds(text, lo, hi, start, end)
    span = span_of(sentence, c_lo, c_hi)
    if span is None:
        sentence = read_words(list(WORD.finditer(text, c_lo, c_hi)), SEQUENCE)
        span = (0, len(sentence.words))
    i0, i1 = span
    every = sentence.words
    words = every[i0:i1]
    before = every[i0:sentence.count_before(start, i0, i1)]
    after = every[sentence.first_from(end, i0, i1):i1]
    # "Thursday's ruling", "Monday's summit meeting": the date is the noun's it owns.
    possessive = text[end:end + 2] in ("'s", "’s")
    head, alt = (_owned(text, after) if possessive else None), None
    participle = opening_participle(text, every, end, c_hi) \
        if i0 == 0 and sentence is whole else None
    if head is None:
        possessive = False
        head, alt = _head(before, after, start, participle)
    thing = year_thing(text, c_lo, c_hi, start, end)
    if head is None:
        # "the 2000 Democratic vice presidential nominee": a year keyed by its thing
        head = thing
    if head is None:
        return None
    named, n0 = sentence, i0
    if c_lo > lo and (_RELATIVE.match(text, c_lo) or not any(
            not start <= sentence.starts[i] < end for i in sentence.caps_in(i0, i1))):
        # "Amendment 64, which was approved in 2012": the clause is about its antecedent;
        # "..., according to tax returns released Thursday": a clause that names no one
        # is about the names of the clause before it
        a_lo, _ = clause_bounds(text, lo, hi, c_lo - 2, c_lo - 2)
        antecedent = span_of(sentence, a_lo, c_lo)
        if antecedent is not None and antecedent[1] == i0:
            n0 = antecedent[0]
        else:
            named = read_words([*WORD.finditer(text, a_lo, c_lo), *words], SEQUENCE)
            n0, i1 = 0, len(named.words)
    quoted = [m.span() for m in _QUOTED.finditer(text, c_lo, c_hi)]
    # Only capitalised words can be names: the test is made before the call (most words
    # of a clause are lower case, and this runs for every date of an article).
    at = {named.starts[i]: name for i in named.caps_in(n0, i1)
          if not start <= named.starts[i] < end
          and (name := name_at(named, i, lo, i1, known)) is not None
          and not (quoted and any(q0 <= named.starts[i] < q1 for q0, q1 in quoted))}
    names = set(at.values()) | listed_names(
        text, sentence, c_hi, hi, lambda i, last: name_at(sentence, i, lo, last, known))
    i1 = i0 + len(words)
    near = before[-_CONTENT_SPAN:] + after[:_CONTENT_SPAN]
    head_lemma = lemma(head.group())
    head_start = head.start()
    # the names before the act's verb and its date: who acted ("Trump agreed on Monday")
    actors = {name for pos, name in at.items() if pos < min(head_start, start)}
    if head_start == every[0].start() and participle is not None:
        # the participle's subject follows its phrase: "..., Mary Cheney ... wrote"
        actors = {name for pos, name in at.items() if pos > text.find(",", end, c_hi)}
    content = {lemma(g) for w in near if (g := w.group()).islower() and len(g) > 2
               and g not in FUNCTION_WORDS and w.start() != head_start} - {head_lemma}
    chain_end = sentence.count_before(head.start(), i0, i1)
    chain = [w.group().lower() for w in every[max(i0, chain_end - 4):chain_end]]
    planned = alt == _SCHEDULED or any(w in _PLAN_MARKERS for w in chain) \
        or "'ll" in "".join(chain) or (possessive and _to_come(before)) \
        or (_WEEKDAY.fullmatch(text, start, end) is not None
            and _weekday_to_come(text, before, after, end))
    # The date names its noun: "the June 25 special election", "the election slated for
    # June 25", "the report Thursday"; not a verb's date, not a noun farther off.
    bound = head_lemma in vocabulary().dated and not _is_verb(head.group(), None) and (
        alt == _SCHEDULED or head.end() == start - 1 or possessive
        or any(w.start() == head.start() for w in after[:3])
        or _in_between(text, head.end(), start))
    if alt == _SCHEDULED:
        alt = None
    scheduled, owned = (False, None) if possessive else schedules(before, head)
    owners = actors if scheduled and owned is None else {
        name for pos, name in at.items() if owned is not None and owned[0] <= pos < owned[1]}
    passive = bool(chain) and chain[-1] in _BE and _is_verb(head.group(), None)
    act = announced_act(
        text, head, every[chain_end - 1] if chain_end > i0 else None,
        [w for w in every[chain_end + 1:i1] if not start <= w.start() < end],
        [w for w in every[:chain_end] if w.start() >= lo], _is_verb) \
        if head_lemma in vocabulary().announcements and head.start() != start else None
    sequence = {every[i].group().lower() for i in sentence.marked_in(i0, i1)
                if not start <= sentence.starts[i] < end
                and not (i + 1 < i1 and _is_time_word(every[i + 1].group()))}
    return EventKey(head_lemma, alt, head.group(), head.start(), head.end(),
                    tuple(sorted(names)), tuple(sorted(content)), planned,
                    tuple(sorted(sequence)), bound, passive, tuple(sorted(actors)),
                    tuple(sorted(sentence_lemmas(whole) - {head_lemma})), scheduled,
                    tuple(sorted(owners)), thing.group() if thing else None,
                    thing_kinds(text, c_lo, c_hi, start, end, thing) if thing else (), act)


def sentence_lemmas(words: Words) -> frozenset[str]:
    """The lemmas of a sentence's lower-case words that are no function words, read once
    for all of its dates."""
    if -1 not in words.read:
        words.read[-1] = frozenset(  # type: ignore[assignment]
            lemma(g) for w in words.words if (g := w.group()).islower() and len(g) > 2
            and g not in FUNCTION_WORDS)
    return words.read[-1]  # type: ignore[return-value]


def _owned(text: str, after: list[re.Match[str]]) -> re.Match[str] | None:
    """The noun a possessive date owns, in the lower-case run right after it, past names
    that qualify it ("Thursday's Senate vote"): the run's first event noun ("Thursday's
    announcement comes", "Monday's summit meeting"), else its first word ("Sunday's
    reading"); None when a function word or a verb comes first. A word in -ing there is a
    noun ("ruling", "meeting")."""
    run: list[re.Match[str]] = []
    for i, word in enumerate(after[:4]):
        if i and text[after[i - 1].end():word.start()].strip():
            break  # punctuation ends the phrase
        low = word.group()
        if not low.islower():
            if not run:
                continue
            break
        if low in FUNCTION_WORDS or (_is_verb(low, None) and not low.endswith("ing")):
            break
        run.append(word)
    dated = vocabulary().dated
    return next((w for w in run if lemma(w.group()) in dated), run[0] if run else None)


def _in_between(text: str, head_end: int, date_start: int) -> bool:
    """Only "in" between a noun head and its date: "the attacks in 2012" are the 2012
    attacks ("in" takes a year, a month or a season, never a weekday)."""
    return text[head_end:date_start].strip().lower() == "in" and date_start - head_end == 4


def _is_time_word(word: str) -> bool:
    """"week" in "last week", "Tuesday" in "next Tuesday": a date, not a series."""
    low = word.lower()
    return low in MONTHS_DAYS or low in _TIME_WORDS


_TIME_WORDS = frozenset("day days week weeks weekend month months year years night time "
                        "morning afternoon evening spring summer fall autumn winter".split())


def _head(before: list[re.Match[str]], after: list[re.Match[str]], date_start: int,
          participle: re.Match[str] | None = None) -> tuple[re.Match[str] | None, str | None]:
    """The head word, and the lemma of the verb it continues ("voting 348-77 to override"),
    or _SCHEDULED for a noun reached through a schedule verb ("the election slated for")."""
    vocab = vocabulary()
    nouns = vocab.nouns
    # "the June 25 special election", "the 2014 ban", and after an article the names of
    # its noun phrase too ("the 2012 Benghazi attack"); a verb ends the phrase ("on
    # Tuesday regarding emails").
    article = bool(before) and before[-1].end() == date_start - 1 \
        and before[-1].group().lower() in _ARTICLES
    for word in after[:3]:
        text = word.group()
        if not text.islower():
            if article and text[0].isupper():
                continue
            break
        if text in FUNCTION_WORDS or _is_verb(text, None):
            break
        if lemma(text) in vocab.dated:
            return word, None
    if before and before[-1].end() == date_start - 1 and before[-1].group().islower() \
            and lemma(before[-1].group()) in nouns - vocab.other_senses:
        return before[-1], None  # "disputed the report Thursday": the report's date
    found: list[int] = []
    # "re-elected to her leadership post Wednesday": a noun with another sense than an
    # event's heads only when no verb of the clause does
    other_sense: re.Match[str] | None = None
    for i in _within_reach(before):
        word = before[i]
        previous = before[i - 1].group() if i else None
        if not found and other_sense is None and word.group().islower() \
                and lemma(word.group()) in vocab.other_senses:
            other_sense = word
            continue
        if other_sense is not None and (previous or "").lower() in _ARTICLES:
            continue  # "a televised White House address": a participle of the noun's phrase
        if (_is_verb(word.group(), previous) and not modifier(before, i, FUNCTION_WORDS)) \
                or word is participle or word.group() in _SCHEDULE_WORDS \
                or (word.group().islower() and lemma(word.group()) in nouns):
            found.append(i)
            # "voting to override", and a participle set off from the word before it by
            # more than a space ("approved Amendment 64, legalizing marijuana, in 2012")
            # continue the verb before them
            continues = previous is not None and (previous.lower() == "to" or (
                word.group().endswith("ing") and word.start() - before[i - 1].end() > 1))
            if len(found) == 2 or not continues:
                break
        if found and found[0] - i >= 4:
            break
    if found:
        head = before[found[0]]
        if lemma(head.group()) in _PLAN_LEMMAS:  # "the election slated for June 25"
            for word in reversed(before[max(0, found[0] - 6):found[0]]):
                if word.group().islower() and lemma(word.group()) in vocab.dated:
                    return word, _SCHEDULED
        alt = lemma(before[found[1]].group()) if len(found) == 2 else None
        return head, alt
    if other_sense is not None:
        return other_sense, None
    # A date that opens its sentence ("On Saturday, Senate Majority Leader Harry Reid
    # received", "On Thursday, the State Department released") reaches past the names
    # of its subject, and the articles among them, to the verb.
    reach = _MAX_AFTER
    opening = all(w.group().lower() in FUNCTION_WORDS for w in before)
    if opening:
        reach = _MAX_AFTER + sum(1 for _ in takewhile(
            lambda w: not w.group().islower() or w.group() in FUNCTION_WORDS,
            after[:_MAX_BEFORE]))
    for i, word in enumerate(after[:reach]):
        previous = after[i - 1].group() if i else None
        if _is_verb(word.group(), previous):
            return word, None
    if opening:
        # "And on Wednesday, in a speech before the Council on Foreign Relations, Senator
        # Rubio ...": the event noun the opening phrase goes on to, when no verb is near
        for word in after[:reach]:
            if word.group().islower() and lemma(word.group()) in nouns:
                return word, None
    return None, None


def _within_reach(before: list[re.Match[str]]) -> range:
    """The indices of `before`, nearest the date first, within _MAX_BEFORE words of it,
    a run of capitalised words counting as one: a name is one thing however many words
    spell it ("began to read the United States Constitution aloud from the chamber's
    floor on Thursday", "his victory over House Majority Leader Eric Cantor (R-Va.) for
    the Republican nomination on Sunday")."""
    seen, i = 0, len(before) - 1
    while i >= 0 and seen < _MAX_BEFORE:
        if not (before[i].group()[0].isupper() and i and before[i - 1].group()[0].isupper()):
            seen += 1
        i -= 1
    return range(len(before) - 1, i, -1)
