"""Web-page furniture in crawled copy, found by shape: what no editor wrote as the article.

A crawler delivers the page, not the story: ad slots, player strings, share bars, sign-up
prompts, "Related" link lists, photo captions and credits, bylines, timestamps, a dateline
in front of the first sentence, and the headline again as the first paragraph. The loader
sets these aside (`find_furniture`), so that extractors take no speaker, name, figure or
date from them; captions and bylines keep their own paragraph kind.

The tests are shapes, not a list of articles: a short paragraph made only of chrome words,
a credit at the end of a paragraph, "By" and nothing but names, a place and a dash before
the first sentence, a paragraph that repeats another one. The words those shapes need are
rule data (rules/furniture.yaml).
"""

from __future__ import annotations

from collections.abc import Callable

import regex

from newslint.load.article import Article, SetAside, SetAsideKind
from newslint.load.furniture_words import Vocabulary, vocabulary

_Whole = Callable[[int, SetAsideKind, str], None]
_TOKEN = regex.compile(r"[\p{L}\p{N}@]+(?:[-:'’.][\p{L}\p{N}]+)*")
_FULL_STOP_END = regex.compile(r"\.[\"”’')\]]*$")
_SENTENCE_CLOSE = regex.compile(r"[.!?][\"”’')\]]*$")
_COUNTER = regex.compile(r"\d{1,3}\s*(?:/|of)\s*\d{1,3}")  # a gallery's "1 / 8"
_DURATION = regex.compile(r"\d{1,2}:\d{2}(?::\d{2})?")
_QUOTE_MARKS = frozenset("\"“”«»")
_EDGE_PUNCTUATION = " \t\n-–—•·*|>:;,.!?\"“”‘’'()[]"
# Sentence ends inside a paragraph (a simpler cut than segmentation's: enough to tell
# a prompt or an author's note from the copy around it).
_SENTENCE_END = regex.compile(r"(?<=[.!?][\"”’')]?)\s+(?=[\"“‘'(]?[\p{Lu}\p{N}@])")
_MD_LINK = regex.compile(r"!?\[[^\]\n]*\]\([^)\n]*\)")
_BARE_URL = regex.compile(r"(?:https?://|www\.)\S+")
_EMPHASISED = regex.compile(r"([*_]{1,3})[^\s*_].*[^\s*_]\1", regex.S)
_IMAGE_LINE = regex.compile(r"[ \t]*!\[[^\]\n]*\]\([^)\n]*\)[ \t]*$")

_BY = regex.compile(r"\s*(?:By|BY|by)\s+(?=\p{Lu})")
_JOINERS = regex.compile(r"\s*(?:/|\||,|·|\band\b|&)\s*")
_CREDIT_REACH = 200  # characters from the end of a paragraph where its credit may start
_NUMERIC = regex.compile(r"\d[\d:/.,-]*(?:am|pm|a\.m|p\.m)?")
_NAME_PARTICLES = frozenset(
    "and & of the de van der von la le da del di du for at in with staff".split()
)
_WORD_LIMIT_LIST_ITEM = 20
_WORD_LIMIT_CAPTION = 80
_WORD_LIMIT_NOTE = 25
_WORD_LIMIT_STAMP = 20
_MIN_LEAD_WORDS = 20  # a paragraph this long is prose, whatever its last character
_TAIL_PARAGRAPHS = 3  # an author's note is among the last prose paragraphs
_MAX_CLOSER = 40  # characters: a transcript's closer is a short line
_MAX_TRANSCRIPT = 60  # paragraphs a transcript label may reach forward to its closer
_MIN_REPEAT_WORDS = 8  # a shorter paragraph inside another is a coincidence, not a repeat
_MAX_REPEAT_PARAGRAPHS = 400  # containment is quadratic: skip it on very long files


def normalise(text: str) -> str:
    """Lower case, one space, no surrounding punctuation or bullets, straight apostrophes."""
    return " ".join(text.replace("’", "'").lower().split()).strip(_EDGE_PUNCTUATION)


def find_furniture(
    article: Article, paragraphs: list[tuple[int, int]], block_of: list[int], kinds: list[str]
) -> list[SetAside]:
    """What to set aside. Whole paragraphs get their new kind in `kinds` (changed in place)."""
    vocab = vocabulary()
    found: list[SetAside] = []
    text, analysis = article.text, article.analysis

    def whole(index: int, kind: SetAsideKind, reason: str) -> None:
        kinds[index] = kind
        found.append(SetAside(*paragraphs[index], kind, reason))

    in_list = False
    seen_prose = False
    transcript_until = -1
    for index, (start, end) in enumerate(paragraphs):
        if kinds[index] == "post":
            in_list = False
            continue
        # The raw lines, markup and all: blanked markup (an emphasis mark, a tag, a link
        # target) may open or close them outside the paragraph's own words.
        line_end = text.find("\n", end)
        raw = text[text.rfind("\n", 0, start) + 1 : len(text) if line_end < 0 else line_end]
        chunk = analysis[start:end]
        count = len(chunk.split())
        if index <= transcript_until:
            whole(index, "furniture", "transcript")
            continue
        # Every shape below is short but a list of links: long prose is read no further.
        words = (_TOKEN.findall(chunk) if count <= _WORD_LIMIT_STAMP
                 else chunk.split() if count <= _WORD_LIMIT_CAPTION else [])
        if in_list and _link_shaped(vocab, chunk, raw, words):
            whole(index, "furniture", "link list")
            continue
        in_list = False
        if raw.lstrip()[:11].lower() == "<figcaption":  # an HTML figure's caption
            shape: tuple[SetAsideKind, str] | None = ("caption", "figure caption")
        elif words:
            shape = _whole_paragraph(vocab, chunk, raw, words, lead=not seen_prose)
            if shape is None and _follows_image(text, start):
                shape = _image_caption(raw, words)
        else:
            shape = ("furniture", "links") if _only_links(vocab, raw) else None
        if shape is not None:
            whole(index, *shape)
            in_list = shape[1] == "list label"
            if shape[1] == "transcript label":
                transcript_until = _transcript_end(vocab, analysis, paragraphs, block_of, index)
            continue
        if kinds[index] == "text" and count >= 10:
            seen_prose = True

    _repeats(analysis, paragraphs, kinds, whole)
    found.extend(_sentences_set_aside(vocab, analysis, paragraphs, kinds, whole))
    for index, (start, end) in enumerate(paragraphs):
        if kinds[index] == "text":
            found.extend(
                SetAside(start + m.start(), start + m.end(), "caption", "credit")
                for m in vocab.credit_paren.finditer(analysis[start:end])
            )
    dateline = _dateline(vocab, analysis, paragraphs, kinds)
    if dateline is not None:
        found.append(dateline)
    found.sort(key=lambda f: (f.start, f.end))
    return found


def _whole_paragraph(
    vocab: Vocabulary, chunk: str, raw: str, words: list[str], lead: bool
) -> tuple[SetAsideKind, str] | None:
    short = len(words) <= _WORD_LIMIT_STAMP  # `words` are tokens only then
    lowered = [w.lower() for w in words] if short else []
    norm = normalise(chunk) if short else ""
    if norm in vocab.list_labels:
        return "furniture", "list label"
    if norm in vocab.transcript_labels:
        return "furniture", "transcript label"
    if norm and _COUNTER.fullmatch(norm):
        return "furniture", "counter"
    if len(words) <= vocab.max_chrome and all(
        w in vocab.chrome or _DURATION.fullmatch(w) or w.isdigit() for w in lowered
    ) and not all(w.isdigit() for w in lowered):
        return "furniture", "chrome"
    if len(words) <= vocab.max_chrome and _only_agencies(vocab, norm):
        credit = any(w in vocab.credit_words for w in lowered)
        return ("caption", "credit") if credit else ("byline", "agency")
    if _is_byline(chunk):
        return "byline", "byline"
    if short and _is_stamp(vocab, norm, lowered, lead):
        return "furniture", "timestamp"
    if _only_links(vocab, raw):
        return "furniture", "links"
    if len(words) <= _WORD_LIMIT_CAPTION:
        stripped = chunk.strip()
        # A credit ends the caption: only its last stretch can hold one.
        if _credit_ends(vocab, stripped) or vocab.credit_start.match(stripped):
            return "caption", "credit"
        if ")" in stripped[-3:]:
            ends = [m.end() for m in vocab.credit_paren.finditer(stripped)]
            if ends and not stripped[ends[-1]:].strip(" .;,"):
                return "caption", "credit"
    return None


def _credit_ends(vocab: Vocabulary, stripped: str) -> bool:
    """Whether a credit ends the paragraph. Its last stretch is scanned only when it holds
    what any credit there must: the regex tried at each of 200 places cost more than the
    rest of the paragraph's shapes."""
    reach = max(0, len(stripped) - _CREDIT_REACH)
    tail = stripped[reach:]
    if not (any(cue in tail for cue in vocab.credit_end_cues)
            or stripped.endswith(vocab.credit_end_agency_ends)):
        return False
    return vocab.credit_end.search(stripped, reach) is not None


def _only_agencies(vocab: Vocabulary, norm: str) -> bool:
    parts = [p.strip(" .") for p in _JOINERS.split(norm)]
    parts = [p for p in parts if p]
    return bool(parts) and all(p in vocab.agencies for p in parts)


def _is_byline(chunk: str) -> bool:
    """ "By" and then only names, joiners and an outlet: "By JANE ROE and Al Doe, Reuters"."""
    match = _BY.match(chunk)
    if match is None:
        return False
    tokens = chunk[match.end():].split()
    if not tokens or len(tokens) > 14:
        return False
    for token in tokens:
        bare = token.strip(",;|")
        if not bare or bare in "|-–—/":
            continue
        if any(ch.isdigit() for ch in bare):
            return False
        if bare.lower() in _NAME_PARTICLES:
            continue
        if not bare[0].isupper():
            return False
        if bare.endswith(".") and len(bare.rstrip(".")) > 2 and bare not in ("Jr.", "Sr."):
            return False  # a sentence ends here: copy that opens with "By ..."
    return True


def _is_stamp(vocab: Vocabulary, norm: str, lowered: list[str], lead: bool) -> bool:
    """ "Updated 5:32 PM ET, Jan. 4, 2019", or a bare date line with a time or near the top
    (further down, a date alone may head a timeline entry: that is copy)."""
    if len(lowered) > _WORD_LIMIT_STAMP or not any(map(str.isdigit, norm)):
        return False
    opener = vocab.stamp.match(norm)
    rest = norm[opener.end():] if opener else norm
    tokens = [t.strip(",|·•():").rstrip(".") for t in rest.split()]
    tokens = [t for t in tokens if t]
    if not tokens or not all(t in vocab.date_words or _NUMERIC.fullmatch(t) for t in tokens):
        return False
    has_time = any(":" in t or t in vocab.time_zones or t.endswith(("am", "pm", "a.m", "p.m"))
                   for t in tokens)
    return opener is not None or has_time or lead


def _only_links(vocab: Vocabulary, raw: str) -> bool:
    """A paragraph that is nothing but links (a Markdown list of them, or bare URLs), with
    at most chrome words around them ("Read more:", "|")."""
    if "](" not in raw and "://" not in raw and "www." not in raw:
        return False
    links = _MD_LINK.findall(raw) + _BARE_URL.findall(raw)
    rest = _BARE_URL.sub(" ", _MD_LINK.sub(" ", raw))
    return bool(links) and all(w.lower() in vocab.chrome for w in _TOKEN.findall(rest))


def _link_shaped(vocab: Vocabulary, chunk: str, raw: str, words: list[str]) -> bool:
    """An item of a link list: links, or a headline (short, one sentence, no full stop)."""
    stripped = chunk.strip()
    if _only_links(vocab, raw):
        return True
    # Copy ends in a full stop (inside its closing quote or not); a headline does not.
    return bool(words) and len(words) <= _WORD_LIMIT_LIST_ITEM and not _FULL_STOP_END.search(
        stripped)


def _follows_image(text: str, start: int) -> bool:
    """Whether the line before the paragraph (blank lines skipped) is a Markdown image."""
    pos = text.rfind("\n", 0, start)
    while pos > 0:
        prev = text.rfind("\n", 0, pos)
        line = text[prev + 1 : pos]
        if line.strip():
            return bool(_IMAGE_LINE.match(line))
        pos = prev
    return False


def _image_caption(raw: str, words: list[str]) -> tuple[SetAsideKind, str] | None:
    """The emphasised line under an image: `*The senator in Des Moines on Monday.*`."""
    if 0 < len(words) <= _WORD_LIMIT_CAPTION and _EMPHASISED.fullmatch(raw.strip()):
        return "caption", "image caption"
    return None


def _transcript_end(vocab: Vocabulary, analysis: str, paragraphs: list[tuple[int, int]],
                    block_of: list[int], label: int) -> int:
    """The last paragraph of a transcript: its closer, else the end of the label's block."""
    for index in range(label + 1, min(len(paragraphs), label + 1 + _MAX_TRANSCRIPT)):
        start, end = paragraphs[index]
        closer = end - start <= _MAX_CLOSER and normalise(analysis[start:end])
        if closer and closer in vocab.transcript_closers:
            return index
    last = label
    while last + 1 < len(paragraphs) and block_of[last + 1] == block_of[label]:
        last += 1
    return last


def _repeats(analysis: str, paragraphs: list[tuple[int, int]], kinds: list[str],
             whole: _Whole) -> None:
    """A paragraph that repeats an earlier one (a headline printed again as the first
    paragraph), or a pull quote: a paragraph found word for word inside a longer one."""
    seen: set[str] = set()
    candidates = [i for i, kind in enumerate(kinds) if kind in ("text", "heading")]
    norms = {i: normalise(analysis[slice(*paragraphs[i])]) for i in candidates}
    for index in candidates:
        norm = norms[index]
        if not norm:
            continue
        if norm in seen:
            whole(index, "furniture", "repeated paragraph")
        seen.add(norm)
    if len(candidates) > _MAX_REPEAT_PARAGRAPHS:
        return
    prose = [i for i in candidates if kinds[i] == "text"]
    joined = "\n".join(norms[i] for i in prose)  # one C-speed scan per paragraph
    for index in prose:
        norm = norms[index]
        if len(norm.split()) < _MIN_REPEAT_WORDS:
            continue
        first = joined.find(norm)
        if joined.find(norm, first + 1) >= 0:  # found in itself and somewhere else
            whole(index, "furniture", "pull quote")


def _sentences_set_aside(vocab: Vocabulary, analysis: str, paragraphs: list[tuple[int, int]],
                         kinds: list[str], whole: _Whole) -> list[SetAside]:
    """Prompts ("Sign up for ...", "Follow her on Twitter") and author's notes ("... is a
    reporter for ...", "... contributed to this report"), as whole sentences. A paragraph
    made of nothing else is set aside whole."""
    tail = set([i for i, kind in enumerate(kinds) if kind == "text"][-_TAIL_PARAGRAPHS:])
    spans: list[SetAside] = []
    for index in [i for i, kind in enumerate(kinds) if kind in ("text", "heading")]:
        start, end = paragraphs[index]
        chunk = analysis[start:end]
        cuts = [m.span() for m in _SENTENCE_END.finditer(chunk)]
        bounds = list(zip([0] + [e for _, e in cuts], [s for s, _ in cuts] + [len(chunk)],
                          strict=True))
        # Most paragraphs hold no cue: no sentence opens with an opener's first word, and
        # no author's ending is there.
        if index not in tail and not any(
                _first_word(chunk, low) in vocab.opener_words for low, _ in bounds
        ) and not vocab.author_ending.search(chunk):
            continue
        pieces = [_sentence_kind(vocab, chunk, low, high, index in tail) for low, high in bounds]
        first = pieces[0] if pieces else None
        if first and first[3] == "player":
            whole(index, "furniture", "player")
            continue
        if first and first[3] == "prompt" and len(chunk.split()) <= vocab.max_prompt and not (
                _QUOTE_MARKS & set(chunk)):
            pieces = [p or (0, 0, "furniture", "prompt") for p in pieces]
        if pieces and all(pieces):
            kind = "byline" if any(p and p[2] == "byline" for p in pieces) else "furniture"
            whole(index, kind, next(p[3] for p in pieces if p))
            continue
        spans.extend(SetAside(start + p[0], start + p[1], p[2], p[3]) for p in pieces if p)
    return spans


def _first_word(chunk: str, start: int) -> str:
    match = _TOKEN.match(chunk, start)
    return match.group(0).lower() if match else chunk[start:start + 1]


def _sentence_kind(vocab: Vocabulary, chunk: str, start: int, end: int,
                   tail: bool) -> tuple[int, int, SetAsideKind, str] | None:
    sentence = chunk[start:end].strip()
    if not sentence:
        return None
    count = len(sentence.split())
    if start == 0 and vocab.player.match(sentence) and len(chunk.split()) <= vocab.max_prompt:
        return 0, len(chunk), "furniture", "player"  # a title line: the whole paragraph
    if not _QUOTE_MARKS.isdisjoint(sentence):
        return None
    lead_in = sentence.endswith(":") and count > 2  # "Read his full statement:" + excerpt
    if count <= vocab.max_prompt and not lead_in and vocab.prompt.match(sentence):
        return start, end, "furniture", "prompt"
    if count <= _WORD_LIMIT_NOTE and (vocab.author_ending.search(sentence)
                                      or vocab.author_opener.match(sentence)):
        return start, end, "byline", "author note"
    if tail and count <= _WORD_LIMIT_NOTE and vocab.author_bio.match(sentence):
        return start, end, "byline", "author note"
    return None


def _dateline(vocab: Vocabulary, analysis: str, paragraphs: list[tuple[int, int]],
              kinds: list[str]) -> SetAside | None:
    """ "WASHINGTON —", "KANSAS CITY, Mo. —", "Denver (AP) –", "(CNN) —" before the first
    sentence. A place in mixed case counts only when it is a known place, carries a state
    or an agency tag: "Donald Trump — The ..." is no dateline."""
    # The first paragraph that reads as prose: a crawled headline above it is short and
    # does not end as a sentence does.
    first = next((i for i, kind in enumerate(kinds) if kind == "text" and (
        _SENTENCE_CLOSE.search(analysis, *paragraphs[i])
        or len(analysis[slice(*paragraphs[i])].split()) >= _MIN_LEAD_WORDS)), None)
    if first is None:
        return None
    start, end = paragraphs[first]
    match = vocab.dateline.match(analysis, start, end)
    if match is None:
        return None
    mixed = match.group("mixed")
    if mixed and not (match.group("tag") or match.group("state")
                      or mixed.lower() in vocab.places):
        return None
    upper = match.group("upper")
    if upper and len(upper.replace(".", "")) < 2:
        return None  # "I —" or "A —": a one-letter word is no place
    cut = match.end()
    while cut > start and analysis[cut - 1] in " \t":
        cut -= 1
    return SetAside(start, cut, "dateline", "dateline")
