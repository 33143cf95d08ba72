"""NL601's chambers: the seat a post at a legislative chamber gives its holder.

"House Minority Leader Kevin McCarthy" sits in the House, so he is a Representative, and
"Senator Kevin McCarthy" in another article gives him the other chamber's seat. The
chambers and their offices are rules/roles.yaml's `chambers`. The seat is one more
statement of the article that gives the post, so it counts with the story's other
"Representative"s rather than as a post of its own.
"""

from __future__ import annotations

import dataclasses
import functools

from newslint.facts import ArticleFacts, Role
from newslint.facts.entities import org_identity
from newslint.facts.rolevocab import vocabulary

Entry = tuple[ArticleFacts, Role]


@functools.cache  # from the built-in vocabulary, itself read once
def chambers() -> dict[str, str]:
    return {str(k).lower(): str(v) for k, v in
            (vocabulary().data.get("chambers") or {}).items()}


def chamber_seats(items: list[Entry]) -> list[Entry]:
    """For each post a member holds at an organisation whose name opens with a chamber
    ("House Minority" leader, "Senate Foreign Relations Committee" chairman), the same
    role as that chamber's seat: its words and place as written, its key the office."""
    offices = chambers()
    seats = []
    for article, role in items:
        if not role.org_key or role.role_key in offices.values():
            continue
        first = org_identity(role.org_key).split()[:1]
        seat = offices.get(first[0]) if first else None
        # Only a post a member holds with the seat (`compatible`: leader, whip, chairman,
        # Speaker): a "Senate Majority Mayor" is a garbled title, not a senator.
        if seat is not None and vocabulary().roles_compatible(role.role_key, seat,
                                                              at_organisation=False):
            seats.append((article, dataclasses.replace(role, role_key=seat)))
    return seats
