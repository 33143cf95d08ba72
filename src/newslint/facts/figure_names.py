"""The names a figure is said of: the capitalised words of its clause and sentence, less
titles, months, weekdays, function words and the noun it counts ("10 Democrats who
gathered" and "33 Senate Democrats voted" share no name: both count Democrats)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache

from newslint.facts.clause import FUNCTION_WORDS as BASE_FUNCTION_WORDS
from newslint.facts.clause import MONTHS_DAYS, TITLES, WORD

# Speech verbs are what is said of a figure, not its head.
FUNCTION_WORDS = BASE_FUNCTION_WORDS | {"said", "says", "say", "told"}
# Titles, and the function words that open a sentence capitalised ("The", "In").
_TITLES = TITLES | frozenset("director prime the a an in on at but and for of to as if".split())
NUMBER_WORDS = frozenset("""
one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety
hundred hundreds thousands millions dozens
""".split())


@lru_cache(maxsize=16)  # a sentence with several figures is read once
def names_in(text: str, lo: int, hi: int, sentence_start: int) -> tuple[str, ...]:
    """Capitalised words of text[lo:hi], less titles, months, weekdays and function words
    (an opening "The", "He", "Six"): the names a fact is said of."""
    found: set[str] = set()
    for match in WORD.finditer(text, lo, hi):
        word = match.group()
        if not word[0].isupper() and not any(c.isupper() for c in word[1:]):
            continue  # a name is capitalised, or written in mixed case ("iPhone", "eBay")
        low = word.lower().rstrip(".")
        if low in _TITLES or low in MONTHS_DAYS or low in FUNCTION_WORDS or len(low) < 2:
            continue
        if match.start() == sentence_start and (low in NUMBER_WORDS or low.endswith("ly")):
            continue  # "Six people", "Finally": capitalised only as the sentence opens
        found.add(low := low.removesuffix("'s").removesuffix("’s"))
        if _PLURAL.match(low) \
                and DEFINITE_BEFORE.search(text, max(lo, match.start() - 4), match.start()) \
                and _names_person(text, word[:-1].removesuffix("'").removesuffix("’")):
            found.add(low[:-1])  # "the Clintons" are Clintons: Mrs. Clinton's rate is theirs
    return tuple(sorted(found))


_PLURAL = re.compile(r"[a-z]{3,}[^su]s$")
# "the" right before a word: its definite article ("the Clintons", "the $5.7 billion")
DEFINITE_BEFORE = re.compile(r"(?i)\bthe\s+$")


@lru_cache(maxsize=64)
def _names_person(text: str, surname: str) -> bool:
    """Does the article name a person of that surname, a first name or a title before it
    ("Hillary Clinton", "Mrs. Clinton")? Only then is "the Clintons" a family: "the Browns"
    may be a team, "the Times" a paper."""
    if not surname[:1].isupper():
        return False
    return re.search(rf"[A-Z][\w.]*\s+{re.escape(surname)}\b", text) is not None


def names_besides(names: tuple[str, ...], noun: str | None,
                  lemma: Callable[[str], str]) -> tuple[str, ...]:
    """`names` less the noun the figure counts: what is counted is not a name it is said
    of, or any two counts of Democrats would share a name whatever they count."""
    return tuple(n for n in names if noun is None or lemma(n) != noun)


def names_agree(first: Iterable[str], second: Iterable[str]) -> bool:
    """Two sets of names can be said of one thing: either is empty, or they share one."""
    a, b = set(first), set(second)
    return not a or not b or bool(a & b)


# An initialism as copy writes one: "T.P.S.", "DACA" (three letters or more: two-letter ones
# such as "U.S." are common enough to meet any two words by chance).
_INITIALISM = re.compile(r"(?<![\w.])(?:(?:[A-Z]\.){3,}|[A-Z]{3,}(?![\w.]))")
# Words an initialism leaves out inside the phrase it stands for: "Deferred Action for
# Childhood Arrivals" is DACA.
_UNSPELLED = frozenset("of for and the on to &".split())
_SPELLED_WORDS = range(3, 7)  # the phrases an initialism of 3-6 letters stands for
# What joins a phrase to the initialism it defines: "Temporary Protected Status, or
# T.P.S.", "temporary protected status (TPS)".
_DEFINES = re.compile(r"\s*(?:,\s*or\s+|\(\s*)")


def _letters(initialism: str) -> str:
    return initialism.replace(".", "").lower()


@lru_cache(maxsize=16)
def initialisms_in(text: str, lo: int, hi: int) -> tuple[str, ...]:
    """The initialisms of text[lo:hi] that the article spells out, each with the phrase it
    stands for: "tps:temporary protected status" for "T.P.S." where the article writes
    "Temporary Protected Status". An initialism the article never spells out stands for
    nothing known: the initials of any phrase could meet it by chance."""
    spelled_out = _spelled_out(text)
    return tuple(sorted({f"{letters}:{phrase}"
                         for m in _INITIALISM.finditer(text, lo, hi)
                         for letters in (_letters(m.group()),)
                         for phrase in spelled_out.get(letters, ())}))


@lru_cache(maxsize=16)
def spelled_in(text: str, lo: int, hi: int) -> tuple[str, ...]:
    """Each run of three to six words of text[lo:hi] with nothing but spaces between them,
    as its initials and its words less the function words inside it ("temporary protected
    status" → "tps:temporary protected status"): what an initialism another article spells
    out as that very phrase stands for, so that "T.P.S. protection" and "the temporary
    protected status program" name one thing, and "a top policy spokesman" names no
    T.P.S."""
    return tuple(sorted({f"{letters}:{phrase}" for letters, phrase, _, _ in
                         _phrases(text, lo, hi)}))


@lru_cache(maxsize=4)
def _spelled_out(text: str) -> dict[str, frozenset[str]]:
    """The phrases the article gives for its initialisms: a capitalised phrase of those
    initials ("Temporary Protected Status"), or any phrase written as the initialism's
    definition ("temporary protected status (TPS)")."""
    written = {_letters(m.group()) for m in _INITIALISM.finditer(text)}
    if not written:
        return {}
    found: dict[str, set[str]] = {}
    for letters, phrase, capitalised, end in _phrases(text, 0, len(text)):
        if letters not in written:
            continue
        defines = _DEFINES.match(text, end)
        if capitalised or (defines and _INITIALISM.match(text, defines.end()) and _letters(
                _INITIALISM.match(text, defines.end()).group()) == letters):
            found.setdefault(letters, set()).add(phrase)
    return {letters: frozenset(phrases) for letters, phrases in found.items()}


def _phrases(text: str, lo: int, hi: int) -> list[tuple[str, str, bool, int]]:
    """(initials, words, all capitalised, end) of each run of three to six words of
    text[lo:hi] with nothing but spaces between them, less the function words inside."""
    runs: list[list[tuple[str, int]]] = [[]]
    end = lo
    for match in WORD.finditer(text, lo, hi):
        word = match.group()
        if text[end : match.start()].strip() or not word.isalpha():
            runs.append([])  # punctuation, a figure or an initialism ends a phrase
        if word.isalpha():
            runs[-1].append((word, match.end()))
        end = match.end()
    found: list[tuple[str, str, bool, int]] = []
    for run in runs:
        for first, (word, _) in enumerate(run):
            if word.lower() in _UNSPELLED or word.lower() in FUNCTION_WORDS:
                continue  # a phrase opens on a word of its own
            letters, words, capitalised = "", [], True
            for later, later_end in run[first:]:
                low = later.lower()
                if low in _UNSPELLED:
                    continue
                if low in FUNCTION_WORDS:
                    break  # "was", "by": the phrase has ended
                letters += low[0]
                words.append(low)
                capitalised = capitalised and later[0].isupper()
                if len(letters) in _SPELLED_WORDS:
                    found.append((letters, " ".join(words), capitalised, later_end))
    return found
