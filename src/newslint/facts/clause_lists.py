"""The list a clause introduces with a colon, read for the names it lists (facts/event_key.py).

"Trump met on Wednesday with Lieberman and three other candidates: current acting FBI
Director Andrew McCabe; Frank Keating, the former governor of Oklahoma ...; and Richard
McFeely, who served ...": the colon ends the clause, but the people listed after it are the
ones the clause met. A colon opens a list when what follows it, up to the sentence's end,
is cut by semicolons; a quotation or a sentence after a colon is no list ("wrote: “For the
record ...”"). Each item is named by its words up to its first comma: what follows the
comma describes the item ("the former governor of Oklahoma") and is not who was met.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from newslint.facts.clause_words import Words, span_of

_ITEM = re.compile(r"[^;]+")
_ITEM_AND = re.compile(r"\s*(?:and|or)\s+", re.IGNORECASE)


def listed_spans(text: str, colon: int, hi: int) -> list[tuple[int, int]]:
    """The spans of the items' leading words when text[colon] is a colon opening a list
    that runs to hi (the sentence's end), else []."""
    if colon >= hi or text[colon] != ":":
        return []
    tail = text[colon + 1:hi]
    if ";" not in tail or tail.lstrip()[:1] in "\"“'‘":
        return []
    spans = []
    for item in _ITEM.finditer(text, colon + 1, hi):
        begin, end = item.start(), item.end()
        lead = _ITEM_AND.match(text, begin)
        if lead is not None:
            begin = lead.end()
        comma = text.find(",", begin, end)
        spans.append((begin, comma if comma >= 0 else end))
    return spans


def listed_names(text: str, sentence: Words, colon: int, hi: int,
                 name_at: Callable[[int, int], str | None]) -> set[str]:
    """The names of the items of the list text[colon] opens, read from the sentence's
    words by `name_at(index, index of the item's end)`."""
    names: set[str] = set()
    for begin, end in listed_spans(text, colon, hi):
        span = span_of(sentence, begin, end)
        if span is not None:
            names.update(name for i in sentence.caps_in(*span)
                         if (name := name_at(i, span[1])) is not None)
    return names
