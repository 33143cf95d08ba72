"""The act a document or an announcement tells, read from the words around its head: "his
resignation letter", "a letter announcing his resignation", "announced Thursday that he is
resigning", "is resigning from Congress, he announced Thursday". The date of such a head
dates the announcement, and the act it announces when one doer does both
(index/date_agreement.py `announced_act_agreement`)."""

from __future__ import annotations

import re
from collections.abc import Callable

from newslint.facts.event_vocabulary import FUNCTION_WORDS, lemma, vocabulary
from newslint.facts.event_words import verb_forms

# Words between a complement's announcement and its act: "announced Thursday that he would
# resign", "a letter announcing his resignation"; past these, the act must come.
_REACH = 5
# The subject of a reporting clause after the report: "..., he announced Thursday".
_MAX_SUBJECT = 3
_PRONOUNS = frozenset("he she they it we i".split())
# What may stand between an announcement and the act it takes: a complementiser, a subject,
# a possessive, an auxiliary. A preposition opens an adjunct instead ("announced Thursday
# in a statement and accompanying video").
_COMPLEMENT = _PRONOUNS | frozenset("that his her their its is was are were will would "
                                    "has have had to be been".split())

IsVerb = Callable[[str, str | None], bool]


def announced_act(text: str, head: re.Match[str], prior: re.Match[str] | None,
                  following: list[re.Match[str]], earlier: list[re.Match[str]],
                  is_verb: IsVerb) -> str | None:
    """The lemma of the act an announcement head (rules/dates.yaml `announcements`) tells,
    or None: an act noun right before it ("his resignation letter"), else the first verb or
    act noun of its complement, past function words and other announcement words ("a letter
    announcing his resignation", "announced Thursday that he is resigning"), else, when the
    head follows its subject after a comma, the first verb of the clause before that comma
    ("is resigning from Congress, he announced Thursday"). `following`: the clause's words
    after the head, its date's left out; `earlier`: the sentence's words before the head."""
    vocab = vocabulary()
    if prior is not None and prior.end() + 1 == head.start() and _act_noun(prior.group()):
        return lemma(prior.group())
    last = head
    for word in following[:_REACH]:
        if text[last.end():word.start()].strip(" ") and last is not head:
            break  # punctuation ends the complement
        last = word
        low = word.group()
        if not low.islower():
            break  # a name starts another clause: "In a letter Tuesday, Mattis said"
        if low in _COMPLEMENT or lemma(low) in vocab.announcements:
            continue
        if (is_verb(low, None) and low not in FUNCTION_WORDS) or _act_noun(low):
            return lemma(low)
        break
    return _reported(text, head, earlier, is_verb)


def _act_noun(word: str) -> bool:
    """An event noun made of a verb: "resignation", "nomination", "inauguration"."""
    low = lemma(word)
    return word.islower() and low in vocabulary().nouns and bool(verb_forms(low)) \
        and low not in vocabulary().announcements


def _reported(text: str, head: re.Match[str], earlier: list[re.Match[str]],
              is_verb: IsVerb) -> str | None:
    """The act of a report told before it: "Rep. Blake Farenthold is resigning from
    Congress, he announced Thursday": a comma, a subject of a pronoun or a name, the head."""
    comma = text.rfind(",", earlier[0].start() if earlier else 0, head.start())
    if comma < 0:
        return None
    subject = [w for w in earlier if w.start() > comma]
    reported = [w for w in earlier if w.end() <= comma]
    # one doer: a pronoun ("he announced"), or a name the reported clause names too; not
    # another's report ("Farenthold is resigning, Trump announced")
    told = {w.group() for w in reported}
    if not subject or len(subject) > _MAX_SUBJECT or not (
            all(w.group().lower() in _PRONOUNS for w in subject)
            or all(w.group()[0].isupper() and w.group() in told for w in subject)):
        return None
    for i, word in enumerate(reported):
        previous = reported[i - 1].group() if i else None
        if is_verb(word.group(), previous):
            return lemma(word.group())
    return None
