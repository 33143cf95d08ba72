"""Two scheduled dates of one noun: one event on the calendar.

A date that a schedule governs is the date of what it schedules (facts/event_schedule.py):
"The speech, scheduled for March 3" and "Netanyahu's speech, set for March 3" date one
speech, though the two sentences share no name and no other word; "is scheduled to
sentence Mr. Jackson on June 25" and "The judge set the sentencing for June 28" one
sentencing. In one story (index/date_conflicts.py compares schedules told within a day of
each other only), two such dates of the same head are one event:

- surely (a warning, with stated publication dates) when they share a name and one lemma;
- less surely (info) for synonyms that share a name, or for one lemma with no shared name;
- never when one of a series is singled out on one side only or differently ("A second
  hearing is set for May 17" and "A public hearing ... is scheduled for May 3");
- never when the names owning them differ ("the House vote" and "a vote in the Senate",
  "Jackson's sentencing" and "his wife's sentencing" by name), when either paragraph
  tells of the event moved ("postponed", "originally scheduled": two dates of one event,
  the old and the new), or for dates wider than a month.
"""

from __future__ import annotations

from newslint.facts import DateMention
from newslint.facts.event_vocabulary import head_agreement

# Below SURE (index/date_agreement.py), at least STRONG: compared, and reported at info.
UNSHARED = 0.85
_PRECISIONS = frozenset({"day", "week", "month"})


def scheduled_agreement(a: DateMention, b: DateMention) -> float:
    """How surely two scheduled dates date one event, as above; 0 when either is not
    scheduled."""
    if not (a.scheduled and b.scheduled) \
            or a.precision not in _PRECISIONS or b.precision not in _PRECISIONS:
        return 0.0
    if a.owners and b.owners and not set(a.owners) & set(b.owners):
        return 0.0
    if a.sequence != b.sequence:
        return 0.0  # "a second hearing" is set for another day than "a public hearing"
    weight = max(head_agreement(x, y) for x in (a.head, a.alt_head) if x
                 for y in (b.head, b.alt_head) if y)
    if set(a.names) & set(b.names):
        return weight
    return UNSHARED if weight == 1.0 else 0.0


POSTING = "\0scheduled"  # what pairs scheduled dates that share no name


def postings(mention: DateMention) -> list[str]:
    return [POSTING] if mention.scheduled and not mention.moved else []
