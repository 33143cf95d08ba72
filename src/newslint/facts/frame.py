"""The wording a figure is written in: the content words on each side of it, by which
NL401 pairs two articles that restate one sentence with another number
(rules/figure_wording.py)."""

from __future__ import annotations

from newslint.facts.clause import MONTHS_DAYS, WORD
from newslint.facts.context import FUNCTION_WORDS, NOT_CONTENT
from newslint.facts.figure_lexicon import lemma
from newslint.facts.figure_names import NUMBER_WORDS
from newslint.facts.figure_verbs import AUXILIARIES

# Words of time units and numbers say nothing of what a figure measures ("85 years").
FRAME_SKIP = NOT_CONTENT | NUMBER_WORDS | frozenset(
    "percent billion million trillion thousand hundred minutes seconds".split())
FRAME_WORDS = 5  # words read on each side of a figure


def frame_words(text: str, start: int, end: int, sentence: tuple[int, int]
                ) -> tuple[str, ...]:
    """Lemmas of the content words among the five words on each side of text[start:end]
    inside its sentence (names lower-cased), marked "<" before it and ">" after it: the
    wording a figure is written in. Two articles that restate one sentence ("the couple
    paid $43,885,310 in federal taxes") share it whatever their clause heads."""
    lo, hi = sentence
    before = list(WORD.finditer(text, max(lo, start - 80), start))[-FRAME_WORDS:]
    after = list(WORD.finditer(text, end, min(hi, end + 80)))[:FRAME_WORDS]
    found: set[str] = set()
    for side, matches in (("<", before), (">", after)):
        for match in matches:
            word = match.group().lower().removesuffix("'s").removesuffix("’s")
            if len(word) > 2 and word not in FUNCTION_WORDS and word not in FRAME_SKIP \
                    and word not in AUXILIARIES and word.rstrip(".") not in MONTHS_DAYS:
                found.add(side + lemma(word))
    return tuple(sorted(found))
