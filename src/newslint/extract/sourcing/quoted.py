"""The stretches of an article in quotation marks, which hedges (hedges.py) mark as the
speaker's words: each quotation, and each paragraph of a passage quoted over several."""

from __future__ import annotations

import bisect

import regex

from newslint.load.article import Article

_QUOTED = regex.compile(r"“[^”]{1,2000}”|\"[^\"\n]{1,2000}\"")


def quote_ranges(article: Article) -> list[tuple[int, int]]:
    """[start, end) of each stretch in quotation marks, outside embedded posts, in order."""
    text = article.analysis
    ranges: list[tuple[int, int]] = []
    find = text.find
    for paragraph in article.paragraphs:
        if paragraph.kind == "post":
            continue
        start, end = paragraph.start, paragraph.end
        if find("“", start, end) < 0 and find('"', start, end) < 0:
            continue  # most paragraphs quote nobody; a regex search costs more than a find
        if _runs_on(text[start:end]):
            ranges.append((start, end))  # one paragraph of a quoted passage
            continue
        for match in _QUOTED.finditer(text, start, end):
            ranges.append((match.start(), match.end()))
    return ranges


def quoted_passages(article: Article) -> list[tuple[int, int]]:
    """[start, end) of each paragraph of a passage quoted over several paragraphs."""
    text = article.analysis
    return [(p.start, p.end) for p in article.paragraphs
            if p.kind != "post" and (text.find("“", p.start, p.end) >= 0
                                     or text.find('"', p.start, p.end) >= 0)
            and _runs_on(text[p.start:p.end])]


def _runs_on(paragraph: str) -> bool:
    """A paragraph that opens a quotation and never closes it: one paragraph of a passage
    quoted over several ("Politico reports:" then the excerpt), all of it someone else's."""
    body = paragraph.lstrip()
    if body.startswith("“"):
        return body.count("“") > body.count("”")
    return body.startswith('"') and body.count('"') % 2 == 1


def _inside(ranges: list[tuple[int, int]], offset: int,
            starts: list[int] | None = None) -> bool:
    if starts is None:
        starts = [r[0] for r in ranges]
    index = bisect.bisect_right(starts, offset) - 1
    return index >= 0 and offset < ranges[index][1]
