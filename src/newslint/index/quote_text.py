"""Comparing quoted words: normalised for equality, aligned word by word for differences.

Quotes are equal when they read the same after normalising quotation marks, case,
punctuation and whitespace, and after undoing a text spinner's swaps (so "Sputnik Second"
compares as "Sputnik moment", the words it replaced).
"""

from __future__ import annotations

import difflib
import functools

import regex

from newslint.extract.spun import spinner_table

_APOSTROPHES = regex.compile(r"[’‘`´']")
_NOT_WORD = regex.compile(r"[^\p{L}\p{N}\s]+")


def words_of(text: str) -> tuple[str, ...]:
    """"AI’s Sputnik moment," → ("ais", "sputnik", "moment")."""
    text = _APOSTROPHES.sub("", text.lower())
    return tuple(_NOT_WORD.sub(" ", text).split())


@functools.cache
def _despin_table() -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    table = spinner_table()
    pairs = {words_of(phrase): words_of(original) for phrase, (original, _) in
             table.entries.items()}
    return tuple(sorted(((k, v) for k, v in pairs.items() if k and k != v),
                        key=lambda kv: -len(kv[0])))


def normalise(text: str) -> tuple[str, ...]:
    """The words of a quote, with spun phrases put back to what they replaced."""
    words = list(words_of(text))
    out: list[str] = []
    i = 0
    table = _despin_table()
    while i < len(words):
        for spun, original in table:
            if tuple(words[i:i + len(spun)]) == spun:
                out.extend(original)
                i += len(spun)
                break
        else:
            out.append(words[i])
            i += 1
    return tuple(out)


def similarity(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[int, float]:
    """(words in common, in order; their share of the longer quote)."""
    if not a or not b:
        return 0, 0.0
    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    common = sum(block.size for block in matcher.get_matching_blocks())
    return common, common / max(len(a), len(b))


def word_diff(here: str, there: str) -> str:
    """How `here` differs from `there`, word by word: 'drops "CCP"', '"moment" instead of
    "Second"'."""
    a, b = here.split(), there.split()
    key_a = [words_of(w) for w in a]
    key_b = [words_of(w) for w in b]
    matcher = difflib.SequenceMatcher(a=key_b, b=key_a, autojunk=False)
    changes: list[str] = []
    for op, b1, b2, a1, a2 in matcher.get_opcodes():
        old, new = " ".join(b[b1:b2]), " ".join(a[a1:a2])
        if op == "replace":
            changes.append(f'"{new}" instead of "{old}"')
        elif op == "delete":
            changes.append(f'drops "{old}"')
        elif op == "insert":
            changes.append(f'adds "{new}"')
    return ", ".join(changes) or "differs in punctuation"
