"""The event keyer's vocabulary (facts/event_key.py): function words, lemmas, and the
synonyms, routine heads and event nouns editors keep in rules/dates.yaml."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from newslint.facts.clause import FUNCTION_WORDS as BASE_FUNCTION_WORDS
from newslint.facts.clause import stem
from newslint.facts.event_words import verb_forms
from newslint.ruledata import builtin

# Time words are the date's own, not the event's.
FUNCTION_WORDS = BASE_FUNCTION_WORDS | frozenset("""
earlier this week month year morning afternoon evening night day days weekend today
yesterday tomorrow mid
""".split())

lemma = stem


@dataclass(frozen=True, slots=True)
class Vocabulary:
    synonyms: dict[tuple[str, str], float]  # (lemma, lemma) → weight
    routine: frozenset[str]  # lemmas of events too frequent to date one happening
    nouns: frozenset[str]  # lemmas of event nouns
    dated: frozenset[str]  # lemmas of nouns a date before them dates, event nouns included
    statements: frozenset[str] = frozenset()  # routine heads that tell a statement: "said"
    noun_words: frozenset[str] = frozenset()  # event nouns as written: "report", "story"
    prospective: frozenset[str] = frozenset()  # "cancel": its object is still to come
    # event nouns that also name no event ("her leadership post"): heads only without a verb
    other_senses: frozenset[str] = frozenset()
    # heads that tell of an act they announce: "his resignation letter", "announced"
    announcements: frozenset[str] = frozenset()


@functools.cache
def vocabulary() -> Vocabulary:
    data = builtin("dates.yaml") or {}
    synonyms: dict[tuple[str, str], float] = {}
    for group in data.get("synonyms") or []:
        weight = float(group.get("weight", 1.0))
        lemmas = sorted({lemma(w) for w in group.get("words") or ()})
        for a in lemmas:
            for b in lemmas:
                if a != b:
                    synonyms[(a, b)] = max(weight, synonyms.get((a, b), 0.0))
    routine = frozenset(lemma(w) for w in str(data.get("routine") or "").split())
    noun_words = frozenset(str(data.get("event_nouns") or "").lower().split())
    nouns = frozenset(lemma(w) for w in noun_words)
    dated = nouns | {lemma(w) for w in str(data.get("dated_nouns") or "").split()}
    statements = frozenset(lemma(w) for w in str(data.get("statements") or "").split())
    prospective = frozenset(lemma(w) for w in str(data.get("prospective") or "").split())
    other_senses = frozenset(lemma(w) for w in str(data.get("other_senses") or "").split())
    announcements = frozenset(lemma(w) for w in str(data.get("announcements") or "").split())
    spun_routine, spun_statements = _spun_speech(routine, statements)
    routine |= spun_routine
    statements |= spun_statements
    return Vocabulary(synonyms, routine, nouns, dated, statements & routine, noun_words,
                      prospective, other_senses & nouns, announcements)


def _spun_speech(routine: frozenset[str], statements: frozenset[str]
                 ) -> tuple[frozenset[str], frozenset[str]]:
    """The forms a text spinner writes for a speech verb (rules/speech_verbs.yaml `spun`:
    "mentioned" for "said") are as routine as the verb meant, and tell a statement when it
    does: "Flynn's lawyer mentioned on Monday" dates his statement, no event of its own."""
    spun = (builtin("speech_verbs.yaml") or {}).get("spun") or {}
    out_routine, out_statements = set(), set()
    for form, meant in spun.items():
        form_head, meant_head = lemma(str(form).split()[-1]), lemma(str(meant).split()[-1])
        if meant_head in routine:
            out_routine.add(form_head)
        if meant_head in statements:
            out_statements.add(form_head)
    return frozenset(out_routine), frozenset(out_statements)


def head_agreement(a: str, b: str) -> float:
    """1 for one lemma or a noun and the verb it is derived from (announcement = announced,
    election = elected, resignation = resigned), the group's weight for synonyms (freed =
    released, and so resignation = quit), else 0."""
    if a == b:
        return 1.0
    if "-" in a or "-" in b:
        # a compound's last word is its head: "longest-serving" is "serving"
        return head_agreement(a.rsplit("-", 1)[-1], b.rsplit("-", 1)[-1])
    synonyms = vocabulary().synonyms
    forms_a, forms_b = {a, *verb_forms(a)}, {b, *verb_forms(b)}
    if forms_a & forms_b:
        return 1.0
    return max((synonyms.get((x, y), 0.0) for x in forms_a for y in forms_b), default=0.0)
