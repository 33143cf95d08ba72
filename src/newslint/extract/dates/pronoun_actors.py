"""Who acted in a date's clause whose subject is "he" or "she": the person the pronoun refers
to, as the quote extractor resolves it (extract/quotes/pronouns.py), not a second resolver.

"On Tuesday he won an endorsement from ... Sheriff Joe Arpaio": the clause names no one
before its verb, so its key has no actors (facts/event_key.py), and a comparison that asks
who acted (index/date_alignment.py, index/date_agreement.py) cannot tell it from anyone's
act. The pronoun right before the head (past an auxiliary or "also") is the subject; its
person's name, in the words a key's names are written in, is who acted.
"""

from __future__ import annotations

import regex

from newslint.extract.quotes.quotes import PronounPerson
from newslint.facts.clause import FUNCTION_WORDS, TITLES

_SUBJECT = regex.compile(r"(?<![\p{L}'’])(?P<pronoun>[Hh]e|[Ss]he)\s+"
                         r"(?:(?:has|had|was|is|also|then|later)\s+)?$")
_GENDER = {"he": "m", "she": "f"}
_LOOK_BACK = 24  # characters before the head: the pronoun and an auxiliary or adverb


def pronoun_actors(text: str, head_start: int, person_of: PronounPerson | None
                   ) -> tuple[str, ...]:
    """The name words of the person a "he" or "she" right before the head refers to,
    sorted; () when there is no such pronoun or it refers to no one the article names."""
    if person_of is None:
        return ()
    subject = _SUBJECT.search(text, max(0, head_start - _LOOK_BACK), head_start)
    if subject is None:
        return ()
    person = person_of(subject.start(), _GENDER[subject["pronoun"].lower()])
    if not person:
        return ()
    words = (w.lower().rstrip(".").removesuffix("'s").removesuffix("’s") for w in person.split())
    return tuple(sorted({w for w in words if w and w not in FUNCTION_WORDS and w not in TITLES}))
