"""Shared by NL401 and NL403: which figures are candidates to compare, whether two of them
measure the same thing, and whether their values, read as written, can both be true.

Candidates are indexed by (dimension, head): the dimension of the figure (money in one
currency, a count, a duration, an age, a clock time...) and the head word of its clause
(the noun it counts, else the clause verb). Within a bucket, two mentions are compared only
when the rest of their keys agree: the same modifiers ("initial" is not "revised", "per
share" is not "in all"), both said of the past or both of the future, and names that can
be one (a shared name, or none on one side). A pair whose head is a noun and whose
sentences share a name is a strong match; any other is uncertain. Sentences that count one
noun and share two words the story seldom uses are one measure fairly surely, whatever
their verbs, and are compared over wider gaps.
"""

from __future__ import annotations

import math
import re
from collections.abc import Hashable
from dataclasses import fields

from newslint.extract.figures.keys import QUOTED_TERM, RANK
from newslint.facts import ArticleFacts, Quantity
from newslint.facts.figure_lexicon import lemma
from newslint.facts.figure_names import FUNCTION_WORDS
from newslint.frequencies import zipf
from newslint.rules.figure_measure import (
    APART,
    modifiers_agree,
    one_measure,
    one_sided_name,
    shared_sentence_names,
    told_apart,
)

_ABOUT = {"about", "around", "roughly", "approximately", "approx.", "some", "an estimated",
          "circa", "estimated"}
_ABOVE = {"more than", "greater than", "over", "above", "in excess of", "north of",
          "upwards of", "at least", "no less than", "a minimum of"}
_BELOW = {"less than", "fewer than", "under", "below", "lower than", "up to", "as much as",
          "as many as", "as high as", "at most", "no more than", "a maximum of", "nearly",
          "almost", "close to", "just under", "just shy of"}
# Figures read as such are compared elsewhere (NL401's bound measures, votes) or name no
# amount one could get wrong (an ordinal's "second" round is a different round).
_NOT_KEYED = ("vote",)
_COMPARED = tuple(f.name for f in fields(Quantity) if f.name not in ("span", "sentence"))
_TIME_HEADS = frozenset({"day", "week", "month", "year", "hour", "minute", "round", "term",
                         "time", "straight"})



def candidate_key(quantity: Quantity) -> Hashable | None:
    """The index key of a figure compared by its context; None when it is not one."""
    if quantity.context != "text" or quantity.dimension is None or quantity.head is None:
        return None
    if quantity.dimension in _NOT_KEYED or (quantity.family and quantity.measure):
        return None
    if quantity.dimension == "clock" and not quantity.unit:
        return None  # a clock time without its zone may be any zone's
    if quantity.dimension == "ordinal" and quantity.head[2:] not in _TIME_HEADS \
            and not quantity.head.startswith(RANK):
        return None  # "the 14th Amendment": an ordinal names; "the 35th day" counts
    return quantity.dimension, quantity.head


def phrase_key(quantity: Quantity) -> Hashable | None:
    """The bucket a count joins besides its own when the word before its noun is a noun
    too: "90 faculty members" counts faculty as "90 faculty" does. A noun phrase is keyed
    by each of its nouns; which of them is a noun shows where another count has it for
    head, so an adjective ("federal employees") meets no bucket."""
    key = candidate_key(quantity)
    if key is None or quantity.dimension != "count" or not (quantity.head or "").startswith(
            "n:"):
        return None
    word = quantity.noun or ""
    if not (word.isalpha() and word.islower()) or len(word) < 4 or word in FUNCTION_WORDS:
        return None
    if word in quantity.text.lower():
        return None  # "a 60-vote threshold": the compound is a modifier of another measure
    head = f"n:{lemma(word)}"
    return None if head == quantity.head else (quantity.dimension, head)


def conjunct_key(quantity: Quantity) -> Hashable | None:
    """The bucket a count of coordinated nouns joins besides its own: "nearly 90 professors
    and administrators" and "nearly 90 ... faculty and administrators" count the same
    people whatever the first noun. Only such counts meet there: "5 soldiers and civilians"
    is no count of the civilians another article counts alone."""
    if quantity.conjunct is None or candidate_key(quantity) is None:
        return None
    return quantity.dimension, f"n:& {quantity.conjunct}"  # no head of a count's own


def share_verb_key(quantity: Quantity) -> Hashable | None:
    """The bucket a share of a population joins besides its own: "with 21 percent of
    Republican primary voters" is keyed by the voters, and is also what its clause verb
    says ("Romney leads ... with 21 percent", "Romney leads the pack at 21 percent")."""
    key = candidate_key(quantity)
    if key is None or quantity.dimension != "percent" or not quantity.verb \
            or not (quantity.head or "").startswith("n:"):
        return None
    return quantity.dimension, f"v:{quantity.verb}"


def comparison_key(q: Quantity) -> tuple[object, ...]:
    """Everything a comparison reads of a mention: every field but where it stands. Two
    articles whose mentions have equal keys (copies of one report) compare alike."""
    return tuple(getattr(q, name) for name in _COMPARED)


def match_strength(a: Quantity, b: Quantity, rare: int = 0) -> int:
    """How surely two mentions of one bucket are one measure: 0 not at all, 1 weakly, 2
    fairly, 3 strongly. Keys that must agree (modifiers, tense, a clock's zone, clauses
    that name someone, naming one of the same) give 0; then a noun head counts two, a verb
    one, and each of these one more: a name their sentences share, a name their clauses
    share, the same clause verb (a different one counts one less). `rare` is the number of
    words their sentences share that the story seldom uses (figure_keyed.rare_words): for
    a noun head, two such words tell what is counted as a shared name does, and different
    verbs then tell it differently ("the 100 pages of e-mails showed", "used the 100 pages
    of emails to show"): fairly sure at least."""
    if told_apart(a, b):
        return 0
    if (a.head or "").startswith(RANK):
        # one holder's place: fairly sure when nothing tells them apart, never more (a
        # rank may move in a story: "from No. 3 ... to No. 2")
        return 2 if one_measure(a, b) != APART else 0
    if a.dimension == "age":
        if a.head != "n:age":
            return 3  # the head names whose age it is: "the driver, 53", "Mattis, 68"
        return 3 if a.names and a.names == b.names else 0
    noun = bool(a.head and a.head.startswith("n:"))
    score = 2 if noun else 1
    shared_sentence = bool(shared_sentence_names(a, b))
    score += shared_sentence
    if a.verb and b.verb:
        score += 1 if a.verb == b.verb else -1  # "10 gathered" is not "33 voted"
    if one_measure(a, b) == APART:
        return 0  # "Jeb Bush released 33 years", "Clinton released eight years"
    if set(a.names) & set(b.names):
        score += 1
    if not noun and not set(a.names) & set(b.names) and not (
            a.verb == b.verb and specific_verb(a.verb)
            and not (a.sentence_names and b.sentence_names)):
        # "said ... 15" is anything said, unless said of one name, or the same uncommon
        # act in a sentence that names no one ("the congressman ... had already repaid
        # about $60,000 to his campaign"; "Hunter and his wife repaid the campaign")
        return 0
    named = shared_sentence_names(a, b) or set(a.names) & set(b.names)
    # Without a shared name, "they paid 31.55 percent" may be anyone's rate; with a name
    # said of one only, it may be a part (one_sided_name).
    cap = (2 if one_sided_name(a, b) else 3) if named else 1
    found = max(0, min(cap, score - 1))
    return max(found, 2) if noun and rare >= RARE_WORDS else found


# Beyond these gaps (by strength), two values are taken for different measures rather than
# one misreported: "198 people" at a rally and "45,000 people" who follow an account. Under
# weak keys only near values ("15 bills", "some 16 measures") are taken for one measure.
# An article that gives one keyed measure more often than this lists values (a table, a
# series), it does not restate one; comparing its mentions pairwise would also be quadratic.
MAX_MENTIONS = 12
_TRUNCATED = 1e5  # from here on a stated figure may be a cut-off one
GAP_LIMIT = {1: 1.1, 2: 2.0, 3: 3.0}
# Two sentences that count one noun and share this many words the story seldom uses tell
# one measure even with far values ("the 100 pages of e-mails showed", "used the 400 pages
# of emails to show"): a change of a digit is compared up to this gap.
RARE_WORDS = 2
RARE_GAP_LIMIT = 5.0


def specific_verb(verb: str | None) -> bool:
    """A verb lemma that is a word and not one of the commonest ("repaid", not "say",
    "take" or a stem that is no word): the same such act tells of one thing."""
    return bool(verb) and WORD_ZIPF <= zipf(verb) < COMMON_VERB_ZIPF  # type: ignore[arg-type]


# Word frequencies (wordfreq's zipf scale): from COMMON_VERB_ZIPF a verb is said of
# anything ("say" 5.9, "take" 5.9, "cut" 5.2; "repaid" 3.3); under WORD_ZIPF a lemma is
# a stem rather than a word ("rais" 2.3, "financ" 1.6), which says nothing of its verb.
COMMON_VERB_ZIPF = 5.0
WORD_ZIPF = 2.5


def same_magnitude(a: Quantity, b: Quantity) -> bool:
    """Whether two values have as many digits before the point, in the dimension's base
    unit: "11 million" and "31 million", "100" and "400", not "800,000" and "1,000,000"."""
    va, vb = abs(a.value * a.scale), abs(b.value * b.scale)
    if not (va >= 1 and vb >= 1 and math.isfinite(va) and math.isfinite(vb)):
        return False
    return math.floor(math.log10(va)) == math.floor(math.log10(vb))


def stated_apart(article: ArticleFacts, mine: Quantity, other: Quantity) -> bool:
    """Whether the article gives the other article's value too, in a figure it tells
    apart from `mine` by its modifiers or by giving both in one sentence: "$1.6 billion in
    funding ..., short of the $5.7 billion he had sought" gives the $5.7 billion another
    article reports as the funding, as the sum sought, so the two need not conflict.
    Another head alone tells nothing ("$6.7 billion in funding for a wall", later "$5.7
    billion for a border barrier": one sum, the article at odds with itself), nor does
    the same measure told twice ("the $447 billion plan", then "the $647 billion plan")."""
    if _class(other) in ("above", "below"):
        return False
    for q in article.quantities:
        if q is mine or q.dimension != mine.dimension or q.context != "text" \
                or _class(q) in ("above", "below"):
            continue  # "more than $1 million" gives no one value
        if (mine.head or "").startswith(RANK) and q.head != mine.head:
            continue  # another holder's place says nothing of this one's
        if gap(q, other) is None and (
                q.sentence == mine.sentence
                or not modifiers_agree(q.modifiers, mine.modifiers)):
            return True
    return False


def _significant(value: float) -> tuple[int, int]:
    """Significant digits and the exponent of the first: 150 → (2, 2), 82e9 → (2, 10)."""
    mantissa, exponent = f"{abs(value):.6e}".split("e")
    return len(mantissa.replace(".", "").rstrip("0") or "0"), int(exponent)


def sig_step(value: float) -> float:
    """Half the place of the last significant digit: 150 → 5, 7,000 → 500, 82e9 → 5e8."""
    if value == 0 or not math.isfinite(value):
        return 0.5
    digits, exponent = _significant(value)
    return 0.5 * 10 ** (exponent - digits + 1)


def _class(q: Quantity) -> str:
    qualifier = (q.qualifier or "").lower()
    if qualifier in _ABOUT:
        return "about"
    if qualifier in _ABOVE:
        return "above"
    if qualifier in _BELOW:
        return "below"
    return "exact"


def interval(q: Quantity, as_rounded: bool = False) -> tuple[float, float]:
    """The values the wording allows, in the dimension's base unit. A hedge is read as
    written: "some $82 billion" is 82 give or take 3%; a round figure ("about 80", "some
    7,000") is give or take the rounding of its own written precision, and at least a
    tenth: "about 900,000" is 850,000 to 950,000, not 800,000. A leading 1 written out in
    digits is read to two, as writers round it: "1,000,000" is not "800,000" (one digit
    would make it anything from 500,000 on), "1 million" stays a round million.
    `as_rounded` reads the figure as rounded to its last written place and no more (see
    gap)."""
    if not (q.value and math.isfinite(q.value)):
        return q.low * q.scale, q.high * q.scale
    if _class(q) == "about":
        if as_rounded:
            width = _rounding(q)
        elif _significant(q.value)[0] == 1:
            width = max(_rounding(q), ABOUT_FLOOR * abs(q.value))
        else:
            width = 0.03 * abs(q.value)
        return (q.value - width) * q.scale, (q.value + width) * q.scale
    if _class(q) != "exact":
        return q.low * q.scale, q.high * q.scale
    step = _rounding(q)
    low, high = q.low, q.high
    if step < sig_step(q.value):  # a leading 1 in digits: its rounding, not one digit's
        low, high = max(low, q.value - step), min(high, q.value + step)
    if abs(q.value) >= _TRUNCATED and not as_rounded:
        # "$43 million" for $43,885,310: large figures are cut, not only rounded.
        high = max(high, q.value + 2 * step)
    return low * q.scale, high * q.scale


# The least room "about" gives a round figure: "about 80" may be 72 to 88.
ABOUT_FLOOR = 0.1


def _rounding(q: Quantity) -> float:
    """Half the place of the last significant digit as written: "about 900,000" rounds to
    the 100,000, and "1,000,000", a leading 1 written out in digits, to the 100,000 too."""
    step = sig_step(q.value)
    if _significant(q.value)[0] == 1 and f"{abs(q.value):.6e}".startswith("1") \
            and _written_out(q):
        return step / 10
    return step


def _one_place(a: Quantity, b: Quantity) -> bool:
    """Both rounded to one place by their own significant digits; a leading 1 written
    out, read to two digits ("about 100", "90"), is not."""
    steps = [sig_step(q.value) * q.scale for q in (a, b)]
    return steps[0] == steps[1] and all(_rounding(q) == sig_step(q.value) for q in (a, b))


_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _written_out(q: Quantity) -> bool:
    """Whether the figure's last number is its value in digits ("1,000,000", not "1
    million" nor "one million")."""
    found = _DIGITS.findall(q.text)
    try:
        return bool(found) and float(found[-1].replace(",", "")) == q.value
    except ValueError:
        return False


def gap(a: Quantity, b: Quantity) -> float | None:
    """How far apart two values are (the higher over the lower, >1), or None if both may be
    true. Two values with the same hedge ("more than 150", "more than 190"; "roughly 60,000"
    and "roughly 70,000") are compared by their stated numbers, as a reader takes them."""
    ca, cb = _class(a), _class(b)
    if ca == cb and ca in ("above", "below", "about"):
        va, vb = a.value * a.scale, b.value * b.scale
        step = _written_step(a, b)
        if abs(va - vb) <= step:
            return None
        low, high = sorted((va, vb))
        return high / low if low > 0 else math.inf
    # "about 900,000" and "800,000", both rounded to the same place, differ in the digit
    # a reader compares: each is read as rounded there, without the room "about" gives a
    # round figure alone or a large one may have from being cut.
    rounded = {ca, cb} == {"about", "exact"} and _one_place(a, b)
    la, ha = interval(a, rounded)
    lb, hb = interval(b, rounded)
    # Intervals that only touch are two values written apart: "23 states" (22.5 to 23.5)
    # is not "24 states".
    if (la < hb and lb < ha) or (la, ha) == (lb, hb):
        return None
    lower_high, higher_low = (ha, lb) if ha < lb else (hb, la)
    return higher_low / lower_high if lower_high > 0 else math.inf


def _written_step(a: Quantity, b: Quantity) -> float:
    """How far apart two values with one hedge may be and still be one figure: the
    rounding of the coarser ("some $82 billion" and "some $82.4 billion"). Zeros that end
    a whole number may be significant, so a figure like "nearly 100" is read to the
    other's precision when that is finer: beside "nearly 90" it is a hundred, not 50 to
    150."""
    step_a, step_b = sig_step(a.value) * a.scale, sig_step(b.value) * b.scale
    if _trailing_zero(a.value):
        step_a = min(step_a, step_b)
    if _trailing_zero(b.value):
        step_b = min(step_a, step_b)
    return max(step_a, step_b)


def _trailing_zero(value: float) -> bool:
    return math.isfinite(value) and value >= 10 and value == int(value) and value % 10 == 0


def describe(q: Quantity) -> str:
    if q.dimension == "age" and not head_word(q):
        return "an age"
    return {"money": "amount", "count": "count", "duration": "duration", "age": "age",
            "clock": "time", "ordinal": "ordinal", "percent": "percentage",
            "physical": "measure"}.get((q.dimension or "").split(":")[0], "figure")


def measure_phrase(q: Quantity) -> str:
    """What a figure measures, in words an editor reads: "the number of bills", "the page
    count" (of "a 47-page indictment"), "the amount of funding", "the age of the driver"."""
    kind = describe(q)
    if kind == "an age":
        return kind
    if (q.head or "").startswith(RANK):
        return f'the rank given with "{head_word(q).removeprefix("standing:")}"'
    noun = q.noun if (q.head or "").startswith("n:") else None
    if noun and kind == "count":
        compound = f"-{noun}".lower() in q.text.lower()
        return f"the {noun} count" if compound else f"the number of {noun}"
    if noun:
        return f"the {kind} of {noun}"
    if q.head == QUOTED_TERM:
        return f"the {kind} in a quoted term"
    word = q.verb if (q.head or "").startswith("v:") and q.verb else head_word(q)
    if not word:
        return f"one {kind}"
    if kind == "age":
        return f'the age given for "{word}"'
    return f'the {kind} given with "{word}"'


def head_word(q: Quantity) -> str:
    """The head as keys hold it, stemmed: "engin", "driver" for the age of "the driver"."""
    return (q.head or "")[2:].removeprefix("age:").removeprefix("age").removeprefix("rank:")


def head_label(q: Quantity) -> str:
    """The head as messages show it: the counted noun as written ("engines"), else the
    head word."""
    if (q.head or "").startswith("n:") and q.noun:
        return q.noun
    return head_word(q)
