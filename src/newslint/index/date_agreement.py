"""How surely two date mentions date one event: their event keys (facts/event_key.py)
compared, head word, names and words of their clauses."""

from __future__ import annotations

from newslint.facts import DateMention
from newslint.facts.clause import IRREGULAR
from newslint.facts.event_key import head_agreement, vocabulary
from newslint.facts.year_things import kinds_differ
from newslint.index.date_alignment import aligned
from newslint.index.date_schedule import scheduled_agreement

# A pair is compared only when its keys agree this strongly (head agreement times the share
# of names): "freed" and "released" (0.9) of the same names pass, one shared name of three
# does not.
STRONG = 0.8
# At or above this, a conflict between stated publication dates is a warning; below, info.
SURE = 0.95


def agreement(a: DateMention, b: DateMention, crowded: tuple[bool, bool] = (True, True)
              ) -> float:
    """How surely two mentions date one event, from 0 to 1: the heads' agreement (1 for one
    lemma, a synonym's weight) times the weight of what else they share. Names that
    disagree, or words that single out different members of a series ("the first message",
    "the last message"), make two events. Shared names weigh by their share; shared words
    confirm them (two words when one name is all they share). Without a shared word, many
    shared names (three) told in one voice, or one noun that both dates name ("the June 25
    special election", "an election set for June 25"), still point at one event, less
    surely (below SURE: info). So do two weekdays with the very same head and two shared
    names in one voice ("Duncan Hunter ... indicted Friday", "Duncan Hunter was indicted
    ... on Tuesday"): a weekday names a day of its article's own week.

    Heads that differ still tell one act of the week when both dates are weekdays, one
    date's head is a verb that is among the other's words, and another word is shared too
    ("sent a formal interview request to Clinton's lawyer on Tuesday" and "made the request
    in a letter sent Tuesday to Clinton's lawyer"): less surely, again (info). The other's
    words must be its date's alone: `crowded` says, for a and b, that another date sits
    among them ("said in a statement Monday that his client was fired Friday"), and other
    dates than weekdays are left to their heads ("rejected on Wednesday a bill letting
    families of Sept. 11 victims sue").

    Two scheduled dates of one noun are one event (index/date_schedule.py); a plan whose
    paragraph tells of it moved ("originally scheduled", "postponed") is compared with
    nothing."""
    if a.head is None or b.head is None or a.moved or b.moved:
        return 0.0  # a plan told with its move: the old date or the new one
    if routine_head(a) or routine_head(b):
        return statement_agreement(a, b, crowded)
    shared = set(a.names) & set(b.names)
    if a.sequence and b.sequence and a.sequence != b.sequence:
        return 0.0
    if kinds_differ(a.thing_kinds, b.thing_kinds, bool(a.thing and b.thing)):
        return 0.0  # two contests: "the 2010 Senate race", "the 2011 governor's race"
    planned = scheduled_agreement(a, b)
    if not shared:
        return max(year_names_noun(a, b), planned)
    return max(_named_agreement(a, b, shared, crowded), year_names_noun(a, b), planned)


def _named_agreement(a: DateMention, b: DateMention, shared: set[str],
                     crowded: tuple[bool, bool]) -> float:
    share = len(shared) / min(len(a.names), len(b.names))
    names = 1.0 if len(shared) >= 2 or share >= 0.5 else share
    words = set(a.content) & set(b.content)
    weight = _head_weight(a, b)
    if not weight:
        if not (is_weekday(a) and is_weekday(b)):
            return 0.0
        if _crossed(a, b, words, crowded) or announced_act_agreement(a, b, crowded):
            return names * UNCONFIRMED
        return aligned(a, b, names, crowded)
    if a.precision == b.precision == "years":
        return min(weight * names, UNCONFIRMED) if _one_span(a, b, shared) else 0.0
    if len(words) >= 2 or (words and len(shared) >= 2):
        return weight * names
    if words:
        return 0.0  # one name, one word: two plans Trump announced are two events
    if a.bound and b.bound and a.head == b.head:
        return weight * names * UNCONFIRMED
    if a.passive != b.passive:
        # the names keep their roles only in one voice: "Pelosi was appointed" is not
        # "Pelosi selected"
        return 0.0
    if len(shared) >= _MANY_NAMES:
        return min(weight * names, UNCONFIRMED)
    if len(shared) >= 2 and weight == 1.0 and is_weekday(a) and is_weekday(b):
        # a weekday names a day of the week its article was written in: one verb of the
        # same two names ("Donald Trump announced Tuesday", "Donald Trump has announced
        # Wednesday") within one week of one story tells one act
        return UNCONFIRMED
    return 0.0


def _one_span(a: DateMention, b: DateMention, shared: set[str]) -> bool:
    """Two spans of years under one verb tell one tenure or period, less surely (info):
    of one named person ("Edward Brooke, who served from 1967 to 1979"; "Edward Brooke
    held the seat from 1966 to 1978"), a name before both heads (Fox's years as Mexico's
    president are not Calderon's, from 2006); or, sharing a name, when one end is the same
    and the other is not ("Arkansas governor from 1996 to 2007", "serving as Arkansas
    governor from 1996 to 2008"): two holders in a row share no end at the same side."""
    if len(shared) >= 2 and set(a.actors) & set(b.actors) & shared:
        return True
    own_a, own_b = set(a.actors) - shared, set(b.actors) - shared
    if own_a and own_b:
        return False  # each names who held it, and no one is the same
    return (a.start == b.start) != (a.end == b.end)


def year_names_noun(a: DateMention, b: DateMention) -> float:
    """A year that names its noun ("the 2016 presidential election", "the 2015 presidential
    campaign") dates it as a name would: two such nouns that agree (one lemma or synonyms)
    and share a word of their clauses name one event without a shared name, and so does
    the very noun (one lemma) a year apart at most in sentences that share a name; less
    surely (info). Years a
    year or more apart stay two events (index/date_conflicts.py)."""
    if not (a.bound and b.bound) or a.precision != "year" or b.precision != "year":
        return 0.0
    weight = _head_weight(a, b)
    if not weight:
        return 0.0
    if set(a.content) & set(b.content):
        return UNCONFIRMED
    # The very noun, in sentences that share a name, names one event too: "invoking his
    # 2016 election opponent, Hillary Clinton" (Trump's) and "Russia's influence on the
    # 2016 election and possible ties to Trump associates"; only a year's slip, though: with
    # only the noun in common, nouns two years apart are two of a recurring kind (the 2014
    # midterms and the 2016 election).
    if weight < 1.0 or not set(a.names) & set(b.names) or a.start is None or b.start is None:
        return 0.0
    return UNCONFIRMED if abs(a.start.year - b.start.year) <= 1 else 0.0


def statement_agreement(a: DateMention, b: DateMention, crowded: tuple[bool, bool]
                        ) -> float:
    """A statement's day and an act's: "Trump said Friday that he will support a short-term
    spending bill to re-open the government" and "Trump agreed on Friday to reopen the
    federal government" tell one act of one day when what was said is what was done: the
    names agree (as in `agreement`) and two words of the one's clause are among the
    other's. Only a statement verb of rules/dates.yaml against an act, or against a statement
    of the same speaker (below): two speakers' statements with the same words are two
    acts, and other routine heads
    (share prices "rose", "closed") have their own day each. Days only, with no other
    date among the words (`crowded`); less surely than a shared head (info). When both
    name who acted, one of them must be the same: the statement is its speaker's act
    ("Reid received a letter on Wednesday" is not "mentioned Wednesday on the Senate floor
    by the minority leader"). Two statements are one act when one speaker makes them, both
    naming him as who spoke, about the same words ("Trump said Thursday he had spoken with
    Lieberman about the F.B.I. job" and "Trump told reporters Thursday that Lieberman was a
    leading candidate for the F.B.I. job")."""
    said = statement(a) + statement(b)
    one_speaker = said == 2 and bool(set(a.actors) & set(b.actors))
    if not (one_speaker or (said == 1 and not (routine_head(a) and routine_head(b)))) \
            or any(crowded) or a.precision != "day" or b.precision != "day":
        return 0.0
    if a.actors and b.actors and not set(a.actors) & set(b.actors):
        return 0.0  # a statement is its speaker's act: another's act is another happening
    shared = set(a.names) & set(b.names)
    if not shared or (len(shared) < 2 and len(shared) / min(len(a.names), len(b.names)) < 0.5):
        return 0.0
    words = _spelled(a.content) & _spelled(b.content)
    return UNCONFIRMED if len(words) >= _SAID_WORDS else 0.0


def routine_head(mention: DateMention) -> bool:
    """A head too routine to date one happening ("said", "reported", "closed"); not an
    event noun as written ("BuzzFeed's explosive report Thursday"): a document has a day
    of its own, though the verb of its lemma is routine."""
    vocab = vocabulary()
    return mention.head in vocab.routine \
        and (mention.head_text or "").lower() not in vocab.noun_words


def statement(mention: DateMention) -> bool:
    """A routine head that tells a statement ("said Friday")."""
    return routine_head(mention) and mention.head in vocabulary().statements


def _spelled(words: tuple[str, ...]) -> set[str]:
    """Words with their hyphens dropped: "re-open" is "reopen"."""
    return {w.replace("-", "") for w in words}


# Three words of what was said: with two, an ad campaign against benefit cuts and a later
# statement about benefit cuts ("benefits", "recipients") were taken for one act.
_SAID_WORDS = 3


def _head_weight(a: DateMention, b: DateMention) -> float:
    return max(head_agreement(x, y) for x in (a.head, a.alt_head) if x
               for y in (b.head, b.alt_head) if y)


def _crossed(a: DateMention, b: DateMention, words: set[str],
             crowded: tuple[bool, bool]) -> bool:
    """A verb head of one is a word of the other (whose words are its date's alone), and
    the two share a word besides it. Not a word of a date that names its noun ("disputed
    BuzzFeed's report Thursday"): the words around the report are another act's."""
    nouns = vocabulary().nouns
    for x, y, busy in ((a, b, crowded[1]), (b, a, crowded[0])):
        if busy or x.bound or y.bound:
            continue
        for head, written in ((x.head, x.head_text), (x.alt_head, None)):
            if head and (head not in nouns or _past_form(written)) and head in y.content \
                    and words - {head}:
                return True
    return False


def announced_act_agreement(a: DateMention, b: DateMention, crowded: tuple[bool, bool]
                            ) -> bool:
    """The day of an announcement and the day of the act it tells (facts/event_acts.py):
    "In his resignation letter Tuesday, Mattis, 68, had said" and "Jim Mattis ... resigned
    Thursday"; "is resigning from Congress, he announced Thursday" and "Blake Farenthold
    resigned from Congress on Friday". One doer does both: who acted in the act's clause (an
    active verb) is who announced, or, when the announcement names no one before its head,
    the one name its clause gives ("his resignation letter": Mattis's). Weekdays only, with
    no other date among either's words; called when the heads differ (info)."""
    if any(crowded) or not (is_weekday(a) and is_weekday(b)):
        return False
    for x, y in ((a, b), (b, a)):
        if x.act is None or y.passive or not y.actors or routine_head(y):
            continue
        doers = set(x.actors) or (set(x.names) if len(x.names) == 1 else set())
        if doers & set(y.actors) and any(
                head_agreement(x.act, head) for head in (y.head, y.alt_head, y.act) if head):
            return True
    return False


def _past_form(word: str | None) -> bool:
    """A head written as a verb's past ("released"), though its lemma is also an event
    noun's ("release"): the verb of the act, not the document."""
    return bool(word) and word.islower() and (  # type: ignore[union-attr]
        word.endswith("ed") or word in IRREGULAR)


_MANY_NAMES = 3
UNCONFIRMED = 0.85  # above STRONG, below SURE


def retold(a: DateMention, b: DateMention) -> bool:
    """One article tells of one kind of event more than once (two filings, two letters); a
    pair is taken for one event only when it is retold in other sentences with the same
    head, the same names and mostly the same words."""
    if a.head != b.head or a.names != b.names or a.span.line == b.span.line:
        return False
    shared, either = set(a.content) & set(b.content), set(a.content) | set(b.content)
    return len(shared) >= 3 and len(shared) >= len(either) / 2


def is_weekday(mention: DateMention) -> bool:
    return mention.key.startswith("weekday:")
