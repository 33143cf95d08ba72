"""Who and what a story's facts are about: one organisation under its several names.

Articles name one organisation in many ways: in full ("Republican National Committee"), by
its initials with or without stops ("RNC", "N.A.A.C.P."), by a short form of the full name
("the National Committee"), or through an alias the vocabulary knows ("GOP" for "Republican
Party", in `rules/roles.yaml`). Facts about an organisation are compared only once both
sides resolve to the same one; two names that cannot be told apart are taken as one, since a
finding needs both sides to be known to differ.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterable

import regex
from rapidfuzz.distance import OSA

from newslint import frequencies
from newslint.facts.rolevocab import vocabulary

_STOPPED_INITIALS = regex.compile(r"\b(?:\p{L}\.){2,}(?:\p{L}\b)?")
_MINOR = frozenset({"of", "the", "and", "&", "for", "on", "in"})


@functools.lru_cache(maxsize=8192)
def org_identity(name: str) -> str:
    """A canonical key for an organisation name: the vocabulary's key (aliases resolved,
    legal endings dropped), initials without their stops, and known aliases replaced
    inside longer names ("Michigan GOP" → "michigan republican party")."""
    vocab = vocabulary()
    key = vocab.org_key(name)
    key = _STOPPED_INITIALS.sub(lambda m: m[0].replace(".", ""), key).rstrip(".")
    words = key.split()
    if len(words) > 1:
        out: list[str] = []
        i = 0
        while i < len(words):
            for size in range(len(words) - i, 0, -1):
                part = " ".join(words[i:i + size])
                if part in vocab.org_aliases and (size < len(words)):
                    out.append(vocab.org_aliases[part])
                    i += size
                    break
            else:
                out.append(words[i])
                i += 1
        key = " ".join(out)
    return key


def initials(key: str) -> tuple[str, str]:
    words = key.split()
    return "".join(w[0] for w in words), "".join(w[0] for w in words if w not in _MINOR)


class Organisations:
    """The organisations a story names in full, to resolve short forms against."""

    def __init__(self, names: Iterable[str]):
        self.full = sorted({org_identity(n) for n in names if len(n.split()) > 1})

    def resolve(self, name: str) -> frozenset[str]:
        """The story's full names a name can stand for (itself when none)."""
        key = org_identity(name)
        words = key.split()
        found = {key}
        for full in self.full:
            parts = full.split()
            if len(words) == 1 and len(key) > 1 and key in initials(full):
                found.add(full)  # "rnc"
            elif 1 < len(words) < len(parts) and parts[-len(words):] == words:
                found.add(full)  # "national committee"
        return frozenset(found)

    def same(self, a: str | None, b: str | None) -> bool:
        """Whether two organisation names may be one organisation: equal once resolved, one
        the start of the other ("google" / "google deepmind"), or initials of the other."""
        if not a or not b:
            return True
        ra, rb = self.resolve(a), self.resolve(b)
        if ra & rb:
            return True
        return any(_compatible(x, y) for x in ra for y in rb)


def _compatible(a: str, b: str) -> bool:
    ta, tb = a.split(), b.split()
    shorter, longer = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    if longer[: len(shorter)] == shorter:
        return True
    if len(shorter) == 1 and len(longer) > 1:
        return shorter[0] in initials(" ".join(longer))
    return False


# --- people -------------------------------------------------------------------------------

_INITIAL = regex.compile(r"^\p{L}\.?$")
_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})


@functools.lru_cache(maxsize=8192)
def person_identity(name: str) -> str:
    """A person's key across articles: lower-cased, without accents, middle initials or a
    generational suffix, so "Paul D. Ryan", "Paul Ryan" and "Paul Ryan Jr." are one key,
    as are "Enrique Peña Nieto" and "Enrique Pena Nieto" (outlets that drop accents are
    house-styling the name, not naming another person). A first initial stays ("J.
    Smith"): it is all the name says of the first name."""
    words = [w.strip(",") for w in _unaccented(name.lower()).split()]
    while len(words) > 1 and words[-1] in _SUFFIXES:
        words.pop()
    if len(words) > 2:
        words = [words[0], *(w for w in words[1:-1] if not _INITIAL.match(w)), words[-1]]
    return " ".join(words)


def _unaccented(text: str) -> str:
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@functools.cache
def _nicknamer():  # imported (~80 ms) only when two first names differ
    from nicknames import NickNamer

    return NickNamer()


def same_given_name(a: str, b: str) -> bool:
    """Whether two first names can name one person: equal, or one a nickname of the other
    ("Chuck" / "Charles", "Ted" / "Edward"), from the nicknames package's curated table."""
    a, b = a.lower().strip("."), b.lower().strip(".")
    if a == b:
        return True
    if len(a) < 2 or len(b) < 2:
        return False
    namer = _nicknamer()
    return b in namer.nicknames_of(a) | namer.canonicals_of(a)


def known_given_name(name: str) -> bool:
    """Whether the nicknames package's curated table knows the name as a given name
    ("Mike", "Stacy"), not a place or a word ("Paris")."""
    low = name.lower()
    namer = _nicknamer()
    return bool(namer.nicknames_of(low) or namer.canonicals_of(low))


def same_person(a: str, b: str) -> bool:
    """Whether two full names (person_identity keys) can be one person: the same surname,
    first names equal or one a nickname of the other ("Chuck Schumer" / "Charles
    Schumer"), and a middle name only one of them writes ("Benjamin Todd Jealous" / "Ben
    Jealous"); two different middle names are two people. A first initial before a given
    name is a person known by the middle name ("K. Michael Conaway" / "Michael Conaway")."""
    wa, wb = a.split(), b.split()
    if len(wa) < 2 or len(wb) < 2 or wa[-1] != wb[-1]:
        return a == b
    wa, wb = _by_middle_name(wa, wb), _by_middle_name(wb, wa)
    middle_a, middle_b = wa[1:-1], wb[1:-1]
    if middle_a and middle_b and middle_a != middle_b:
        return False
    return same_given_name(wa[0], wb[0]) or _misspelt(wa[0], wb[0])


# A form at least this common in English (wordfreq's Zipf scale) is a name of its own.
NAME_OF_ITS_OWN = 3.0


def _misspelt(a: str, b: str) -> bool:
    """Two spellings of one given name a slip apart ("Vincente" / "Vicente"): five letters
    or more, the same first letter, one letter changed, dropped, added or swapped, and one
    of them no name of its own: neither in the nicknames table nor a word English writers
    use ("Maria" and "Mario", "Francis" and "Frances" are two people). NL101 flags the
    slip; the person is one."""
    if min(len(a), len(b)) < 5 or a[0] != b[0] or not (a.isalpha() and b.isalpha()):
        return False
    if OSA.distance(a, b, score_cutoff=1) > 1:
        return False
    return any(not known_given_name(n) and frequencies.zipf(n) < NAME_OF_ITS_OWN
               for n in (a, b))


def _by_middle_name(words: list[str], other: list[str]) -> list[str]:
    """The name without a first initial ("k. michael conaway" → "michael conaway") when
    the other name writes no initial first and has fewer words: the initial is a first
    name this person does not go by."""
    if len(words) > 2 and len(words) > len(other) and _INITIAL.match(words[0]) \
            and not _INITIAL.match(other[0]):
        return words[1:]
    return words
