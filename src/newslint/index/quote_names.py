"""One name spelt two ways inside a quote ("Qaddafi" / "Gadhafi"): a spelling, not a
change of wording (index/quote_noise.py)."""

from __future__ import annotations


def name_variant(a: str, b: str) -> bool:
    """One name spelt two ways, as transliterations of it are ("Qaddafi" / "Gadhafi",
    "Muammar" / "Moammar"): the same sounds by consonant class, a letter or two apart."""
    a, b = a.lower(), b.lower()
    if a == b or min(len(a), len(b)) < 4:
        return a == b
    return _sounds(a) == _sounds(b) and _edits(a, b) <= max(2, min(len(a), len(b)) // 3)


# consonants grouped by how they sound (the classes of Soundex); vowels, h, w, y drop out
_SOUND = {**dict.fromkeys("bfpv", "1"), **dict.fromkeys("cgjkqsxz", "2"),
          **dict.fromkeys("dt", "3"), "l": "4", "m": "5", "n": "5", "r": "6"}


def _sounds(word: str) -> str:
    codes = [_SOUND[c] for c in word if c in _SOUND]
    return "".join(c for i, c in enumerate(codes) if i == 0 or codes[i - 1] != c)


def _edits(a: str, b: str) -> int:
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, y in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (x != y))
    return row[-1]


def names_respelt(old: list[str], new: list[str], names: frozenset[str]) -> bool:
    """Changed words that are one name in two spellings: every word a name, the same
    count once a short particle joined to a name ("al-Qaddafi") is set aside."""
    old = [w for w in old if len(w) > 2 or w not in _PARTICLE_SHAPE]
    new = [w for w in new if len(w) > 2 or w not in _PARTICLE_SHAPE]
    return bool(old) and len(old) == len(new) and all(
        x in names and y in names and name_variant(x, y) for x, y in zip(old, new, strict=True))


_PARTICLE_SHAPE = frozenset(("al", "el", "ad", "ar", "as", "at", "az"))  # Arabic "al-" forms
