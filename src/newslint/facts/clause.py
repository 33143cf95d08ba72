"""The grammar both clause keyers share (figures in facts/context.py, dates in
facts/event_key.py): words, function words, months and weekdays, titles, irregular verbs,
one lemmatiser and the cut of a sentence into clauses. No parser: these lists are
grammar, never a story's vocabulary, and each keyer adds the few words its family needs.
"""

from __future__ import annotations

import functools
import re

from newslint.frequencies import zipf  # wordfreq itself is loaded only when a word is new

WORD = re.compile(r"[A-Za-z][A-Za-z'’.-]*[A-Za-z]|[A-Za-z]")
FUNCTION_WORDS = frozenset("""
a an the this that these those there here it its it's they them their he him his she her we
our us you your i me my and or but nor so yet if then than as at by for from in into of off
on onto out over to up with without about after before during since until while within
between among through across against under above below per via is are was were be been
being am has have had having do does did will would shall should can could may might must
not no all some any each every both either neither more most less least many much few such
other another same own who whom whose which what when where why how also only just even
still already again ago very too last next early late later
""".split())
# The modal verbs: what follows them is said of what may or will be, not of what is.
MODALS = frozenset("can could may might must shall should will would".split())

MONTHS_DAYS = frozenset("""
january february march april may june july august september october november december jan
feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday
saturday sunday
""".split())
# Titles before a name: not the names a fact is said of.
TITLES = frozenset("mr mrs ms dr sen rep gov president senator representative governor "
                   "secretary speaker mayor judge chairman leader minister".split())
# Verbs whose past has no -ed, with their lemma: grammar, not a story's vocabulary.
IRREGULAR = {
    "began": "begin", "begun": "begin", "broke": "break", "brought": "bring", "built": "build",
    "bought": "buy", "came": "come", "caught": "catch", "chose": "choose", "drew": "draw",
    "drove": "drive", "fell": "fall", "fought": "fight", "found": "find", "flew": "fly",
    "froze": "freeze", "gave": "give", "got": "get", "grew": "grow", "held": "hold",
    "hit": "hit", "kept": "keep", "knew": "know", "led": "lead", "left": "leave",
    "lost": "lose", "made": "make", "met": "meet", "paid": "pay", "quit": "quit", "ran": "run",
    "rose": "rise", "said": "say", "sat": "sit", "saw": "see", "sent": "send", "shot": "shoot",
    "sold": "sell", "spent": "spend", "spoke": "speak", "stood": "stand", "struck": "strike",
    "swore": "swear", "took": "take", "told": "tell", "thought": "think", "threw": "throw",
    "won": "win", "wrote": "write", "withdrew": "withdraw", "sworn": "swear", "shut": "shut",
}


_VOWELS = frozenset("aeiouy")


@functools.lru_cache(maxsize=1024)
def short_past(word: str) -> bool:
    """A regular past of four letters ("sued", "used", "died", "owed"), which the length
    test for -ed misses: the -ed of a three-letter base ending in e, with a vowel in its
    first two letters (not "shed", "bred") and no doubled e ("need", "seed"), where the base
    and the past are both common English words (wordfreq)."""
    if len(word) != 4 or not word.endswith("ed") or word[1] == "e" or not word.islower() \
            or (word[0] not in _VOWELS and word[1] not in _VOWELS):
        return False
    return zipf(word[:-1]) >= 3.5 and zipf(word) >= 2.5


@functools.lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """A crude lemma, the same for the forms news copy uses: freed → free(d), engines →
    engine, stopped → stop, Obama's → obama. Only ever compared with another stem().
    Cached: a story's words recur in every clause keyed."""
    w = word.lower().strip("'’.-").removesuffix("'s").removesuffix("’s")
    if w in IRREGULAR:
        return IRREGULAR[w]
    for suffix in ("ies", "ied", "ing", "ed", "es", "s"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3 and not w.endswith("ss"):
            base = w[: len(w) - len(suffix)]
            if suffix in ("ies", "ied"):
                base += "y"
            elif suffix in ("ing", "ed") and len(base) > 3 and base[-1] == base[-2] \
                    and base[-1] not in "aeiouls":
                base = base[:-1]  # stopped → stop
            w = base
            break
    return w.rstrip("e") or w


def clause_bounds(breaks: re.Pattern[str], text: str, lo: int, hi: int, start: int,
                  end: int) -> tuple[int, int]:
    """The clause of the sentence text[lo:hi] that holds text[start:end]: between the last
    match of `breaks` before it and the first after it."""
    begin, finish = lo, hi
    for match in breaks.finditer(text, lo, hi):
        if match.end() <= start:
            begin = match.end()
        elif match.start() >= end:
            finish = match.start()
            break
    return begin, finish
