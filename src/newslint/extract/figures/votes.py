"""Vote splits: "voted 7-2", "by a 6-3 vote", "Seven of the nine members backed".

A split is a figure of one event: how many of a body's members were on each side. It is
read only with a word that makes it a vote ("voted", "vote", "ruling"), never from a bare
"6-3" (a tennis set, a score). The figure is the larger side; its unit names the number
of voters ("votes of 9"), so splits of bodies of different sizes never compare. The
voting body is kept when the text names it before the verb ("The Monetary Policy
Committee voted"); "policymakers" or "the committee" leave it unnamed.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator

import regex

from newslint.extract.scan import Scan, Words, scan
from newslint.extract.spans import make_span, sentence_context
from newslint.facts import Quantity
from newslint.load.article import Article

_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "none": 0, "zero": 0,
}
_N = r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_SPLIT = (rf"(?P<a>{_N})\s*(?:[-\u2010\u2011\u2013\u2014]|\s+to\s+|\s+votes?\s+to\s+)"
          rf"\s*(?P<b>{_N}|none|zero)")
_VOTE = regex.compile(
    rf"""(?ix)
    (?<![\p{{L}}\d-])
    (?:
       (?P<verb>voted|votes|vote)\s+(?:by\s+)?(?:a\s+)?{_SPLIT}(?![\d\p{{L}}-])
     | (?:by|in|with|after|on)\s+an?\s+{_SPLIT}\s+(?:vote|ruling|decision|majority)(?!\p{{L}})
     | by\s+a\s+vote\s+of\s+{_SPLIT}(?![\d\p{{L}}-])
    )
    """
)
# A further split later in a vote's sentence: "voted 7-2 for the cut and 9-0 to hold".
_MORE = regex.compile(rf"(?ix)(?<![\p{{L}}\d-]){_SPLIT}(?![\d\p{{L}}-])")
# "Seven of the nine members backed ...": the rest of the body was on the other side.
_SHARE = regex.compile(
    rf"""(?ix)
    (?<![\p{{L}}\d-])(?P<a>{_N})\s+of\s+(?:the\s+)?(?P<total>{_N})\s+
    (?:[\p{{L}}'\u2019-]+\s+){{0,6}}?
    (?:members|policymakers|policy\s*makers|rate-setters|ratesetters|justices|judges|
       directors|commissioners|governors|officials|councillors|councilors|lawmakers)
    (?:\s+of\s+(?:the\s+)?[\p{{Lu}}][\p{{L}}'\u2019]*(?:\s+[\p{{Lu}}][\p{{L}}'\u2019]*)*)?
    \s+(?:voted|backed|supported|favou?red|approved|opposed)(?!\p{{L}})
    """
)
# A named body just before the verb: "The Monetary Policy Committee voted", "The MPC".
_BODY = regex.compile(
    r"(?:^|(?<=\s))(?:[Tt]he\s+)?(?P<body>\p{Lu}[\p{L}&.'\u2019-]*"
    r"(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}&.'\u2019-]*)*)\s+\Z"
)
_GENERIC = {"policymakers", "officials", "members", "lawmakers", "the committee", "it",
            "they", "justices", "the court", "the board", "directors", "rate-setters"}


# Cheap anchors: the full patterns run only near one of these words, and these only where
# one of their literals starts (as the article's scan found them).
# Each anchor pattern and the literals that pre-check it come from one word list, so a
# word added to the pattern is never skipped by its pre-check.
_VOTE_WORDS = ("vot", "ruling", "decision", "majority")
_SHARE_WORDS = ("voted", "backed", "supported", "favou?red", "approved", "opposed")


def _literal_start(word: str) -> str:
    """What every match of a word pattern starts with: "favou?red" → "favo"."""
    return word[: word.index("?") - 1] if "?" in word else word


_VOTE_WORD = regex.compile(rf"(?i)\b(?:{'|'.join(_VOTE_WORDS)})")
_VOTE_LITERALS = Words(map(_literal_start, _VOTE_WORDS), ignore_case=True)
_SHARE_WORD = regex.compile(rf"(?i)\b(?:{'|'.join(_SHARE_WORDS)})\b")
_SHARE_LITERALS = Words(map(_literal_start, _SHARE_WORDS), ignore_case=True)


def _anchors(anchor: regex.Pattern[str], literals: Words, found: Scan,
             start: int) -> Iterator[regex.Match[str]]:
    """`anchor.finditer(text, start)`, trying `anchor` only where one of `literals` starts."""
    text = found.text
    starts = literals.starts(found)
    if starts is None:
        yield from anchor.finditer(text, start)
        return
    resume = start
    for at in starts[bisect.bisect_left(starts, start):]:
        if at >= resume and (hit := anchor.match(text, at)) is not None:
            resume = hit.end()
            yield hit


def _near(pattern: regex.Pattern[str], anchor: regex.Pattern[str], literals: Words,
          words: Scan, start: int, before: int, after: int) -> list[regex.Match[str]]:
    """Matches of `pattern` in windows around the words of `anchor`, each once."""
    text = words.text
    found: dict[int, regex.Match[str]] = {}
    for hit in _anchors(anchor, literals, words, start):
        hi = min(len(text), hit.end() + after)
        for match in pattern.finditer(text, max(start, hit.start() - before), hi):
            if match.end() < hi or hi == len(text) or after == 0:  # not cut by the window
                found.setdefault(match.start(), match)
    return [found[key] for key in sorted(found)]


def _number(text: str) -> int:
    return int(text) if text.isdigit() else _WORDS[text.lower()]


def extract_votes(article: Article, found_words: Scan | None = None) -> tuple[Quantity, ...]:
    """The vote splits of one article, as Quantities of measure "split"; `found_words`: the
    article's scan, if made."""
    text = article.analysis
    words = found_words or scan(text)
    found: list[Quantity] = []
    for match in _near(_VOTE, _VOTE_WORD, _VOTE_LITERALS, words, article.body_start, 40, 40):
        a, b = _number(match["a"]), _number(match["b"])
        start, end = match.start("a"), match.end("b")
        body = _body_before(text, match.start()) if match["verb"] else None
        found.append(_quantity(article, start, end, max(a, b), a + b, body))
        index = article.sentence_index(start)
        stop = article.sentences[index].end if index is not None else end
        for more in _MORE.finditer(text, end, stop):
            a, b = _number(more["a"]), _number(more["b"])
            found.append(_quantity(article, more.start("a"), more.end("b"), max(a, b), a + b,
                                   body))
    for match in _near(_SHARE, _SHARE_WORD, _SHARE_LITERALS, words, article.body_start, 200,
                       0):
        a, total = _number(match["a"]), _number(match["total"])
        if not 0 < a <= total:
            continue
        start, end = match.start("a"), match.end("total")
        found.append(_quantity(article, start, end, max(a, total - a), total, None))
    return tuple(q for q in found if q.low > 0)


_CLAUSE_BREAK = regex.compile(r"[.;:!?,\n]\s")


def _body_before(text: str, verb: int) -> str | None:
    window = text[max(0, verb - 80):verb]
    window = _CLAUSE_BREAK.split(window)[-1]
    match = _BODY.search(window)
    if match is None:
        return None
    body = match["body"].strip()
    if body.lower() in _GENERIC or len(body) < 2:
        return None
    return body


def _quantity(article: Article, start: int, end: int, majority: int, total: int,
              body: str | None) -> Quantity:
    return Quantity(
        text=" ".join(article.analysis[start:end].split()),
        span=make_span(article, start, end),
        kind="vote",
        unit=f"votes of {total}",
        value=float(majority),
        low=float(majority),
        high=float(majority),
        qualifier=None,
        subject=body.lower() if body else None,
        measure="split",
        direction=0,
        context=sentence_context(article, start),
        family="vote",
        subject_label=None,
    )
