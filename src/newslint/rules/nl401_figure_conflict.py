"""The same measure of the same subject reported with values that cannot both be right.

## What it flags
Figures in different articles that measure the same thing — the move of an index, the
market value a market lost, what a model cost to build — whose values do not overlap once
each is read with the room its wording allows: "fell 1%" is 0.5–1.5%, "more than 2
percent" is anything above 2, "$1 trillion" is at least a trillion, "hundreds of billions"
is less. Related but distinct subjects ("S&P 500 futures" and "S&P 500", "Nasdaq 100" and
"Nasdaq") are compared, and the message says they differ; since both figures can then be
right, such a finding is info. It is an error when both name the very same subject and the
nearer values are far apart (`far_apart` in `rules/numbers.yaml`), a warning otherwise.

Figures agree when their intervals overlap: "$5.6 million", "less than $6M" and "$6
million" are one claim. Figures whose stated periods differ ("on Monday", "this year",
"after hours") are not compared; an article that itself gives two different values for a
measure is left out, and so are articles with different dates. A price read during the
session ("down 6.9% in afternoon trading", "At 1000 GMT, ...", "were last down", "at one
point", "in premarket trading") is not the close and is compared with nothing, not even
another intraday price, unless both state the same clock time ("at 2:30 p.m. ET").

A vote split ("voted 7-2", "by a 6-3 vote", "Seven of the nine members backed") is a
measure too: two articles of one story, dated the same day, that give one body's vote
with the same number of voters and different sides are flagged, first at the article at
odds with most others. Votes of bodies named differently, of undated articles, or of an
article that reports two votes are not compared.

Every other figure is compared by its context: its dimension (an amount in one currency, a
count, a duration, an age, a clock time with its zone), the head word of its clause (the
noun it counts, "14 engines", else the clause verb in any tense: "leads", "could get"), the
names in its clause and sentence, its modifiers ("initial", "revised", "per share", "in
all"; `modifiers` in rules/numbers.yaml, with `synonyms` saying "bills" and "measures" are
one noun) and its tense. A count is keyed by each noun of its noun phrase: "nearly 90
faculty members" is compared with "nearly 90 Georgetown University faculty" (a hyphenated
compound, "a 60-vote threshold", is keyed by the noun it modifies only). Two articles
disagree when some pair of their mentions has agreeing keys and no pair of the same head
agrees, and neither gives the other's value too as a measure it tells apart, by its
modifiers or in the same sentence: "in exchange for $1.6 billion in funding ..., short of
the $5.7 billion he had sought" does not disagree with "$5.7 billion in funding". A sum
after "the" with a relative clause ("the $5.7 billion he had sought", "that Mr. Trump had
requested") is keyed by that clause's verb and read as a request; one with neither a noun
nor such a clause ("potentially less than the $5.7 billion") refers back to the sum of the
same value the article gave before ("demand for $5.7 billion in funding"), and is keyed as
that one is. "The" alone is weak evidence of a reference, so a sum of another value is read
as a misstatement of an earlier one only when its sentence repeats that sum's noun ("on
funding") and its digits differ from it in one place ("the $7.7 billion"; not "the $4.5
billion", a sum of its own). A measure of kinds listed after a
preposition ("the tax rate for federal, state and local taxes") is their total, as
"combined" says. An article that counts a noun twice with the same verb and names, once
with the other article's value, is checked on its other count over any gap that keeps the
magnitude ("the country's estimated 11 million undocumented immigrants", later "all 31
million"), at info beyond its usual gap. Hedged values are read as written: "more than 150"
and "more than 190" differ, and so do "nearly 100" and "nearly 90" (zeros that end a whole
number may be significant); "some $82 billion" is 82 give or take 3% (a round figure,
"about 80 miles", give or take its own rounding and at least a tenth; a leading 1 read to
two digits, so "about 1,000,000" is not "800,000"; against a figure rounded to the same
place each is read as rounded there, so "about 900,000" and "800,000" differ, at info);
units are converted ("five weeks" is "35 days"). Articles of different dates are compared
only on measures that do not move (ages, clock times, lengths) and, as info, on counts and
shares of what a noun names ("42 members", "35 percent Latino") and on a holder's rank up
to three days apart (the rank of a post, which its clause names: "the No. 2 job", "No. 3
in the leadership"; a standing, "now No. 2 in the polls", moves daily). Two sentences
that count one noun and share two words the story's other figure sentences seldom use
("the 100 pages of e-mails showed", "used the 100 pages of emails to show") are one
measure whatever their verbs and names, and are compared up to a gap of five (names
alone: two, or three when they share a name too). Two articles that each give a measure
once are compared over any gap that keeps the value's magnitude (as
many digits: "can get 100 votes" and "could get 300 confirmation votes", not "800,000" and
"1,000,000"); under the weakest keys only for a noun that is not counted in every story
("people") or an uncommon verb. The same uncommon verb needs no shared name when one
sentence names no one ("the congressman ... had already repaid about $60,000"; "Hunter and
his wife repaid the campaign about $60,000"). A modal of possibility ("can", "could",
"may", "might") is no tense; "will" and "would" are, and so are a verb of intent before
"to" ("offered to restore", "preparing for months to move up") and running for a post,
until a verb of its own follows ("intended to cooperate ... and had already repaid"),
except in an estimate, which is of what will be whatever its tense ("estimates the price
tag at around $8 billion", "estimates would cost about $8 billion"). A figure asked about
or said under a condition ("If Judge Gorsuch can't achieve 60 votes ...?") is a
hypothetical, compared only with another hypothetical: it is no count ("has only 51 votes
right now"). A figure after "to be" is keyed by its subject's noun ("the effective tax rate
for federal, state and local taxes was 45.8 percent" gives a rate). Severity follows the
gap: info under 10% or when the keys agree only loosely (no name shared by the two
sentences, or a verb for head), an error from `far_apart` on. An initialism one sentence
writes ("T.P.S.") is a name another sentence shares when it writes the phrase the
initialism's article spells it out as (a capitalised phrase of its initials, "Temporary
Protected Status", or one written as its definition, "Temporary Protected Status, or
T.P.S."): "temporary protected status", but not "a top policy spokesman". A count of
members of a party's caucus, conference or delegation ("all 42 members of the GOP caucus")
counts the party's members ("all 42 Senate Republicans"; rules/roles.yaml `organisations`
gives the party's other names), unless either sentence names members outside the party
("including the independents", "46 Senate Democrats and one independent"). A family named
in the plural after "the" ("the Clintons") is named as its members only where the article
names a person of that name ("Hillary Clinton"): "the Browns" may be a team.

A sentence two articles restate with another number is one measure too, whatever its
keys: two figures whose five words on each side share two content words on the same side
("the couple paid $43,885,310 in federal taxes"; "We have 50 of our members in tough
races"), each the other's best partner by those words, are compared when no modifier,
tense or clause name tells them apart. Three shared words make an error or a warning by
the gap, two an info. A figure both articles quote is compared across publication days: a
quotation does not move. A rank ("the No. 3 position", "the No. 2 job") is a place in an
order whatever its noun, keyed by its holder (the last name its clause gives before it):
one holder's two ranks of a post in articles up to three days apart are compared, at info,
and two standings ("No. 2 in the polls") only on one day; another holder's rank in the
same sentence tells nothing of this one's.

One figure under two heads is one measure too when the sentences align: two articles that
tell one thing ("... in exchange for $5.7 billion in funding for a wall along the southern
border"; "... in exchange for the $5.7 billion he has been seeking for a barrier along the
nation's southern border") share names (those of one sentence are all in the other) and
four content words besides their heads, a third of the shorter sentence's, as two weekdays
of different heads do (NL501). Each sentence must hold one figure of the dimension and
each figure be the other's only aligned one; modifiers, tense and the names of their
clauses must agree, and counts of two nouns stay two measures. Such a pair is info, and is
compared up to three days apart.

A share of a population ("with 21 percent of Republican primary voters") is keyed by the
population's noun and also by its clause verb ("each" after a share gives it to each of its
subjects, "Trump and Huckabee at 17 percent each": no rate per unit), so that "Mitt Romney
leads the pack at 21 percent" meets it: such a pair is info. A count of coordinated nouns
("nearly 90 professors and administrators") is keyed by the second noun too, and meets there only
another such count ("nearly 90 Georgetown University faculty and administrators"), at info.

## Why it matters to an editor
Wrong figures are the most common correction in financial and science news. When two
outlets disagree, at least one has the number, the subject or the period wrong.

## Example
Flagged, with another article saying "the S&P 500 fell 1%":

    The S&P 500 shed more than 2 percent on Monday.

Fixed, after checking the closing figures:

    The S&P 500 fell 1.5 percent on Monday.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import PurePosixPath

from newslint.diagnostics import Diagnostic, Severity
from newslint.facts import ArticleFacts, Quantity
from newslint.facts.figures import is_moment, periods_compatible, same_body
from newslint.ruledata import builtin
from newslint.rules.base import CorpusContext, CorpusRule, Related, make_diagnostic
from newslint.rules.figure_keyed import keyed_conflicts

Entry = tuple[ArticleFacts, Quantity]

_MEASURE_WORDS = {
    ("change", -1): "fall", ("change", 1): "rise",
    ("market value", -1): "loss of market value", ("market value", 1): "gain in market value",
    ("loss", -1): "loss", ("gain", 1): "gain", ("cost", 0): "cost",
    ("funding", 0): "funding raised", ("valuation", 0): "valuation",
    ("split", 0): "split",
}


def measure_key(quantity: Quantity) -> tuple[str, str, str, int] | None:
    """Bucket key: subject family, measure, unit and direction; None for unbound figures."""
    if not (quantity.family and quantity.measure):
        return None
    return quantity.family, quantity.measure, quantity.unit, quantity.direction


def overlap(a: Quantity, b: Quantity) -> bool:
    return a.low <= b.high and b.low <= a.high


def gap_factor(a: Quantity, b: Quantity) -> float:
    """How far apart two disjoint intervals are: the higher low over the lower high."""
    lower, higher = (a, b) if a.high < b.low else (b, a)
    if lower.high <= 0:
        return float("inf")
    return higher.low / lower.high


class FigureConflict(CorpusRule):
    __doc__ = __doc__
    code = "NL401"
    name = "figure-conflict"
    severity = Severity.WARNING
    graded = (Severity.INFO, Severity.ERROR)

    def check(self, ctx: CorpusContext) -> Iterable[Diagnostic]:
        tolerances = builtin("numbers.yaml").get("tolerances") or {}
        options = {"far_apart": float(tolerances.get("far_apart", 1.5)),
                   **self.options(ctx.settings)}
        groups = ctx.index.group("quantities", measure_key, "measure")
        stories = ctx.index.stories
        for key in sorted(groups, key=str):
            entries = groups[key]
            # Figures are compared only within one story: the S&P 500 of one week's story
            # is no check on another's.
            for story in stories.components(article.id for article, _ in entries):
                members = set(story)
                yield from self._check_bucket(
                    key, [e for e in entries if e[0].id in members], options)
        yield from keyed_conflicts(self, ctx, options["far_apart"])

    def _check_bucket(self, key: tuple[str, str, str, int], entries: list[Entry],
                      options: dict) -> Iterable[Diagnostic]:
        by_article: dict[str, list[Entry]] = {}
        for article, quantity in entries:
            by_article.setdefault(article.path, []).append((article, quantity))
        # An article that disagrees with itself is measuring more than one thing.
        usable = {path: items for path, items in by_article.items() if _self_consistent(items)}
        paths = sorted(usable)
        conflicts: dict[str, int] = {}
        far_pairs: list[tuple[Quantity, Quantity]] = []
        for i, first in enumerate(paths):
            for second in paths[i + 1 :]:
                pair = _disagree(usable[first], usable[second])
                if pair is not None:
                    for path in (first, second):
                        conflicts[path] = conflicts.get(path, 0) + 1
                    far_pairs.append(pair)
        if not conflicts:
            return
        # The article at odds with the most others is the one to check first; on a tie the
        # figure decides (never the file name, so renaming files moves no finding).
        ordered = sorted(conflicts, key=lambda path: (-conflicts[path],
                                                      _content(usable[path][0][1]), path))
        shown = [usable[path][0] for path in ordered]
        labels: list[str] = []
        for _, q in shown:
            label = q.subject_label or q.family or ""
            if label.lower() not in {seen.lower() for seen in labels}:
                labels.append(label)
        same_subject = len(labels) == 1
        far = all(gap_factor(a, b) >= options["far_apart"] for a, b in far_pairs)
        # Related but distinct measures (futures and the index, a market and its tech
        # stocks) can both be right: the editor should look, but it is not a conflict.
        if not same_subject:
            severity = Severity.INFO
        else:
            severity = Severity.ERROR if far else Severity.WARNING
        family, measure, _, direction = key
        what = _MEASURE_WORDS.get((measure, direction), measure)
        values = "; ".join(_describe(article, q, not same_subject) for article, q in shown)
        message = f"{' vs '.join(labels)}: {what} reported differently: {values}."
        if same_subject:
            message += " Check the figure against the source."
        else:
            message += " Related but distinct measures: check which each article means."
        article, quantity = shown[0]
        related = [Related(a, q.span, f'"{q.text}" here') for a, q in shown[1:]]
        yield make_diagnostic(
            self, article, quantity.span, message,
            key=f"{family}|{measure}|{direction}|{quantity.unit}",
            related=related, severity=severity, content=f"{quantity.value:g}",
        )


def _content(quantity: Quantity) -> tuple[float, str]:
    return quantity.value, quantity.text


def _self_consistent(items: Sequence[Entry]) -> bool:
    """Every two of the article's figures that measure the same thing overlap. An intraday
    price and the close are two measures, not one told twice.

    Intervals overlap pairwise exactly when the highest low is below the lowest high, so
    figures are compared by period, not in pairs: linear in the article's figures."""
    bounds: dict[str | None, tuple[float, float]] = {}  # period → (highest low, lowest high)
    for _, q in items:
        low, high = bounds.get(q.period, (q.low, q.high))
        bounds[q.period] = (max(low, q.low), min(high, q.high))
    periods = list(bounds)
    for i, a in enumerate(periods):
        for b in periods[i:]:
            if (is_moment(a) or is_moment(b)) and not periods_compatible(a, b):
                continue
            if max(bounds[a][0], bounds[b][0]) > min(bounds[a][1], bounds[b][1]):
                return False
    return True


def _disagree(first: Sequence[Entry], second: Sequence[Entry]
              ) -> tuple[Quantity, Quantity] | None:
    """The closest pair of values if no value of one article overlaps any of the other."""
    date_a, date_b = first[0][0].date, second[0][0].date
    if date_a is not None and date_b is not None and date_a != date_b:
        return None  # figures of different days may both be right
    best: tuple[float, Quantity, Quantity] | None = None
    for _, a in first:
        for _, b in second:
            if not periods_compatible(a.period, b.period):
                continue  # "this year" is not "on Monday"
            if a.measure == "split" and not (date_a and date_a == date_b
                                             and same_body(a.subject, b.subject)):
                continue  # a vote: one body, one day, or it may be another vote
            if overlap(a, b):
                return None
            factor = gap_factor(a, b)
            if best is None or factor < best[0]:
                best = (factor, a, b)
    return (best[1], best[2]) if best else None


def _describe(article: ArticleFacts, quantity: Quantity, with_subject: bool) -> str:
    name = PurePosixPath(article.path).name
    where = f"{name}:{quantity.span.line}"
    subject = f" ({quantity.subject_label})" if with_subject and quantity.subject_label else ""
    post = ", in an embedded post" if quantity.context == "post" else ""
    return f'"{quantity.text}"{subject} in {where}{post}'
