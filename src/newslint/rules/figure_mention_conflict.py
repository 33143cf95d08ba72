"""Which pair of two articles' mentions of one measure disagrees (pair_conflict): the
keyed comparison of NL401 (figure_keyed) reads each bucket's mentions with it.

Mentions are compared, not articles: a mention one of whose values the other article
confirms is not at odds; a sentence that gives one head two values tells two measures;
each article's only mention of a measure, or one an article restates, is compared over
any gap of its keys.
"""

from __future__ import annotations

import math

from newslint.facts import ArticleFacts, Quantity
from newslint.rules.figure_counts import ALIGNED_GAP_LIMIT, aligned_counts, noun_grade
from newslint.rules.figure_pairs import (
    GAP_LIMIT,
    RARE_GAP_LIMIT,
    RARE_WORDS,
    gap,
    match_strength,
    same_magnitude,
    specific_verb,
    stated_apart,
)


def pair_conflict(first: list[Quantity], second: list[Quantity],
                  seldom: frozenset[str] = frozenset(),
                  wholes: tuple[ArticleFacts, ArticleFacts] | None = None
                  ) -> tuple[Quantity, Quantity, float, int] | None:
    """The best keyed pair of disagreeing values, one of which no mention of the other
    article confirms: mentions are compared, so an article that gives the old value and
    the new one is checked on each ("$447 billion" confirmed, "$647 billion" not).
    `seldom` holds the words the story seldom uses (figure_keyed.rare_words); `wholes`, the two
    articles, whose other figures may give the other's value as another measure."""
    same = {(id(a), id(b)) for a in first for b in second if gap(a, b) is None}
    confirmed = {i for pair in same for i in pair}
    siblings_apart = _sentence_siblings(first, second, same) | {
        (x, y) for y, x in _sentence_siblings(second, first, {(b, a) for a, b in same})}
    aligned = aligned_counts(first, second, seldom)
    # Two articles that each give the measure once give it for the same thing: a slip of a
    # digit keeps its magnitude, another measure seldom does ("11 million undocumented
    # immigrants", "all 31 million undocumented immigrants"; "198 people" at a rally and
    # "45,000 people" who follow an account). Under weak keys, only for a noun that is not
    # counted in any story: "six people" injured and "four people" struck are two tolls.
    single = len(first) == 1 and len(second) == 1
    best: tuple[Quantity, Quantity, float, int] | None = None
    for a in first:
        for b in second:
            if (id(a) in confirmed and id(b) in confirmed) or (id(a), id(b)) in siblings_apart:
                continue
            found = gap(a, b)
            if found is None:
                continue
            rare = len(set(a.words) & set(b.words) & seldom)
            strength = match_strength(a, b, rare)
            limit = RARE_GAP_LIMIT if rare >= RARE_WORDS and strength >= 2 \
                else GAP_LIMIT.get(strength, 0)
            if single and same_magnitude(a, b) and (strength >= 2 or (
                    strength and _specific_head(a))):
                limit = math.inf  # each article's only mention of the measure
            elif strength and same_magnitude(a, b) and (
                    _restated(a, b, first, same) or _restated(b, a, second, same, True)):
                if found > limit:
                    strength = min(strength, 2)  # beyond its keys' gap: info
                limit = math.inf
            if (id(a), id(b)) in aligned and (not strength or found > limit):
                strength, limit = aligned[id(a), id(b)], ALIGNED_GAP_LIMIT
            if not strength or found > limit:
                continue
            if wholes and (stated_apart(wholes[0], a, b) or stated_apart(wholes[1], b, a)):
                continue
            if best is None or (-strength, found) < (-best[3], best[2]):
                best = (a, b, found, strength)
    return best


def _restated(a: Quantity, b: Quantity, mine: list[Quantity], same: set[tuple[int, int]],
              flipped: bool = False) -> bool:
    """Whether a's article counts a's noun again, with the same clause verb and names, with
    b's value: the other article confirms one of its two values, and a is the one at odds
    ("the country's estimated 11 million undocumented immigrants", then "deporting all 31
    million undocumented immigrants"; another article: "the 11 million undocumented
    immigrants"). Another verb or other names tell another measure ("10 Democrats who
    gathered", "33 Democrats voted"). `same` holds the pairs of ids whose values agree,
    `flipped` when b's article is the first of them."""
    if not (a.head or "").startswith("n:"):
        return False
    for sibling in mine:
        agree = (id(b), id(sibling)) in same if flipped else (id(sibling), id(b)) in same
        if sibling is not a and sibling.sentence != a.sentence and agree \
                and sibling.verb == a.verb and set(sibling.names) == set(a.names) \
                and match_strength(a, sibling):
            return True
    return False


def _sentence_siblings(mine: list[Quantity], other: list[Quantity],
                       same: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """(id of a mention of `mine`, id of one of `other`) for the pairs where a mention of
    the same sentence of `mine` gives the other's value (`same`: the pairs of ids whose
    values agree): a sentence that gives one head two values tells two measures ("the
    effective federal tax rate for 2014 was 35.7 percent, while the effective tax rate for
    federal, state and local taxes was 45.8 percent"), so the 45.8 is not the other
    article's 35.7 rate."""
    by_sentence: dict[object, list[Quantity]] = {}
    for a in mine:
        by_sentence.setdefault(a.sentence, []).append(a)
    out: set[tuple[int, int]] = set()
    for a in mine:
        for sibling in by_sentence[a.sentence]:
            if sibling is not a:
                out.update((id(a), id(b)) for b in other if (id(sibling), id(b)) in same)
    return out


def _specific_head(q: Quantity) -> bool:
    """A head not said of anything: a noun not counted in every story, or an uncommon
    verb ("repaid")."""
    if (q.head or "").startswith("n:"):
        return noun_grade(q) > 0
    return specific_verb(q.verb)
