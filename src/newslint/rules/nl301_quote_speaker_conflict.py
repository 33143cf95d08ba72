"""The same quote credited to different speakers in different places.

## What it flags
A quote of four or more words that reads the same in two places (after normalising
quotation marks, case, punctuation and whitespace) but is credited to different people:
"Andreessen called it “a profound gift to the world”" in one article and
"“A profound gift to the world,” Garry Tan said" in another. A surname alone counts as the
full name the corpus gives it ("Andreessen" is "Marc Andreessen"). Quotes whose speaker is
only described ("a spokesperson said") and quotes inside embedded social posts are left
out. One person's name in two spellings is one speaker: without accents ("Erdoğan" /
"Erdogan"), a doubled letter ("Zelenskyy" / "Zelensky"), or, with the same first name or
initial, a surname of six letters or more one letter apart. A statement credited to an
organisation in one place ("Acme said") and to someone whose role names it in another
("Acme spokesman Raj Patel said") is one source. Where a speaker was found
through a pronoun or a continued quote, the finding is a warning, not an error.

## Why it matters to an editor
A quote put in the wrong mouth is a correction and can be a legal risk. When two articles
disagree, at least one of them is wrong.

## Example
Flagged, where another article credits the words to Marc Andreessen:

    "This is a profound gift to the world," Garry Tan said.

Fixed, after checking the primary source:

    "This is a profound gift to the world," Marc Andreessen wrote on X.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterable

import regex

from newslint.diagnostics import Diagnostic, Severity
from newslint.facts import ArticleFacts, Quote
from newslint.index.quote_text import normalise
from newslint.index.speakers import INFERRED_KINDS, speaker_resolver
from newslint.rules.base import CorpusContext, CorpusRule, Related, make_diagnostic

MIN_WORDS = 4  # shorter phrases ("a game changer") are said by many people


def _comparable_text(quote: Quote) -> tuple[str, ...] | None:
    words = normalise(quote.text)
    return words if len(words) >= MIN_WORDS else None


class QuoteSpeakerConflict(CorpusRule):
    __doc__ = __doc__
    code = "NL301"
    name = "quote-speaker-conflict"
    severity = Severity.ERROR

    def check(self, ctx: CorpusContext) -> Iterable[Diagnostic]:
        resolver = speaker_resolver(ctx.index)
        groups = ctx.index.group("quotes", _comparable_text, "normalised-text")
        for words in sorted(groups):
            by_speaker: dict[str, list[tuple[ArticleFacts, Quote]]] = {}
            for article, quote in groups[words]:
                speaker = resolver.speaker_of(quote)
                if speaker is not None:
                    by_speaker.setdefault(speaker, []).append((article, quote))
            people = _people(by_speaker)
            if len(set(people.values())) < 2:
                continue
            yield self._report(words, by_speaker, people)

    def _report(self, words: tuple[str, ...],
                by_speaker: dict[str, list[tuple[ArticleFacts, Quote]]],
                people: dict[str, str]) -> Diagnostic:
        # Point at the person the fewest places agree on; list every other place.
        places: dict[str, int] = {}
        for speaker, entries in by_speaker.items():
            places[people[speaker]] = places.get(people[speaker], 0) + len(entries)
        # Ties go by the name credited, never the file name.
        ranked = sorted(by_speaker, key=lambda s: (places[people[s]], len(by_speaker[s]), s,
                                                   _first(by_speaker[s])))
        odd = ranked[0]
        article, quote = min(by_speaker[odd], key=_place)
        others = [(s, a, q) for s in ranked for a, q in by_speaker[s] if (a, q) != (article, quote)]
        related = [Related(a, q.speaker_span or q.span, f"credited to {s} here")
                   for s, a, q in sorted(others, key=lambda t: _place((t[1], t[2])))]
        elsewhere = next(s for s in ranked if people[s] != people[odd])
        where = next(a for s, a, _ in others if s == elsewhere)
        inferred = any(q.speaker_kind in INFERRED_KINDS
                       for entries in by_speaker.values() for _, q in entries)
        message = (f"the same quote is credited to {odd} here and to {elsewhere} in "
                   f"{_name(where)}; check who said it")
        return make_diagnostic(
            self, article, quote.span, message,
            key=f"{' '.join(words)}|{'|'.join(sorted(by_speaker))}",
            related=related, content=odd,
            severity=Severity.WARNING if inferred else None,
        )


def _people(by_speaker: dict[str, list]) -> dict[str, str]:
    """Each speaker's person, as one of the names it goes by: "Andreessen" unresolved is
    not another person than "Marc Andreessen", nor "Erdoğan" than "Erdogan" or "Volodymyr
    Zelenskyy" than "Volodymyr Zelensky"; "Acme" is one source with its spokesman."""
    names = sorted(by_speaker)
    parent = {n: n for n in names}

    def root(name: str) -> str:
        while parent[name] != name:
            name = parent[name]
        return name

    roles = {n: [_fold(q.speaker_role) for _, q in by_speaker[n] if q.speaker_role]
             for n in names}
    for index, a in enumerate(names):
        for b in names[index + 1:]:
            if same_person(a, b) or _speaks_for(a, roles[b]) or _speaks_for(b, roles[a]):
                parent[root(b)] = root(a)
    return {n: root(n) for n in names}


_COMPANY_SUFFIXES = frozenset("inc corp co ltd llc plc group sa ag nv".split())


def _speaks_for(organisation: str, roles: list[tuple[str, ...]]) -> bool:
    """"Acme said" and "Acme spokesman Raj Patel said": a statement credited to the
    organisation in one place and to the person speaking for it in another. True when the
    organisation's name is in one of the person's roles."""
    words = tuple(w for w in _fold(organisation) if w not in _COMPANY_SUFFIXES)
    if not words:
        return False
    n = len(words)
    return any(role[i:i + n] == words for role in roles for i in range(len(role) - n + 1))


_NOT_NAME_CHARACTERS = regex.compile(r"[^\p{L}\s-]")
_DOUBLED = regex.compile(r"(.)\1+")
_LETTERS = str.maketrans({"ı": "i", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th",
                          "æ": "ae", "œ": "oe", "ß": "ss"})


@functools.lru_cache(maxsize=65536)
def _fold(name: str) -> tuple[str, ...]:
    """"Recep Tayyip Erdoğan" → ("recep", "tayyip", "erdogan"): no accents, no case.
    Cached: every pair of speakers in a group folds both names again."""
    decomposed = unicodedata.normalize("NFKD", name.lower().translate(_LETTERS))
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return tuple(_NOT_NAME_CHARACTERS.sub("", plain).split())


def same_person(a: str, b: str) -> bool:
    """Two spellings of one name: equal without accents; or a surname alone that is the
    other's surname; or the same first name or initial and surnames that differ by a
    doubled letter ("Zelenskyy" / "Zelensky") or, from six letters, by one edit."""
    fa, fb = _fold(a), _fold(b)
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


def _place(entry: tuple[ArticleFacts, Quote]) -> tuple[str, int]:
    return entry[0].path, entry[1].span.start


def _first(entries: list[tuple[ArticleFacts, Quote]]) -> tuple[str, int]:
    return min(_place(e) for e in entries)


def _name(article: ArticleFacts) -> str:
    return article.path.rsplit("/", 1)[-1]
