"""The Article model: one file's text with every character's original line and column."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Any, Literal

# "furniture" (page chrome: ads, players, prompts, link lists, a repeated headline),
# "caption" (photo captions and credits) and "byline" (bylines, agency lines, author notes)
# are set aside by the loader: their words are blanked in `analysis` and they have no
# sentences, so no fact is taken from them; their text stays in `text`.
ParagraphKind = Literal["text", "heading", "post", "furniture", "caption", "byline"]
SetAsideKind = Literal["furniture", "caption", "byline", "dateline"]
# Sentences and paragraphs are never changed once segmentation made them; they are not
# `frozen` because a frozen dataclass is several times slower to build, and an article
# has dozens of each.
SentenceKind = Literal["text", "label", "heading", "post"]


@dataclass(slots=True, unsafe_hash=True)
class Sentence:
    start: int
    end: int
    paragraph: int
    kind: SentenceKind


@dataclass(slots=True, unsafe_hash=True)
class Paragraph:
    start: int
    end: int
    kind: ParagraphKind
    post: int | None = None  # index into Article.posts when kind == "post"


@dataclass(frozen=True, slots=True)
class Post:
    """An embedded social-media post: third-party content quoted in the article."""

    start: int
    end: int
    text_end: int  # where the post's own words stop (before the image link or signature)
    author: str | None
    handle: str | None
    date: str | None


@dataclass(frozen=True, slots=True)
class SetAside:
    """Text the loader kept out of the article's own words: a whole paragraph, a dateline
    ("WASHINGTON (AP) —") or a credit inside a paragraph. `reason` says which shape."""

    start: int
    end: int
    kind: SetAsideKind
    reason: str


@dataclass(slots=True)
class Article:
    path: str
    id: str
    text: str  # the decoded file, newlines normalised to "\n"; offsets index into it
    analysis: str  # same length as text: front matter, markup and furniture blanked out
    body_start: int = 0
    meta: dict[str, Any] = field(default_factory=dict)
    paragraphs: list[Paragraph] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    posts: list[Post] = field(default_factory=list)
    set_aside: list[SetAside] = field(default_factory=list)
    line_starts: list[int] = field(default_factory=list)
    # Start offsets for bisect lookups, built on first use (sentences are set once, by
    # segmentation): rebuilding them per lookup made long articles quadratic.
    _sentence_starts: list[int] | None = field(default=None, repr=False, compare=False)
    _paragraph_starts: list[int] | None = field(default=None, repr=False, compare=False)
    _word_count: int | None = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not self.line_starts:
            self.line_starts = line_starts(self.text)

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a character offset; columns count characters."""
        offset = min(max(offset, 0), len(self.text))
        index = bisect.bisect_right(self.line_starts, offset) - 1
        return index + 1, offset - self.line_starts[index] + 1

    def span_position(self, start: int, end: int) -> tuple[int, int, int, int]:
        """(line, col, end_line, end_col) with end_col exclusive, as linters print it."""
        line, col = self.position(start)
        end_line, end_col = self.position(max(end, start))
        return line, col, end_line, end_col

    def paragraph_of(self, offset: int) -> int | None:
        if self._paragraph_starts is None or len(self._paragraph_starts) != len(self.paragraphs):
            self._paragraph_starts = [p.start for p in self.paragraphs]
        index = bisect.bisect_right(self._paragraph_starts, offset) - 1
        if index >= 0 and offset < self.paragraphs[index].end:
            return index
        return None

    def sentence_index(self, offset: int) -> int | None:
        if self._sentence_starts is None or len(self._sentence_starts) != len(self.sentences):
            self._sentence_starts = [s.start for s in self.sentences]
        index = bisect.bisect_right(self._sentence_starts, offset) - 1
        if index >= 0 and offset < self.sentences[index].end:
            return index
        return None

    def snippet(self, start: int, end: int) -> str:
        return self.text[start:end]

    @property
    def date(self) -> Any:
        return self.meta.get("date")

    @property
    def word_count(self) -> int:
        if self._word_count is None:  # the text is set once, when the file is read
            self._word_count = len(self.analysis[self.body_start :].split())
        return self._word_count


def line_starts(text: str) -> list[int]:
    starts = [0]
    find = text.find
    pos = find("\n")
    while pos != -1:
        starts.append(pos + 1)
        pos = find("\n", pos + 1)
    return starts
