"""Whether a passive head has a doer of its own: "Donald Trump was rebuked by Mitch McConnell
and Chuck Schumer on Wednesday" is McConnell's and Schumer's act on Trump, not Trump's.

A passive's subject is the one acted on. Only a passive with no "by" phrase ("Donald John
Trump was inaugurated ... on Friday") can tell an act of its subject's own, as an active
with that subject as who acted does (index/date_alignment.py). The "by" phrase is looked for
in the head's clause, past a particle and the date ("was sworn in Tuesday by"); "by" before
a time or a number is a deadline or a margin ("by Friday", "by 52 to 48"), not a doer.
"""

from __future__ import annotations

import re

from newslint.facts.clause import MONTHS_DAYS

# The clause after a passive head: it ends at strong punctuation or a comma.
_CLAUSE_END = re.compile(r"[,;:.!?—()\[\]]|\s-{1,2}\s")
_BY = re.compile(r"\bby\s+(?P<next>[\w’'-]+)", re.IGNORECASE)
_LOOK_AHEAD = 8  # words after the head: a particle, the date and the "by" phrase


def has_agent(text: str, head_end: int, sentence_end: int) -> bool:
    """Whether a "by" phrase naming a doer follows the passive head ending at head_end."""
    stop = _CLAUSE_END.search(text, head_end, sentence_end)
    tail = text[head_end:stop.start() if stop else sentence_end]
    tail = " ".join(tail.split()[:_LOOK_AHEAD])
    return any(not (m["next"].lower() in MONTHS_DAYS or m["next"][0].isdigit())
               for m in _BY.finditer(tail))
