"""Speakers across the corpus: "Andreessen" in one article is "Marc Andreessen" in another.

A surname alone resolves to the one full name the corpus gives it (as a speaker or as a
person named anywhere); with two people of that surname it stays as written. The forms of
one person count once ("James Clapper", "James R. Clapper Jr."), and a title run into a name
is not part of it ("Majority Whip Kevin McCarthy", "Secretary of State Clinton": the role
forms of rules/roles.yaml). Only a person's name gives a surname: "union official" is no
Mr. Official. A speaker described by a post at an organisation ("a BuzzFeed spokesman") is
the one person the story names in that post there ("BuzzFeed spokesman Matt Mittenthal");
other described speakers ("a spokesperson", "her doctor") have no corpus speaker: nothing
can be compared about them across articles.
"""

from __future__ import annotations

import functools
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field

import regex

from newslint.facts import NamePhrase, Quote
from newslint.facts.name_words import HONORIFICS
from newslint.facts.rolevocab import vocabulary
from newslint.facts.speech import is_person_like, split_title
from newslint.index import CorpusIndex

# Speakers compared across articles: named, or found through a pronoun or a continued quote.
COMPARABLE_KINDS = frozenset({"name", "pronoun", "continued", "reported"})
INFERRED_KINDS = frozenset({"pronoun", "continued", "reported"})


@dataclass(frozen=True, slots=True)
class SpeakerResolver:
    full_names: dict[str, str]  # surname → the one full name the corpus uses for it
    # (post, organisation) keys → the one person the corpus names in that post there
    # and the words the story writes that post in ("spokesman")
    holders: dict[tuple[str, str], tuple[str, frozenset[str]]] = field(default_factory=dict)

    def resolve(self, name: str | None) -> str | None:
        if not name:
            return None
        return self.full_names.get(name, name)

    def speaker_of(self, quote: Quote) -> str | None:
        """The corpus-wide speaker of a quote, or None when it cannot be compared."""
        if quote.context in ("post", "heading"):
            return None
        if quote.speaker_kind == "generic":
            post = _post_at(quote.speaker_key)
            holder = self.holders.get(post) if post else None
            # The post in the holder's own word: "a White House spokeswoman" is not the
            # story's spokesman, Sean Spicer, whatever post the two words share.
            word = (quote.speaker_key or "").split()[-1:]
            if holder is None or word[0].lower() not in holder[1]:
                return None
            return self.resolve(holder[0])
        if quote.speaker_kind not in COMPARABLE_KINDS:
            return None
        key = quote.speaker_key
        if not key or not key[:1].isupper():
            return None
        return self.resolve(key)


def _surname_of_speaker(quote: Quote) -> str | None:
    key = quote.speaker_key
    if quote.speaker_kind not in COMPARABLE_KINDS or not key or len(key.split()) < 2:
        return None
    return _person_surname(key)


def _surname_of_phrase(phrase: NamePhrase) -> str | None:
    if phrase.context not in ("text", "label"):
        return None
    return _person_surname(phrase.text)


def _titled_surname(phrase: NamePhrase) -> str | None:
    """The surname of an office title before a lone surname ("President Trump", "Sen.
    Paul"); not an honorific, which a second reference to anyone takes ("Mr. Trump")."""
    if phrase.context not in ("text", "label"):
        return None
    person = split_title(phrase.text)
    if person is None or not person.role or " " in person.name \
            or person.role.rstrip(".") in HONORIFICS:
        return None
    return person.name


def _suffixed(name: str) -> bool:
    return len(_unsuffixed(name.split())) < len(name.split())


def _unsuffixed(words: list[str]) -> list[str]:
    """The words of a name without a generational suffix ("Jr.", "III")."""
    words = list(words)
    while len(words) > 1 and words[-1].lower().rstrip(".") in _SUFFIXES:
        words.pop()
    return words


@functools.lru_cache(maxsize=65536)
def _person_surname(text: str) -> str | None:
    # Cached: every story asks again for the surnames of the same name phrases.
    person = split_title(text)
    if person is None or not is_person_like(person.name):
        return None
    return _surname(_untitled(person.name))


def _surname(name: str) -> str:
    """"James R. Clapper Jr." → "Clapper": a generational suffix is no surname."""
    return _unsuffixed(name.split())[-1]


@functools.lru_cache(maxsize=65536)
def _untitled(name: str) -> str:
    """The name without the end of a title that ran into it: "Majority Whip Kevin McCarthy"
    → "Kevin McCarthy" ("majority whip" is a role form), "State Clinton" (from "Secretary
    of State Clinton") → "Clinton" ("secretary of state"); at least a surname is left."""
    words = name.split()
    tails = _title_tails()
    for cut in range(len(words) - 1, 0, -1):
        if " ".join(words[:cut]).lower() in tails:
            return " ".join(words[cut:])
    return name


@functools.lru_cache(maxsize=1)
def _title_tails() -> frozenset[str]:
    # Each role form of several words, and what follows "of" in one ("state" in
    # "secretary of state"): the words a title leaves before a name when it is cut at "of".
    out = set()
    for form in vocabulary().role_forms:
        if " " in form:
            out.add(form)
        if " of " in form:
            tail = form.split(" of ", 1)[1]
            out.add(tail.removeprefix("the "))
    return frozenset(out)


def speaker_resolver(index: CorpusIndex) -> SpeakerResolver:
    """Built from two shared groupings of the index: speakers and people by surname."""
    names: dict[str, set[str]] = defaultdict(set)
    for surname, entries in index.group("quotes", _surname_of_speaker, "speaker-surname").items():
        names[surname].update(q.speaker_key for _, q in entries)
    for surname, entries in index.group("name_phrases", _surname_of_phrase,
                                        "person-surname").items():
        for _, phrase in entries:
            person = split_title(phrase.text)
            if person is not None:
                names[surname].add(_untitled(person.name))
    titled = set(index.group("name_phrases", _titled_surname, "titled-surname"))
    full = {}
    for surname, found in names.items():
        # the forms of one person are one when the shorter's words are all in the longer
        # ("James Clapper", "James R. Clapper Jr."): named by its shortest form; "Bibi" and
        # "Benjamin Netanyahu", "George H. W." and "George W. Bush" stay two
        forms = sorted(found, key=lambda f: (len(f), f))
        if surname in titled and any(_suffixed(f) for f in forms):
            continue  # "President Trump" and "Donald Trump Jr.": the bare "Trump" is either
        if len(forms[0].split()) > 1 and _one_person(found):
            full[surname] = forms[0]
    return SpeakerResolver(full, _holders(index))


def _within(short: str, long_: str) -> bool:
    """Every word of one name, in order, in the other: "Roy Moore" in "Roy S. Moore"; but
    two middle names or initials given must agree ("George W." and "George H. W. Bush")."""
    a, b = fold_name(short), fold_name(long_)
    if len(a) > 2 and len(b) > 2 and a[1:-1] != b[1:-1]:
        return False
    rest = iter(b)
    return all(word in rest for word in a)


def _holders(index: CorpusIndex) -> dict[tuple[str, str], tuple[str, frozenset[str]]]:
    """The one person each post at an organisation is held by in the story, as the text
    gives it ("BuzzFeed spokesman Matt Mittenthal"), with the last word of each way the
    story writes the post; a post two people hold is left out."""
    people: dict[tuple[str, str], list[str]] = defaultdict(list)
    words: dict[tuple[str, str], set[str]] = defaultdict(set)
    for article in index.articles:
        for role in article.roles:
            if role.current and role.org_key:
                people[(role.role_key, role.org_key)].append(role.person)
                words[(role.role_key, role.org_key)].update(role.role.lower().split()[-1:])
    out = {}
    for post, names in people.items():
        if _one_person(set(names)):
            out[post] = (min(names, key=lambda n: (len(n), n)), frozenset(words[post]))
    return out


def _one_person(forms: set[str]) -> bool:
    """Whether every two of the forms are forms of one name: "George Bush" is within both
    "George W. Bush" and "George H. W. Bush", but those two are two people."""
    ordered = sorted(forms, key=lambda f: (len(f), f))
    return all(_within(short, long_) for i, short in enumerate(ordered)
               for long_ in ordered[i + 1:])


def _post_at(key: str | None) -> tuple[str, str] | None:
    """"BuzzFeed spokesman" → ("spokesperson", "buzzfeed"): a post named with the
    organisation it is held at; None for "her doctor", "a spokesperson", "Ryan spokesman"
    when the story names no post at an organisation called "Ryan"."""
    words = (key or "").split()
    if len(words) < 2 or not words[0][:1].isupper():
        return None
    vocab = vocabulary()
    for cut in (len(words) - 1, len(words) - 2):
        if cut < 1:
            break
        info = vocab.role(" ".join(words[cut:]))
        if info is not None:
            return info.key, vocab.org_key(_POSSESSIVE.sub("", " ".join(words[:cut])))
    return None


_POSSESSIVE = regex.compile(r"['’]s?$")


_NOT_NAME_CHARACTERS = regex.compile(r"[^\p{L}\s-]")
_SUFFIXES = frozenset("jr sr ii iii iv".split())
_DOUBLED = regex.compile(r"(.)\1+")
_LETTERS = str.maketrans({"ı": "i", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th",
                          "æ": "ae", "œ": "oe", "ß": "ss"})


@functools.lru_cache(maxsize=65536)
def fold_name(name: str) -> tuple[str, ...]:
    """"Recep Tayyip Erdoğan" → ("recep", "tayyip", "erdogan"): no accents, no case.
    Cached: every pair of speakers in a group folds both names again."""
    decomposed = unicodedata.normalize("NFKD", name.lower().translate(_LETTERS))
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    # "Donald Trump Jr." is known as "Mr. Trump" on second reference
    return tuple(_unsuffixed(_NOT_NAME_CHARACTERS.sub("", plain).split()))


def same_person(a: str, b: str) -> bool:
    """Two spellings of one name: equal without accents; or a surname alone that is the
    other's surname; or the same first name or initial and surnames that differ by a
    doubled letter ("Zelenskyy" / "Zelensky") or, from six letters, by one edit."""
    fa, fb = fold_name(a), fold_name(b)
    if not fa or not fb:
        return False
    if fa == fb:
        return True
    if not _near_surname(fa[-1], fb[-1]):
        return False
    if len(fa) == 1 or len(fb) == 1:
        return True
    # "Recep Tayyip Erdogan" / "Tayyip Erdoğan": a given name in common also counts.
    return fa[0][0] == fb[0][0] or bool(set(fa[:-1]) & set(fb[:-1]))


def _near_surname(x: str, y: str) -> bool:
    if x == y or _squeeze(x) == _squeeze(y):
        return True
    return min(len(x), len(y)) >= 6 and _one_edit(x, y)


def _squeeze(word: str) -> str:
    """"zelenskyy" → "zelensky", "hartmann" → "hartman": doubled letters as one."""
    return _DOUBLED.sub(r"\1", word)


def _one_edit(x: str, y: str) -> bool:
    if abs(len(x) - len(y)) > 1:
        return False
    if len(x) == len(y):
        return sum(p != q for p, q in zip(x, y, strict=True)) <= 1
    short, long_ = (x, y) if len(x) < len(y) else (y, x)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))
