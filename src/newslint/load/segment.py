"""Paragraphs, headings, embedded social posts and sentences, all as offsets into the file."""

from __future__ import annotations

import regex

from newslint.load.article import Article, Paragraph, ParagraphKind, Post, Sentence, SetAside
from newslint.load.furniture import find_furniture
from newslint.load.markup import blank

# A hard-wrapped block (Markdown written at ~72 columns) is one paragraph; a block of long
# lines (one paragraph per line, as in exported wire copy) is one paragraph per line.
_WRAP_WIDTH = 100
_WRAP_MIN_AVERAGE = 45
# Posts on X were capped at 280 characters: the budget for walking back from a signature.
_POST_BUDGET = 300

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
_SIGNATURE = regex.compile(
    r"[—–―-]\s*(?P<author>[^\n]{1,120}?)\s*\((?P<handle>@[\w.]{1,40})\)\s*,?\s*"
    rf"(?P<date>{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH},?\s+\d{{4}})\s*$"
)
# Instagram's embed signature: "A post shared by Name (@handle) on Jan 9, 2019 at 4:12pm PST".
_SHARED_BY = regex.compile(
    r"A post shared by\s+(?P<author>[^\n]{1,120}?)\s*\((?P<handle>@[\w.]{1,40})\)"
    r"(?:\s+on\s+(?P<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
    r"\s+\d{1,2},?\s+\d{4}))?[^\n]{0,40}$"
)
_TRAILING_PARENTHESES = regex.compile(r"\s*\([^)]*\)\s*$")
_POST_LINK = regex.compile(r"\b(?:pic\.twitter\.com|t\.co)/\w+|https?://(?:x|twitter)\.com/\S+")
_READ = frozenset(["text", "heading", "post"])  # kinds whose sentences are the article's
_MD_HEADING = regex.compile(r"[ \t]{0,3}#{1,6}[ \t]")

_SMALL_WORDS = frozenset(
    "a an the and or nor but of in on at to for by with from as vs is are into over per "
    "up via its it".split()
)
_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’.&-]*")

# Sentence ends: terminal punctuation, optional closers, then space (or a bullet dash) and
# something that can start a sentence. The cut is the `gap` group. (Matching the
# punctuation instead of looking behind for it finds the same gaps twice as fast.)
_BOUNDARY = regex.compile(
    r"[.!?…][\"”’')\]]*(?P<gap>\s*-\s+|\s+)(?=[\"“‘'(\[]?[\p{Lu}\p{N}])"
)
ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof sen rep gov gen lt col capt sgt st jr sr mt ft no nos vol pp fig "
    "jan feb mar apr jun jul aug sep sept oct nov dec inc corp co ltd plc llc bros dept "
    "univ assn est approx vs etc e.g i.e a.m p.m u.s u.k u.n e.u d.c n.y l.a".split()
)
# Abbreviations that often end a sentence ("... chips to the U.S. The ministry ..."):
# they end one only before a word that usually starts a sentence.
_CAN_END = frozenset(
    "inc corp co ltd plc llc etc u.s u.k u.n e.u d.c".split()
)
_STARTERS = frozenset(
    "the a an it he she they we i this that these those there but and in on at for as if "
    "when while after before meanwhile however still yet so its his her their our".split()
)


def segment(article: Article) -> None:
    text = article.analysis
    blocks = _paragraphs(text, article.body_start)
    paragraphs = [para for block in blocks for para in block]
    block_of = [number for number, block in enumerate(blocks) for _ in block]
    posts, post_of = _find_posts(text, paragraphs, block_of)
    md_headings = _markdown_heading_starts(article)
    kinds: list[ParagraphKind] = []
    for index, (start, end) in enumerate(paragraphs):
        if index in post_of:
            kinds.append("post")
        elif start in md_headings or _looks_like_heading(text[start:end]):
            kinds.append("heading")
        else:
            kinds.append("text")
    # Page furniture is blanked like markup: extractors never see its words.
    article.set_aside = find_furniture(article, paragraphs, block_of, kinds)
    if article.set_aside:
        text = _blanked(text, article.set_aside)
        article.analysis = text
    out = [
        Paragraph(start, end, kind, post_of[index] if kind == "post" else None)
        for index, ((start, end), kind) in enumerate(zip(paragraphs, kinds, strict=True))
    ]
    article.paragraphs = out
    article.posts = posts
    article.sentences = [
        sentence for number, para in enumerate(out) if para.kind in _READ
        for sentence in _sentences(text, para, number)
    ]


def _blanked(text: str, spans: list[SetAside]) -> str:
    parts: list[str] = []
    pos = 0
    for span in spans:  # sorted by start; they may nest (a credit inside a caption)
        if span.end <= pos:
            continue
        start = max(span.start, pos)
        parts.append(text[pos:start])
        parts.append(blank(text[start : span.end]))
        pos = span.end
    parts.append(text[pos:])
    return "".join(parts)


def _paragraphs(text: str, body_start: int) -> list[list[tuple[int, int]]]:
    """Paragraphs grouped by block (blocks are separated by blank lines)."""
    lines: list[tuple[int, int]] = []
    pos = body_start
    while pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end == -1 else end
        lines.append((pos, end))
        pos = end + 1

    blocks: list[list[tuple[int, int]]] = [[]]
    for start, end in lines:
        if text[start:end].strip():
            blocks[-1].append(_trim(text, start, end))
        elif blocks[-1]:
            blocks.append([])
    grouped: list[list[tuple[int, int]]] = []
    for block in blocks:
        if not block:
            continue
        if _is_hard_wrapped(block):
            grouped.append([(block[0][0], block[-1][1])])
        else:
            grouped.append(block)
    return grouped


def _is_hard_wrapped(block: list[tuple[int, int]]) -> bool:
    """Lines cut near a fixed width: none longer than it, and most of them near it."""
    if len(block) < 2:
        return False
    widths = [end - start for start, end in block[:-1]]
    return max(widths) <= _WRAP_WIDTH and sum(widths) / len(widths) >= _WRAP_MIN_AVERAGE


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _find_posts(
    text: str, paragraphs: list[tuple[int, int]], block_of: list[int]
) -> tuple[list[Post], dict[int, int]]:
    """Embedded posts end in an image link or a `— Name (@handle) Month D, YYYY` signature.

    The post's words are the paragraphs just above that fit in a post's length budget,
    within the same block: a blank line ends a post.
    """
    posts: list[Post] = []
    post_of: dict[int, int] = {}
    index = 0
    while index < len(paragraphs):
        start, end = paragraphs[index]
        chunk = text[start:end]
        # Substring tests first: a signature holds "(@", every post link ".co".
        signature = _signature(chunk) if "(@" in chunk else None
        link = _POST_LINK.search(chunk) if ".co" in chunk else None
        cuts = [m.start() for m in (signature, link) if m]
        if not cuts:
            index += 1
            continue
        last = index
        if not signature and index + 1 < len(paragraphs):
            next_start, next_end = paragraphs[index + 1]
            signature = _signature(text[next_start:next_end], anchored=True)
            if signature:
                last = index + 1
        text_end = start + min(cuts)
        first, budget = index, _POST_BUDGET - (text_end - start)
        while first > 0 and (first - 1) not in post_of and block_of[first - 1] == block_of[index]:
            prev_start, prev_end = paragraphs[first - 1]
            if prev_end - prev_start > budget:
                break
            budget -= prev_end - prev_start
            first -= 1
        author = handle = date = None
        if signature:
            author = _TRAILING_PARENTHESES.sub("", signature.group("author")).strip()
            author = author or None
            handle, date = signature.group("handle"), signature.group("date")
        post_index = len(posts)
        posts.append(
            Post(paragraphs[first][0], paragraphs[last][1], text_end, author, handle, date)
        )
        for number in range(first, last + 1):
            post_of[number] = post_index
        index = last + 1
    return posts, post_of


def _signature(chunk: str, anchored: bool = False) -> regex.Match[str] | None:
    for pattern in (_SIGNATURE, _SHARED_BY):
        found = pattern.match(chunk) if anchored else pattern.search(chunk)
        if found:
            return found
    return None


def _markdown_heading_starts(article: Article) -> set[int]:
    if not article.path.lower().endswith((".md", ".markdown")) or "#" not in article.text:
        return set()
    starts: set[int] = set()
    for pos in article.line_starts:
        if pos >= article.body_start and _MD_HEADING.match(article.text, pos):
            line_end = article.text.find("\n", pos)
            line_end = len(article.text) if line_end == -1 else line_end
            start, _ = _trim(article.analysis, pos, line_end)
            starts.add(start)
    return starts


def _looks_like_heading(line: str) -> bool:
    """Short, title-case, no final full stop: "Market Impact", "- Optimism and Acclaim:"."""
    line = line.strip().lstrip("-•*– ").strip()
    if not line or len(line) > 80 or "\n" in line or line[-1] in ".!,;\"”’":
        return False
    words = _WORD.findall(line)
    if not words or len(words) > 10:
        return False
    if line[-1] == "?" and len(words) < 3:
        return False
    return is_title_case(words)


def is_title_case(words: list[str]) -> bool:
    significant = [w for w in words if w.lower() not in _SMALL_WORDS]
    if not significant:
        return False
    return all(w[0].isupper() or w[0].isdigit() for w in significant) and words[0][0].isupper()


def _sentences(text: str, para: Paragraph, number: int) -> list[Sentence]:
    if para.kind == "heading":
        return [Sentence(para.start, para.end, number, "heading")]
    kind = "post" if para.kind == "post" else "text"
    chunk = text[para.start : para.end]
    cuts = [0]
    for match in _BOUNDARY.finditer(chunk):
        gap_start, gap_end = match.span("gap")
        if _is_abbreviation_end(chunk, gap_start, gap_end):
            continue
        cuts.append(gap_start)
        cuts.append(gap_end)
    cuts.append(len(chunk))
    sentences: list[Sentence] = []
    for i in range(0, len(cuts), 2):
        start, end = _trim(chunk, cuts[i], cuts[i + 1])
        if start >= end:
            continue
        piece = chunk[start:end]
        sentence_kind = kind
        if kind == "text" and piece.endswith(":") and _looks_like_heading(piece):
            sentence_kind = "label"
        sentences.append(Sentence(para.start + start, para.start + end, number, sentence_kind))
    return sentences


_DOTTED_INITIALS = regex.compile(r"\p{Ll}(?:\.\p{Ll})+")
_NAME_BEFORE = regex.compile(r"(?r)\p{Lu}\p{Ll}+\s+")


def _middle_initials(chunk: str, word_start: int, word: str, next_start: int) -> bool:
    """"George H.W. Bush": dotted initials between a capitalised word and another that
    does not usually start a sentence are inside the name ("the F.B.I. The agency" ends
    one: no name before it, and "The" starts sentences)."""
    if _DOTTED_INITIALS.fullmatch(word) is None:
        return False
    before = _NAME_BEFORE.match(chunk, 0, word_start)
    if before is None or before.end() != word_start:
        return False
    following = _WORD.match(chunk, next_start)
    return following is not None and following.group(0).lower() not in _STARTERS


def _is_abbreviation_end(chunk: str, cut: int, next_start: int) -> bool:
    if chunk[cut - 1] != ".":
        return False
    word_start = cut - 1
    while word_start > 0 and not chunk[word_start - 1].isspace():
        word_start -= 1
    word = chunk[word_start : cut - 1].lstrip("\"“‘'([").lower()
    if len(word) == 1 and word.isalpha():
        return True  # an initial: "Marc A. Smith"
    if word not in ABBREVIATIONS:
        return _middle_initials(chunk, word_start, word, next_start)
    if word in _CAN_END:
        following = _WORD.match(chunk, next_start)
        return not (following and following.group(0).lower() in _STARTERS)
    return True
