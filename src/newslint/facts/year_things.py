"""The thing a year dates: the noun it names or the noun it follows through "in".

A year names a long span, and background facts (a campaign, a program, a law) are told in
many words: "Al Gore's 2000 ticket", "the 2000 Democratic vice presidential nominee" and
"Al Gore's running mate in the 2000 presidential campaign" date one contest; "a program
launched in 2008 called PRISM" and "the program was started in 2007" one program. The verb
of the clause (ran, was, launched, started) keys none of them together; the noun the year
modifies does. It is read two ways, in the year's own clause:

- named: the noun right after the year, past the names and modifiers that qualify it
  ("the 2008 presidential primaries", "the 2010 midterm tea party wave election");
- followed: the noun before "in YEAR", with only function words, names, one noun of its
  complement ("Clinton's run for the presidency in 2008") and a verb of its own time or
  of an act that brings it about between them ("an election held in 2010", "the program
  was started in 2007"); another verb ("the ban was challenged in 2015") dates another
  act, not the thing. "Since 2002" or "by 2010" date no thing: a time since, a time by.

A followed year under a verb that brings the thing about, between them or governing its
phrase ("a program launched in 2008", "launched a presidential campaign in 2011",
"passed the ban in 2014"), is the act's year, read as "reading:start": a campaign is
launched the year before it runs, a ban passed the year before it takes effect, so it is
compared only with another act's year, never with the thing's own ("the 2012 campaign").
Its verb is kept as "act:launched", and two acts' years meet only when their verbs tell
one act (one lemma, one group of `synonyms` or `events`): a law passed in 2009 and signed
in 2010, a treaty reached in 2015 and signed in 2016, are two steps, each in its year.

What a contest is won for (control, a majority, a seat) is a thing of the contest only
when a verb that wins or loses it governs it and its phrase names the office: "won
control of the House in 2010" is the 2010 House contest; "took his Senate seat in 2009"
(sworn in after a recount) and "took control of the company in 2010" date no contest.

The thing's phrase also tells which thing of its group it is: the office, stage, party
and round of a contest ("the 2010 Senate race", "his 2011 bid for governor", "ran for the
GOP presidential nomination in 2008"), read as kinds ("office:senate") in the noun's
premodifiers, its compound and a complement with "for" or "of" after it. An office the
lexicon does not list is the head noun of a contest's "for" complement ("a 2010 election
for the state Legislature": "office:legislature").

Which nouns are things, grouped by what they name (ticket = primaries = run: one contest;
law = act = statute; treaty = accord = deal), the verbs and the kinds that single one out
are editors' lexicons in rules/dates.yaml (`year_things`, `year_thing_stakes`,
`year_thing_stake_verbs`, `year_thing_verbs`, `year_thing_start_verbs`,
`year_thing_kinds`, `year_thing_defaults`): general English, not a story's words.
"""

from __future__ import annotations

import functools
import re
from itertools import islice
from typing import NamedTuple

from newslint.facts.clause import FUNCTION_WORDS, IRREGULAR, WORD
from newslint.facts.dates import event_table
from newslint.facts.determiners import ARTICLES
from newslint.facts.event_vocabulary import head_agreement, lemma
from newslint.ruledata import builtin

_YEAR = re.compile(r"[12][0-9]{3}")
_IN = re.compile(r"\bin\s+$", re.IGNORECASE)
# Punctuation between the thing and its year ends the phrase: "the ban, which ... in 2015".
_BREAK = re.compile(r"[,;:()\[\]\"“”—–]")
_NAMED_REACH = 4  # words from the year to its noun: "2000 Democratic vice presidential nominee"
_FOLLOWED_REACH = 6  # words back from "in" to the noun: "run for the presidency in 2008"
_COMPLEMENT_WORDS = 1  # other lower-case words allowed between: "presidency"
_PREMODIFIERS = 3  # words before the year or noun: "the GOP presidential nomination"
_COMPOUND = 4  # words after the thing's noun: "2010 midterm tea party wave election"
_OF_FOR = 5  # words of its complement: "bid for the Democratic nomination for mayor"
_COMPLEMENT = frozenset({"for", "of"})
_INSIDE_COMPLEMENT = ARTICLES | _COMPLEMENT


class _Lexicon(NamedTuple):
    groups: dict[str, str]  # thing words (stakes among them) → their group
    stakes: frozenset[str]  # what a contest is won for: "control", "seat"
    stake_verbs: frozenset[str]  # verbs that win or lose a stake: "won", "lost"
    verbs: frozenset[str]  # verbs of the thing's own time: "held", "won"
    start_verbs: frozenset[str]  # verbs of an act that brings it about: "launched"


@functools.cache
def _lexicon() -> _Lexicon:
    data = builtin("dates.yaml") or {}

    def words(section: str) -> frozenset[str]:
        return frozenset(str(data.get(section) or "").lower().split())

    stakes = {word.lower(): str(group)
              for group, words_of in (data.get("year_thing_stakes") or {}).items()
              for word in str(words_of).split()}
    groups = stakes | {word.lower(): str(group)
                       for group, words_of in (data.get("year_things") or {}).items()
                       for word in str(words_of).split()}
    return _Lexicon(groups, frozenset(stakes), words("year_thing_stake_verbs"),
                    words("year_thing_verbs"), words("year_thing_start_verbs"))


@functools.cache
def _kind_lexicon() -> tuple[re.Pattern[str], dict[str, frozenset[str]],
                             dict[str, frozenset[str]]]:
    """Any kind phrase (longest first; a capitalised one as written, "Senate"), the kinds
    each phrase means, and the kinds a thing word has unless its phrase names them."""
    data = builtin("dates.yaml") or {}

    def table(section: str) -> dict[str, frozenset[str]]:
        kinds: dict[str, set[str]] = {}
        for kind, values in (data.get(section) or {}).items():
            for value, phrases in (values or {}).items():
                for phrase in phrases or ():
                    kinds.setdefault(str(phrase), set()).add(f"{kind}:{value}")
        return {phrase: frozenset(v) for phrase, v in kinds.items()}

    kinds = table("year_thing_kinds")
    alternatives = "|".join(re.escape(p) if not p.islower() else f"(?i:{re.escape(p)})"
                            for p in sorted(kinds, key=len, reverse=True))
    pattern = re.compile(rf"(?<![\w'’-])(?:{alternatives})(?![\w-])")
    return pattern, kinds, table("year_thing_defaults")


def thing_group(word: str) -> str | None:
    """The group of a thing noun as written ("ticket" → "contest"), or None: forms as
    listed, so that "ran" (a verb of many things) is not "run" (a candidacy)."""
    return _lexicon().groups.get(word.lower())


def year_thing(text: str, clause_start: int, clause_end: int, start: int, end: int
               ) -> re.Match[str] | None:
    """The word of the thing the year text[start:end] dates within its clause, or None (and
    None for any date but a bare year). A stake ("control", "seat") is a contest's only
    when a verb that wins or loses it governs it and its phrase names the office: "won
    control of the House in 2010", not "took his Senate seat in 2009" (a later act)."""
    if not _YEAR.fullmatch(text, start, end):
        return None
    found = _named(text, end, clause_end) or _followed(text, clause_start, start)
    if found is not None and found.group().lower() in _lexicon().stakes and (
            _governing_verb(text, clause_start, start, found) not in _lexicon().stake_verbs
            or not any(kind.startswith("office:") for kind in thing_kinds(
                text, clause_start, clause_end, start, end, found))):
        return None  # "took control of the company in 2010", "took his seat in 2009"
    return found


def _governing_verb(text: str, clause_start: int, start: int, thing: re.Match[str]
                    ) -> str | None:
    """The verb whose object the thing's phrase is, lower case ("[won] his Senate seat in
    2008", "[launched] a presidential campaign in 2011"), or None: the first word before
    the phrase's modifiers past function words, when it is a verb."""
    at = _premodifiers(text, clause_start, min(start, thing.start()))
    for word in reversed(list(WORD.finditer(text, max(clause_start, at - 60), at))):
        written = word.group()
        if _BREAK.search(text, word.end(), at):
            return None
        if written.islower() and written in FUNCTION_WORDS:
            at = word.start()
            continue
        return written if written.islower() and _verb(written) else None
    return None


def _named(text: str, end: int, clause_end: int) -> re.Match[str] | None:
    previous = end
    for word in islice(WORD.finditer(text, end, clause_end), _NAMED_REACH):
        if text[previous:word.start()] != " ":
            return None  # the year's phrase ends at punctuation
        written = word.group()
        if thing_group(written):
            return word
        if written.islower() and (written in FUNCTION_WORDS or _verb(written)):
            return None
        previous = word.end()
    return None


def _followed(text: str, clause_start: int, start: int) -> re.Match[str] | None:
    preposition = _IN.search(text, max(clause_start, start - 8), start)
    if preposition is None:
        return None
    words = list(WORD.finditer(text, clause_start, preposition.start()))[-_FOLLOWED_REACH:]
    verbs = other = 0
    following = preposition.start()
    for word in reversed(words):
        if _BREAK.search(text, word.end(), following):
            return None
        following = word.start()
        written = word.group()
        if thing_group(written):
            return word
        if not written.islower() or written in FUNCTION_WORDS:
            continue
        if _verb(written):
            verbs += 1
            lexicon = _lexicon()
            if verbs > 1 or (written not in lexicon.verbs
                             and written not in lexicon.start_verbs):
                return None  # another act's year: "the ban was challenged in 2015"
        else:
            other += 1
            if other > _COMPLEMENT_WORDS:
                return None
    return None


def _verb(word: str) -> bool:
    """A past or participle by its form: "launched", "begun", "won"."""
    return (word.endswith("ed") and "-" not in word and len(word) > 4) or word in IRREGULAR


def thing_kinds(text: str, clause_start: int, clause_end: int, start: int, end: int,
                thing: re.Match[str]) -> tuple[str, ...]:
    """The kinds ("office:senate", "stage:primary") that single out the thing `thing`
    (year_thing's word) the year text[start:end] dates, as its phrase names them: in
    "his 2011 bid for governor" the office, in "the 2010 election" (by default) the
    stage, sorted. A contest's "for" complement that names no listed office is its
    office by its head noun ("an election for the City Council": "office:council"). A
    year of an act that brings the thing about ("launched a campaign in 2011", "passed
    the ban in 2014") is "reading:start": not the thing's own year ("the 2012
    campaign", "the 2015 ban"), so only another such year is compared with it, and only
    when its verb ("act:passed") tells the same act."""
    reading = ()
    if thing.start() >= end:  # named: "the 2010 Senate race", "a 2005 bid for mayor"
        lo = _premodifiers(text, clause_start, start)
        compound = _compound_end(text, thing.end(), clause_end)
        hi = _complement_end(text, compound, clause_end)
        complement = (compound, hi)
    else:  # followed: "ran for the GOP presidential nomination in 2008"
        lo, hi = _premodifiers(text, clause_start, thing.start()), start
        complement = (thing.end(), start)
        between = {w.group() for w in WORD.finditer(text, thing.end(), start)}
        acts = (between | {_governing_verb(text, clause_start, start, thing)}) \
            & _lexicon().start_verbs
        if acts:
            reading = ("reading:start", *(f"act:{verb}" for verb in acts))
    pattern, kinds, defaults = _kind_lexicon()
    found = {kind for m in pattern.finditer(text, lo, hi)
             for kind in kinds.get(m.group()) or kinds.get(m.group().lower()) or ()}
    named = {kind.split(":")[0] for kind in found}
    if "office" not in named and thing_group(thing.group()) == "contest" \
            and (office := _complement_head(text, *complement)):
        found.add(f"office:{office}")
        named.add("office")
    found |= {kind for kind in defaults.get(thing.group().lower(), ())
              if kind.split(":")[0] not in named}
    return tuple(sorted(found.union(reading)))


def _complement_head(text: str, lo: int, hi: int) -> str | None:
    """The head noun of a "for" complement text[lo:hi] ("for the state [Legislature]"),
    lower case, when it is no thing of its own ("for re-election") and no name's part;
    None otherwise."""
    words = list(WORD.finditer(text, lo, hi))
    if len(words) < 2 or words[0].group() != "for" or text[lo:words[0].start()].strip():
        return None
    last = words[-1].group()
    if last.lower() in FUNCTION_WORDS or thing_group(last) or _verb(last.lower()) \
            or _BREAK.search(text, words[0].end(), words[-1].start()):
        return None
    return last.lower()


def kinds_differ(a: tuple[str, ...], b: tuple[str, ...], things: bool = False) -> bool:
    """Both phrases name a kind of the thing and share no value of it: "the 2010 Senate
    race" and "the 2011 governor's race", "the 2007 primaries" and "the 2008 election"
    are two contests; "the 2008 presidential primaries" and "Clinton's run for the
    presidency in 2007" may be one. `things`: both years date a thing, so a year of an
    act on it ("reading:start") and the thing's own year differ too."""
    if not a and not b:
        return False  # the common case: neither phrase names a kind
    ours, theirs = _by_kind(a, things), _by_kind(b, things)
    return any(_apart(kind, values, theirs[kind]) for kind, values in ours.items()
               if kind in theirs)


def _apart(kind: str, ours: set[str], theirs: set[str]) -> bool:
    """No value of a kind in common; for the verbs of two acts that brought a thing about
    ("act:passed", "act:signed"), no pair that tells one act: one lemma, one synonym group
    or one event of rules/dates.yaml (launched = unveiled, passed = approved)."""
    if kind != "act":
        return ours.isdisjoint(theirs)
    return not any(_same_act(x, y) for x in ours for y in theirs)


def _same_act(a: str, b: str) -> bool:
    verb_event = event_table().verb_event
    return head_agreement(lemma(a), lemma(b)) > 0 \
        or verb_event.get(a, a) == verb_event.get(b, b)


def _by_kind(kinds: tuple[str, ...], thing: bool) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for kind in kinds:
        name, value = kind.split(":", 1)
        out.setdefault(name, set()).add(value)
    if thing and "reading" not in out:
        out["reading"] = {"own"}  # the thing's own year: "the 2012 campaign"
    return out


def _premodifiers(text: str, clause_start: int, at: int) -> int:
    """Where the words that qualify the word at `at` begin: back to a function word, a
    verb or punctuation ("the [GOP presidential] nomination", "won the [Iowa] caucuses")."""
    lo = at
    for word in reversed(list(WORD.finditer(text, max(clause_start, at - 80), at))
                         [-_PREMODIFIERS:]):
        written = word.group()
        if _BREAK.search(text, word.end(), lo) or (written.islower() and (
                written in FUNCTION_WORDS or _verb(written))):
            break
        lo = word.start()
    return lo


def _compound_end(text: str, end: int, clause_end: int) -> int:
    """The end of the noun compound the thing's word opens: "midterm [tea party wave
    election]", up to a function word, a verb or punctuation."""
    for word in islice(WORD.finditer(text, end, clause_end), _COMPOUND):
        written = word.group().lower()
        if text[end:word.start()] != " " or written in FUNCTION_WORDS or _verb(written):
            break
        end = word.end()
    return end


def _complement_end(text: str, end: int, clause_end: int) -> int:
    """The end of a complement with "for" or "of" after the thing: "bid [for the
    Democratic nomination for mayor]", up to another function word or punctuation."""
    words = list(islice(WORD.finditer(text, end, clause_end), _OF_FOR + 1))
    if not words or text[end:words[0].start()] != " " or words[0].group() not in _COMPLEMENT:
        return end
    reached = end
    for word in words:
        written = word.group()
        if _BREAK.search(text, reached, word.start()) or (
                written.islower() and written in FUNCTION_WORDS
                and written not in _INSIDE_COMPLEMENT) or _verb(written):
            break
        reached = word.end()
    return reached
