"""One act told with other words: two weekdays whose sentences say the same beyond their verbs.

"In a statement released Tuesday, he decried the Obama administration's decision to use
foreign aid to promote rights for gays" and "Mr. Perry's statement on Tuesday criticizing
the Obama administration's announcement that the United States would use ... foreign aid,
to promote gay rights": two heads (released, statement) that agree in no lexicon tell one
act, and the sentences say so. Two weekdays of different heads are one act of the story's
week, less surely than a shared head (info), when

- the names they share make up the names of one of them (index/date_agreement.py's share);
- their words tell the same: the sentences share four lemmas besides both heads, and a
  third of the shorter sentence's (facts/alignment.py, shared with the figures); or the
  clauses share two words and three names, one of them who acted on both sides ("Donald
  Trump assumed the nation's highest office Friday as the 45th president of the United
  States", "Donald J. Trump took the oath of office Friday to become the 45th president of
  the United States"), plans as acts ("will speak with RNC members Thursday evening ...
  expected to announce a decision about whether", "on Monday when Michael Steele announces
  whether": index/date_conflicts.py compares a plan only with a plan told within a day).
  Not the clause words of one found anywhere in the other's sentence: a sentence tells of
  more than its dated act ("broke his silence Wednesday about ... a lewd photo sent from
  his Twitter account" is not "had then sent the offending photo out late Friday");
- no one else acts: when both name who acted (the names before the head and the date),
  one of them is the same ("The NAACP adopted a resolution Tuesday" is not "the St. Louis
  Tea Party issued its own resolution Friday");
- the lexicon does not keep the heads apart: two verbs it groups, in no group together,
  are two steps of one process ("unveiled the budget deal on Wednesday", a release, and
  "passed their budget deal on Thursday", a vote, with the same four names);
- neither has another date among its words (`crowded`) nor names its noun ("BuzzFeed's
  report Thursday"), and both are in one voice, or the passive tells its subject's own
  act: its subject is who acted in the active, no "by" phrase gives it a doer
  (extract/dates/passive_agent.py), and the active acts on no one it leaves out. "Donald
  John Trump was inaugurated as the 45th president ... on Friday" is his act as "Donald
  Trump assumed the nation's highest office Friday" is; "Donald Trump was rebuked by Mitch
  McConnell and Chuck Schumer on Wednesday" is theirs, not "Donald Trump attacked Mitch
  McConnell and Chuck Schumer on Tuesday";
- neither paragraph has another date (the sentence's words would tell of both), and
  neither article dates, elsewhere, an act with the other's head: a resolution "proposed"
  on Monday and "adopted" on Tuesday are two steps the article that has both tells apart
  (`another_step`, asked by index/date_conflicts.py).
"""

from __future__ import annotations

import functools

from newslint.facts import ArticleFacts, DateMention
from newslint.facts.alignment import words_align
from newslint.facts.dates import event_table
from newslint.facts.event_vocabulary import head_agreement, lemma, vocabulary


class AlignedScore(float):
    """The score of a pair that agrees only by alignment: the comparison tells it by its
    type, not its value (index/date_conflicts.py then asks `another_step`), so that no
    other agreement that happens to score the same is taken for one."""


# At least STRONG, below UNCONFIRMED: compared, and reported at info.
ALIGNED_SCORE = 0.82
ALIGNED = AlignedScore(ALIGNED_SCORE)


def aligned(a: DateMention, b: DateMention, names: float, crowded: tuple[bool, bool]
            ) -> float:
    """ALIGNED when two weekdays tell one act as above, else 0."""
    if names < 1.0 or any(crowded) or a.bound or b.bound or _kept_apart(a, b):
        return 0.0
    if a.passive != b.passive and not _own_act(*((a, b) if a.passive else (b, a))):
        return 0.0
    if a.precision != "day" or b.precision != "day":
        return 0.0
    if a.actors and b.actors and not set(a.actors) & set(b.actors):
        return 0.0
    heads = {h for h in (a.head, b.head, a.alt_head, b.alt_head) if h is not None}
    if words_align(a.sentence, b.sentence, heads):
        return ALIGNED
    if not set(a.actors) & set(b.actors):
        return 0.0  # shared names and words need who acted on both sides
    return ALIGNED if _one_cast(a, b) else 0.0


def _own_act(passive: DateMention, active: DateMention) -> bool:
    """A passive tells the act of an active when it tells its subject's own act: its subject
    is who acted in the active, no "by" phrase gives it a doer of its own ("Donald Trump was
    rebuked by Mitch McConnell and Chuck Schumer" is their act on Trump), and the active
    acts on no one the passive leaves out ("Trump attacked McConnell" is not "Trump was
    rebuked")."""
    if passive.by_agent or not set(passive.actors) & set(active.actors):
        return False
    return set(active.names) - set(active.actors) <= set(passive.names)


def _kept_apart(a: DateMention, b: DateMention) -> bool:
    """Two verbs the lexicon groups (rules/dates.yaml `synonyms` and `events`), in no group
    together: "unveiled" (a release) and "passed" (a vote) are two steps of one deal,
    however alike their sentences. Event nouns are left to the sentences ("a statement
    released Tuesday", "Perry's statement on Tuesday"), and so is a verb the lexicon knows
    nothing of ("assumed the nation's highest office", "took the oath of office"; "chaired
    talks", "held a session"): its silence says nothing of two acts."""
    if a.head is None or b.head is None or head_agreement(a.head, b.head) > 0:
        return False
    nouns = vocabulary().noun_words
    if (a.head_text or "").lower() in nouns or (b.head_text or "").lower() in nouns:
        return False
    groups = _head_groups()
    ga, gb = groups.get(a.head, frozenset()), groups.get(b.head, frozenset())
    return bool(ga) and bool(gb) and not ga & gb


@functools.cache
def _head_groups() -> dict[str, frozenset[str]]:
    """Each one-word head the lexicon groups, by lemma: its synonym partners' lemmas and its
    event's name; two heads share a group when they share an entry."""
    out: dict[str, set[str]] = {}
    for x, y in vocabulary().synonyms:
        out.setdefault(x, {x}).add(y)
        out.setdefault(y, {y}).add(x)
    table = event_table()
    for word, event in (*table.verb_event.items(), *table.noun_event.items()):
        if " " not in word:
            out.setdefault(lemma(word), set()).add(f"event:{event}")
    return {head: frozenset(group) for head, group in out.items()}


# Names and clause words two clauses share: one name and two words is as often two plans of
# one person ("announced a compromise plan", "announced a short-term plan").
_CAST_NAMES = 3
_CAST_WORDS = 2


def _one_cast(a: DateMention, b: DateMention) -> bool:
    """Three shared names and two shared clause words."""
    return len(set(a.names) & set(b.names)) >= _CAST_NAMES \
        and len(set(a.content) & set(b.content)) >= _CAST_WORDS


def another_step(a: ArticleFacts, ma: DateMention, b: ArticleFacts, mb: DateMention) -> bool:
    """Either article dates, elsewhere, an act with the other mention's head (the two
    heads are then two steps the article tells apart), or has another date in the
    paragraph of its mention: the sentence's words then tell of two acts ("a statement
    issued Friday night disputed BuzzFeed's report Thursday")."""
    for article, mine, theirs in ((a, ma, mb), (b, mb, ma)):
        for other in article.dates:
            if other.context != "text" or other.span.start == mine.span.start:
                continue
            if other.span.line == mine.span.line:
                return True
            if other.head is not None and head_agreement(other.head, theirs.head or "") >= 0.9:
                return True
    return False
