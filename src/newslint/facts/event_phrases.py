"""Wordings of one act in several words, kept with its synonyms (rules/dates.yaml
`synonyms`): "took the oath of office Friday" and "assumed the nation's highest office
Friday" are "was inaugurated Friday". A wording that opens at a date's head gives the key
that wording, as the verb a head continues (facts/event_key.py `alt_head`), which agrees
with the group's other words at the group's weight (facts/event_vocabulary.py)."""

from __future__ import annotations

import functools
import re

from newslint.facts.event_vocabulary import lemma
from newslint.ruledata import builtin

# "*" in a wording: up to three words that qualify its noun ("assumed the nation's highest
# office"), no preposition among them ("assumed control of the office" is another act).
_GAP = r"(?:(?!(?:of|in|at|on|for|to|with|from|by|over|into)\b)\S+\s+){0,3}"


@functools.cache
def _wordings() -> tuple[tuple[re.Pattern[str], str], ...]:
    out = []
    for group in (builtin("dates.yaml") or {}).get("synonyms") or []:
        for wording in map(str, group.get("words") or ()):
            if " " not in wording:
                continue
            words = wording.split()
            parts = [_GAP if w == "*" else re.escape(w) + r"\s+" for w in words[:-1]]
            pattern = "".join(parts) + re.escape(words[-1]) + r"\b"
            out.append((re.compile(pattern, re.IGNORECASE), lemma(wording)))
    return tuple(out)


def phrase_head(text: str, head_start: int) -> str | None:
    """The synonym key of a wording of several words that opens at head_start, or None."""
    for pattern, key in _wordings():
        if pattern.match(text, head_start):
            return key
    return None
