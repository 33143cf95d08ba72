"""NL601's chambers: the office a post at a legislative chamber puts its holder in.

"House Minority Leader Kevin McCarthy" sits in the House, so he is a Representative, and
"Senator Kevin McCarthy" in another article gives him the other chamber's office. The
chambers and their offices are rules/roles.yaml's `chambers`.
"""

from __future__ import annotations

from newslint.facts.rolevocab import vocabulary

# The two membership offices, one per chamber: a person holds one of them at a time.
BOTH_CHAMBERS = frozenset({"representative", "senator"})
# The organisation of a capitalised title with none, as NL601's post keys write it.
_TITLED = "(title)"


def chambers() -> dict[str, str]:
    return {str(k).lower(): str(v) for k, v in
            (vocabulary().data.get("chambers") or {}).items()}


def member_of(role: str, org: str | None) -> str | None:
    """The chamber office of a post: a membership office itself ("Senator"), or the
    office of the chamber an organisation's name opens with ("House Minority": a
    Representative)."""
    offices = chambers()
    if role in offices.values():
        return role
    first = (org or "").split()[:1]
    return offices.get(first[0]) if first and org != _TITLED else None
