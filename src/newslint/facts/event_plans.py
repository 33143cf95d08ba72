"""Whether a date in a clause is still to come, read from the verb that governs it
(facts/event_key.py): a possessive date's noun after a modal or a prospective verb
("should cancel Monday's meeting"), a weekday after a modal or in a temporal clause in the
present ("when they meet on Monday")."""

from __future__ import annotations

import re

from newslint.facts.clause import IRREGULAR, MODALS, short_past
from newslint.facts.event_vocabulary import FUNCTION_WORDS, lemma, vocabulary

BE = frozenset("is are was were be been being".split())

_MODALS = frozenset("to should must will would could may might shall".split())


def to_come(before: list[re.Match[str]]) -> bool:
    """Whether the verb that governs a possessive date's noun tells of it as still to come:
    an infinitive or a modal's verb ("for Mr. Trump to challenge Mr. Putin at Monday's
    summit meeting", "should cancel Monday's meeting"), or a verb whose object is yet to
    happen (rules/dates.yaml `prospective`: "canceled Monday's meeting"). The verb is the
    nearest lower-case word before the date that is no function word, within six words."""
    for i in range(len(before) - 1, max(-1, len(before) - 7), -1):
        word = before[i].group()
        if not word.islower() or word in FUNCTION_WORDS:
            continue
        previous = before[i - 1].group().lower() if i else ""
        return previous in _MODALS or lemma(word) in vocabulary().prospective
    return False


WEEKDAY = re.compile(r"(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day")
_TEMPORAL = frozenset("when once until till if unless".split())


def weekday_to_come(text: str, before: list[re.Match[str]], after: list[re.Match[str]],
                     end: int) -> bool:
    """Whether a weekday that owns no noun by a possessive is still to come, read from the
    verb that governs it (the nearest lower-case word before it that is no function word,
    within six words): a modal's verb ("should cancel the Monday session", "must vote on
    Monday"; not "could have met Monday"), a verb of rules/dates.yaml `prospective` whose
    object the weekday names ("cancel the Monday session": the weekday before its noun), or
    a verb in the present in a clause that opens with "when", "once", "until" or "if"
    ("when they meet on Monday"). "Voted to approve the bill Monday" is the vote's day, so
    an infinitive alone decides nothing."""
    for i in range(len(before) - 1, max(-1, len(before) - 7), -1):
        word = before[i].group()
        if not word.islower() or word in FUNCTION_WORDS:
            continue
        previous = before[i - 1].group().lower() if i else ""
        if previous in MODALS and word != "have":
            return True
        owns = bool(after) and after[0].start() == end + 1 and after[0].group().islower() \
            and after[0].group() not in FUNCTION_WORDS
        if owns and lemma(word) in vocabulary().prospective:
            return True
        opener = {w.group().lower() for w in before[max(0, i - 3):i]} & _TEMPORAL
        subject = before[i - 1].group() if i else ""
        return bool(opener) and (subject.lower() in _PRONOUNS or subject[:1].isupper()) \
            and _present(word)
    return False


_PRONOUNS = frozenset("i we you he she it they".split())


def _present(word: str) -> bool:
    """A verb after its subject in the present ("they meet", "Obama meets"): no past form
    ("met", "voted"), no participle."""
    return not (word in IRREGULAR or short_past(word) or word.endswith(("ed", "ing"))
                or word in MODALS or word in BE)
