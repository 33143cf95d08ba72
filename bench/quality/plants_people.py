"""Planters of people discrepancies: a misspelt name and a changed title or party (the
rules for their sites are in plants.py's docstring)."""

from __future__ import annotations

import random
import re
from collections import defaultdict

from injection import Edit, Event, Plan, Pos
from plant_text import (
    CAPWORD,
    CAPWORD_BEFORE,
    HELD_TOGETHER,
    MONTH,
    PARTY,
    PAST_NO_PLACE,
    SURNAME,
    TITLE,
    TITLES,
    WEEKDAY,
    WORD,
    _occurrences,
    _pos,
)


def _name_sites(event: Event):
    lower = {w for f in event.files for _, t in event.body_lines(f) for w in WORD.findall(t)
             if w.islower()}
    found = defaultdict(list)
    for file, line, m in _occurrences(event, CAPWORD):
        before = event.files[file][line - 1][: m.start()].rstrip()
        if not before or before[-1] in ".!?\"“:—":
            continue
        if len(m.group()) >= 4 and m.group().lower() not in lower and not (
                WEEKDAY.fullmatch(m.group()) or re.fullmatch(MONTH, m.group())):
            found[m.group()].append(Pos(file, line, m.start() + 1, m.end() + 1))
    return {w: ps for w, ps in sorted(found.items()) if len({p.file for p in ps}) >= 2}


def _misspell(word: str, rng: random.Random, known: set[str]) -> tuple[str, str] | None:
    options = []
    for i in range(1, len(word) - 2):
        if word[i] != word[i + 1]:
            options.append(("transposition", word[:i] + word[i + 1] + word[i] + word[i + 2 :]))
    for i in range(1, len(word)):
        options.append(("doubled letter", word[:i] + word[i] + word[i:]))
    for i in range(1, len(word) - 1):
        options.append(("dropped letter", word[:i] + word[i + 1 :]))
    split = [i for i in range(1, len(word)) if word[i].isupper()]
    options += [("compound split", word[:i] + " " + word[i:]) for i in split]
    options = [(op, new) for op, new in options if new not in known and new != word]
    return rng.choice(options) if options else None


def name(event: Event, rng: random.Random) -> Plan | None:
    sites = _name_sites(event)
    known = {w for f in event.files for _, t in event.body_lines(f) for w in WORD.findall(t)}
    joins = defaultdict(list)
    pair = re.compile(r"(?<![\w-])([A-Z][a-z]{2,}) ([A-Z][a-z]{2,})(?![\w-])")
    for file, line, m in _occurrences(event, pair):
        if m.group(1) in sites and m.group(2) in sites:
            joins[m.group()].append(_pos(file, line, m))
    choices = [("word", w) for w in sites] + [("join", p) for p, ps in sorted(joins.items())
                                              if len({q.file for q in ps}) >= 2]
    if not choices:
        return None
    how, key = rng.choice(choices)
    mentions = sites[key] if how == "word" else joins[key]
    at = rng.choice(mentions)
    if how == "join":
        new, op = key.replace(" ", "").capitalize(), "compound joined"
    else:
        done = _misspell(key, rng, known)
        if done is None:
            return None
        op, new = done
    # The planted form disagrees with every other use of the word, including one after a
    # title's stop ("Gov. Mike Huckabee"), which is no site (it may open a sentence).
    others = _pair_uses(event, key) if how == "join" else _all_uses(event, key)
    others += _headline_uses(event, key)
    return Plan("name", op, [Edit(at, new)], at, [at, *[p for p in others if p != at]])


def _headline_uses(event: Event, name: str) -> list[Pos]:
    """The uses of a name in the articles' headlines: the plant disagrees with them too,
    and a finding may show the headline's spelling where the prose has no other."""
    pattern = re.compile(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])")
    return [_pos(file, index + 1, m) for file in event.files for index in event.body[file]
            if event.files[file][index].lstrip().startswith("#")
            for m in pattern.finditer(event.files[file][index])]


def _all_uses(event: Event, word: str) -> list[Pos]:
    """Every use of a capitalised word in the event's prose, mid-sentence ones first; a
    possessive ("Clinton’s") is a use of the name too."""
    uses = [Pos(file, line, m.start() + 1, m.end() + 1)
            for file, line, m in _occurrences(event, SURNAME) if m.group() == word]
    mid = set(_name_sites(event).get(word, ()))
    return sorted(uses, key=lambda p: p not in mid)


def _pair_uses(event: Event, pair: str) -> list[Pos]:
    """Every use of a two-word name, also one that follows another capitalised word
    ("Secretary Ryan Zinke"), which the site search, taking pairs in turn, reads apart."""
    pattern = re.compile(r"(?<![\w-])" + re.escape(pair) + r"(?![\w-])")
    return [_pos(file, line, m) for file, line, m in _occurrences(event, pattern)]


# What another article says of a person, right at a mention of the surname: a title or
# party before the name ("Speaker John A. Boehner", "the N.C.A.A. president, Mark Emmert",
# "Democratic Sen. Chris Coons") or after it ("Jay Inslee, Democrat of Washington", "Sarah
# Palin, the former Alaska governor", "Ed Royce (R-Calif.)").
_TITLE_WORDS = (r"(?i:" + "|".join(re.escape(t) for t in TITLES) + r"|president|governor"
                r"|senator|representative|congress(?:wo)?man|chair(?:wo)?man|speaker|leader"
                r"|secretary|mayor|judge|director|minister|whip)")
_PARTY_BEFORE = re.compile(r"\b(?:Democratic|Republican|GOP)\s+(?:" + _TITLE_WORDS
                           + r"\s+)?(?:[A-Z][a-z]+\s+|[A-Z]\.\s+){0,3}$")
_PARTY_AFTER = re.compile(r"(?:\s+(?:of|from)\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?,?\s+"
                          r"(?:\([RDI]-|[RDI]-[A-Z]|(?:(?:a|the)\s+(?:[A-Z][a-z]+\s+)?)?"
                          r"(?:Republican|Democrat)\b)")


def _states_party(event: Event, pos: Pos) -> bool:
    """Whether the mention at `pos` comes with a party: only then does a planted swap
    disagree with what another article says, rather than with what the reader may know."""
    text = event.files[pos.file][pos.line - 1]
    before, after = text[max(0, pos.col - 1 - 60) : pos.col - 1], text[pos.end_col - 1 :]
    return bool(_PARTY_BEFORE.search(before) or _PARTY_AFTER.match(after))


_TITLE_BEFORE = re.compile(r"(?P<title>" + _TITLE_WORDS + r"),?\s+"
                           r"(?P<names>(?:[A-Z][a-z]+\s+|[A-Z]\.\s+){0,3})$")
_TITLE_AFTER = re.compile(r"(?:\s+(?:of|from)\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?,\s+"
                          r"(?:the|a|an)\s+(?:[\w.’'-]+\s+){0,4}?(?P<title>" + _TITLE_WORDS
                          + r")\b")
# One title written two ways: a swap of "Rep." disagrees with another article's
# "congressman", not with its "Speaker".
_SAME_TITLE = {"sen.": "senator", "rep.": "representative", "congressman": "representative",
               "congresswoman": "representative", "gov.": "governor",
               "chairwoman": "chairman"}


def _title_class(title: str) -> str:
    return _SAME_TITLE.get(title.lower(), title.lower())


def _title_at(event: Event, pos: Pos) -> tuple[str, str | None] | None:
    """(the title, the given name) another article writes with a surname: "Speaker John A.
    Boehner" is ("speaker", "John"), "Sarah Palin, the former Alaska governor" ("governor",
    "Sarah"); None where it writes no title there."""
    text = event.files[pos.file][pos.line - 1]
    before, after = text[max(0, pos.col - 1 - 60) : pos.col - 1], text[pos.end_col - 1 :]
    found = _TITLE_BEFORE.search(before)
    given = CAPWORD_BEFORE.search(before)
    first = given.group(1) if given and not re.fullmatch(_TITLE_WORDS, given.group(1)) \
        else None
    if found:
        names = found.group("names").split()
        return _title_class(found.group("title")), names[0] if names else None
    found = _TITLE_AFTER.match(after)
    return (_title_class(found.group("title")), first) if found else None


def _gives_title(event: Event, pos: Pos, title: str, given: str | None) -> bool:
    """Whether another article's mention at `pos` gives the person the title a plant
    replaces (in any of its forms), and is the same person: no other given name ("Liz
    Cheney" is not "Dick Cheney"). A swap where no article gives that title disagrees
    with nothing a reader can see ("Vice President Mike Pence" made "Vice Director",
    where the other article calls him a former governor)."""
    stated = _title_at(event, pos)
    if stated is None or stated[0] != _title_class(title):
        return False
    return given is None or stated[1] is None or stated[1] == given


def _quoted(before: str) -> bool:
    """Whether a paragraph's text up to a site leaves a quotation open: the site is inside
    a quotation, whose words newslint (rightly) does not read roles from."""
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def role(event: Event, rng: random.Random) -> Plan | None:
    """A title or party changed where another article gives the person one: a plant that
    only world knowledge could find ("Harry Reid (R-Nev.)" where no other article gives
    Reid's party) is no discrepancy between articles."""
    surnames = defaultdict(list)
    for file, line, m in _occurrences(event, SURNAME):
        surnames[m.group()].append(Pos(file, line, m.start() + 1, m.end() + 1))
    sites = []
    for file, line, m in _occurrences(event, TITLE):
        if _quoted(event.files[file][line - 1][: m.start()]):
            continue  # a speaker's words: a title there is theirs, not the writer's
        others = [p for p in surnames.get(m.group(2).split()[-1], []) if p.file != file]
        names = m.group(2).split()
        given = names[0] if len(names) >= 2 else None
        if not any(_gives_title(event, p, m.group(1), given) for p in others):
            continue
        if others and not PAST_NO_PLACE.search(event.files[file][line - 1][: m.start()]):
            title = m.group(1)
            swaps = [t for t in TITLES if t != title and t.endswith(".") == title.endswith(".")
                     and not any({t, title} <= held for held in HELD_TOGETHER)]
            sites.append((_pos(file, line, m, 1), rng.choice(swaps), _pos(file, line, m),
                          others))
    for file, line, m in _occurrences(event, PARTY):
        others = [p for p in surnames.get(m.group(1).split()[-1], []) if p.file != file]
        if any(_states_party(event, p) for p in others):
            sites.append((_pos(file, line, m, 2), "D" if m.group(2) == "R" else "R",
                          _pos(file, line, m), others))
    if not sites:
        return None
    at, new, phrase, others = rng.choice(sites)
    op = "party swapped" if new in "RD" else "title changed"
    # Every mention the plant disagrees with: a finding placed at any of them (a tie is one
    # finding, which may sit at the other article) names the discrepancy.
    return Plan("role", op, [Edit(at, new)], at, [phrase, *others])

