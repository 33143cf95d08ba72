"""What a figure measures, from its context alone: its dimension (money, count, length,
duration, age, clock time, percentage, ordinal) and the keys of its clause (see
newslint.facts.context). No word list admits a figure: every figure gets keys, and rules
compare two figures only when the keys agree."""

from __future__ import annotations

import re
from dataclasses import dataclass

from newslint.extract.figures.grammar import NUMBER_WORDS, Figure
from newslint.extract.figures.words import AGE_BEFORE, TIME_UNITS, time_unit
from newslint.facts.context import (
    FUNCTION_WORDS,
    ClauseContext,
    clause_context,
    lemma,
    noun_after,
)
from newslint.facts.figure_groups import member_group
from newslint.facts.frame import frame_words
from newslint.facts.predicate import copula_subject

_AGE_AFTER = re.compile(r"(?:,|\s+years?\s+old\b)")
_NOUN_OF = re.compile(r"\b([a-z][a-z-]+)\s+of\s+$")
_PREPOSITION = re.compile(r"[”\"’']?\s+(?:of|in|for)\s+(?:the\s+|an?\s+|his\s+|her\s+|their\s+)?")


@dataclass(frozen=True, slots=True)
class FigureKeys:
    dimension: str  # "money:USD", "count", "duration", "age", "clock", "percent", ...
    scale: float  # value × scale is in the dimension's base unit (seconds for durations)
    head: str | None  # "n:engine" (noun lemma) or "v:free" (clause verb), None if neither
    context: ClauseContext
    frame: tuple[str, ...] = ()  # content words around it (facts/frame.py)
    conjunct: str | None = None  # "administrator" in "90 professors and administrators"
    group: str | None = None  # "republican" in "42 members of the GOP caucus"


def figure_keys(text: str, figure: Figure, sentence: tuple[int, int]) -> FigureKeys:
    dimension, scale, unit_end = _dimension(text, figure, sentence)
    # A count counts the first plural noun after it; an amount is of the phrase's last noun.
    ctx = clause_context(text, figure.start, figure.end, sentence,
                         dimension == "count" and figure.value != 1, dimension == "percent")
    noun = ctx.noun
    if unit_end is not None:
        # "12 hours of talks", "a 12-hour stoppage": the noun after the unit, if any.
        after = _PREPOSITION.match(text, unit_end, sentence[1])
        noun = noun_after(text, after.end() if after else unit_end, ctx.clause[1])
        if noun is not None and time_unit(noun):
            noun = None
    elif dimension.startswith(("money", "physical", "percent")) and noun is None:
        after = _PREPOSITION.match(text, figure.end, sentence[1])
        noun = noun_after(text, after.end(), ctx.clause[1], False) if after else None
    before = _NOUN_OF.search(text, ctx.clause[0], figure.start) if noun is None else None
    if before and before[1].lower() not in FUNCTION_WORDS:
        noun = lemma(before[1])  # "the revised offer of $35 a share"
    if noun is None and dimension.startswith(("money", "physical", "percent")) and (
            subject := copula_subject(text, ctx.clause[0], figure.start)):
        # "the effective tax rate ... was 45.8 percent"; a bare number after "was" is a
        # reading or a score ("her heart rate was 72"), keyed as before
        noun = lemma(subject)
    owner = _rank_owner(text, figure, ctx) if figure.unit == "rank" else None
    if dimension == "age":
        person = _person(text, figure, sentence, ctx)
        head: str | None = f"n:age:{person}" if person else "n:age"
    elif owner is not None:
        head = f"{RANK if _of_a_post(text, ctx) else STANDING}{owner}"
    elif noun is not None and not noun.isdigit():
        head = f"n:{noun}"
    else:
        head = f"v:{ctx.verb}" if ctx.verb else None
    if dimension != "age" and _quoted_term(text, figure):
        # The figure is the whole of a quotation, a term ("the “47 percent,” Mr. Ryan
        # reminded"; "the \"47 percent\" of Americans"): the term is what it names, in any
        # clause, and is keyed as one.
        head = QUOTED_TERM
    conjunct = _conjunct(text, figure.end, ctx.clause[1], head) if dimension == "count" \
        else None
    group = member_group(text, figure.end, ctx.clause[1]) if dimension == "count" else None
    return FigureKeys(dimension, scale, head, ctx,
                      frame_words(text, figure.start, figure.end, sentence), conjunct, group)


# A count's noun phrase (up to three words), "and" or "or", and one plural noun: "nearly
# 90 Georgetown University faculty and administrators have called".
_COORDINATED = re.compile(r"((?:\s+[A-Za-z][\w.-]*){1,3}?)\s+(?:and|or)\s+([a-z][a-z-]+s)\b")


def _conjunct(text: str, end: int, hi: int, head: str | None) -> str | None:
    """The lemma of the noun coordinated with the noun a count counts, if the count's noun
    phrase ends right before "and"/"or" and one plural noun follows: the count is of both.
    Not when a figure of its own follows ("5 soldiers and 3 civilians"), nor a function
    word ("12 states and the District"), nor when the word after "and" is a verb ("35
    stores and plans to open")."""
    if not (head or "").startswith("n:"):
        return None
    found = _COORDINATED.match(text, end, hi)
    if found is None:
        return None
    words = found[1].split()
    if any(w.lower() in FUNCTION_WORDS for w in words) or lemma(words[-1]) != head[2:]:  # type: ignore[index]
        return None  # the phrase before "and" is not the counted noun's
    other = found[2]
    if other in FUNCTION_WORDS or lemma(other) == head[2:]:  # type: ignore[index]
        return None
    if _VERB_AFTER.match(text, found.end(), hi):
        return None  # "has 35 stores and plans to open": a verb's own object or infinitive
    return lemma(other)


# What follows a verb and never a plural noun: "to", a determiner or a possessive, a
# figure in digits or words, an adverb in -ly ("plans to open", "operates three plants",
# "meets monthly").
_VERB_AFTER = re.compile(r"\s+(?:(?:to|the|this|that|these|those|its|their|his|her|our|some"
                         r"|every|each|" + "|".join(NUMBER_WORDS) + r")\b|\d|\w+ly\b)",
                         re.IGNORECASE)


# A rank ("the No. 3 job") is a place in an order, whatever the noun that holds it (job,
# position, spot): it is keyed by its holder, the last name its clause gives before it
# ("Steny Hoyer ... kept the No. 2 job"; "from No. 3 in the Republican leadership to No.
# 2"). Two ranks of one holder told on one day are one place told twice. The rank of a
# post, which a clause names by a post's noun, moves seldom and is compared a few days
# apart; a standing ("now No. 2 in the polls") moves daily and is keyed apart.
RANK = "n:rank:"
STANDING = f"{RANK}standing:"  # a rank still, with what ranks say of it
_POST_WORDS = re.compile(r"(?i)\b(?:job|position|post|spot|seat|office|role|leadership)\b")
_STANDING_WORDS = re.compile(r"(?i)\b(?:polls?|polling|standings|rankings?|charts?|surveys?)\b")


def _of_a_post(text: str, ctx: ClauseContext) -> bool:
    """Does the rank's clause name a post ("the No. 2 job", "No. 3 in the leadership") and
    no standing ("the No. 1 spot in the polls")?"""
    lo, hi = ctx.clause
    return _POST_WORDS.search(text, lo, hi) is not None \
        and _STANDING_WORDS.search(text, lo, hi) is None
_CAPITALISED = re.compile(r"(?<![\w.])([A-Z][a-z]+)(?![\w.])")


def _rank_owner(text: str, figure: Figure, ctx: ClauseContext) -> str | None:
    names = set(ctx.names)
    found = [m[1].lower() for m in _CAPITALISED.finditer(text, ctx.clause[0], figure.start)
             if m[1].lower() in names]
    return found[-1] if found else None


QUOTED_TERM = "n:quoted term"
_OPENERS = "\"“‘'"
_CLOSERS = "\"”’'"


def _quoted_term(text: str, figure: Figure) -> bool:
    """Whether quotation marks hold the figure and nothing else (a comma or a full stop
    inside the closing mark, as American copy puts it)."""
    start, end = figure.start, figure.end
    if start < 1 or text[start - 1] not in _OPENERS:
        return False
    if start > 1 and text[start - 2].isalnum():
        return False  # an apostrophe inside a word: "Obama'47"
    if end < len(text) and text[end] in ",.":
        end += 1
    return end < len(text) and text[end] in _CLOSERS and \
        not (end + 1 < len(text) and text[end + 1].isalnum())


def _dimension(text: str, figure: Figure, sentence: tuple[int, int]
               ) -> tuple[str, float, int | None]:
    """Dimension, scale to its base unit, and where the unit word ends for durations."""
    kind, unit = figure.kind, figure.unit
    if kind == "money":
        return f"money:{unit}", 1.0, None
    if kind == "physical":
        return f"physical:{unit}", 1.0, None
    if kind in ("clock", "ordinal", "vote"):
        return kind, 1.0, None
    if kind != "count":
        return kind, 1.0, None
    if unit == "age":
        return "age", 1.0, None
    if _is_age(text, figure, sentence):
        return "age", 1.0, None
    named = time_unit(figure.noun)
    if named is not None:
        # The unit word is the figure's noun: right after it, or inside it ("12-hour").
        if text[figure.start : figure.end].lower().endswith(figure.noun.lower()):
            unit_end = figure.end
        else:
            found = re.compile(r"\s*" + re.escape(figure.noun), re.IGNORECASE).match(
                text, figure.end)
            unit_end = found.end() if found else figure.end
        return "duration", TIME_UNITS[named], unit_end
    return "count", 1.0, None


def _is_age(text: str, figure: Figure, sentence: tuple[int, int]) -> bool:
    if not 1 <= figure.value <= 120 or figure.qualifier or figure.noun:
        return False
    before = text[max(sentence[0], figure.start - 40) : figure.start]
    return bool(AGE_BEFORE.search(before)) and bool(_AGE_AFTER.match(text, figure.end))


_WORD_BEFORE_COMMA = re.compile(r"([A-Za-z][\w'’-]*)\.?,\s*$")


def _person(text: str, figure: Figure, sentence: tuple[int, int], ctx: ClauseContext
            ) -> str | None:
    """Whose age: the word before "Mattis, 68," or the noun after "a 35-year-old driver"."""
    if figure.text.lower().endswith("-old"):
        return ctx.noun
    before = _WORD_BEFORE_COMMA.search(text, max(sentence[0], figure.start - 40), figure.start)
    return lemma(before[1]) if before else None
