"""A rare spelling of a name that is one or two letters away from the spelling its story uses.

## What it flags
A name form used rarely ("DeekSeek", 4 times in one article) that is a near miss of a form
the story uses far more often or that `rules/names.yaml` knows ("DeepSeek", 76 times in 5
articles): one edit for names of 5 to 8 letters, two from 9, or a different capitalisation
("O1" for "o1", "LlaMA" for "Llama"). Plurals, demonyms and versions ("Korea"/"Korean",
"R1"/"R1s", "GPT-4"/"GPT-5"), all-caps styling ("NVIDIA"/"Nvidia") and pairs listed as
distinct are left alone.
The counts are the story's (articles linked by sharing several distinctive names; a corpus
of fewer than 12 articles is one story), and the two spellings must meet in one article or
in articles linked directly, so two different companies a letter apart in unrelated stories
are not confused. A name inside an embedded social post is counted but never flagged: it is
quoted material. All uses of one misspelling make one finding, at the first, with the others
as its related locations (a use under a suppression comment is left out). `--fix` replaces
a use (outside quotation marks) with the story's spelling only when the fix is certain: the
same article spells the name right at least twice, and the slip is small (other capitals,
or one letter off in a name of five letters or more, same first letter). Two real names a
letter apart ("Carper" and "Carter") are never rewritten: the article that writes one
does not write the other.

## Why it matters to an editor
A garbled name is the correction readers notice first, and spell-checkers pass it because
the misspelling is not in any dictionary. The corpus itself knows the right spelling.

## Example
Flagged, where every other article writes "DeepSeek":

    DeekSeek claims that the R1 model matches OpenAI's o1.

Fixed:

    DeepSeek claims that the R1 model matches OpenAI's o1.

If both spellings are right (two different people), add them to `distinct:` in
`rules/names.yaml`, or an accepted variant under `canonical:`.
"""

from __future__ import annotations

import functools
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from rapidfuzz.distance import OSA

from newslint.diagnostics import Diagnostic, Severity, fingerprint
from newslint.facts import ArticleFacts, NameMention
from newslint.index.stories import StoryIndex, is_marked
from newslint.ruledata import builtin
from newslint.rules.base import (
    CorpusContext,
    CorpusRule,
    Related,
    certain_edit,
    make_diagnostic,
)


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
        pair = {a.lower(), b.lower()}
        return any(pair <= group for group in self.distinct)


@functools.cache
def _lexicon() -> Lexicon:
    # Once per process: the rule runs once per story.
    return Lexicon.read()


class NameSpelling(CorpusRule):
    __doc__ = __doc__
    code = "NL101"
    name = "name-spelling"
    severity = Severity.WARNING

    def check(self, ctx: CorpusContext) -> Iterable[Diagnostic]:
        data = builtin("names.yaml")
        options = {**(data.get("settings") or {}), **self.options(ctx.settings)}
        lexicon = Lexicon.load()
        stats = self._form_stats(ctx)
        phrases = {phrase.text for article in ctx.index.articles
                   for phrase in article.name_phrases}
        names = {form: s for form, s in stats.items() if _is_name(s)}
        dominant = {
            form: s
            for form, s in names.items()
            if s.count >= options["min_dominant_count"] or form in lexicon.canonical
        }
        # Known names count even where this corpus never spells them right.
        for form in lexicon.canonical - dominant.keys():
            dominant[form] = FormStats(form)
        blocks = _Blocks(dominant)
        stories = ctx.index.stories
        for form in sorted(names):
            rare = names[form]
            if form in lexicon.canonical or form in lexicon.accepted:
                continue
            match = self._best_match(rare, blocks.candidates(form), dominant, lexicon, phrases,
                                     stories, options)
            if match is not None:
                yield from self._report(rare, dominant[match], stories.one_story)

    @staticmethod
    def _form_stats(ctx: CorpusContext) -> dict[str, FormStats]:
        # One pass in the index's article order: the uses of each form come in the order a
        # grouping by text would give them, without building the grouping first.
        stats: dict[str, FormStats] = {}
        for article in ctx.index.articles:
            for mention in article.names:
                entry = stats.get(mention.text)
                if entry is None:
                    entry = stats[mention.text] = FormStats(mention.text)
                entry.uses.append((article, mention))
                if not mention.sentence_initial and mention.context in ("text", "post"):
                    entry.mid_sentence += 1
        return stats

    def _best_match(
        self,
        rare: FormStats,
        candidates: Iterable[str],
        dominant: dict[str, FormStats],
        lexicon: Lexicon,
        phrases: set[str],
        stories: StoryIndex,
        options: dict,
    ) -> str | None:
        best: tuple[int, int, str] | None = None
        for form in candidates:
            if form == rare.form or lexicon.are_distinct(form, rare.form):
                continue
            common = dominant[form]
            rare_enough = len(rare.articles) <= options["max_rare_articles"]
            if form in lexicon.canonical:
                # A known name wins unless the other spelling is itself established.
                outnumbered = common.count >= options["min_ratio"] * rare.count
                rare_enough &= outnumbered or rare.count < options["min_dominant_count"]
            else:
                rare_enough &= (common.count >= options["min_ratio"] * rare.count
                                and len(common.articles) >= len(rare.articles))
            if not rare_enough:
                continue
            if form not in lexicon.canonical and not _same_story(rare, common, stories):
                continue
            distance = _near_miss(rare.form, form, options)
            if distance is None or not _fits_phrases(rare, form, phrases):
                continue
            rank = (distance, -common.count, form)
            if best is None or rank < best:
                best = rank
        return best[2] if best else None

    def _report(self, rare: FormStats, common: FormStats, one_story: bool = True
                ) -> Iterable[Diagnostic]:
        """One finding per use of the rare form, all in one group: the report merges the
        uses left after suppression comments into one finding (grouping.py)."""
        case_only = rare.form.lower() == common.form.lower()
        how = "capitalisation" if case_only else "spelling"
        key = f"{rare.form}->{common.form}"
        group = fingerprint(self.code, key, rare.articles)
        slip = _slip(rare.form, common.form)
        # The fix is certain only where the same article spells the name right at least
        # twice: the misspelling is a slip against the writer's own usage.
        right_here = Counter(a.id for a, m in common.uses if m.context != "post")
        for article, mention in rare.uses:
            if mention.context == "post":
                continue  # quoted third-party content: not ours to correct
            example = _example(common, article)
            if common.count:
                # A corpus too small to split is "the corpus"; otherwise the counts are those
                # of the articles on this story (in a newsroom a "story" is one article).
                uses = f"{_times(common.count)} in {_articles(len(common.articles))}"
                evidence = (f"the corpus uses that {how} {uses}" if one_story else
                            f"that {how} is used {uses} on this story")
                evidence += f', "{rare.form}" {_times(rare.count)}'
            else:
                evidence = "a name known to rules/names.yaml"
            message = f'"{rare.form}" looks like a misspelling of "{common.form}": {evidence}'
            related = [Related(example[0], example[1].span, f'"{common.form}" here')] if example \
                else []
            # The example article is an illustration, not part of the finding's identity.
            yield make_diagnostic(
                self, article, mention.span, message, key=key, related=related,
                involved=[article.id], group=group,
                fixes=certain_edit(article, mention.span, mention.text, common.form)
                if slip and right_here[article.id] >= 2 else (),
            )


def _slip(rare: str, common: str) -> bool:
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


def _times(n: int) -> str:
    return "once" if n == 1 else f"{n} times"


def _articles(n: int) -> str:
    return "1 article" if n == 1 else f"{n} articles"


def _is_name(stats: FormStats) -> bool:
    """A form is a name if the text marks it as one beyond sentence-initial capitals."""
    return is_marked(stats.form) or stats.mid_sentence > 0


def _near_miss(rare: str, common: str, options: dict) -> int | None:
    """Edit distance if `rare` reads as a garbled `common`, else None."""
    low_rare, low_common = rare.lower(), common.lower()
    if low_rare == low_common:
        # Same letters, other capitals: "O1" for "o1", "LlaMA" for "Llama". All-caps styling
        # of a word ("NVIDIA" for "Nvidia") is house style, not a garble.
        if (rare.isupper() or common.isupper()) and rare.isalpha() and len(rare) >= 3:
            return None
        return 0
    shorter = min(len(rare), len(common))
    if shorter < options["min_length_one_edit"]:
        return None
    longer, stem = (low_rare, low_common) if len(low_rare) > len(low_common) else (
        low_common, low_rare)
    if longer.startswith(stem) and not _doubled_last_letter(longer, stem):
        return None  # plural, demonym or version: "Korea"/"Korean", "GPT-4"/"GPT-4o"
    if low_rare.replace("-", "") == low_common.replace("-", ""):
        return None
    if _letters(low_rare) == _letters(low_common):
        return None  # versions, not typos: "GPT-4"/"GPT-5", "Galaxy S24"/"S25"
    limit = 2 if shorter >= options["min_length_two_edits"] else 1
    distance = OSA.distance(low_rare, low_common, score_cutoff=limit)
    return distance if distance <= limit else None


def _letters(form: str) -> str:
    return "".join(ch for ch in form if not ch.isdigit())


def _doubled_last_letter(longer: str, stem: str) -> bool:
    """"Altmann" for "Altman": a typing slip, unlike the suffix of "Korean" or "R1s"."""
    return len(longer) == len(stem) + 1 and longer[-1] == stem[-1]


def _fits_phrases(rare: FormStats, common: str, phrases: set[str]) -> bool:
    """A rare token inside a longer name must make a known name when corrected.

    "Sam Altmann" → "Sam Altman" is a garble; "Gary Marcus" → "Garry Marcus" names no one
    the corpus knows, so Gary is another person.
    """
    if any(not mention.in_phrase for _, mention in rare.uses):
        return True
    return any(phrase.replace(rare.form, common) in phrases for phrase in phrases
               if rare.form in phrase.split())


def _same_story(rare: FormStats, common: FormStats, stories: StoryIndex) -> bool:
    """A garble sits in the story of the right spelling: in the same article, or in an
    article of the same story. Two companies a letter apart in unrelated stories are not."""
    rare_articles, common_articles = rare.articles, common.articles
    return bool(rare_articles & common_articles) or stories.share_a_story(rare_articles,
                                                                           common_articles)


def _example(common: FormStats, flagged: ArticleFacts) -> tuple[ArticleFacts, NameMention] | None:
    for article, mention in common.uses:
        if article.id != flagged.id and mention.context != "post":
            return article, mention
    return common.uses[0] if common.uses else None


class _Blocks:
    """Blocking keys for the near-miss search: a garbled name keeps its first or last letters.

    Each rare form is compared only with dominant forms that share its lower-cased first
    three or last three letters, or its lower-cased spelling; never with all names.
    """

    def __init__(self, forms: Iterable[str]):
        self._index: dict[str, set[str]] = defaultdict(set)
        for form in forms:
            for key in self._keys(form):
                self._index[key].add(form)

    @staticmethod
    @functools.lru_cache(maxsize=65536)
    def _keys(form: str) -> tuple[str, ...]:
        low = form.lower()
        return (f"={low}", f"<{low[:3]}", f">{low[-3:]}")

    def candidates(self, form: str) -> list[str]:
        found: set[str] = set()
        for key in self._keys(form):
            found |= self._index.get(key, set())
        return sorted(f for f in found if abs(len(f) - len(form)) <= 2)
