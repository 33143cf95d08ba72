"""Scheduled dates: a date that a scheduling predicate governs (rules/dates.yaml `schedule`:
"scheduled", "set", "slated" ... for or on the date) is the date of what it schedules, the
noun it follows or the verb it governs:

- "The speech, scheduled for March 3", "Netanyahu's speech, set for March 3": the noun
  before the predicate;
- "is scheduled to sentence Mr. Jackson on June 25", "is set to vote Tuesday": the verb
  after "to";
- "The judge set the sentencing for June 28", "scheduled a vote for Thursday": the event
  noun the predicate takes as its object.

facts/event_key.py reads the head; this module says whether a predicate of the schedule
governs the date, and, for the index (index/date_schedule.py), whether the date's
paragraph tells of the event being moved ("postponed", "originally") and which names the
paragraph gives when the date's sentence names no one.
"""

from __future__ import annotations

import functools
import re

from newslint.facts.clause import IRREGULAR, MONTHS_DAYS, TITLES
from newslint.facts.determiners import DETERMINERS
from newslint.facts.event_vocabulary import FUNCTION_WORDS, lemma, vocabulary
from newslint.ruledata import builtin

# Words between a noun's predicate and its date: "scheduled for", "set to take place on",
# "slated to be held on".
_TO_THE_DATE = frozenset("for on to take place be held begin start".split())
# Words between a scheduled noun and its date past its predicate's object: "set the
# sentencing for June 28", "scheduled a vote on the bill for Thursday".
_MAX_BETWEEN = 4
_MAX_OBJECT = 3  # words of the object before its noun: "set his own sentencing"


@functools.cache
def _schedule() -> frozenset[str]:
    return frozenset(str(builtin("dates.yaml").get("schedule") or "").lower().split())


def _is_schedule(word: re.Match[str]) -> bool:
    """A word of the schedule as written: "planned", not "plans" (a noun)."""
    return word.group() in _schedule()


def schedules(before: list[re.Match[str]], head: re.Match[str]
              ) -> tuple[bool, tuple[int, int] | None]:
    """Whether a predicate of the schedule governs the date whose clause words before it
    are `before` and whose head (facts/event_key.py) is `head`, and, for a scheduled noun,
    where the names that own it are written (`owner_span`); None for a verb, whose owner
    is its subject."""
    at = next((i for i, w in enumerate(before) if w.start() == head.start()), None)
    if at is None:
        return False, None
    noun = head.group().islower() and lemma(head.group()) in vocabulary().dated
    tail = [w.group().lower() for w in before[at + 1:]]
    # the verb after "scheduled to": "is scheduled to sentence Mr. Jackson on June 25"
    if at >= 2 and before[at - 1].group().lower() == "to" and _is_schedule(before[at - 2]):
        return True, None
    if noun:
        # the noun before its predicate, past its own phrase: "The speech, scheduled for
        # March 3", "A vote in the Senate is set for April 21"
        for k, word in enumerate(before[at + 1:at + 1 + _MAX_PHRASE]):
            if _is_schedule(word) and all(w in _TO_THE_DATE or w in _BE for w in tail[k + 1:]) \
                    and not any(_verb(w) for w in tail[:k]):
                return True, owner_span(before, at)
        # the noun the predicate takes ("set the sentencing for June 28", "scheduled
        # hearings for Tuesday") or that its participle modifies ("a scheduled television
        # interview Monday night"); not a verb and its particle ("set off debate")
        if len(tail) <= _MAX_BETWEEN and (not tail or tail[-1] in ("for", "on")):
            for s in range(at - 1, max(-1, at - _MAX_OBJECT - 2), -1):
                if _is_schedule(before[s]):
                    run = [w.group() for w in before[s + 1:at]]
                    opener = before[s - 1].group().lower() if s else ""
                    if all(w.islower() and w not in _PARTICLES for w in run) and (
                            not run or run[0] in _DETERMINERS or opener in _DETERMINERS):
                        return True, owner_span(before, at)
                    break
                if not before[s].group().islower():
                    break
    return False, None


_BE = frozenset("is was are were".split())
_MAX_PHRASE = 7  # words of a noun's phrase and its "is" before its predicate


def _verb(word: str) -> bool:
    """A verb that ends the noun's phrase: "The vote passed" (its date is no schedule's)."""
    return word not in _BE and word.islower() and (
        word in IRREGULAR or (word.endswith("ed") and len(word) > 4)
        or (word.endswith("ing") and len(word) > 5) or word in _AUXILIARIES)


_AUXILIARIES = frozenset("has have had will would could should may might must did".split())
_DETERMINERS = DETERMINERS - {"these", "those"}  # the singular ones
_PARTICLES = frozenset("off up out aside back down about forth apart".split())
# Prepositions that take the name owning a noun after it: "a vote in the Senate", "his
# speech to Congress", "the sentencing of Jackson".
_OWNING = frozenset("of in to by before at".split())


def owner_span(words: list[re.Match[str]], at: int) -> tuple[int, int]:
    """Where the names owning the noun words[at] are written: the capitalised words right
    before it ("Netanyahu's speech", "the House vote", "Obama's State of the Union
    address") and a capitalised phrase after a preposition right after it ("a vote in
    the Senate")."""
    i = at
    while i > 0 and (words[i - 1].group()[0].isupper()
                     or (words[i - 1].group() in ("of", "the") and i > 1
                         and words[i - 2].group()[0].isupper())):
        i -= 1
    lo = words[i].start()
    hi = words[at].end()
    j = at + 1
    if j < len(words) and words[j].group() in _OWNING:
        j += 1 + (j + 1 < len(words) and words[j + 1].group() == "the")
        while j < len(words) and words[j].group()[0].isupper():
            hi = words[j].end()
            j += 1
    return lo, hi


@functools.cache
def _moves() -> re.Pattern[str]:
    phrases = [" ".join(str(p).lower().split())
               for p in builtin("dates.yaml").get("rescheduled") or ()]
    parts = sorted((r"\s+".join(map(re.escape, p.split())) for p in phrases if p),
                   key=lambda p: (-len(p), p)) or ["(?!)"]
    return re.compile(r"(?<![A-Za-z])(?:" + "|".join(parts) + r")(?![A-Za-z])", re.IGNORECASE)


# A paragraph is read once for all the dates it holds.
@functools.lru_cache(maxsize=32)
def moved(paragraph: str) -> bool:
    """The paragraph tells of an event moved (rules/dates.yaml `rescheduled`): a date
    scheduled there is one of two dates of its event, the old or the new."""
    return _moves().search(paragraph) is not None


# A capitalised run inside a sentence, or one of two words or more opening it ("Ms. Cole
# said"): a lone capitalised word there ("Aides were") is any word.
_WITHIN = re.compile(r"(?<=[a-z,;] )[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*"
                     r"|(?:(?<=^)|(?<=[.?!”\"] ))[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)+")


@functools.lru_cache(maxsize=32)
def paragraph_names(paragraph: str) -> tuple[str, ...]:
    """The names a paragraph writes inside its sentences, as event keys read names (lower
    case, no final period or possessive), its titles, months and weekdays left out: what a
    scheduled date whose own sentence names no one ("The judge set the sentencing for June
    28") is about."""
    out: set[str] = set()
    for m in _WITHIN.finditer(paragraph):
        run: list[str] = []
        opening = not (m.start() and paragraph[m.start() - 2] in "abcdefghijklmnopqrstuvwxyz,;")
        for word in [*m.group().split(), ""]:
            if word:
                run.append(word)
            # a word of five letters or more with a full stop ends its sentence ("Thursday.
            # Ms. Cole"); "Sen.", "Jr." do not
            if not word or (word.endswith(".") and len(word) > 4):
                if not opening or len(run) > 1:
                    out.update(_names(run))
                run, opening = [], True
    return tuple(sorted(out))


def _names(words: list[str]) -> set[str]:
    names = {w.lower().rstrip(".").removesuffix("'s").removesuffix("’s") for w in words}
    return {n for n in names if len(n) > 1 and n not in FUNCTION_WORDS
            and n not in MONTHS_DAYS and n not in TITLES}
