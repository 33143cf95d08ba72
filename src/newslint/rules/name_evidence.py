"""Evidence for NL101: how far two spellings are apart, and whether each is a word.

A misspelt name is usually no word at all ("Tump", "Cowmen"); a form that English writers
use often ("Democrats", "Presidency", "Texans", "Stacy") is a word or a name in its own
right, however close it is to another name. The word frequencies come from wordfreq (a
published English frequency list, through frequencies.py), not from a list kept here.
"""

from __future__ import annotations

import functools
import unicodedata

from rapidfuzz import process
from rapidfuzz.distance import OSA, Indel

from newslint import frequencies
from newslint.facts import ArticleFacts, NameMention

# A form used at least this often (Zipf scale: 3 is once per million words) is a word or a
# name of its own ("Stacy", "Texans"), never a slip for another.
REAL_WORD = 3.0
# A word this common ("Democratic", "Presidency") is a word, whatever name sits beside it.
COMMON_WORD = 4.0
# Below this a form is rare enough that a near miss of a name is read as a slip ("Tump").
RARE_WORD = 2.0
# Below this a form is no English word at all ("Cowmen", "Repbulicans").
NON_WORD = 1.0

# The endings that make a plural, possessive, demonym or derived form of a name: "Korea" /
# "Korean", "R1" / "R1s", "Israel" / "Israeli", "Democrat" / "Democratic". A longer form
# that adds anything else to a name ("Santa Clar" / "Santa Clara") is compared.
ENDINGS = frozenset({"s", "es", "'s", "’s", "n", "ns", "an", "ans", "ian", "ians", "i", "is",
                     "ese", "ite", "ites", "ic", "ism", "ist", "ists", "er", "ers", "ed",
                     "ing"})


@functools.lru_cache(maxsize=65536)
def zipf(form: str) -> float:
    """How common the form is as an English word (wordfreq's Zipf scale, 0 when unknown).

    Only forms of letters are looked up: wordfreq splits "R-Mass" into words."""
    if not form.isalpha():
        return 0.0
    return frequencies.zipf(form.lower())


def unaccented(form: str) -> str:
    decomposed = unicodedata.normalize("NFKD", form)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def acronym_styled(form: str) -> bool:
    """A run of three capitals: "NVIDIA", "DREAMers". Writing it so is house style."""
    run = 0
    for ch in form:
        run = run + 1 if ch.isupper() else 0
        if run >= 3:
            return True
    return False


def derived(longer: str, stem: str) -> bool:
    """Whether `longer` is `stem` with a real ending, or a version of it ("GPT-4o")."""
    if not longer.startswith(stem) or longer == stem:
        return False
    ending = longer[len(stem):]
    if stem[-1].isdigit() or ending[0] in "-.":
        return True  # a version or a model name: "GPT-4" / "GPT-4o", "R1" / "R1-Lite"
    return ending in ENDINGS and not (len(ending) == 1 and ending == stem[-1])


def segments_differ_short(rare: str, common: str) -> bool:
    """Hyphenated forms that differ in a short segment or by a whole one: "R-Mass." /
    "D-Mass." are two party tags, "F-16" / "F-15" two aircraft, "R-Texas" a tag beside
    "Texas"; not misspellings of each other."""
    a, b = rare.lower().split("-"), common.lower().split("-")
    if len(a) != len(b):
        # One form is a segment of the other: "R-Texas" / "Texas", a tag and its state.
        return (len(a) > 1 and common.lower() in a) or (len(b) > 1 and rare.lower() in b)
    if len(a) < 2:
        return False
    return any(x != y and min(len(x), len(y)) < 4 for x, y in zip(a, b, strict=True))


def candidates(form: str, choices: list[str], budget: int) -> list[tuple[str, int]]:
    """Every choice within `budget` edits (letters changed, dropped, added or swapped) of
    `form`, lower-cased: rapidfuzz's process search, so no near miss is left unseen."""
    found = process.extract(form.lower(), choices, scorer=OSA.distance,
                            score_cutoff=budget, limit=None)
    return [(choice, int(distance)) for choice, distance, _ in found]


class Choices:
    """The choices of many `candidates` searches, by length: `budget` edits change a
    length by at most `budget`, so each search reads only the choices of near lengths
    (in their given, sorted order, which the search's ties keep)."""

    def __init__(self, choices: list[str], budget: int) -> None:
        self.budget = budget
        self._by_length: dict[int, list[str]] = {}
        for choice in choices:
            self._by_length.setdefault(len(choice), []).append(choice)
        self._near: dict[int, list[str]] = {}

    def candidates(self, form: str) -> list[tuple[str, int]]:
        low = form.lower()
        near = self._near.get(len(low))
        if near is None:
            near = self._near[len(low)] = sorted(
                c for length in range(len(low) - self.budget, len(low) + self.budget + 1)
                for c in self._by_length.get(length, ()))
        return candidates(low, near, self.budget)


def letters_apart(a: str, b: str) -> int:
    """Letters dropped plus letters added between two forms (a changed letter is both)."""
    return int(Indel.distance(a.lower(), b.lower()))


def distance(a: str, b: str) -> int:
    return int(OSA.distance(a.lower(), b.lower()))


def slip(rare: str, common: str) -> bool:
    """Whether the rare form is a typing slip of the common one, small enough to fix.

    Other capitals ("LlaMA"), or one letter changed, dropped, added or swapped in a name of
    letters only, at least five long, with the same first letter ("DeekSeek", "Cowen" for
    "Cowan"). Longer distances ("Democrats" and "Democratic"), a different first letter,
    hyphens or digits ("R-Mass."/"D-Mass.") need an editor's judgement.
    """
    if rare.lower() == common.lower():
        return True
    if not (rare.isalpha() and common.isalpha()) or min(len(rare), len(common)) < 5:
        return False
    if rare[0] != common[0]:
        return False
    return OSA.distance(rare.lower(), common.lower(), score_cutoff=1) <= 1


# Lower-case words a title in quotation marks keeps ("Gone with the Wind").
_TITLE_WORDS = frozenset("a an the of and or but nor for on at to by in with from as vs".split())


def in_quoted_words(article: ArticleFacts, mention: NameMention) -> bool:
    """Whether a name stands in quoted words: someone's speech or text ("correcting the
    Buzzfeed false story"), not a title the writer puts in quotation marks ("The Godather:
    Part II"), whose words are all capitalised but for a title's small words."""
    span = mention.span
    return any(q.span.start <= span.start and span.end <= q.span.end
               and any(w[:1].islower() and w.lower() not in _TITLE_WORDS
                       for w in q.text.split())
               for q in article.quotes)
