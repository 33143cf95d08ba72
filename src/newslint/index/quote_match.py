"""Quotes matched across articles by their words, before anyone asks who said them.

Two quotes match when the words they share, in order, make up most of the shorter one: a
near-duplicate, or a fragment of a longer quote ("the American people deserve answers" in
"we believe the American people deserve answers now"). Candidates come from an index of
two-word runs (runs held by many quotes left out), so a story's quotes are never compared
all against all. The rules then judge each match: other speaker (NL301), other words
(NL302).
"""

from __future__ import annotations

import difflib
import functools
from dataclasses import dataclass, replace

import regex
from rapidfuzz.distance import OSA

from newslint.facts import ArticleFacts, Quote
from newslint.facts.entities import same_given_name
from newslint.facts.name_budget import slip_budget
from newslint.index import CorpusIndex
from newslint.index.quote_text import carries_meaning, fits, has_gaps, normalise
from newslint.index.speakers import INFERRED_KINDS, fold_name, same_person
from newslint.load.segment import is_title_case

Entry = tuple[ArticleFacts, Quote]
Place = tuple[str, int, int]  # path, start and end of a quote or of a piece of one
SHINGLE = 2  # words per run in the index: "state psyop" is one run
_COMMON_RUN = 40  # a run in more quotes than this ("of the") finds nothing


@dataclass(frozen=True, slots=True)
class Match:
    a: Entry
    b: Entry
    common: int  # words in common, in order
    shorter: int  # words of the shorter quote

    @property
    def share(self) -> float:
        """The words in common as a share of the shorter quote."""
        return self.common / self.shorter if self.shorter else 0.0


def quote_entries(index: CorpusIndex, titles: bool = True) -> list[Entry]:
    """The story's quotes that can be compared: words in the text, not in embedded posts.
    Without `titles`, not words in title case either ("State of the Union"), which many
    people name: a speaker found for them is often the one who named them."""
    groups = index.group("quotes", _comparable, "comparable-quotes")
    found = groups.get("text", [])
    if titles:
        return found
    return [(a, q) for a, q in found if not is_title_case(q.text.split())]


def with_pieces(entries: list[Entry]
                ) -> tuple[list[Entry], dict[Place, Entry]]:
    """The quotes, and each sentence or ellipsis-cut piece of a quote that has several:
    another article may quote one sentence of a longer passage ("What have you guys been
    debating, John? You've been debating a coin for baseball?"), or a passage cut
    otherwise, and only the piece is its match. A piece keeps its quote's speaker; the
    second value maps each piece's place (path, start, end) to its whole quote."""
    out = list(entries)
    whole: dict[Place, Entry] = {}
    for article, quote in entries:
        if quote.span.line != quote.span.end_line or quote.span.end - quote.span.start != len(
                quote.text):
            continue  # a piece's place is known only on one line of the text as written
        cuts = [m.end() for m in _PIECE_END.finditer(quote.text)]
        starts = [0, *cuts]
        ends = [*cuts, len(quote.text)]
        if len(starts) < 2:
            continue
        for lo, hi in zip(starts, ends, strict=True):
            text = quote.text[lo:hi]
            skip = len(text) - len(text.lstrip())
            text = text.strip()
            if len(normalise(text)) < _PIECE_WORDS:
                continue
            at = quote.span.start + lo + skip
            span = replace(quote.span, start=at, end=at + len(text),
                           col=quote.span.col + lo + skip,
                           end_col=quote.span.col + lo + skip + len(text))
            out.append((article, replace(quote, text=text, span=span)))
            whole[article.path, at, at + len(text)] = (article, quote)
    return out, whole


def by_piece(found: list[Match], whole: dict[Place, Entry]) -> list[Match]:
    """The matches of whole quotes, and those of a piece of a quote (a sentence of a longer
    passage) that has the same words but for one, so that a short sentence sharing a phrase
    with another ("I think it's OK" / "I think it's immoral") is not taken for it: unless
    the two whole quotes match each other, a whole quote of the pair already matches a
    quote of the other article, or either is closer to another quote there (the piece is
    then the same words said again later)."""
    wholes = [m for m in found if place_of(m.a) not in whole and place_of(m.b) not in whole]
    pairs = {frozenset((place_of(m.a), place_of(m.b))) for m in wholes}
    matched = {(place_of(x), y[0].id) for m in wholes for x, y in ((m.a, m.b), (m.b, m.a))}
    best: dict[tuple[Place, str], float] = {}  # each quote or piece's best share there
    for m in found:
        for x, y in ((m.a, m.b), (m.b, m.a)):
            key = (place_of(x), y[0].id)
            best[key] = max(best.get(key, 0.0), m.share)
    kept = list(wholes)
    for match in found:
        a, b = place_of(match.a), place_of(match.b)
        if (a not in whole and b not in whole) or match.common < match.shorter - 1:
            continue
        if frozenset((place_of(whole.get(a, match.a)), place_of(whole.get(b, match.b)))) in pairs:
            continue
        if (a not in whole and (a, match.b[0].id) in matched) or (
                b not in whole and (b, match.a[0].id) in matched):
            continue
        if match.share < best[a, match.b[0].id] or match.share < best[b, match.a[0].id]:
            continue  # the piece is closer to another quote there
        kept.append(match)
    return kept


def place_of(entry: Entry) -> Place:
    """Where a quote or a piece of one stands: its article's path, its start and end."""
    return entry[0].path, entry[1].span.start, entry[1].span.end


def best_counterparts(found: list[Match], whole: dict[Place, Entry]) -> list[Match]:
    """Each quote compared only with the quote of each other article it echoes best: a
    quote (or piece) that matches several quotes there is kept with the one whose words it
    shares most (the larger share of the shorter quote, then more words in common, then the
    nearer length; on a tie the first place), so that a sentence sharing a few words with
    it ("not going to allow this thing" for "not going to talk about this") does not stand
    in for the sentence it really echoes. The choice is the shorter quote's, of a pair: a
    longer quote may hold several others' fragments; of two as long, either's choice
    keeps the pair (a fragment given word for word in a longer quote there still meets its
    reworded copy). A piece and its whole quote are one candidate (`by_piece` chose
    between them)."""
    lengths: dict[Place, int] = {}
    for match in found:
        for entry in (match.a, match.b):
            lengths.setdefault(place_of(entry), len(normalise(entry[1].text)))
    best: dict[tuple[Place, str], tuple[tuple[float, int, int], Place]] = {}
    for match in found:
        for mine, other in _choosers(match, lengths):
            group = place_of(whole.get(place_of(other), other))
            score = (match.share, match.common,
                     -abs(lengths[place_of(other)] - lengths[place_of(mine)]))
            key = (place_of(mine), other[0].id)
            held = best.get(key)
            if held is None or score > held[0] or (score == held[0] and group < held[1]):
                best[key] = (score, group)  # a tie goes to the first place
    return [m for m in found if any(
        best[place_of(mine), other[0].id][1] == place_of(whole.get(place_of(other), other))
        for mine, other in _choosers(m, lengths))]


def _choosers(match: Match, lengths: dict[Place, int]) -> list[tuple[Entry, Entry]]:
    """The sides of a pair that choose their counterpart: the shorter quote, or either."""
    a, b = lengths[place_of(match.a)], lengths[place_of(match.b)]
    return [(x, y) for x, y, n, m in ((match.a, match.b, a, b), (match.b, match.a, b, a))
            if n <= m]


# the end of a sentence before the next one, or an ellipsis: where a passage is cut
_PIECE_END = regex.compile(r"(?<=[.?!][\"'’”]?)\s+(?=[\"'‘“]?\p{Lu})|\s*(?:…|\.\.\.)\s*")
_PIECE_WORDS = 5  # a shorter piece ("We don't want him.") may be said twice in other words


def one_speaker(a: str, b: str) -> bool:
    """Two speakers' names that can be one person: `same_person`'s spellings, or one
    surname under a first name and its nickname ("Dick Durbin" / "Richard J. Durbin",
    "Mike Thibodeau" / "Michael Thibodeau"), as outlets style the same senator."""
    if a == b or same_person(a, b) or name_slip(a, b):
        return True
    fa, fb = fold_name(a), fold_name(b)
    return (len(fa) >= 2 and len(fb) >= 2 and fa[-1] == fb[-1]
            and same_given_name(fa[0], fb[0]))


def name_slip(a: str, b: str) -> bool:
    """One name garbled, as NL101 reads a slip, not a second person: the same letters but
    for spacing ("Tanya Sanerib" / "Tanyasanerib", "McCain" / "Mc Cain"), or one word a
    letter or two off (one letter changed, dropped, added or swapped in a word of five to
    eight letters, two from nine; the same first letter), the other words the same or,
    where one name is a surname alone, the surnames."""
    fa, fb = fold_name(a), fold_name(b)
    if not fa or not fb:
        return False
    if "".join(fa) == "".join(fb):
        return True
    if len(fa) != len(fb):
        if min(len(fa), len(fb)) != 1:
            return False
        fa, fb = fa[-1:], fb[-1:]  # "Apraio" / "Joe Arpaio": the surname
    apart = [(x, y) for x, y in zip(fa, fb, strict=True) if x != y]
    return len(apart) == 1 and word_slip(*apart[0])


def word_slip(x: str, y: str) -> bool:
    """Two spellings of one word a typing slip apart, by NL101's budget (`slip_budget`:
    five letters or more, one edit up to eight letters, two from nine), the same first
    letter."""
    budget = slip_budget(min(len(x), len(y)))
    if not budget or x[0] != y[0]:
        return False
    return OSA.distance(x, y, score_cutoff=budget) <= budget


def _comparable(quote: Quote) -> str | None:
    return "text" if quote.context not in ("post", "heading") else None


def matches(entries: list[Entry], min_common: int, min_share: float) -> list[Match]:
    """Pairs of quotes from different articles whose shared words make up at least
    `min_share` of the shorter one, and at least `min_common` words."""
    forms = [normalise(q.text) for _, q in entries]
    postings: dict[tuple[str, ...], list[int]] = {}
    for i, form in enumerate(forms):
        for run in _runs(form):
            postings.setdefault(run, []).append(i)
    # Quotes of one article are never compared: each quote's partners are gathered from
    # the quotes of the other articles only, each pair once (i < j).
    article = [a.id for a, _ in entries]
    partners: list[set[int]] = [set() for _ in entries]
    for holders in postings.values():
        if len(holders) > _COMMON_RUN or len(holders) < 2:
            continue  # "of the": shared by chance; a real match shares rarer runs too
        for x, i in enumerate(holders):
            if len(holders) - x > 1:
                own = article[i]
                partners[i].update(j for j in holders[x + 1:] if article[j] != own)
    found: list[Match] = []
    words = [set(form) for form in forms]
    for i, others in enumerate(partners):
        for j in sorted(others):
            shorter = min(len(forms[i]), len(forms[j]))
            if len(words[i] & words[j]) < max(min_common, min_share * len(
                    min(words[i], words[j], key=len))):
                continue  # cannot share enough words: skip the costly alignment
            common = _common(forms[i], forms[j])
            if common >= min_common and shorter and common / shorter >= min_share:
                found.append(Match(entries[i], entries[j], common, shorter))
    return found


@functools.lru_cache(maxsize=65536)  # NL301 and NL302 each index the story's quotes
def _runs(form: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    if len(form) < SHINGLE:
        return (form,) if form else ()
    return tuple(sorted({form[k:k + SHINGLE] for k in range(len(form) - SHINGLE + 1)}))


def _common(a: tuple[str, ...], b: tuple[str, ...]) -> int:
    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    return sum(block.size for block in matcher.get_matching_blocks())


_ONE_TEXT = 10  # words in a row two quotes share: one quotation, whoever is named
_ONE_TEXT_CHANGES = 2  # single words changed inside such a run ("duty" / "duties")


def one_text(match: Match) -> bool:
    """Quotes that share a run of many words, in order, also across a word or two put for
    others, put in or left out one at a time (the misquote itself, "are incompatible with
    your duty" / "are told with your duty"): the same quoted text."""
    a, b = normalise(match.a[1].text), normalise(match.b[1].text)
    blocks = [block for block in difflib.SequenceMatcher(
        a=a, b=b, autojunk=False).get_matching_blocks() if block.size]
    best = 0
    for i in range(len(blocks)):
        run = blocks[i].size
        for before, after in zip(blocks[i:i + _ONE_TEXT_CHANGES], blocks[i + 1:], strict=False):
            if max(after.a - before.a - before.size, after.b - before.b - before.size) > 1:
                break
            run += after.size  # one word changed between two runs
        best = max(best, run)
    return best >= _ONE_TEXT


def fits_inside(a: tuple[str, ...], b: tuple[str, ...], names: frozenset[str]) -> bool:
    """An ellipsis that stands for the other version's words, in two cuts of one remark
    that start or stop at different places ("However, we would be remiss … if we did not"
    / "We would be remiss in our duty to you and our students if we did not"): the words
    between the first and last they share fit, and the ends differ only where each cut
    starts or stops."""
    ops = difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes()
    equal = [index for index, op in enumerate(ops) if op[0] == "equal"]
    if not equal or not (has_gaps(a) or has_gaps(b)):
        return False
    first, last = ops[equal[0]], ops[equal[-1]]
    if not fits(a[first[1]:last[2]], b[first[3]:last[4]]):
        return False
    for op, a1, a2, b1, b2 in ops[:equal[0]] + ops[equal[-1] + 1:]:
        if op == "replace" and min(a2 - a1, b2 - b1) < SHORT_END:
            return False  # a word put for another at an end
        if (a2 - a1) + (b2 - b1) <= SHORT_END and carries_meaning(a[a1:a2] + b[b1:b2], names):
            return False
    return True


SHORT_END = 2  # words at an end of a quote that can be a dropped name, number or "not"


def one_side(match: Match, first: str | None, second: str | None) -> bool:
    """A speaker on one side only, nothing at all in reach of the other quote (not a
    described speaker, which may be someone else), and most words of a quote of some
    length in common: one remark, whoever the one article leaves unnamed. Whole quotes
    only: a sentence cut from a longer passage ("I don't like that language.") is too
    short a match to say whose words it is."""
    if bool(first) == bool(second):
        return False
    unnamed = match.b[1] if first else match.a[1]
    return (unnamed.speaker_kind is None and unnamed.context == "text"
            and match.shorter >= _ONE_SIDE_WORDS and match.share >= _ONE_SIDE_SHARE)


def one_text_speaker(match: Match, first: str | None, second: str | None) -> str | None:
    """Whose words two quotes are that share a run of ten words or more and four in five
    words of the shorter, as one quotation (also where a sentence of a longer passage is
    what matches): the person one article names next to it, where the other names no one
    (nothing in reach, or a described source: "the report read", "a spokesman said") or
    only a speaker found through a pronoun or an earlier quote ("He added"), which is the
    less sure of the two. A person who echoes a letter in words of their own ("his budget
    reflects" / "your budget appears to reflect") shares less; None when neither is
    surer."""
    if match.share < _ONE_TEXT_SHARE or not one_text(match):
        return None
    (_, qa), (_, qb) = match.a, match.b
    if bool(first) != bool(second):
        unnamed = qb if first else qa
        sure = unnamed.context == "text" and unnamed.speaker_kind in (None, "generic")
        return (first or second) if sure else None
    kinds = (qa.speaker_kind, qb.speaker_kind)
    if first and second and "name" in kinds and any(k in INFERRED_KINDS for k in kinds):
        return first if kinds[0] == "name" else second
    return None


_ONE_TEXT_SHARE = 0.8  # of the shorter quote's words, beside a run of ten in common
_ONE_SIDE_WORDS = 7  # a shorter phrase ("I don't like that language") is said by many
_ONE_SIDE_SHARE = 0.85  # of the shorter quote's words: one word in seven may differ


_POSSESSIVE = regex.compile(r"(?<=\p{L})['’]s\b")
_COMPANY_SUFFIXES = frozenset("inc corp co ltd llc plc group sa ag nv".split())


def speaks_for(organisation: str, roles: list[tuple[str, ...]]) -> bool:
    """"Acme said" and "Acme spokesman Raj Patel said": a statement credited to the
    organisation in one place and to the person speaking for it in another. True when the
    organisation's name is in one of the person's roles."""
    # "Moore's campaign" is the "Moore campaign" a role names: the possessive is style
    words = tuple(w for w in fold_name(_POSSESSIVE.sub("", organisation))
                  if w not in _COMPANY_SUFFIXES)
    if not words:
        return False
    n = len(words)
    return any(role[i:i + n] == words for role in roles for i in range(len(role) - n + 1))
