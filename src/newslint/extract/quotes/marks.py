"""Where quoted words are: pairs of double quotation marks, paragraph by paragraph.

Straight and curly marks are both used, often mixed, and copy is not always balanced, so a
mark is read as opening or closing from what stands beside it. A quote still open at the end
of a paragraph runs to its end; by newsroom convention the next paragraph then reopens the
quote without closing the first. A block quotation whose later paragraphs were not reopened
runs through the paragraphs without marks up to the one its closing mark ends.

Single marks are quotation marks in a paragraph or headline with no double marks (headlines
and British copy quote with them; inside double quotes they are nested quotes): a pair must
open before a word and close after one in the same paragraph, so that the apostrophes of
"don't" and "the Joneses' house" are not read as marks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newslint.load.article import Article

_OPENING = "“„«"
_CLOSING = "”»"
_STRAIGHT = '"'
_ANY_MARK = re.compile("[" + re.escape(_OPENING + _CLOSING + _STRAIGHT) + "]")
_BEFORE_OPENING = " \t\n([{—–-/:;,"
_SINGLE = re.compile("[‘’']")
_AFTER_CLOSING = " \t\n)]}—–-/:;,.!?…"
_DECADE = re.compile(r"\d0s\b")


@dataclass(frozen=True, slots=True)
class QuoteRegion:
    open: int  # offset of the opening mark
    start: int  # first character of the quoted words
    end: int  # just after the last quoted word
    close: int | None  # offset of the closing mark; None when the paragraph ends first
    paragraph: int
    continues: bool  # reopens a quote left open at the end of the previous paragraph


def find_quote_regions(article: Article) -> list[QuoteRegion]:
    text = article.analysis
    regions: list[QuoteRegion] = []
    open_at_end = False
    for number, para in enumerate(article.paragraphs):
        if open_at_end and _runs_through(article, number):
            # a paragraph without marks inside a quotation that a later one closes
            regions.append(QuoteRegion(para.start, para.start, para.end, None, number, True))
            continue
        found = _regions_in(text, para.start, para.end, number, open_at_end)
        if (not found and not open_at_end and _SINGLE.search(text, para.start, para.end)
                and not _ANY_MARK.search(text, para.start, para.end)):
            # not in a paragraph inside a quote that runs on: there they are nested quotes
            found = _single_regions_in(text, para.start, para.end, number)
        if para.kind == "heading":
            regions.extend(r for r in found if r.close is not None)
            open_at_end = False
            continue
        if found and open_at_end and found[0].open == para.start:
            first = found[0]
            found[0] = QuoteRegion(first.open, first.start, first.end, first.close, number, True)
        regions.extend(found)
        open_at_end = bool(found) and found[-1].close is None
    return regions


_MAX_UNMARKED = 3  # paragraphs without marks a block quotation may run through


def _runs_through(article: Article, number: int) -> bool:
    """The paragraph has no marks but nested quotes, and the quotation left open before it
    goes on through it: up to a few paragraphs without marks, the next one opens with the
    quotation's closing mark before any opening one (a block quotation whose paragraphs
    were not reopened: `"Expect more of this. ...` / `Let's recap ...` / `... Act
    accordingly."`)."""
    text, paragraphs = article.analysis, article.paragraphs
    for later in paragraphs[number:number + _MAX_UNMARKED + 1]:
        if later.kind != "text" or not text[later.start:later.end].strip():
            return False
        mark = _ANY_MARK.search(text, later.start, later.end)
        if mark is None or _nested_only(text, later.start, later.end):
            continue
        i = mark.start()
        return (later is not paragraphs[number] and text[i] != "“"
                and text[later.start:later.start + 1].isalpha()
                and _looks_closing(text[i - 1], text[i + 1] if i + 1 < later.end else " "))
    return False


def _nested_only(text: str, start: int, end: int) -> bool:
    """Every mark of the paragraph is a curly pair that opens after its first word (`But
    little is known about these “students.” The YouTube video ...`): quotes nested in
    the quotation it goes on with."""
    marks = [text[m.start()] for m in _ANY_MARK.finditer(text, start, end)]
    return (text[start:start + 1].isalpha() and _STRAIGHT not in marks
            and marks == ["“", "”"] * (len(marks) // 2))


def _regions_in(text: str, start: int, end: int, paragraph: int,
                running: bool = False) -> list[QuoteRegion]:
    """With `running` (the paragraph before left a quote open), a closing mark that comes
    before any opening one ends the quote this paragraph goes on with: its opening mark
    was left out."""
    found: list[QuoteRegion] = []
    open_at: int | None = None
    marks = [m.start() for m in _ANY_MARK.finditer(text, start, end)]  # not every char
    nested_close = -1  # the closing mark of a nested quote, skipped with it
    for n, i in enumerate(marks):
        ch = text[i]
        if i <= nested_close:
            continue
        before = text[i - 1] if i > start else " "
        after = text[i + 1] if i + 1 < end else " "
        if ch == _STRAIGHT and before.isdigit() and not after.isalnum():
            continue  # 27" screen: inches, not a quote
        if running and not found and open_at is None and ch != "“" and _looks_closing(
                before, after) and text[start:start + 1].isalpha():
            region = _make(text, start - 1, i, paragraph)
            if region:
                found.append(QuoteRegion(start, region.start, region.end, i, paragraph, True))
            running = False
            continue
        running = False
        if open_at is None:
            if ch in _CLOSING and not (before in _BEFORE_OPENING and after.isalnum()):
                continue  # a stray closing mark
            open_at = i
            continue
        if ch in _OPENING and not _looks_closing(before, after):
            inner = _nested(text, marks[n + 1:], start, end, open_at)
            if inner is None:
                open_at = i  # an earlier mark was never closed: start again here
            else:
                nested_close = inner
            continue
        region = _make(text, open_at, i, paragraph)
        if region:
            found.append(region)
        open_at = None
    if open_at is not None:
        region = _make(text, open_at, end, paragraph, closed=False)
        if region:
            found.append(region)
    return found


def _nested(text: str, later: list[int], start: int, end: int, open_at: int) -> int | None:
    """An opening mark inside an open quotation is a nested quote when it closes before the
    outer quotation does: `“... was not “a war of his choosing.” It has ...` where the
    outer quotation opens the paragraph (and runs to its end), or `“... “f bomb.””` where
    a second closing mark follows. Returns the nested quote's closing mark (or -1 when it
    never closes inside a paragraph-long quotation); None when the earlier mark was
    simply never closed and the quotation starts again here."""
    whole = not text[start:open_at].strip()
    if not later:
        return -1 if whole else None
    close = later[0]
    if not _closes(text, close, start, end):
        return None
    if whole or (len(later) > 1 and _closes(text, later[1], start, end)):
        return close
    return None


def _closes(text: str, i: int, start: int, end: int) -> bool:
    before = text[i - 1] if i > start else " "
    after = text[i + 1] if i + 1 < end else " "
    return text[i] in _CLOSING or (text[i] == _STRAIGHT and _looks_closing(before, after))


def _looks_closing(before: str, after: str) -> bool:
    return not before.isspace() and not after.isalnum()


def _make(text: str, open_at: int, close: int, paragraph: int,
          closed: bool = True) -> QuoteRegion | None:
    start, end = open_at + 1, close
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:—–"):
        end -= 1
    if not any(ch.isalpha() for ch in text[start:end]):
        return None
    return QuoteRegion(open_at, start, end, close if closed else None, paragraph, False)


def _single_regions_in(text: str, start: int, end: int, paragraph: int) -> list[QuoteRegion]:
    found: list[QuoteRegion] = []
    open_at: int | None = None
    for mark in _SINGLE.finditer(text, start, end):
        i = mark.start()
        before = text[i - 1] if i > start else " "
        after = text[i + 1] if i + 1 < end else " "
        # "'1-in-3 chance'" opens before a digit too; "the '90s" is a decade's apostrophe
        opens = mark[0] != "’" and before in _BEFORE_OPENING and (after.isalpha() or (
            after.isdigit() and not _DECADE.match(text, i + 1)))
        closes = (mark[0] != "‘" and after in _AFTER_CLOSING
                  and (before.isalnum() or before in ",.!?…"))
        if open_at is None:
            open_at = i if opens else None
        elif closes:
            region = _make(text, open_at, i, paragraph)
            if region:
                found.append(region)
            open_at = None
        elif opens:
            open_at = i  # an earlier mark was an apostrophe: start again here
    return found
