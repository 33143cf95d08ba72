"""A figure's tense: whether its clause tells what will or would happen rather than what
did (facts/context.py keys figures by it: a figure said of the future is never compared
with one said of the past)."""

from __future__ import annotations

import re

# What will or would happen. A modal of possibility ("can", "could", "may", "might") is
# no tense: "Lieberman could get 100 confirmation votes" and "the only person who can get
# 100 votes" tell one measure, so neither sets it.
# A hyphen makes a compound, not a modal: "the would-be group of contenders". A verb of
# intent or undertaking before "to" tells an act to come, after a "for" phrase too ("has
# been preparing for months to move up ... to No. 2", "offered to restore ... protection for
# 300,000 people", "pledged to repay the $84,000"), and so does running for a post: "is
# running for the No. 2 job" is the place sought, not the one held.
_FUTURE = re.compile(r"(?<![\w-])(?:will|would|'ll|plans? to|planned to|expects? to|expected to|"
                     r"is to|are to|set to|aims? to|proposed|proposes?|run for|runs for|"
                     r"running for|"
                     r"(?:prepar(?:es|ed|ing)|intend(?:s|ed|ing)?|offer(?:s|ed|ing)?|"
                     r"promis(?:es|ed|ing)|pledg(?:es|ed|ing)|vow(?:s|ed|ing)?)"
                     r"(?:\s+for\s+\w+)?\s+to)(?![\w-])", re.IGNORECASE)
# A verb of its own coordinated after the marker ends its reach: "intended to cooperate
# fully and had already repaid about $60,000" tells what was repaid.
_NEW_VERB = re.compile(r"\b(?:and|but)\s+(?:had|has|have|was|were|is|are|did|already)\b",
                       re.IGNORECASE)


def said_of_future(text: str, begin: int, start: int) -> bool:
    """Whether a marker of what will happen stands in text[begin:start] with no verb of its
    own coordinated after it."""
    markers = list(_FUTURE.finditer(text, begin, start))
    return bool(markers) and _NEW_VERB.search(text, markers[-1].end(), start) is None
