"""The act a document or an announcement tells, read from the words around its head: "his
resignation letter", "a letter announcing his resignation", "announced Thursday that he is
resigning", "is resigning from Congress, he announced Thursday". The date of such a head
dates the announcement, and the act it announces when one doer does both
(index/date_agreement.py `announced_act_agreement`). Only an act that takes no object and
is done once (a resignation, a retirement): "a statement opposing the nominee" and "opposed
the tax bill" are two acts on two things. Not an act still to come ("will resign", "is
retiring at the end of next month") nor one done to the announcer ("had been fired by")."""

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
_COMPLEMENT = _PRONOUNS | frozenset("that his her their its is are has have had".split())
# Acts that take no object and that a doer does once to a post: the announcement of one
# tells the same act however the other article words it; an act on an object may be on
# another ("endorsing Tim Canova", "endorsed Hillary Clinton").
# Not "withdraw" or "concede": they often take one ("withdrew troops", "conceded the point").
_OBJECTLESS = frozenset(map(lemma, "resign resigning resignation retire retiring retirement "
                                   "quit quitting".split()))
# Words that put an act later than its announcement: a modal, an infinitive, a time to come
# ("is retiring at the end of next month", "is resigning effective Jan. 1").
_LATER = frozenset("will would shall going to next end effective later soon until tomorrow "
                   "january february march april may june july august september october "
                   "november december".split())
# A be-form before a participle: the announcer is acted on ("had been fired by").
_PASSIVE = frozenset("was were be been being".split())

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
    act = _told_act(text, head, prior, following, earlier, is_verb)
    return act if act in _OBJECTLESS else None


def _told_act(text: str, head: re.Match[str], prior: re.Match[str] | None,
              following: list[re.Match[str]], earlier: list[re.Match[str]],
              is_verb: IsVerb) -> str | None:
    vocab = vocabulary()
    if prior is not None and prior.end() + 1 == head.start() and _act_noun(prior.group()):
        return lemma(prior.group())
    if any(w.group().lower() in _LATER for w in following):
        return None  # "announced Wednesday that he is retiring at the end of next month"
    last = head
    for word in following[:_REACH]:
        if text[last.end():word.start()].strip(" ") and last is not head:
            break  # punctuation ends the complement (not the date's, before its first word)
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
    if any(w.group().lower() in _LATER for w in reported):
        return None  # "is retiring at the end of July, he announced Wednesday"
    for i, word in enumerate(reported):
        previous = reported[i - 1].group() if i else None
        if is_verb(word.group(), previous):
            if previous is not None and previous.lower() in _PASSIVE:
                return None  # "was fired by the campaign, she announced"
            return lemma(word.group())
    return None
