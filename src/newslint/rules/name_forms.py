"""The forms of names NL101 compares: each spelling's uses, the story's two-word pairs, and
the built-in lexicon of canonical spellings and names known to be distinct."""

from __future__ import annotations

import functools
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from newslint.facts import ArticleFacts, NameMention
from newslint.facts.entities import known_given_name
from newslint.facts.span import Span
from newslint.ruledata import builtin
from newslint.rules import name_evidence as evidence
from newslint.rules.base import CorpusContext


@dataclass(slots=True)
class FormStats:
    form: str
    uses: list[tuple[ArticleFacts, NameMention]] = field(default_factory=list)
    mid_sentence: int = 0

    @property
    def count(self) -> int:
        return len(self.uses)

    @property
    def articles(self) -> set[str]:
        return {a.id for a, _ in self.uses}

    def weight(self, cap: int) -> int:
        """The uses that vote for this spelling in the story's majority, at most `cap`
        from one article: a file that repeats a form 80,000 times is one article, and
        cannot outvote the other articles of its story."""
        per_article = Counter(a.id for a, _ in self.uses)
        return sum(min(n, cap) for n in per_article.values())


def in_same_article(rare: FormStats, common: FormStats) -> bool:
    """The article that writes the rare form writes the common one at least twice."""
    counts = Counter(a.id for a, m in common.uses if m.context != "post")
    return any(counts[article] >= 2 for article in rare.articles)


def established(form: FormStats, options: dict) -> bool:
    """A form the story keeps using, in running prose of more than one article: a name
    of its own, whatever other form it resembles."""
    prose = [(a.id, m) for a, m in form.uses if m.context == "text"]
    return (len(prose) >= options["min_dominant_count"]
            and len({article for article, _ in prose}) >= 2)


class PhraseIndex:
    """The story's two-word name pairs ("Sam Altman"), by the words they hold."""

    def __init__(self, pairs: dict[str, FormStats]):
        self._all = set(pairs)
        self._by_word: dict[str, set[str]] = defaultdict(set)
        for pair in self._all:
            for word in pair.split():
                self._by_word[word].add(pair)

    def corrected(self, rare: FormStats, common: str) -> bool:
        """A pair holding the rare form is a pair the story also writes with the common
        form: "Vincente Fox" beside "Vicente Fox", "Jonas Hartman" beside "Jonas Hartmann"."""
        return any(" ".join(common if w == rare.form else w for w in pair.split()) in self._all
                   for pair in self._by_word.get(rare.form, ()))

    def surname(self, word: str) -> bool:
        """Whether the story writes the word after a given name ("Sheldon Whitehouse")."""
        return any(pair.endswith(" " + word) and known_given_name(pair.split()[0])
                   for pair in self._by_word.get(word, ()))

    def fits(self, rare: FormStats, common: str) -> bool:
        """A rare word used only inside longer names, that is itself a word or a name, must
        make a known pair when corrected: "Gary Marcus" → "Garry Marcus" names no one the
        story knows, so Gary is another person. A form that is no word ("Altmann",
        "Pelsoi") is a garble wherever it stands."""
        if any(not mention.in_phrase for _, mention in rare.uses):
            return True
        if evidence.zipf(rare.form) < evidence.RARE_WORD:
            return True
        return self.corrected(rare, common)


def two_word_stats(ctx: CorpusContext) -> dict[str, FormStats]:
    """Two capitalised words side by side in a name phrase, one space apart ("Air Bus"),
    or a given name and a surname across a middle initial ("Steny H. Hoyer" is a use of
    "Steny Hoyer"): the initial is house style, the person the same."""
    stats: dict[str, FormStats] = {}
    for article in ctx.index.articles:
        mentions = article.names
        for i, first in enumerate(mentions[:-1]):
            second = mentions[i + 1]
            # The phrase a name's words make may stop at the initial's stop: the surname
            # after it is still the name's.
            if _middle_initial(first, second) and i + 2 < len(mentions) \
                    and _adjacent(second, mentions[i + 2], 2):
                second = mentions[i + 2]
            elif not (_adjacent(first, second, 1) and second.in_phrase):
                continue
            a, b = first.span, second.span
            if not first.in_phrase or not (first.text.isalpha() and second.text.isalpha()):
                continue
            if len(first.text) < 2 or len(second.text) < 2:
                continue
            form = f"{first.text} {second.text}"
            span = Span(a.start, b.end, a.line, a.col, b.end_line, b.end_col)
            mention = NameMention(form, span, first.sentence_initial, first.context, True)
            stats.setdefault(form, FormStats(form)).uses.append((article, mention))
    return stats


def _adjacent(first: NameMention, second: NameMention, gap: int) -> bool:
    return second.span.start - first.span.end == gap and first.span.line == second.span.line


def _middle_initial(given: NameMention, initial: NameMention) -> bool:
    """One capital right after a name ("Steny H."; the stop and a space follow it)."""
    return len(initial.text) == 1 and initial.text.isupper() and _adjacent(given, initial, 1)


@dataclass(frozen=True, slots=True)
class Lexicon:
    canonical: frozenset[str]
    accepted: frozenset[str]
    distinct: frozenset[frozenset[str]]

    @classmethod
    def load(cls) -> Lexicon:
        return _lexicon()

    @classmethod
    def read(cls) -> Lexicon:
        data = builtin("names.yaml")
        canonical = data.get("canonical") or {}
        accepted = {str(v) for variants in canonical.values() for v in (variants or [])}
        groups = data.get("distinct") or []
        distinct = {frozenset(str(n).lower() for n in group) for group in groups}
        return cls(frozenset(map(str, canonical)), frozenset(accepted), frozenset(distinct))

    def are_distinct(self, a: str, b: str) -> bool:
        groups = _by_name(self.distinct).get(a.lower())
        if not groups:  # most names are in no group
            return False
        pair = {a.lower(), b.lower()}
        return any(pair <= group for group in groups)


@functools.cache  # asked for every pair a story compares: each name's groups, found once
def _by_name(distinct: frozenset[frozenset[str]]) -> dict[str, list[frozenset[str]]]:
    return {n: [g for g in distinct if n in g] for group in distinct for n in group}


@functools.cache
def _lexicon() -> Lexicon:
    # Once per process: the rule runs once per story.
    return Lexicon.read()
