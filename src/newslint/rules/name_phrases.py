"""NL101 on whole name phrases: a two-word name that the story writes with one word a letter
off ("Herman Cin" beside "Herman Cain", "Puerto Rio" beside "Puerto Rico").

A short word, or one that is a word or a name of its own ("Rio", "Hose", "Jon"), is never a
slip on its own: compared alone it would pair every real name with its neighbours. Beside
the same other word, in the same place of a two-word name the story writes again and
again, it is: the phrase names one thing, and one article spells it differently.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from newslint.facts.entities import known_given_name
from newslint.index.stories import StoryIndex
from newslint.rules import name_evidence as evidence
from newslint.rules.name_forms import FormStats, Lexicon, established

# A word this common ("Will", "Best", "House") may stand in a name in its own right beside
# any other word; a slip into it is left to the token comparison.
EVERYDAY_WORD = 5.0


def phrase_slips(pairs: dict[str, FormStats], words: dict[str, FormStats], skip: set[str],
                 lexicon: Lexicon, stories: StoryIndex, options: dict
                 ) -> Iterator[tuple[FormStats, FormStats]]:
    """(rare phrase, the story's phrase) for each two-word name that differs from one the
    story writes as often or more by one edit in one word, the other word the same.
    `words`: the story's single name forms. Phrases whose differing word is in `skip`
    (already flagged on its own) are left out."""
    by_other: dict[tuple[int, str], list[str]] = defaultdict(list)
    for form in sorted(pairs):
        first, second = form.split()
        by_other[(0, second)].append(form)
        by_other[(1, first)].append(form)
    for form in sorted(pairs):
        rare = _own_uses(pairs[form])
        if rare is None or established(rare, options) \
                or len(rare.articles) > options["max_rare_articles"]:
            continue
        best: tuple[tuple[int, int, str], FormStats] | None = None
        for i in (0, 1):
            word = form.split()[i]
            if word in skip:
                continue
            for other in by_other[(i, form.split()[1 - i])]:
                common = pairs[other]
                if other == form or not _slip(word, other.split()[i], lexicon):
                    continue
                if not _outnumbered(rare, common, words.get(word), words.get(other.split()[i]),
                                    options):
                    continue
                if not (rare.articles & common.articles
                        or stories.share_a_story(rare.articles, common.articles)):
                    continue
                rank = (-common.count, evidence.letters_apart(word, other.split()[i]), other)
                if best is None or rank < best[0]:
                    best = (rank, common)
        if best is not None:
            yield rare, best[1]


def _own_uses(stats: FormStats) -> FormStats | None:
    """The uses of a phrase that are a name: not a sentence's first word that is a common
    word ("In Iowa", "The Hill" open a sentence; a given name such as "Susan" is no such
    word, "Will" is), where the capital is the sentence's, nor
    a title-case headline ("Beats Back House"), where every word has one."""
    first = stats.form.split()[0]
    opener = evidence.zipf(first) >= evidence.COMMON_WORD and not (
        known_given_name(first) and evidence.zipf(first) < EVERYDAY_WORD)
    uses = [(a, m) for a, m in stats.uses if m.context != "heading"
            and not (m.sentence_initial and opener)]
    if not uses:
        return None
    return FormStats(stats.form, uses, stats.mid_sentence)


def _slip(rare: str, common: str, lexicon: Lexicon) -> bool:
    """One letter changed, dropped, added or swapped, in words of three letters and more,
    that is no plural, demonym or other real ending, accent or capitals, no pair the
    lexicon keeps apart ("Mr" / "Mrs" are too short to compare), and no form the word list
    ranks above the story's."""
    low_r, low_c = rare.lower(), common.lower()
    if min(len(low_r), len(low_c)) < 3 or low_r == low_c:
        return False
    if rare.isupper() or common.isupper():
        return False  # letters of an abbreviation: "ABC News" and "NBC News" are two
    if rare in lexicon.canonical or rare in lexicon.accepted or lexicon.are_distinct(rare,
                                                                                        common):
        return False
    if evidence.unaccented(low_r) == evidence.unaccented(low_c):
        return False
    longer, stem = (low_r, low_c) if len(low_r) > len(low_c) else (low_c, low_r)
    if evidence.derived(longer, stem):
        return False
    # A form English writers use more than the story's ("Priebus" in one article, where two
    # write "Preibus") may be the right one: the story's majority is no proof against it.
    frequency = evidence.zipf(rare)
    return (evidence.distance(low_r, low_c) == 1 and frequency < EVERYDAY_WORD
            and frequency <= evidence.zipf(common))


def _outnumbered(rare: FormStats, common: FormStats, word: FormStats | None,
                 right: FormStats | None, options: dict) -> bool:
    """The story's phrase is written in as many articles as the rare one, and either twice
    as often (at least twice), or as often where the word list or the story's other uses
    of the two words rank them."""
    if len(common.articles) < len(rare.articles):
        return False
    cap = options["max_uses_per_article"]
    rare_weight, common_weight = rare.weight(cap), common.weight(cap)
    if common_weight >= 2 and common_weight >= 2 * rare_weight:
        return True
    if word is None or right is None or common_weight < rare_weight:
        return False
    # As often: the word list ranks the two words, where the rare one is rare in English
    # and the right one is not ("Yrk" / "York"; "Jon" / "John" are both names), or the
    # list has the right one at all and the rare one not ("Setny" / "Steny")...
    rare_frequency, right_frequency = evidence.zipf(word.form), evidence.zipf(right.form)
    if rare_frequency < evidence.RARE_WORD < right_frequency or rare_frequency == 0 < \
            right_frequency:
        return True
    # ... or the story does, writing the right word twice as often elsewhere.
    right_weight = right.weight(cap)
    return right_weight >= 2 and right_weight >= 2 * word.weight(cap)
