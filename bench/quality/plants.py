"""Where and how each kind of discrepancy is planted: general rules for sites, never a
hand-picked one. Each planter lists every admissible site of an event in a fixed order and
draws one with the seeded generator; None when the event has no site for the kind.

- figure: a number whose (number, next word) or (previous word, number) pair another
  article of the event repeats, the word not a grammar word ("at 4 percent" and "at 2
  a.m." share nothing a reader could compare);
- figure: not a number that is part of a name ("Amendment 64", "Flight 93"), nor one said
  under a condition or asked about ("If ... could be approved with a simple majority of 51
  votes", "If all earnings were taxed, the trust funds would remain solvent for the next 75
  years"): a scenario is no value another article's contradicts;
- date / weekday / year (plants_dates.py): a month-day, a weekday name or a year another
  article repeats in a sentence that tells of the same happening as far as words go: the
  two sentences share a name and a content word near both dates; a weekday's two clauses
  have one doer (the first name phrase of the dated clause), or, where one has no named
  doer, share several words or names near both dates; a year that bounds a span ("from
  2007 to 2014") repeats only that span; a weekday of another week ("next Tuesday's
  debate", "last Monday") repeats only a weekday of that week: "next Tuesday" and "on
  Tuesday" are two days; never a date inside quotation marks (a quote's wording, or a
  show's name: "Fox News Sunday") or right after a capitalised word inside a sentence
  ("Super Tuesday", "Census 2010"): a change there is no date a reader could compare; no
  word that tells no act counts as the shared word (the time of day, a speech verb:
  "said Monday" and "said Thursday" of one speaker may be two statements), and an
  initialism ("the F.B.I.") is one word of the ten, not three; every other article's
  mention that dates the same happening, a month-day for a weekday, is a counterpart, as
  a finding against it finds the plant (not one that dates it only through a third
  article's: "indictments were announced Friday" links "Democrats called Wednesday for
  Trump to cancel" and "Rosenstein announced the charges Friday", two acts);
- quote_wording / quote_speaker: a quotation whose runs of four words shared with a
  quotation of another article cover half of the shorter of the two; one content word
  changed, dropped or added with shared words on both sides of it, or the named speaker
  next to a speech verb (the whole capitalised phrase) swapped for another person the
  event names as a speaker and the quote does not;
- quote_unattributed: a paragraph that is one quoted sentence and the clause naming its
  speaker, the speaker named nowhere else near it and no attribution in the sentences
  beside it: the attribution taken out, leaving a quote a reader sees as unsourced;
- name: a capitalised word the event never writes in lower case, used mid-sentence and in
  two articles: a transposition, a doubled or dropped letter, a compound split or joined;
- role: a title before a name (not a past one at no named place: "former Rep.") that
  another article gives the same person (the same title in any form, no other given
  name), or a party tag "(R-Ariz.)" whose surname another article gives a party: another
  title the person could not hold at once, the other party;
- spun: every phrase of one article that the spinner table (rules/spinner.yaml) rewrites.
"""

from __future__ import annotations

import random
import re
from collections import defaultdict
from pathlib import Path

import yaml
from injection import Edit, Event, Plan, Pos
from plant_text import (
    GRAMMAR_WORDS,
    MONTH,
    NAMED_NUMBER,
    NUMBER,
    ROOT,
    WORD,
    YEAR,
    _next_word,
    _occurrences,
    _pos,
    sentence_ends,
)
from plants_dates import date, weekday, year
from plants_people import name, role
from plants_quotes import quote_speaker, quote_unattributed, quote_wording


def figure(event: Event, rng: random.Random) -> Plan | None:
    found = defaultdict(list)  # number as written → (pos, previous word, next word)
    for file, line, m in _occurrences(event, NUMBER):
        text = event.files[file][line - 1]
        digits = m.group(2).replace(",", "")
        if YEAR.fullmatch(digits) or re.search(MONTH + r"\s*$", text[: m.start()]) \
                or NAMED_NUMBER.search(text[: m.start()]) or _scenario(text, m.start()):
            continue
        previous = WORD.findall(text[max(0, m.start() - 30) : m.start()])
        found[m.group(1) + m.group(2) + (m.group(3) or "")].append((
            Pos(file, line, m.start(2) + 1, m.end() + 1),
            previous[-1].lower() if previous else "", _next_word(text, m.end())))
    sites = []
    for _, mentions in sorted(found.items()):
        for pos, before, after in mentions:
            others = [p for p, b, a in mentions if p.file != pos.file
                      and ((a == after and a not in GRAMMAR_WORDS)
                           or (b and b == before and b not in GRAMMAR_WORDS))]
            if others:
                sites.append((pos, others))
    if not sites:
        return None
    pos, others = rng.choice(sites)
    text = event.text(pos)
    whole, _, frac = text.replace(",", "").partition(".")
    step = 10 ** max(0, len(whole) - 1)
    value = int(whole) + rng.choice((1, 2, 3)) * step
    new = f"{value:,}" if "," in text else str(value)
    return Plan("figure", "changed", [Edit(pos, new + ("." + frac if frac else ""))], pos,
                [pos, *others])


_CONDITION = re.compile(r"(?<![\w'’-])(?:if|unless)(?![\w'’-])", re.IGNORECASE)


def _scenario(text: str, start: int) -> bool:
    """Whether the number at text[start] is said under a condition ("if" or "unless"
    before it in its sentence) or asked about (its sentence ends with a question mark): a
    scenario, not a value measured, which no other article's value contradicts ("If
    Republicans change the threshold, Gorsuch could be approved with a simple majority of
    51 votes" is not "the party has only 51 votes right now")."""
    ends = sentence_ends(text)
    lo = max((nxt for end, nxt in ends if nxt <= start), default=0)
    hi = min((end for end, _ in ends if end > start), default=len(text))
    return _CONDITION.search(text, lo, start) is not None \
        or text[lo:hi].rstrip("”\"’' ").endswith("?")


def _spinner(path: Path) -> dict[str, list[str]]:
    table = yaml.safe_load(path.read_text(encoding="utf-8"))
    spun = defaultdict(list)
    for strength in ("strong", "weak"):
        for phrase, original in (table.get(strength) or {}).items():
            spun[str(original).lower()].append(str(phrase))
    return dict(spun)


def spun(event: Event, rng: random.Random, table: Path = ROOT / "rules/spinner.yaml"
         ) -> Plan | None:
    rewrite = _spinner(table)
    pattern = re.compile(r"\b(" + "|".join(re.escape(o) for o in sorted(
        rewrite, key=len, reverse=True)) + r")\b", re.IGNORECASE)
    hits = {f: [(ln, m) for _, ln, m in _occurrences(event, pattern) if _ == f]
            for f in event.files}
    files = sorted(f for f, found in hits.items() if found)
    if not files:
        return None
    file = rng.choice(files)
    edits, spans = [], []
    for line, m in hits[file]:
        new = rng.choice(sorted(rewrite[m.group().lower()]))
        if m.group()[0].isupper():
            new = new[0].upper() + new[1:]
        at = _pos(file, line, m)
        edits.append(Edit(at, new))
        spans.append(at)
    return Plan("spun", f"{len(edits)} phrases spun", edits, spans[0], spans)



PLANTERS = {"figure": figure, "date": date, "weekday": weekday, "year": year,
            "quote_wording": quote_wording, "quote_speaker": quote_speaker,
            "quote_unattributed": quote_unattributed, "name": name,
            "role": role, "spun": spun}
