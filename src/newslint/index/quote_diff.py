"""What two wordings of one quotation differ in, as a message shows it: the changed words
of each, word by word, and only those inside the stretch both give.

One copy often quotes part of what the other gives in full ("... from Brownsville to San
Diego," / "... from Brownsville to San Diego. Governor Perry has ..."): the sentence the
shorter copy does not quote is no difference, and a word changed where the shorter copy
stops is paired with its counterpart only, not with the rest of the longer copy
(`pair_ends`).
"""

from __future__ import annotations

import difflib
from collections import Counter
from collections.abc import Callable

from newslint.index.quote_style import house_style
from newslint.index.quote_text import normalise, words_of

Op = tuple[str, int, int, int, int]


def aligned(a: list | tuple, b: list | tuple, tokens: tuple[list[str], list[str]] | None = None
            ) -> list[Op]:
    """The opcodes of two word sequences, their ends paired (`pair_ends`); with the words
    as written (`tokens`), by the marks that end a clause or sentence."""
    ops = difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes()
    return pair_ends(stray_ends(ops), tokens)


def stray_ends(ops: list[Op]) -> list[Op]:
    """An alignment whose lone word in common past a run of three or more changed words at
    an end, where each version has words the other does not ("... do it again. This is so
    much bigger that politics" / "... do it again by making that differentiation": "that"),
    is taken into that run: one word two different endings happen to share does not carry
    the stretch both quote on, and what lies past the divergence is where each cut goes
    its own way, not a change of wording."""
    ops = list(ops)
    while _stray(ops):
        _, a1, _, b1, _ = ops[-3] if ops[-1][0] != "equal" else ops[-2]
        _, _, a2, _, b2 = ops[-1]
        cut = 3 if ops[-1][0] != "equal" else 2
        ops[-cut:] = [_joined(a1, a2, b1, b2)]
    while _stray(ops[::-1]):
        _, _, a2, _, b2 = ops[2] if ops[0][0] != "equal" else ops[1]
        _, a1, _, b1, _ = ops[0]
        cut = 3 if ops[0][0] != "equal" else 2
        ops[:cut] = [_joined(a1, a2, b1, b2)]
    return ops


def _stray(ops: list[Op]) -> bool:
    """`ops` end in one word in common (then perhaps a change) past words of one put for
    three or more others, with words in common before that. Words only put in or left out
    ("under a lot of duress") leave the word after them an anchor."""
    tail = ops[-3:] if ops and ops[-1][0] != "equal" else ops[-2:]
    if len(tail) < 2 or len(ops) < len(tail) + 1 or ops[-len(tail) - 1][0] != "equal":
        return False
    change, lone = tail[0], tail[1]
    return (change[0] == "replace" and lone[0] == "equal" and lone[2] - lone[1] == 1
            and max(change[2] - change[1], change[4] - change[3]) > _END_WORDS)


def _joined(a1: int, a2: int, b1: int, b2: int) -> Op:
    return ("replace" if a1 < a2 and b1 < b2 else "delete" if a1 < a2 else "insert",
            a1, a2, b1, b2)


def pair_ends(ops: list[Op], tokens: tuple[list[str], list[str]] | None = None) -> list[Op]:
    """An alignment whose end, past the last (or before the first) word both share, puts
    a word or two of one version for a run of three or more of the other: only the part of
    that run next to the shared words is their counterpart, and the rest is what the
    shorter version does not quote ("Diego" / "Diegoo. Governor Perry has ..." is "Diego" /
    "Diegoo", then a sentence one copy leaves out). The part is as many words as the
    shorter side has or, with the words as written (`tokens`), the run up to the mark that
    ends its clause or sentence ("As" / "With respect to that quote, I think" is "As" /
    "I think"; with no such mark the run stays whole). A word or two put for a word or
    two ("As" / "I think") stay a change as a whole."""
    ops = list(ops)
    if len(ops) < 2:
        return ops
    if ops[-1][0] == "replace" and ops[-2][0] == "equal":
        _, a1, a2, b1, b2 = ops[-1]
        k = min(a2 - a1, b2 - b1)
        if k <= _END_WORDS < max(a2 - a1, b2 - b1):
            longer_a = a2 - a1 > k
            if tokens is not None:
                words, lo, hi = (tokens[0], a1, a2) if longer_a else (tokens[1], b1, b2)
                k = next((i + 1 - lo for i in range(lo, hi - 1) if _clause_end(words[i])),
                         hi - lo)
            ka, kb = (k, b2 - b1) if longer_a else (a2 - a1, k)
            if (a1 + ka, b1 + kb) != (a2, b2):
                rest: Op = (("delete", a1 + ka, a2, b2, b2) if longer_a
                            else ("insert", a2, a2, b1 + kb, b2))
                ops[-1:] = [("replace", a1, a1 + ka, b1, b1 + kb), rest]
    if ops[0][0] == "replace" and ops[1][0] == "equal":
        _, a1, a2, b1, b2 = ops[0]
        k = min(a2 - a1, b2 - b1)
        if k <= _END_WORDS < max(a2 - a1, b2 - b1):
            longer_a = a2 - a1 > k
            if tokens is not None:
                words, lo, hi = (tokens[0], a1, a2) if longer_a else (tokens[1], b1, b2)
                k = next((hi - i for i in range(hi - 1, lo, -1) if _clause_end(words[i - 1])),
                         hi - lo)
            ka, kb = (k, b2 - b1) if longer_a else (a2 - a1, k)
            if (a2 - ka, b2 - kb) != (a1, b1):
                rest = (("delete", a1, a2 - ka, b1, b1) if longer_a
                        else ("insert", a1, a1, b1, b2 - kb))
                ops[:1] = [rest, ("replace", a2 - ka, a2, b2 - kb, b2)]
    return ops


def _clause_end(token: str) -> bool:
    """A word as written that ends a clause or sentence: "Diego.", "quote,", "him;"."""
    return token.rstrip("\"'\u2019\u201d)]").endswith((".", ",", ";", ":", "!", "?", "\u2014"))


def word_diff(here: str, there: str, neutral: bool = False,
              filler: Callable[[str], bool] | None = None,
              weight: Callable[[list[str], list[str]], int] | None = None) -> str:
    """How `here` differs from `there`, word by word: 'drops "CCP"', '"moment" instead of
    "Second"'. House style ("Gen." / "General", "U.S." / "US") is not a difference; where
    the two also differ inside the words they share, where each cut starts and stops is
    left out. `neutral`: as '"moment" here, "Second" there', '"CCP" there only', when
    nothing says which of the two is right. `filler`: words whose change alone is none
    ("that"), left out where the two differ otherwise too. `weight`: how much a change
    (the words dropped, the words put in) weighs; the weightiest are told first, and
    slight ones (below 2) are left out beside a change of content."""
    a, b = here.split(), there.split()
    key_a = [words_of(w) for w in a]
    key_b = [words_of(w) for w in b]
    every = aligned(key_b, key_a, (b, a))
    ops = shown_changes(every, [i for i, op in enumerate(every) if op[0] != "equal"
                                and differ(b[op[1]:op[2]], a[op[3]:op[4]])])
    if filler is not None:
        ops = [op for op in ops if not all(filler(w) for t in b[op[1]:op[2]] + a[op[3]:op[4]]
                                           for w in words_of(t))] or ops
    if weight is not None and ops:
        # "it will" / "would" is what an editor checks, not "couple of weeks" beside it
        grades = [weight(b[op[1]:op[2]], a[op[3]:op[4]]) for op in ops]
        order = sorted(range(len(ops)), key=lambda i: -grades[i])
        ops = [ops[i] for i in order if grades[i] >= min(max(grades), _WEIGHTY)]
    changes: list[str] = []
    # the same words dropped in one place and put in another: moved, said once
    # (as often as both happen: dropped twice and put in once is moved once, dropped once)
    dropped = Counter(_bare(b[b1:b2]).lower() for op, b1, b2, _, _ in ops if op == "delete")
    put_in = Counter(_bare(a[a1:a2]).lower() for op, _, _, a1, a2 in ops if op == "insert")
    moved = {"delete": dropped & put_in, "insert": dropped & put_in}
    for op, b1, b2, a1, a2 in ops:
        old, new = _bare(b[b1:b2]), _bare(a[a1:a2])
        word = (old if op == "delete" else new).lower()
        if op in moved and moved[op][word] > 0:
            moved[op][word] -= 1
            if op == "delete":
                changes.append(f'"{old}" moved')
            continue
        if neutral:  # nothing says which version is right: neither is a change of the other
            changes.append({"replace": f'"{new}" here, "{old}" there',
                            "delete": f'"{old}" there only',
                            "insert": f'"{new}" here only'}[op])
        elif op == "replace":
            changes.append(f'"{new}" instead of "{old}"')
        elif op == "delete":
            changes.append(f'drops "{old}"')
        elif op == "insert":
            changes.append(f'adds "{new}"')
    return ", ".join(_counted(changes)) or "differs in punctuation"


_WEIGHTY = 2  # a change of content: slight changes beside it are not told


def _counted(changes: list[str]) -> list[str]:
    """Each change once, in order, with how often it recurs: '"and" here only (twice)'
    reads at a glance where the same words listed again read like a stutter."""
    counts = Counter(changes)
    times = {2: "twice"}
    return [c if counts[c] == 1 else f"{c} ({times.get(counts[c], f'{counts[c]} times')})"
            for c in dict.fromkeys(changes)]


def shown_changes(ops: list[tuple[str, int, int, int, int]], changed: list[int]
                  ) -> list[tuple[str, int, int, int, int]]:
    """The changes (indices into `ops`, an alignment's opcodes) a message shows: those
    between the first and the last word both versions share, where there are any, and a
    word or two put for one or two others at an end ("a nuclear bomb" / "nuclear arms"),
    which is a change; words one version has past the other's end, or a longer run put
    for a word or two ("If they don't pass" / "To pass"), are where each cut starts or
    stops."""
    equal = [i for i, op in enumerate(ops) if op[0] == "equal"]
    if not equal or not any(equal[0] < i < equal[-1] for i in changed):
        # nothing changed inside: the words put for others at an end show ("pro-gay
        # marriage" / "pro-marriage"), not where each cut starts; else every change
        put = [ops[i] for i in changed if ops[i][0] == "replace"]
        return put if equal and put else [ops[i] for i in changed]
    return [ops[i] for i in changed if equal[0] < i < equal[-1] or (
        ops[i][0] == "replace" and max(ops[i][2] - ops[i][1], ops[i][4] - ops[i][3])
        <= _END_WORDS)]


_END_WORDS = 2  # words put for others at an end of a quote: a change, not a cut
# Marks around a word that are not part of it: quotation marks, brackets, punctuation.
_MARKS = "\"'\u2018\u2019\u201c\u201d\u00ab\u00bb,.;:!?()[]{}\u2014\u2013-\u2026*_"


def _bare(words: list[str]) -> str:
    """The words as a change list shows them: the marks around each stripped ('"doing,"'
    shows as 'doing'), those inside kept ("let's", "well-known"); an abbreviation keeps its
    final point ("U.S.")."""
    shown = []
    for word in words:
        bare = word.strip(_MARKS)
        if bare and "." in bare and word.rstrip(_MARKS.replace(".", "")).endswith("."):
            bare += "."
        if bare:
            shown.append(bare)
    return " ".join(shown) or " ".join(words)


def differ(old: list[str], new: list[str]) -> bool:
    """Whether two runs of words differ as wording: not house style ("same sex" /
    "same-sex", "U.S." / "US"), and not an ellipsis put for words ("knows ... sometimes" /
    "knows that sometimes"), which marks a cut the writer owns up to."""
    if _cut_mark(old) or _cut_mark(new):
        return False
    a, b = house_style(normalise(" ".join(old)), normalise(" ".join(new)))
    return a != b


def _cut_mark(words: list[str]) -> bool:
    return bool(words) and all(w.strip("\"'\u2018\u2019\u201c\u201d,;:()[]") in ("...", "\u2026")
                               for w in words)
