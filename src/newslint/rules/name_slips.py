"""NL101's verdicts on a pair of spellings: whether a rare form reads as a slip of the
story's common one (`near_miss`, with an edit budget that grows with the evidence), whether
the common form outnumbers it enough to be "the" spelling (`outnumbered`), and the word
list's ranking when the story writes a name too seldom to rank its spellings."""

from __future__ import annotations

import re

from newslint.facts.entities import known_given_name
from newslint.rules import name_evidence as evidence
from newslint.rules.name_forms import FormStats, PhraseIndex, in_same_article


def outnumbered(rare: FormStats, common: FormStats, known: bool, options: dict,
                 strong: bool = False) -> bool:
    """Whether the common form is "the" spelling next to the rare one, counting at most
    `max_uses_per_article` uses of each from one article (the majority is the story's,
    not its longest article's). With strong evidence
    the story's use need only match the rare form's: the rare form is no word, and sits
    beside the common one (same article, same first name) or is one letter from a word
    ("Rerpesentatives")."""
    if len(rare.articles) > options["max_rare_articles"]:
        return False
    cap = options["max_uses_per_article"]
    rare_weight, common_weight = rare.weight(cap), common.weight(cap)
    if known:
        # A known name wins unless the other spelling is itself established.
        return (common_weight >= options["min_ratio"] * rare_weight
                or rare_weight < options["min_dominant_count"])
    if strong:
        return common_weight >= rare_weight and len(common.articles) >= len(rare.articles)
    return (common_weight >= options["min_dominant_count"]
            and common_weight >= options["min_ratio"] * rare_weight
            and len(common.articles) >= len(rare.articles))


def ranked_by_word_list(rare: str, common: str, dist: int) -> bool:
    """One edit from a name English writers use, the rare form rare in English (a name of
    five letters or more) or no word at all (four letters); or, for a form the word list
    does not know at all ("Riverdaance", "Missourrians"), one edit from a name it knows,
    however seldom used ("Riverdance")."""
    if dist != 1:
        return False
    frequency = evidence.zipf(rare)
    if frequency == 0 and len(rare) >= 4 and rare.isalpha() \
            and evidence.zipf(common) >= evidence.RARE_WORD:
        return True
    if evidence.zipf(common) < evidence.REAL_WORD:
        return False
    if len(rare) >= 5:
        return frequency < evidence.RARE_WORD
    return len(rare) == 4 and frequency < evidence.NON_WORD


def near_miss(rare: FormStats, common: FormStats, dist: int, phrases: PhraseIndex,
               options: dict, lexical: bool = False) -> int | None:
    """Edit distance if `rare` reads as a garbled `common`, else None.

    The budget grows with the evidence: a name of five letters or more is compared with one
    edit; a shorter one (down to four letters, "Tump") or two edits in a short name
    ("Cowmen") only where the form is no word and the same article writes the name right.
    A form English writers use ("Stacy", "Texans") is never a slip; one used now and then
    ("Cowen", "Vincente") only beside the story's own evidence: the same article spells the
    name right, or the same first name goes with the right spelling elsewhere."""
    r, c = rare.form, common.form
    low_r, low_c = r.lower(), c.lower()
    if low_r == low_c:
        # Same letters, other capitals: "O1" for "o1", "LlaMA" for "Llama". An acronym
        # styled in capitals ("NVIDIA", "DREAMers") is house style, not a garble.
        if evidence.acronym_styled(r) or evidence.acronym_styled(c):
            return None
        if all(m.context == "heading" for _, m in rare.uses):
            return None  # a title-case headline capitalises every part: "Chick-Fil-A"
        return 0
    if evidence.unaccented(low_r) == evidence.unaccented(low_c):
        return None  # "Calderon" / "Calderón": transliteration is house style
    if evidence.segments_differ_short(r, c) or low_r.replace("-", "") == low_c.replace("-", ""):
        return None
    if _without_digits(low_r) == _without_digits(low_c):
        return None  # versions, not typos: "GPT-4"/"GPT-5", "Galaxy S24"/"S25"
    longer, stem = (low_r, low_c) if len(low_r) > len(low_c) else (low_c, low_r)
    if evidence.derived(longer, stem):
        return None  # plural, demonym or version: "Korea"/"Korean", "GPT-4"/"GPT-4o"
    frequency = evidence.zipf(r)
    same_first_name = phrases.corrected(rare, c)
    if frequency >= evidence.REAL_WORD and not (same_first_name
                                               and frequency < evidence.COMMON_WORD):
        return None  # a name of its own ("Stacy"), unless "Jonas Hartman" / "Jonas Hartmann"
    shorter = min(len(r), len(c))
    # A first name the story writes in full beside the same surname ("Mke Pompeo" /
    # "Mike Pompeo"): at three letters every string is some abbreviation in the word list,
    # so a form below a name's frequency ("Jon", "Ted" are names of their own) is a slip.
    beside_surname = same_first_name and slip_of_given_name(rare, c)
    if shorter < 4 and not (shorter == 3 and beside_surname):
        return None
    in_article = in_same_article(rare, common)
    context = in_article or same_first_name or lexical
    if frequency >= evidence.RARE_WORD and not context:
        return None  # two real names a letter apart: "Carper" and "Carter"
    if shorter < options["min_length_one_edit"]:
        limit = 1 if (frequency < evidence.RARE_WORD and context) or beside_surname else 0
    elif shorter < options["min_length_two_edits"]:
        limit = 2 if frequency < evidence.NON_WORD and in_article else 1
    else:
        limit = 2
    return dist if dist <= limit else None


def slip_of_given_name(rare: FormStats, common: str) -> bool:
    """A form below a name's frequency ("Mke"; "Jon" and "Ted" are names of their own) for
    a given name the nicknames table knows ("Mike"; not "Paris" for "Parris Island")."""
    return (evidence.zipf(rare.form) < evidence.REAL_WORD and not rare.form.isupper()
            and known_given_name(common))


def _without_digits(form: str) -> str:
    return "".join(ch for ch in form if not ch.isdigit())


_TRIPLED = re.compile(r"([a-z])\1\1")


def tripled_letter_fix(form: str) -> str | None:
    """The form with a letter written three times running written twice ("Gennettte":
    "Gennette"), or None. English spelling never triples a letter, so of the two the
    tripled one is the slip, whatever the counts or the word list say."""
    match = _TRIPLED.search(form)
    return None if match is None else form[:match.start()] + form[match.start() + 1:]
