"""Counts keyed by their counted noun (NL401, see figure_keyed): two articles of one story
that count one noun with no modifier that tells the counts apart are one measure when each
mention is the other's only best partner by the words their sentences share that the story
seldom uses, even with different verbs and no shared name ("He said 23 states have enacted
medical marijuana laws"; "23 states and the District of Columbia have legalized marijuana
for medical purposes"). A story that counts a noun several times ("two states" sue, "four
states" allow recreational use) pairs each count with the one whose sentence tells of the
same thing, or with none.

Graded by how specific the noun is: a noun counted in any story ("people") is left out;
the others are compared as info, the rarer nouns ("engines", "Republicans") a grade above
the common ones ("states", "times"), which an editor reads twice.
"""

from __future__ import annotations

from collections.abc import Hashable

from newslint.facts import Quantity
from newslint.frequencies import zipf
from newslint.rules.figure_measure import PART, one_measure

# Word frequencies (wordfreq's zipf scale): "people" 6.3 is counted of anything; "states"
# 5.5, "times" 5.6, "members" 5.4 need their sentence to say what they are.
GENERIC_ZIPF = 6.0
COMMON_ZIPF = 5.0
# One digit changed in a count ("23" for "53") is a gap up to this; the pairing, not the
# closeness of the values, says the two are one measure.
ALIGNED_GAP_LIMIT = 3.0


def aligned_counts(first: list[Quantity], second: list[Quantity], seldom: frozenset[str]
                   ) -> dict[tuple[int, int], int]:
    """(id of a mention of `first`, id of one of `second`) → strength (1 or 2) of the
    counts of one noun that are each other's only best partner by shared seldom words."""
    if not seldom:
        return {}
    first = [q for q in first if _countable(q)]
    second = [q for q in second if _countable(q)]
    out: dict[tuple[int, int], int] = {}
    for a in first:
        b = _only_best(a, second, seldom)
        if b is None or _only_best(b, first, seldom) is not a:
            continue
        if one_measure(a, b) < PART:
            continue  # "the initial 23" is not "the revised 24"; a count of someone else
        grade = noun_grade(a)
        if grade:
            out[id(a), id(b)] = grade
    return out


def _countable(q: Quantity) -> bool:
    return q.dimension == "count" and bool(q.head and q.head.startswith("n:")) \
        and bool(q.words)


def _only_best(q: Quantity, others: list[Quantity], seldom: frozenset[str]
               ) -> Quantity | None:
    """The mention of `others` whose sentence shares the most seldom words with q's, if
    it shares at least one and no other mention shares as many."""
    mine = set(q.words) & seldom
    scored = sorted(((len(mine & set(o.words)), i) for i, o in enumerate(others)
                     if o.head == q.head), reverse=True)
    if not scored or scored[0][0] == 0 or (len(scored) > 1 and scored[1][0] == scored[0][0]):
        return None
    return others[scored[0][1]]


def noun_grade(q: Quantity) -> int:
    """0 for a noun counted in any story ("people"), 1 for a common one, 2 for a rarer."""
    frequency = zipf((q.noun or q.head or "")[:60].lower().removeprefix("n:"))
    if frequency >= GENERIC_ZIPF:
        return 0
    return 1 if frequency >= COMMON_ZIPF else 2


def group_key(quantity: Quantity) -> Hashable | None:
    """The bucket a count of members of a party's body joins besides its own: "all 42
    members of the GOP caucus" counts Republicans, as "all 42 Senate Republicans" does
    (facts/figure_groups.py)."""
    if quantity.group is None or quantity.context != "text" or quantity.dimension != "count" \
            or not (quantity.head or "").startswith("n:"):
        return None
    head = f"n:{quantity.group}"
    return None if head == quantity.head else (quantity.dimension, head)
