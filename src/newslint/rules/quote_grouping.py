"""NL302's grouping of compared quotes: the quotes that give one wording (so that the
finding sits at the wording fewer articles give), the quotes that hold a fragment word for
word, and the findings that are one quoted passage."""

from __future__ import annotations

from dataclasses import replace

from newslint.diagnostics import Diagnostic, Location
from newslint.index.quote_match import Entry, Place, place_of
from newslint.index.quote_remarks import contains
from newslint.index.quote_remarks import words as words_in
from newslint.index.quote_sources import Compared


def copies(same: list[Compared]
            ) -> tuple[dict[Place, list[Entry]], dict[Place, set[str]], dict[Place, set[Place]]]:
    """For each quote, every quote of the same person worded the same way (house style
    aside), and the articles that quote part of it or more of it word for word: those that
    agree on a wording, so that when two give it one way and a third another, the finding
    sits at the third; and, for each quote, the quotes that hold all of its words."""
    parent: dict[Place, Place] = {}
    entry_at: dict[Place, Entry] = {}
    backing: dict[Place, set[str]] = {}
    held: dict[Place, set[Place]] = {}  # quotes that hold it in full

    def root(place: Place) -> Place:
        while parent.get(place, place) != place:
            place = parent[place]
        return place

    for match, _, a, b in same:
        here, there = place_of(match.a), place_of(match.b)
        if a != b:
            if contains(words_in(a), words_in(b)) or contains(words_in(b), words_in(a)):
                # one quotes part of the other, word for word: they agree
                backing.setdefault(here, set()).add(match.b[0].id)
                backing.setdefault(there, set()).add(match.a[0].id)
                part, whole = (there, here) if len(b) < len(a) else (here, there)
                held.setdefault(part, set()).add(whole)
            continue
        entry_at[here], entry_at[there] = match.a, match.b
        low, high = sorted((root(here), root(there)))
        if low != high:
            parent[high] = low
    groups: dict[Place, list[Entry]] = {}
    for place in sorted(entry_at):
        groups.setdefault(root(place), []).append(entry_at[place])
    return {place: groups[root(place)] for place in entry_at}, backing, held


def wholes(entries: list[Entry], whole: dict[Place, Entry]) -> dict[tuple[str, int, int], Place]:
    """Each quote or piece's place as a finding gives it (path, line, column) → the place
    of the whole quote it belongs to."""
    return {(e.path, q.span.line, q.span.col): place_of(whole.get(place_of((e, q)), (e, q)))
            for e, q in entries}


def passages(findings: list[Diagnostic], wholes: dict[tuple[str, int, int], Place]
              ) -> list[list[Diagnostic]]:
    """The findings in groups of one quotation: findings between the same two articles
    that share a whole quote at either end (two sentences of one passage, each against
    the same passage elsewhere). Two quotes of one paragraph, each against its own quote
    elsewhere, are two misquotes and stay apart."""
    def ends(d: Diagnostic) -> tuple[Place, Place]:
        there = d.related[0]
        return (wholes.get((d.path, d.location.line, d.location.col),
                           (d.path, d.location.line, -1)),
                wholes.get((there.path, there.line, there.col), (there.path, there.line, -1)))

    groups: list[list[Diagnostic]] = []
    keys: list[set[Place]] = []
    for finding in findings:
        here, there = ends(finding)
        for group, seen in zip(groups, keys, strict=True):
            other_here, other_there = ends(group[0])
            if {here[0], there[0]} == {other_here[0], other_there[0]} and {here, there} & seen:
                group.append(finding)
                seen |= {here, there}
                break
        else:
            groups.append([finding])
            keys.append({here, there})
    return groups


def with_variant(first: Diagnostic, other: Diagnostic) -> Diagnostic:
    """The finding at a quote, naming too the places of another variant of it: in other
    articles (the flagged article's other sentences of the passage are no second wording)."""
    seen = {(r.path, r.line, r.col) for r in first.related}
    extra = tuple(r for r in other.related
                  if (r.path, r.line, r.col) not in seen and r.path != first.path)
    return replace(first, related=first.related + extra) if extra else first


def with_sentence(first: Diagnostic, other: Diagnostic,
                  places: dict[tuple[str, int, int], Location]) -> Diagnostic:
    """The finding of a quoted passage, taking in the finding of another of its sentences:
    that finding's places in other articles (its own quote, when it sits in another article,
    or the quotes it was compared with) are named among the related places, so that the
    other article's changed sentence is shown beside the flagged passage. Its span stays
    the flagged quote's: a sentence of the same article merged in may differ only in a word
    the message does not report ("should not happen that he" / "should not happen. He")."""
    merged = with_variant(first, other)
    here = (other.path, other.location.line, other.location.col)
    if other.path != first.path and here in places and here not in {
            (r.path, r.line, r.col) for r in merged.related}:
        return replace(merged, related=(*merged.related, places[here]))
    return merged


def support(entries: list[Entry], others: list[Entry],
             backing: dict[Place, set[str]]) -> int:
    """Articles that give this wording: its copies, and those that quote part of it or more
    of it word for word, the other wording's articles aside ("state psyop" is in "CCP state
    psyop", which does not back it)."""
    ids = {article.id for article, _ in entries}
    for entry in entries:
        ids |= backing.get(place_of(entry), set())
    return len(ids - {article.id for article, _ in others})
