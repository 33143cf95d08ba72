"""What a wording difference between two quotes of one remark changes.

Two transcriptions of one remark often differ in words without reference of their own (a
conjunction, "that" before a clause, "oh" or "well"), in the form of one word ("pew" /
"pews", "Mama" / "Momma"), in the spelling of a name ("Qaddafi" / "Gadhafi") or in
punctuation: transcription noise, not a misquote. An article or a degree word put in or
left out ("a very dangerous thing" / "a dangerous thing", "at the bar" / "at a bar") is a
slight change, as are one function word put in or left out and another form of one word
("say" / "said", "any" / "anything"): info level. A personal pronoun put for one of
another person ("it" / "they"), a modal for another ("will" / "would"), and every other
word (a content word, a negation, a number) change what was said. The word classes are in
`rules/quote_noise.yaml`, a grammar fact editors can tune.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from enum import IntEnum

from newslint.facts.clause import FUNCTION_WORDS
from newslint.index.quote_diff import aligned, differ, shown_changes
from newslint.index.quote_names import name_variant as name_variant
from newslint.index.quote_names import names_respelt
from newslint.index.quote_text import negative, normalise, words_of
from newslint.ruledata import builtin


class Change(IntEnum):
    NOISE = 0  # no finding
    MINOR = 1  # pronouns, modals: info
    CONTENT = 2  # content words, negation, numbers: warning


@functools.cache
def _classes() -> tuple[frozenset[tuple[str, ...]], frozenset[str]]:
    """The noise words and phrases; the words whose change alone is graded at info
    (slight words, pronouns, modals)."""
    data = builtin("quote_noise.yaml")
    noise = frozenset(tuple(str(w).lower().split()) for words in (data.get("noise") or {}).values()
                      for w in words or [])
    minor = frozenset(str(w).lower() for part in ("minor", "slight")
                      for words in (data.get(part) or {}).values() for w in words or [])
    return noise, minor


@functools.cache
def _slight() -> frozenset[tuple[str, ...]]:
    data = builtin("quote_noise.yaml")
    return frozenset(tuple(str(w).lower().split())
                     for words in (data.get("slight") or {}).values() for w in words or [])


def noise_word(word: str) -> bool:
    """A closed-class word without reference of its own ("that", "just", "the"): its
    change alone is noise or slight, and counts nothing in telling one remark from two."""
    key = (word.lower(),)
    return key in _classes()[0] or key in _slight()


def minor_word(word: str) -> bool:
    """A pronoun, a modal or "let" of "let's": who, how sure, an exhortation."""
    return word.lower() in _classes()[1] and (word.lower(),) not in _slight()


def filler_word(word: str) -> bool:
    """A noise word whose change alone is no change at all ("that", "oh"), unlike a slight
    word ("just", "the")."""
    return (word.lower(),) in _classes()[0]


def _strip_noise(words: list[str], noise: frozenset[tuple[str, ...]] | None = None
                 ) -> list[str]:
    """The words left once every closed-class noise word or phrase ("you know") is out
    (or every phrase of `noise`)."""
    noise = _classes()[0] if noise is None else noise
    longest = max((len(p) for p in noise), default=1)
    kept: list[str] = []
    i = 0
    while i < len(words):
        for size in range(min(longest, len(words) - i), 0, -1):
            if tuple(words[i:i + size]) in noise:
                i += size
                break
        else:
            kept.append(words[i])
            i += 1
    return kept


def _skeleton(word: str) -> str:
    # consonants with doubled letters collapsed: "momma" and "mama" are both "m"
    out = [c for c in word if c not in "aeiouy"]
    return "".join(c for i, c in enumerate(out) if i == 0 or out[i - 1] != c)


def same_word(a: str, b: str) -> bool:
    """One word in two forms: a plural or third-person -s ("pew" / "pews", "duty" /
    "duties"), or a spelling that differs only in its vowels and a doubled letter ("Mama" /
    "Momma"). Tense and aspect ("run" / "running", "say" / "said") are `verb_form`."""
    a, b = a.lower(), b.lower()
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    if len(short) >= 3 and long_.startswith(short) and long_[len(short):] in ("s", "es"):
        return True
    if len(short) >= 4 and short.endswith("y") and long_ == short[:-1] + "ies":
        return True  # "duty" / "duties"
    doubled = any(long_[i] == long_[i + 1] for i in range(len(long_) - 1))
    return (len(short) >= 4 and short[0] == long_[0] and doubled
            and _skeleton(a) == _skeleton(b) and _skeleton(a) != "")


@functools.cache
def _irregular() -> dict[str, int]:
    """Each form of an irregular verb ("said") to its verb's place in the table."""
    verbs = builtin("irregular_verbs.yaml").get("verbs") or []
    return {str(form).lower(): i for i, forms in enumerate(verbs) for form in forms or []}


_SUFFIXES = ("ing", "ied", "ed", "es", "s", "d")


def _stems(word: str) -> set[str]:
    # "stopped" -> stop, "hoping" -> hope, "tried" -> try: the base a regular form may have
    found = {word}
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            stem = word[:-len(suffix)]
            found |= {stem, stem + "e"}
            if suffix == "ied":
                found.add(stem + "y")
            if len(stem) >= 3 and stem[-1] == stem[-2]:
                found.add(stem[:-1])  # a doubled consonant
    return found


def verb_form(a: str, b: str) -> bool:
    """Two forms of one verb: the tense or aspect changed ("say" / "said", "have" /
    "had", "run" / "running", "walk" / "walked"), by the table of irregular verbs
    (`rules/irregular_verbs.yaml`) or the regular endings."""
    a, b = a.lower(), b.lower()
    if a == b:
        return False
    table = _irregular()
    if a in table and b in table:
        return table[a] == table[b]
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 3 and short in _stems(long_) | {s for s in _stems(short)
                                                          if s in _stems(long_)}


def _grade(words: list[str]) -> Change:
    _, minor = _classes()
    if not words:
        return Change.NOISE
    # "of course": a slight phrase is slight as a whole
    words = _strip_noise(words, _slight())
    return Change.MINOR if all(w in minor for w in words) else Change.CONTENT


def change_of(a: tuple[str, ...], b: tuple[str, ...],
              end_matters: Callable[[tuple[str, ...]], bool],
              names: frozenset[str] = frozenset()) -> Change:
    """How much the words that differ between two wordings of one remark change it: the
    worst of each run of changed words, once noise words are out and the words left on
    each side are paired as forms of one word where they can be. At an end, where each
    cut starts or stops, a word or two count only when `end_matters` says they carry
    meaning (a name, a negation, a number). A name spelt another way (`names`: the words
    written as names) is not a change of wording; another form of a verb, or words only
    moved inside the words both give, is one at info."""
    a, b = min(a, b), max(a, b)  # the same grade whichever quote comes first
    if _strip_noise(list(a)) == _strip_noise(list(b)):
        return Change.NOISE  # only noise words differ, however the runs align
    worst = Change.NOISE
    ops = aligned(a, b)
    equal = [i for i, op in enumerate(ops) if op[0] == "equal"]
    left = _unmoved(a, b, ops)
    moved = _moved(a, b, ops)
    for i, (op, a1, a2, b1, b2) in enumerate(ops):
        if op == "equal":
            continue
        dropped, added = left.get(i, (a[a1:a2], b[b1:b2]))
        if not dropped and not added:
            if i in moved and equal and equal[0] < i < equal[-1]:
                # "with either our" / "either with our": the same words in another order
                # are still not the words said, a slight change the words keep their sense
                worst = max(worst, Change.MINOR)
            continue  # a repeated word the alignment slid past itself: not changed
        if equal and not equal[0] < i < equal[-1] and not _end_counts(
                op, dropped, added, end_matters):
            continue  # where each cut starts or stops, not a change of wording
        worst = max(worst, run_change(list(dropped), list(added), names))
    return worst


def run_change(dropped: list[str], added: list[str], names: frozenset[str] = frozenset()
               ) -> Change:
    """What one run of changed words (those one wording drops, those it puts in their
    place) changes, noise words aside. A personal pronoun put for one of another person
    ("it" / "they": who did it) or a modal for another ("will" / "would") is content;
    one function word put in or left out ("couple weeks" / "couple of weeks"), another
    form of one word ("say" / "said", "any" / "anything") is slight. A negation never is."""
    old, new = _strip_noise(dropped), _strip_noise(added)
    if len(old) == len(new) and all(same_word(x, y) for x, y in zip(old, new, strict=True)):
        return Change.NOISE
    if names_respelt(old, new, names):
        return Change.NOISE  # "Qaddafi" / "Gadhafi": a name's spelling, not the wording
    if _weighty(old, new):
        return Change.CONTENT
    if len(old) == len(new) and all(same_word(x, y) or verb_form(x, y) or _compound(x, y)
                                    for x, y in zip(old, new, strict=True)):
        return Change.MINOR  # "say" / "said", "any" / "anything": a form, not the content
    if len(old) + len(new) == 1 and (w := (old or new)[0]) in FUNCTION_WORDS \
            and not negative(w):
        return Change.MINOR  # "of", "both", "being" put in or left out
    return _grade(old + new)


def _weighty(old: list[str], new: list[str]) -> bool:
    """A modal put for another, or a personal pronoun for one of another person, with no
    pronoun of the first person left on the other side."""
    persons, modals = _weighty_classes()
    if {w for w in old if w in modals} and {w for w in new if w in modals} and (
            {w for w in old if w in modals} != {w for w in new if w in modals}):
        return True
    here = {persons[w] for w in old if w in persons}
    there = {persons[w] for w in new if w in persons}
    return bool(here and there and not here & there)


@functools.cache
def _weighty_classes() -> tuple[dict[str, int], frozenset[str]]:
    data = builtin("quote_noise.yaml").get("weighty") or {}
    persons = {str(w).lower(): i for i, group in enumerate(data.get("persons") or [])
               for w in group or []}
    return persons, frozenset(str(w).lower() for w in data.get("modals") or [])


@functools.cache
def _compounds() -> frozenset[str]:
    return frozenset(str(w).lower() for w in builtin("quote_noise.yaml").get("compounds") or [])


def _compound(a: str, b: str) -> bool:
    """A function word and its compound ("any" / "anything", "some" / "someone")."""
    short, long_ = sorted((a.lower(), b.lower()), key=len)
    return (short in FUNCTION_WORDS and long_.startswith(short)
            and long_[len(short):] in _compounds() and negative(short) == negative(long_))


def change_weight(old: list[str], new: list[str]) -> Change:
    """The grade of one change as a message lists it, from the words as written."""
    return run_change(list(normalise(" ".join(old))), list(normalise(" ".join(new))))


def _moved(a: tuple[str, ...], b: tuple[str, ...], ops: list[tuple[str, int, int, int, int]]
           ) -> set[int]:
    """Runs of words one version drops in one place and adds in another ("with either our
    partners" / "either with our partners"): the same words in another order."""
    dropped = {i: a[a1:a2] for i, (op, a1, a2, _, _) in enumerate(ops) if op == "delete"}
    added = {i: b[b1:b2] for i, (op, _, _, b1, b2) in enumerate(ops) if op == "insert"}
    found: set[int] = set()
    for i, words in dropped.items():
        j = next((j for j, other in added.items() if other == words and j not in found), None)
        if j is not None:
            found |= {i, j}
    return found


def _unmoved(a: tuple[str, ...], b: tuple[str, ...], ops: list[tuple[str, int, int, int, int]]
             ) -> dict[int, tuple[tuple[str, ...], tuple[str, ...]]]:
    """What each run one version drops or adds still holds once runs moved whole are out
    (`_moved`) and so are the copies of a repeated word that the alignment slid past each
    other: "build build just build" against "build build build" aligns as "build just"
    put in and a "build" dropped further on, where one "just" was put in. A word counts as
    slid only where the same word stands in the unchanged words beside both runs, so "the
    senator beat the governor" / "the governor beat the senator" stays a change."""
    moved = _moved(a, b, ops)
    out: dict[int, tuple[tuple[str, ...], tuple[str, ...]]] = {i: ((), ()) for i in moved}

    def words(i: int) -> tuple[str, ...]:
        op, a1, a2, b1, b2 = ops[i]
        return a[a1:a2] if op == "delete" else b[b1:b2]

    def beside(i: int) -> set[str]:
        return {w for j in (i - 1, i + 1) if 0 <= j < len(ops) and ops[j][0] == "equal"
                for w in a[ops[j][1]:ops[j][2]]}

    slid: dict[str, list[int]] = {}  # a word: how often added, how often dropped, beside itself
    for i, (op, *_) in enumerate(ops):
        if op in ("insert", "delete") and i not in moved:
            for word in set(words(i)) & beside(i):
                slid.setdefault(word, [0, 0])[op == "delete"] += words(i).count(word)
    budget = {w: min(c) for w, c in slid.items() if min(c)}
    for side in ("delete", "insert") if budget else ():
        left = dict(budget)
        for i, (op, *_) in enumerate(ops):
            if op != side or i in moved:
                continue
            kept = []
            for word in words(i):
                if left.get(word, 0):
                    left[word] -= 1
                else:
                    kept.append(word)
            out[i] = (tuple(kept), ()) if op == "delete" else ((), tuple(kept))
    return out


def _end_counts(op: str, old: tuple[str, ...], new: tuple[str, ...],
                end_matters: Callable[[tuple[str, ...]], bool]) -> bool:
    # a word put for another at an end ("they ruined" / "it ruined") is a change of
    # wording; a word or two one version adds at an end count when they carry meaning
    if op == "replace":
        return min(len(old), len(new)) < _SHORT_END
    return len(old) + len(new) <= _SHORT_END and end_matters(old + new)


_SHORT_END = 2  # words at an end of a quote that can be a dropped name, number or "not"


def changed_passages(here: list[str], there: list[str], context: int = 3
                     ) -> tuple[str, str]:
    """The stretch of each wording from its first to its last changed word, with a few
    words either side: what an editor compares, not both quotes in full."""
    a1, a2, b1, b2 = changed_stretch(here, there, context)
    return _shown(here, a1, a2), _shown(there, b1, b2)


def changed_stretch(here: list[str], there: list[str], context: int = 3
                    ) -> tuple[int, int, int, int]:
    """The words (as indices into each list) of `changed_passages`' stretches."""
    every = aligned([words_of(w) for w in here], [words_of(w) for w in there], (here, there))
    # changes inside the stretch both give, and words put for others at an end: not
    # where each cut stops
    ops = shown_changes(every, [i for i, op in enumerate(every) if op[0] != "equal"
                                and differ(here[op[1]:op[2]], there[op[3]:op[4]])])
    # a filler word put in or left out ("happen that he" / "happen. He") is no change at
    # all: where the wordings differ otherwise too, those changes speak for the message
    ops = [op for op in ops if not all(filler_word(w) for w in _words(
        here[op[1]:op[2]] + there[op[3]:op[4]]))] or ops
    if not ops:
        return 0, len(here), 0, len(there)
    # the message lists the weightiest changes only (quote_diff.word_diff `weight`): the
    # stretch shows those, not a slight one that stands first
    weights = [change_weight(there[op[3]:op[4]], here[op[1]:op[2]]) for op in ops]
    ops = [op for op, w in zip(ops, weights, strict=True) if w == max(weights)]
    if max(ops[-1][2] - ops[0][1], ops[-1][4] - ops[0][3]) > _LONGEST:
        # changes far apart: the first that is more than a filler word ("that that's")
        # speaks for the message
        ops = [next((op for op in ops if not all(
            noise_word(w) for w in _words(here[op[1]:op[2]] + there[op[3]:op[4]]))), ops[0])]
    a1, a2 = ops[0][1], ops[-1][2]
    b1, b2 = ops[0][3], ops[-1][4]
    return (max(0, a1 - context), min(len(here), a2 + context),
            max(0, b1 - context), min(len(there), b2 + context))


_LONGEST = 12  # words between the first and last change that a message shows


def _words(tokens: list[str]) -> list[str]:
    return [w for token in tokens for w in words_of(token)]


def _shown(words: list[str], lo: int, hi: int) -> str:
    text = " ".join(words[lo:hi])
    return ("…" if lo > 0 else "") + text + ("…" if hi < len(words) else "")
