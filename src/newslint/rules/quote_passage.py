"""NL302's one finding of a quoted passage: each of its sentences' changes, in the order
of the passage, at the place that takes in every change it reports, named in the other
article at the changed words themselves (not its whole passage, which may hold a sentence
that only looks changed: "should not happen that he comes" / "should not happen. He
comes")."""

from __future__ import annotations

from dataclasses import replace

import regex

from newslint.diagnostics import Diagnostic, Location
from newslint.facts import Quote
from newslint.index.quote_diff import word_diff
from newslint.index.quote_noise import change_weight, changed_stretch, filler_word
from newslint.rules.quote_variants import Variants

Side = tuple[str, Quote]  # an article's path and its quote (or sentence of one)
_TOKEN = regex.compile(r"\S+")


def passage_finding(chosen: Diagnostic, group: list[Diagnostic], variants: Variants
                    ) -> Diagnostic:
    """The finding of a passage whose sentences were each found changed (`group`), built
    on the one that weighs most (`chosen`, already carrying the others' places): its
    message lists every sentence's change from the flagged article's side, its span runs
    from the first change it reports to the last, and the other article's places are the
    changed words there. Left as it is where a sentence's place is not known on one line."""
    parts: dict[tuple[int, int], tuple[Location, Location, str]] = {}
    who, check = variants.sources.get(chosen.fingerprint, ("", ""))
    for finding in group:
        pair = variants.pairs.get(finding.fingerprint)
        if pair is None:
            return chosen
        here, there = pair if pair[0][0] == chosen.path else (pair[1], pair[0])
        part = _part(here, there)
        if here[0] != chosen.path or part is None or part[0].line != chosen.location.line:
            return chosen
        parts.setdefault((part[0].col, part[0].end_col), part)
        advice = variants.sources.get(finding.fingerprint, ("", ""))[1]
        if "opposite" in advice:
            check = advice  # a sentence whose negation flips: the gravest advice ends it
    if len(parts) < 2:
        return chosen
    ordered = [parts[k] for k in sorted(parts)]
    told = "; ".join(note for _, _, note in ordered)
    start = min(chosen.location.col, ordered[0][0].col)
    end = max(chosen.location.end_col, ordered[-1][0].end_col)
    location = replace(chosen.location, col=start, end_col=end)
    # the other article's changed words stand for its quotes: one remark, as before
    whole = variants.whole((chosen.path, chosen.location.line, chosen.location.col))
    variants.wholes.setdefault((chosen.path, location.line, location.col), whole)
    related: list[Location] = []
    named = set()
    for _, there, _ in ordered:
        related.append(there)
        named.add(there.path)
    for place in chosen.related:
        key = (place.path, place.line, place.col)
        if place.path in named:
            for there in related:
                variants.wholes.setdefault((there.path, there.line, there.col),
                                           variants.whole(key))
        else:
            related.append(place)
    variants.messages.pop(chosen.fingerprint, None)  # its own message says it all
    return replace(chosen, severity=max(f.severity for f in group), location=location,
                   message=f"{who} as {told}; {check}", related=tuple(related))


def _part(here: Side, there: Side) -> tuple[Location, Location, str] | None:
    """One sentence's change: its stretch here, the other's stretch there (quoted as its
    note), and the words the message gives for it."""
    marks = []
    for _, quote in (here, there):
        span = quote.span
        if span.line != span.end_line or span.end - span.start != len(quote.text):
            return None  # the quote's words are not where its span says, column for column
        marks.append(list(_TOKEN.finditer(quote.text)))
    words = [[m.group() for m in found] for found in marks]
    a1, a2, b1, b2 = changed_stretch(words[0], words[1])
    if a1 >= a2 or b1 >= b2:
        return None
    places = []
    for (path, quote), found, lo, hi in ((here, marks[0], a1, a2), (there, marks[1], b1, b2)):
        col = quote.span.col + found[lo].start()
        text = quote.text[found[lo].start():found[hi - 1].end()]
        places.append(Location(path, quote.span.line, col, quote.span.line, col + len(text),
                               f'"{text}" here'))
    mine = _shown(words[0], a1, a2)
    theirs = _shown(words[1], b1, b2)
    diff = word_diff(here[1].text, there[1].text, True, filler_word, change_weight)
    name = there[0].rsplit("/", 1)[-1]
    return places[0], places[1], f'"{mine}" here but "{theirs}" in {name} ({diff})'


def _shown(words: list[str], lo: int, hi: int) -> str:
    return ("…" if lo > 0 else "") + " ".join(words[lo:hi]) + ("…" if hi < len(words) else "")
