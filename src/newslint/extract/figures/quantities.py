"""Quantity facts of one article: each figure read, bound to what it measures, located."""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import replace
from itertools import accumulate

from newslint.extract.figures.grammar import Figure
from newslint.extract.figures.keys import FigureKeys, figure_keys
from newslint.extract.figures.period import period_after
from newslint.extract.figures.read import read_figures
from newslint.extract.figures.subjects import MEASURABLE, Binding, bind_sentence
from newslint.extract.figures.words import read_ranks, read_word_figures
from newslint.extract.scan import Scan, scan
from newslint.extract.spans import make_span
from newslint.facts import Context, NameMention, Quantity
from newslint.facts.figure_names import DEFINITE_BEFORE, initialisms_in, spelled_in
from newslint.facts.figure_verbs import relative_verb
from newslint.load.article import Article

# How many earlier sentences of a paragraph may name the market whose value a figure is.
_LOOKBACK_SENTENCES = 2


def extract_quantities(article: Article, names: Iterable[NameMention] = (),
                       found_words: Scan | None = None) -> tuple[Quantity, ...]:
    """Figures of one article; `names` are its name mentions, to tell names from words;
    `found_words` its scan, if made."""
    text = article.analysis
    words = found_words or scan(text)
    known = frozenset(n.text for n in names if not n.sentence_initial)
    figures = read_figures(text, article.body_start, words=words)
    figures = _merge(figures, read_word_figures(text, article.body_start, words=words))
    figures = _merge(figures, read_ranks(text, article.body_start))
    if not figures:
        return ()
    bindings: dict[int, Binding] = {}
    by_sentence: dict[int, list[int]] = {}
    measurable: set[int] = set()  # sentences with a figure that a binding may measure
    contexts: list[Context] = []
    keys: list[FigureKeys | None] = []
    sentences: list[int] = []
    for position, figure in enumerate(figures):
        index = article.sentence_index(figure.start)
        sentences.append(-1 if index is None else index)
        contexts.append("text" if index is None else article.sentences[index].kind)
        keys.append(None if index is None else figure_keys(
            text, figure, (article.sentences[index].start, article.sentences[index].end)))
        if index is not None:
            by_sentence.setdefault(index, []).append(position)
            if figure.kind in MEASURABLE:
                measurable.add(index)
    _refer_back(text, figures, keys)
    for index, positions in by_sentence.items():
        if index not in measurable:
            continue  # counts and the like are never bound (bind_sentence would say so)
        sentence = article.sentences[index]
        earlier = [
            (s.start, s.end)
            for s in article.sentences[max(0, index - _LOOKBACK_SENTENCES) : index]
            if s.paragraph == sentence.paragraph
        ]
        found = bind_sentence(text, sentence.start, [figures[p] for p in positions], earlier,
                              known)
        bindings.update(zip(positions, found, strict=True))
    unbound = Binding()
    return tuple(
        _quantity(article, figure, bindings.get(position, unbound), contexts[position],
                  keys[position], sentences[position], words)
        for position, figure in enumerate(figures)
    )




def _refer_back(text: str, figures: list[Figure], keys: list[FigureKeys | None]) -> None:
    """A definite figure with no noun of its own ("potentially less than the $5.7 billion,
    could be sufficient") refers back to the article's latest earlier mention of the same
    value that has one ("demand for $5.7 billion in funding"), and takes its head. With no
    such mention, "the" before an amount is weak evidence of a reference ("the $4.5
    billion" may be a sum not given before): it is read as a misstatement of an earlier sum
    only when its sentence repeats that sum's noun ("on funding, ... less than the $7.7
    billion") and its digits differ from that sum's in one place, as a slip of one digit
    does ($5.7 and $7.7 billion; not $4.5 billion); several such sums leave it unread. A
    relative clause after it ("the $5.7 billion he had sought") says what it is instead."""
    for position, figure in enumerate(figures):
        mine = keys[position]
        if mine is None or (mine.head or "").startswith("n:") \
                or not DEFINITE_BEFORE.search(text, max(0, figure.start - 8), figure.start):
            continue
        named = [(figures[e], theirs) for e in range(position - 1, -1, -1)
                 if (theirs := keys[e]) is not None and theirs.dimension == mine.dimension
                 and (theirs.head or "").startswith("n:")]
        heads = [theirs.head for earlier, theirs in named if earlier.value == figure.value]
        if not heads and mine.dimension.startswith("money") and not relative_verb(
                text, figure.start, figure.end, mine.context.clause[1]):
            words = set(mine.context.sentence_words)
            near = {theirs.head for earlier, theirs in named
                    if theirs.head[2:] in words and _one_digit_slip(earlier, figure)
                    and _same_magnitude(earlier.value * theirs.scale, figure.value * mine.scale)}
            heads = list(near) if len(near) == 1 else []
        if heads:
            keys[position] = replace(mine, head=heads[0])


_DIGITS = re.compile(r"\D")


def _one_digit_slip(earlier: Figure, figure: Figure) -> bool:
    """As many digits as written, all but one the same: "$5.7 billion", "$7.7 billion"."""
    first, second = _DIGITS.sub("", earlier.text), _DIGITS.sub("", figure.text)
    if len(first) != len(second):
        return False
    return sum(a != b for a, b in zip(first, second, strict=True)) == 1


def _same_magnitude(first: float, second: float) -> bool:
    """As many digits before the point: "$5.7 billion" and "$7.7 billion"."""
    if not (first >= 1 and second >= 1 and math.isfinite(first) and math.isfinite(second)):
        return False
    return math.floor(math.log10(first)) == math.floor(math.log10(second))


def _merge(figures: list[Figure], more: list[Figure]) -> list[Figure]:
    """`figures` with those of `more` that overlap none of them, in order."""
    if not more:
        return figures
    # f overlaps some g when a g starting before f ends also ends after f starts: the
    # largest end among the figures starting before f.end says so, in log time, where a
    # scan of every pair grew with the square of a long article's figures.
    ordered = sorted(figures, key=lambda g: g.start)
    starts = [g.start for g in ordered]
    reach = list(accumulate((g.end for g in ordered), max))
    kept = [f for f in more
            if not ((i := bisect_left(starts, f.end)) and reach[i - 1] > f.start)]
    return sorted(figures + kept, key=lambda f: f.start)


def _quantity(article: Article, figure: Figure, binding: Binding, context: Context,
              keys: FigureKeys | None, sentence: int, words: Scan) -> Quantity:
    """`context` is that of the figure's sentence (spans.sentence_context)."""
    ctx = keys.context if keys else None
    return Quantity(
        text=" ".join(figure.text.split()),
        span=make_span(article, figure.start, figure.end),
        kind=figure.kind,  # type: ignore[arg-type]
        unit=figure.unit,
        value=figure.value,
        low=figure.low,
        high=figure.high,
        qualifier=figure.qualifier,
        subject=binding.subject.lower() if binding.subject else None,
        measure=binding.measure,
        direction=binding.direction,
        context=context,
        family=binding.family.lower() if binding.family else None,
        subject_label=binding.subject,
        noun=figure.noun,
        period=period_after(article.analysis, figure.end, words) if binding.measure else None,
        dimension=keys.dimension if keys else None,
        scale=keys.scale if keys else 1.0,
        head=keys.head if keys else None,
        verb=ctx.verb if ctx else None,
        names=ctx.names if ctx else (),
        sentence_names=ctx.sentence_names if ctx else (),
        modifiers=ctx.modifiers if ctx else (),
        future=ctx.future if ctx else False,
        sentence=sentence,
        words=ctx.words if ctx else (),
        frame=keys.frame if keys else (),
        sentence_words=ctx.sentence_words if ctx else (),
        conjunct=keys.conjunct if keys else None,
        group=keys.group if keys else None,
        **_spelled_names(article, sentence),
    )


def _spelled_names(article: Article, sentence: int) -> dict[str, tuple[str, ...]]:
    """The initialisms of the figure's sentence, each with the phrase its article spells
    it out as, and the phrases of the sentence with their initials."""
    if not 0 <= sentence < len(article.sentences):
        return {}
    lo, hi = article.sentences[sentence].start, article.sentences[sentence].end
    text = article.analysis
    return {"initialisms": initialisms_in(text, lo, hi), "spelled": spelled_in(text, lo, hi)}
