"""NL302's findings, one per quote: where three or more articles quote one remark and one
of them differs from the others, the pairs that differ are one discrepancy, reported once.
A sentence of a longer quote is that quote: the same words changed in the whole quote
against one article and in its sentence against another are one discrepancy too."""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field, replace

from newslint.diagnostics import Diagnostic, Location
from newslint.facts import Quote
from newslint.index.quote_match import Entry, Place
from newslint.index.quote_noise import noise_word
from newslint.index.quote_text import gapped

Key = tuple[str, int, int]  # path, line, column of a quote


@dataclass
class Variants:
    """What each compared pair found: the quotes whose wordings differ, how much (severity
    then number of changes) and, for every quote, its place with the quote as its note."""

    differ: dict[frozenset[Key], tuple[int, int]] = field(default_factory=dict)
    places: dict[Key, Location] = field(default_factory=dict)
    # a finding's message with its other articles left to fill in: (before, after)
    messages: dict[str, tuple[str, str]] = field(default_factory=dict)
    # a finding's changed words, as ("-", word) here and ("+", word) there
    changes: dict[str, frozenset[tuple[str, str]]] = field(default_factory=dict)
    # the place of a sentence of a longer quote -> the place of the whole quote
    wholes: dict[Key, Key] = field(default_factory=dict)
    # a finding's two quotes, its own article's first, each as (path, quote)
    pairs: dict[str, tuple[tuple[str, Quote], tuple[str, Quote]]] = field(default_factory=dict)
    # a finding's speaker as its message names it, and the advice that ends it
    sources: dict[str, tuple[str, str]] = field(default_factory=dict)

    def whole(self, key: Key) -> Key:
        return self.wholes.get(key, key)

    def add(self, here: Location, there: Location, severity: int, changes: int) -> None:
        edge = frozenset((_key(here), _key(there)))
        self.differ[edge] = max(self.differ.get(edge, (0, 0)), (severity, changes))
        for place in (here, there):
            self.places.setdefault(_key(place), place)


def one_per_remark(findings: list[Diagnostic], variants: Variants) -> list[Diagnostic]:
    """Findings at one quote are about one remark: one finding for them all. When that
    quote differs from the others and they agree among themselves, its message says what
    the others read. Findings at different quotes stay apart: each is a change of its own
    (one article's cut and another's changed word are two misquotes, and one finding
    would tell of one of them only)."""
    groups: dict[Key, list[Diagnostic]] = {}
    for finding in findings:
        groups.setdefault(variants.whole(_key(finding.location)), []).append(finding)
    out: list[Diagnostic] = []
    for group in groups.values():
        out.extend(_one(part, variants) for part in _same_change(group, variants))
    return out


def _same_change(group: list[Diagnostic], variants: Variants) -> list[list[Diagnostic]]:
    """The findings at one quote (or its sentences) in parts about one change each: those
    at one place, and those whose changed words overlap ("it" here, "they" there)."""
    parts: list[list[Diagnostic]] = []
    for finding in group:
        mine = variants.changes.get(finding.fingerprint, frozenset())
        joined = [p for p in parts if any(
            _key(f.location) == _key(finding.location)
            or mine & variants.changes.get(f.fingerprint, frozenset()) for f in p)]
        merged = [finding] if not joined else [f for p in joined for f in p] + [finding]
        parts = [p for p in parts if p not in joined] + [merged]
    return parts


def _one(group: list[Diagnostic], variants: Variants) -> Diagnostic:
    whole = variants.whole
    keys = {whole(_key(f.location)) for f in group} | {
        whole(_key(r)) for f in group for r in f.related}
    edges: dict[frozenset[Key], tuple[int, int]] = {}
    for edge, weight in variants.differ.items():
        edge = frozenset(whole(k) for k in edge)
        if edge <= keys and len(edge) == 2:
            edges[edge] = max(edges.get(edge, (0, 0)), weight)
    odd = set.intersection(*(set(e) for e in edges)) if edges else set()
    at: dict[Key, Diagnostic] = {}
    for f in sorted(group, key=lambda f: whole(_key(f.location)) != _key(f.location)):
        at.setdefault(whole(_key(f.location)), f)  # the whole quote's finding first
    if len(odd) == 1 and next(iter(odd)) in at:
        chosen, agree = at[next(iter(odd))], True  # the others agree among themselves
    else:
        def weight(key: Key) -> tuple[int, int, int]:
            mine = [w for e, w in edges.items() if key in e]
            return len(mine), max(mine, default=(0, 0))[0], sum(c for _, c in mine)
        chosen, agree = max(group, key=lambda f: (weight(whole(_key(f.location))),
                                                  f.severity)), False
    here = whole(_key(chosen.location))
    seen = {here} | {whole(_key(r)) for r in chosen.related}
    # each quote's place, as written where the whole quote was compared
    places: dict[Key, Location] = {}
    for key, place in sorted(variants.places.items(), key=lambda kp: (whole(kp[0]) != kp[0],
                                                                       kp[0])):
        places.setdefault(whole(key), place)
    for f in group:
        for r in f.related:
            places.setdefault(whole(_key(r)), r)
    extra: list[Location] = [places[key] for key in sorted(keys - seen) if key in places]
    severity = max(f.severity for f in group)
    finding = replace(chosen, related=chosen.related + tuple(extra), severity=severity)
    # the articles whose wording differs from the flagged quote's
    articles = sorted({k[0] for k in keys if frozenset((here, k)) in edges} - {here[0]})
    before, after = variants.messages.get(chosen.fingerprint, ("", ""))
    if agree and len(articles) > 1 and before:
        names = ", ".join(p.rsplit("/", 1)[-1] for p in articles)
        finding = replace(finding, message=(
            f"{before}the {len(articles)} other articles ({names}) read {after}"))
    return finding


def _key(place: Location) -> Key:
    return place.path, place.line, place.col


def sentence_wholes(entries: list[Entry], whole: dict[Place, Entry]
                     ) -> dict[tuple[str, int, int], tuple[str, int, int]]:
    """Each sentence's place (path, line, column) -> the place of the quote it is cut from."""
    return {(e.path, q.span.line, q.span.col): (w.path, wq.span.line, wq.span.col)
            for e, q in entries if (w_ := whole.get((e.path, q.span.start, q.span.end))) is not None
            for w, wq in (w_,)}


def changed_words(here: str, there: str) -> frozenset[tuple[str, str]]:
    """The words one wording has and the other has not, closed-class words aside: what
    tells one change from another at the same quote."""
    a = [w for w in gapped(here) if not noise_word(w)]
    b = [w for w in gapped(there) if not noise_word(w)]
    out: set[tuple[str, str]] = set()
    for op, a1, a2, b1, b2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if op != "equal":
            out |= {("-", w) for w in a[a1:a2]} | {("+", w) for w in b[b1:b2]}
    return frozenset(out)
