"""Whether two wordings of a quote are one remark, and how far apart: the measures NL302
weighs before it calls a difference a misquote (changes between the first and the last
shared word, cuts made without an ellipsis, two cuts of one remark, an excerpt)."""

from __future__ import annotations

import difflib
from collections.abc import Callable

from newslint.extract.quotes.adverbs import is_adverb
from newslint.facts.speech import lexicon
from newslint.index.quote_match import Entry
from newslint.index.quote_noise import filler_word, minor_word, noise_word, same_word, verb_form
from newslint.index.quote_style import GAP, OPT
from newslint.index.quote_text import carries_meaning, gapped


def one_remark(a: tuple[str, ...], b: tuple[str, ...], shorter: int,
               fragments: tuple[bool, bool] = (False, False)) -> bool:
    """Shared words that run together, for half of the shorter quote at least ("state
    psyop" in "CCP state psyop"), not a few common words scattered through two remarks;
    a quote of five words or fewer ("I may do it") may differ in one word only.
    `fragments`: whether each quote is a few words inside the writer's sentence."""
    a, b = words(a), words(b)
    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    blocks = matcher.get_matching_blocks()
    longest = max((block.size for block in blocks), default=0)
    least = min(shorter, len(a), len(b))
    if least < _SHORT_QUOTE:
        # "went too far" / "I went way too far"; "under study for years" / "under review
        # for years": one word put for one other, the rest the same; when every word of
        # one is in the other ("D-Money, Smoothie (and) Shifty" / "Smoothie, D-Money and
        # Shifty") no word was changed, and words in another order are a list reordered;
        # "for a conference call" / "for a private conference call": every word of the
        # shorter in order, one word between them left out; or, in a fragment, every word
        # of it but one, which the longer leaves out ("for a private conference call" /
        # "join me for a conference call"); a whole sentence so short ("I went way too
        # far.") beside a longer one is another remark
        ops = matcher.get_opcodes()
        equal = [index for index, op in enumerate(ops) if op[0] == "equal"]
        changed = [op for op in ops[equal[0]:equal[-1]] if op[0] != "equal"] if equal else []
        one_word = len(changed) == 1 and max(changed[0][2] - changed[0][1],
                                             changed[0][4] - changed[0][3]) == 1
        common = sum(block.size for block in blocks)
        if set(a) <= set(b) or set(b) <= set(a):
            return longest >= least - 1 or (one_word and common == least)
        if not one_word or common < least - 1:
            return False
        extra = fragments[0] if changed[0][0] == "delete" else fragments[1]
        return changed[0][0] == "replace" or (extra and common >= _SHORT_KEPT)
    # one long run for half of the shorter quote, or runs of a few words each that
    # together make up most of it: a remark reworded in two or three places ("beat up ...
    # warnings, so why would we" / "beat ... agency warnings so why do we")
    runs = sum(block.size for block in blocks if block.size >= _RUN)
    # or nearly every word of the shorter, in pairs or longer runs: a cut and a word put
    # in ("I went too far and I deeply was wrong" / "I went too far. I made a mistake
    # and I was wrong")
    pairs = sum(block.size for block in blocks if block.size >= 2)
    return longest * 2 >= least or runs >= _RUNS_SHARE * least or pairs >= _NEAR_ALL * least


_RUN = 3  # words in a row: a phrase two quotes share, not common words met by chance
_RUNS_SHARE = 0.6  # of the shorter quote, in such phrases
_NEAR_ALL = 0.85  # of the shorter quote, in runs of two words or more
_SHORT_KEPT = 3  # words of a short quote the other keeps around a word it leaves out
_SHORT_QUOTE = 6  # words: a quote this short may differ from the other in one word only
_SHORT_END = 2  # words at an end of a quote that can be a dropped name, number or "not"


def cut_apart(a: tuple[str, ...], b: tuple[str, ...], names: frozenset[str],
               partial: bool) -> bool:
    """Two cuts of one remark, not two wordings of it: the same words between the first
    and the last word they share, and at each end only where each cut starts or stops.
    An end that differs by a word or two is a wording change when those words carry
    meaning (a name or acronym, a negation, a number: "CCP state psyop" / "state psyop");
    an end where each version goes its own way for two words or more, or where a fragment
    in the writer's sentence ("he has held it since he 'started running'") meets the full
    quote, is a different cut; unless the fragment puts one word of its own there
    (`_own_word`)."""
    if inner_changes(a, b, ignored=filler_word):
        return False  # a slight word put in inside ("a very dangerous thing") is a change
    x, y = words(a), words(b)
    shared = stretch(x, y)
    if not shared:
        return False
    (_, lo_a, _, lo_b, _), (_, _, hi_a, _, hi_b) = shared[0], shared[-1]
    # what lies outside the shared stretch at each end, as one run each
    ends = [(_kind(lo_a, lo_b), 0, lo_a, 0, lo_b),
            (_kind(len(x) - hi_a, len(y) - hi_b), hi_a, len(x), hi_b, len(y))]
    for op, a1, a2, b1, b2 in ends:
        if op == "equal":
            continue
        if op == "replace":
            if partial and _own_word(x[a1:a2], y[b1:b2], x, y):
                return False  # a word of the fragment's own at its edge: a change
            if partial or min(a2 - a1, b2 - b1) >= _SHORT_END:
                continue
            return False
        # a small count at an end is how the speaker paces a sentence ("Number one, you
        # said"), not a figure the other version leaves out
        end = tuple(w for w in x[a1:a2] + y[b1:b2] if not (w.isdigit() and int(w) <= 10))
        if (a2 - a1) + (b2 - b1) <= _SHORT_END and carries_meaning(end, names):
            return False
    return True


def _own_word(end_a: tuple[str, ...], end_b: tuple[str, ...], x: tuple[str, ...],
              y: tuple[str, ...]) -> bool:
    """A fragment's edge that puts one word of its own for the other version's words
    there ("just with a grain of salt" / "and watch with a grain of salt"): a word inside
    the marks the speaker did not say. Not a word the writer's sentence bends to fit: a
    form of a word the other version has there ("he 'looks forward'" / "I look forward")
    or a pronoun or modal ("his" / "my")."""
    if len(end_a) == 1:
        word, run, other = end_a[0], end_b, y
    elif len(end_b) == 1:
        word, run, other = end_b[0], end_a, x
    else:
        return False
    return word not in other and not minor_word(word) and not any(
        same_word(word, w) or verb_form(word, w) for w in run)


def emphasis_at_edge(fragment: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """A fragment whose own words, those the other version lacks, are only adverbs of
    degree or manner ("just", "absolutely", "truly") where its cut starts or stops, with no
    word changed inside the words both give: the same words said twice, or one put inside
    the marks, which the text cannot tell apart. A name or a noun of its own ("CCP state
    psyop", "Sputnik Second") is a change of content."""
    if inner_changes(fragment, other):
        return False
    lex = lexicon()
    own = [w for w in fragment if w not in set(other)]
    return bool(own) and all(noise_word(w) or is_adverb(w, lex) for w in own)


def inner_changes(a: tuple[str, ...], b: tuple[str, ...], omission: int | None = None,
                  ignored: Callable[[str], bool] = noise_word) -> int:
    """Words changed, added or dropped between the first and the last word the two quotes
    share (a word for a word counts once): what an editor would correct, leaving aside
    where each cut starts and stops.

    With `omission`, how far apart two wordings are, to tell one remark from two: a run of
    a few words one version has and the other leaves out ("I went too far. I made a
    mistake and I was wrong" / "I went too far and I was wrong"), also beside a word put
    for another, counts as that many (one cut, not words reworded, when it is at most half
    as long as the shorter quote). Either way closed-class words only ("and", "the")
    count nothing, as transcription, and a lone shared word at an end, past a longer
    change, is met by chance ("by hosting Trump" / "by hosting him. If he's gone soft on
    Trump"). `ignored`: the words that count nothing (closed-class words by default)."""
    x, y = words(a), words(b)
    # a cut shorter than what both keep: the longer version is not another remark
    cut = min(_OMITTED, min(len(x), len(y)) // 2)
    total = 0
    for op, a1, a2, b1, b2 in stretch(x, y):
        if op == "equal" or all(ignored(w) for w in x[a1:a2] + y[b1:b2]):
            continue
        if omission is None:
            total += max(a2 - a1, b2 - b1)
        else:
            put, extra = min(a2 - a1, b2 - b1), abs((a2 - a1) - (b2 - b1))
            total += put + (omission if 0 < extra <= cut else extra)
    return total


def coordination_cut(a: tuple[str, ...], b: tuple[str, ...],
                     fragments: tuple[bool, bool]) -> bool:
    """A fragment in the writer's sentence that leaves out, right after "and", "or" or
    "but", only the subject and auxiliary the other version repeats there ("let's find out
    what's in it, and let's make it as good" / she wants to "find out what's in it and make
    it as good"): the writer's sentence joins the two verbs (conjunction reduction), no
    change of the speaker's words. `fragments`: whether each wording is such a fragment."""
    x, y = words(a), words(b)
    changed = [op for op in stretch(x, y) if op[0] != "equal"]
    if not changed:
        return False
    for op, a1, a2, b1, b2 in changed:
        if op == "delete" and fragments[1]:
            kept, left, at = x, x[a1:a2], a1
        elif op == "insert" and fragments[0]:
            kept, left, at = y, y[b1:b2], b1
        else:
            return False
        if kept[at - 1] not in _COORDINATORS or not all(minor_word(w) for w in left):
            return False
    return True


_COORDINATORS = frozenset(("and", "or", "but", "nor"))


def stretch(x: tuple[str, ...], y: tuple[str, ...]) -> list[tuple[str, int, int, int, int]]:
    """The alignment of two wordings from the first to the last word they share, a lone
    shared word at an end past a longer change left out as met by chance."""
    ops = _trimmed(difflib.SequenceMatcher(a=x, b=y, autojunk=False).get_opcodes())
    while len(ops) >= 3 and _size(ops[-1]) == 1 and _size(ops[-2]) > 1:
        ops = _trimmed(ops[:-2])
    while len(ops) >= 3 and _size(ops[0]) == 1 and _size(ops[1]) > 1:
        ops = _trimmed(ops[2:])
    return ops


def _kind(left_a: int, left_b: int) -> str:
    return "replace" if left_a and left_b else "delete" if left_a else "insert" if (
        left_b) else "equal"


def _trimmed(ops: list[tuple[str, int, int, int, int]]) -> list[tuple[str, int, int, int, int]]:
    """The opcodes from the first to the last equal run."""
    ops = list(ops)
    while ops and ops[0][0] != "equal":
        ops.pop(0)
    while ops and ops[-1][0] != "equal":
        ops.pop()
    return ops


def _size(op: tuple[str, int, int, int, int]) -> int:
    return max(op[2] - op[1], op[4] - op[3])


_OMITTED = 8  # words left out in one run: a clause or a short sentence


def words(form: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(w for w in form if w not in (GAP, OPT))


def fill_gaps(a: tuple[str, ...], b: tuple[str, ...]
              ) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Both wordings without their gaps, each ellipsis filled with the words the other
    version has there ("your voice ... on the committee" / "your voice, someone who has
    fought for thirty years, on the committee"): a cut the writer owns up to is no
    omission, so what else differs is weighed alone. Words in brackets and words put for
    others beside an ellipsis stay as they are."""
    x, gaps_x = _gap_places(a)
    y, gaps_y = _gap_places(b)
    if not (gaps_x or gaps_y):
        return x, y
    out_x: list[str] = []
    out_y: list[str] = []
    for op, a1, a2, b1, b2 in difflib.SequenceMatcher(a=x, b=y, autojunk=False).get_opcodes():
        if op == "delete" and b1 in gaps_y:
            out_y.extend(x[a1:a2])  # the other version's ellipsis stands for these words
        elif op == "insert" and a1 in gaps_x:
            out_x.extend(y[b1:b2])
        out_x.extend(x[a1:a2])
        out_y.extend(y[b1:b2])
    return tuple(out_x), tuple(out_y)


def _gap_places(form: tuple[str, ...]) -> tuple[tuple[str, ...], set[int]]:
    """The words of a wording, and the places (index of the word that follows) where an
    ellipsis stood."""
    out: list[str] = []
    gaps: set[int] = set()
    for word in form:
        if word == GAP:
            gaps.add(len(out))
        elif word != OPT:
            out.append(word)
    return tuple(out), gaps


def is_excerpt(a: tuple[str, ...], b: tuple[str, ...], entries: list[Entry]) -> bool:
    """The shorter quote is a run of words cut from a full quoted sentence: a quote of
    less, not a different wording."""
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    if not contains(long_, short):
        return False
    return any(not q.partial and gapped(q.text) == long_ for _, q in entries)


def contains(long_: tuple[str, ...], short: tuple[str, ...]) -> bool:
    n = len(short)
    return any(long_[i:i + n] == short for i in range(len(long_) - n + 1))
