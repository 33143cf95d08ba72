"""The tense of a date's own clause: whether the happening it dates is told as past or
to come (a weekday of the future is next week's)."""

from __future__ import annotations

import re

import regex

from newslint.facts.clause import clause_bounds
from newslint.load.article import Article

_FUTURE = regex.compile(
    r"\b(?:will|won't|would|shall|(?:is|are|was|were)\s+(?:set|expected|scheduled|due|going|poised|"
    r"slated)\s+to|plans?\s+to|planning\s+to|upcoming|next)\b|['’]ll\b",
    regex.IGNORECASE,
)
# Where the clause a tense is read from ends: punctuation, and a subordinator or relative
# pronoun ("announced Friday a plan that will reopen", "said Tuesday that it would").
_TENSE_BREAK = re.compile(
    r"[,;:()\[\]—–]|\s-{1,2}\s|\s(?=(?:that|which|who|whom|whose|while|although|though|"
    r"whereas|because|after|before|when|since|unless|until|saying)\s)", re.IGNORECASE)
_PAST = regex.compile(
    r"\b(?:was|were|had|did|said|told|went|came|began|took|made|saw|grew|rose|fell|won|lost|"
    r"held|led|left|met|paid|sold|bought|brought|spent|built|sent|got|gave|hit|shut|set\s+up|"
    r"(?:has|have)\s+been|"
    r"(?<!\b(?:is|are|be|been|being|to|to\s+be)\s)\p{Ll}{2,}ed)\b",
)  # a participle after "is" or "be" is no past: "will make sure it is passed this year"


def tense_of(article: Article, start: int, end: int) -> str:
    """How the date's own clause reads: the tense nearest before the date in it ("said the
    vote would be held Tuesday", "said Tuesday he will resign"), else the first after it
    ("On Monday, Apple will unveil"). A clause of its own ("announced Friday a plan that will
    reopen") is left out; when the date's clause is silent ("In his letter Tuesday, Mattis
    had said he would stay"), the sentence's first tense, its main verb's, decides."""
    index = article.sentence_index(start)
    if index is None:
        lo, hi = max(0, start - 120), min(len(article.analysis), end + 60)
    else:
        sentence = article.sentences[index]
        lo, hi = max(sentence.start, start - 120), min(sentence.end, end + 60)
    text = article.analysis
    begin, finish = clause_bounds(_TENSE_BREAK, text, lo, hi, start, end)
    before = _markers(text, begin, start)
    if before:
        return before[-1][1]
    for a, b in ((end, finish), (lo, hi)):
        found = _markers(text, a, b)
        if found:
            return found[0][1]
    return "unknown"


def _markers(text: str, lo: int, hi: int) -> list[tuple[int, str]]:
    """(offset, "future" or "past") of the tense markers in text[lo:hi], in order; a past
    inside a future ("was expected to") is the future's."""
    future = [m.span() for m in _FUTURE.finditer(text, lo, hi)]
    past = [(m.start(), "past") for m in _PAST.finditer(text, lo, hi)
            if not any(a <= m.start() < b for a, b in future)]
    return sorted([(a, "future") for a, _ in future] + past)
