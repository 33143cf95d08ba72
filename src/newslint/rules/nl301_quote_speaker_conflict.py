"""The same quote credited to different speakers in different places.

## What it flags
A quote credited to different people in different articles. Quotes are matched by their
words first: a quote of four or more words matches another when nine in ten of its words
(after normalising quotation marks, case, punctuation, spelling and house style) stand in
the other in order, so a fragment matches the full quote it was cut from:
"Andreessen called it “a profound gift to the world”" in one article and "“This is a
profound gift to the world,” Garry Tan said" in another. A quote is compared with the
quote of each other article it echoes best (the most of its words), as NL302 compares
wordings, not with every sentence there that shares most of them. Only speakers named
next to the quote, or next to the quote it continues (`"A," said X. "B."`), are
compared; a speaker
found through "he" or "she" in the quote's own paragraph ('"...," she said') is compared
with a named one, at warning, never two such speakers with each other, nor a name a
letter or two from theirs (NL101's slip); a description ("the House speaker") is not
compared, as an office may be another person's, and a quote standing alone after
someone's quoted paragraph is no one's; a quote that names the other person inside it or beside
its attribution is left alone, as which of the two said it is then a matter of reading.
A surname alone counts as the full name the corpus gives it ("Andreessen" is "Marc
Andreessen"), with or without "Jr.". Quotes whose
speaker is only described ("a spokesperson said"), titles and quotes inside embedded
social posts are left out. One person's name in two spellings is one speaker: without
accents ("Erdoğan" / "Erdogan"), a doubled letter ("Zelenskyy" / "Zelensky"), or, with
the same first name or initial, a surname of six letters or more one letter apart; one
surname under a given name and its nickname ("Dick Durbin" / "Richard J. Durbin"); a name
garbled as NL101 reads a slip: run together or split ("Tanya Sanerib" / "Tanyasanerib"),
or one word of five letters or more a letter off (two from nine letters), same first
letter. A name that is only a letter or two from the other is NL101's finding: where
NL101 reports it there, NL301 does not report it again. A
statement credited to an organisation in one place ("Acme said") and to someone whose role
names it in another ("Acme spokesman Raj Patel said") is one source, and so are an
organisation or a group and one person ("Senior White House officials" / "Summers"
replied): the person may be one of them. Two people, or two organisations, are two sources.
A name after a quote closed by a full stop (`"... Boehner." Durbin said.`) counts as
named next to it. Two quotes under one attribution (`"A." X said. "B."`), each credited to
the same other person elsewhere, are one finding, over the passage from the first quote
to the last: the name between them is the discrepancy. The finding sits at the person
the fewest places credit, and where the places tie, at the one fewer attributions credit
with the passages the quotes stand in (the other sentences of a statement given under
one name count too; an article that names the speaker again for each paragraph of a
statement credits it twice); its location covers the name the quote is credited to
where it stands on the quote's line, also for a quote that continues an attributed one.

## Why it matters to an editor
A quote put in the wrong mouth is a correction and can be a legal risk. When two articles
disagree, at least one of them is wrong.

## Example
Flagged, where another article credits the words to Marc Andreessen:

    "This is a profound gift to the world," Garry Tan said.

Fixed, after checking the primary source:

    "This is a profound gift to the world," Marc Andreessen wrote on X.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from rapidfuzz.distance import OSA

from newslint.diagnostics import Diagnostic, Severity
from newslint.facts import ArticleFacts, Quote, Span
from newslint.facts.name_budget import most_edits
from newslint.facts.speech import PRONOUNS, is_person_like
from newslint.index.quote_match import (
    Entry,
    Match,
    best_counterparts,
    matches,
    one_speaker,
    quote_entries,
    speaks_for,
)
from newslint.index.quote_text import normalise
from newslint.index.speakers import (
    INFERRED_KINDS,
    fold_name,
    speaker_resolver,
)
from newslint.rules.base import (
    CorpusContext,
    CorpusRule,
    Related,
    make_diagnostic,
)

MIN_WORDS = 4  # shorter phrases ("a game changer") are said by many people
SAME_WORDS = 0.9  # words in common, as a share of the shorter quote


class QuoteSpeakerConflict(CorpusRule):
    __doc__ = __doc__
    code = "NL301"
    name = "quote-speaker-conflict"
    severity = Severity.ERROR
    graded = (Severity.WARNING,)

    def check(self, ctx: CorpusContext) -> Iterable[Diagnostic]:
        resolver = speaker_resolver(ctx.index)
        entries = quote_entries(ctx.index, titles=False)
        conflicts: list[tuple[list[Entry], dict[str, list[Entry]], dict[str, str]]] = []
        credited: list[dict[str, list[Entry]]] = []  # every cluster's named speakers
        # each quote against the quote of each other article it echoes best, as NL302
        found = best_counterparts(matches(entries, MIN_WORDS, SAME_WORDS), {})
        for cluster in _clusters(found):
            by_speaker: dict[str, list[Entry]] = {}
            for article, quote in cluster:
                speaker = resolver.speaker_of(quote)
                if speaker is not None and (_named(quote) or _inferred_person(quote)):
                    by_speaker.setdefault(speaker, []).append((article, quote))
            credited.append(by_speaker)
            people = _people(by_speaker)
            if len(set(people.values())) < 2 or _unsure(by_speaker, people) or _one_body(
                    people) or not _named_on_both(by_speaker, people):
                continue
            conflicts.append((cluster, by_speaker, people))
        found: list[Diagnostic] = []
        flagged: dict[str, tuple[Quote, str, str]] = {}  # each finding's quote, who, whom
        for cluster, by_speaker, people in conflicts:
            words = min((normalise(q.text) for _, q in cluster), key=lambda w: (len(w), w))
            credits = _credits(by_speaker, people, credited)
            found.append(self._report(words, by_speaker, people, credits, flagged))
        yield from _one_per_attribution(found, flagged)

    def _report(self, words: tuple[str, ...], by_speaker: dict[str, list[Entry]],
                people: dict[str, str], credits: dict[str, int],
                flagged: dict[str, tuple[Quote, str, str]]) -> Diagnostic:
        # Point at the person the fewest places agree on, then the fewest attributions
        # across the passage ('"A," X said. "B."' is one credit, two paragraphs each with
        # its "Mr. Y said" are two); list every other place.
        places: dict[str, int] = {}
        for speaker, entries in by_speaker.items():
            places[people[speaker]] = places.get(people[speaker], 0) + len(entries)
        # Ties go by the name credited, never the file name.
        ranked = sorted(by_speaker, key=lambda s: (places[people[s]], credits[people[s]],
                                                   len(by_speaker[s]), s,
                                                   _first(by_speaker[s])))
        odd = ranked[0]
        article, quote = min(by_speaker[odd], key=_place)
        others = [(s, a, q) for s in ranked for a, q in by_speaker[s] if (a, q) != (article, quote)]
        # The other places point at their quote, the words to compare, not at the name.
        related = [Related(a, q.span, f"the same words, credited to {s}")
                   for s, a, q in sorted(others, key=lambda t: _place((t[1], t[2])))]
        elsewhere = next(s for s in ranked if people[s] != people[odd])
        where, there = next((a, q) for s, a, q in others if s == elsewhere)
        # both places in one article: the line tells the editor where, the file name not
        at = (f"at line {there.span.line}" if where.id == article.id
              else f"in {_name(where)}")
        inferred = any(q.speaker_kind in INFERRED_KINDS
                       for entries in by_speaker.values() for _, q in entries)
        message = (f"the same quote is credited to {odd} here and to {elsewhere} {at}; "
                   "check who said it")
        diagnostic = make_diagnostic(
            self, article, _with_name(quote), message,
            key=f"{' '.join(words)}|{'|'.join(sorted(by_speaker))}",
            related=related, content=odd,
            severity=Severity.WARNING if inferred else None,
            # one person under a garbled name ("Tanyasanerib") is NL101's finding
            same_fact_as=("NL101",) if _near_names(odd, elsewhere) else (),
        )
        flagged[diagnostic.fingerprint] = (quote, people[odd], people[elsewhere])
        return diagnostic


def _credits(by_speaker: dict[str, list[Entry]], people: dict[str, str],
             credited: list[dict[str, list[Entry]]]) -> dict[str, int]:
    """For each person of a conflict, how many attributions credit them with the words of
    the passages its quotes stand in: the quote's own cluster, and every cluster that
    shares an attribution with it (the other sentences of a statement given under one
    name). A passage under one name ('"A," said X. "B."') is one attribution however many
    quotes it holds; an article that names its speaker again for each paragraph gives
    two."""
    passages = {_attribution(e) for entries in by_speaker.values() for e in entries}
    linked = [c for c in credited
              if passages & {_attribution(e) for entries in c.values() for e in entries}]
    found: dict[str, set[tuple[str, int]]] = {person: set() for person in people.values()}
    for cluster in linked:
        for speaker, entries in cluster.items():
            person = people.get(speaker) or next(
                (people[s] for s in people if one_speaker(s, speaker)), None)
            if person is not None:
                found[person].update(_attribution(e) for e in entries)
    return {person: len(places) for person, places in found.items()}


def _attribution(entry: Entry) -> tuple[str, int]:
    article, quote = entry
    return article.id, (quote.speaker_span or quote.span).start


def _with_name(quote: Quote) -> Span:
    """The quote's place, stretched over the name it is credited to where the name stands
    on the same line (a quote that continues an attributed one, '"A," said X. "B."',
    points at X too: the name is the discrepancy)."""
    name = quote.speaker_span
    span = quote.span
    if name is None or name.line != span.line or name.end_line != span.end_line:
        return span
    return replace(span, start=min(span.start, name.start), end=max(span.end, name.end),
                   col=min(span.col, name.col), end_col=max(span.end_col, name.end_col))


def _near_names(a: str, b: str) -> bool:
    """Two names near enough in spelling that NL101 may call one a slip of the other
    ("Tump" / "Trump"): within NL101's widest budget (two letters), spaces aside."""
    x, y = "".join(fold_name(a)), "".join(fold_name(b))
    budget = most_edits()
    return bool(x and y) and OSA.distance(x, y, score_cutoff=budget) <= budget


def _one_per_attribution(found: list[Diagnostic],
                         flagged: dict[str, tuple[Quote, str, str]]) -> list[Diagnostic]:
    """Two quotes under one attribution (`"A." X said. "B."`) that another article credits
    to the same other person are one discrepancy, the name: one finding, over the passage
    from the first quote to the last, relating both quotes and their copies elsewhere."""
    groups: dict[tuple, list[Diagnostic]] = {}
    for finding in sorted(found, key=lambda d: (d.path, d.location.line, d.location.col)):
        quote, who, whom = flagged[finding.fingerprint]
        name = quote.speaker_span
        key = (finding.path, name.start if name else -quote.span.start, who, whom)
        groups.setdefault(key, []).append(finding)
    out: list[Diagnostic] = []
    for group in groups.values():
        first = group[0]
        quote = flagged[first.fingerprint][0]
        if len(group) == 1 or quote.speaker_span is None:
            out.extend(group)
            continue
        here = [f.location.with_message("a quote credited to this name") for f in group]
        kept = tuple({(r.path, r.line, r.col): r
                      for r in [*here, *(r for f in group for r in f.related)]}.values())
        # the passage: from the first quote to the last, the name between them
        spans = [flagged[f.fingerprint][0].span for f in group] + [quote.speaker_span]
        at = first.location
        if len({(x.line, x.end_line) for x in spans}) == 1:
            at = replace(at, col=min(x.col for x in spans), end_col=max(x.end_col for x in spans))
        out.append(replace(first, location=at, related=kept))
    return out


def _named(quote: Quote) -> bool:
    """Named next to the quote, next to the quote it continues (`"A," said X. "B."`), or
    after the quote's closing full stop (`"... Boehner." Earnest said.`)."""
    if quote.speaker_kind == "name":
        return True
    return (quote.speaker_kind in ("continued", "reported") and quote.speaker is not None
            and quote.speaker[:1].isupper() and quote.speaker.lower() not in PRONOUNS)


def _inferred_person(quote: Quote) -> bool:
    """A speaker found through a pronoun or a description ('“...,” she said', 'the committee
    chairman said') in the quote's own paragraph, whom the extraction resolved to a
    person's full name. A quote standing alone after someone's quoted paragraph is not
    theirs for sure: a reader cannot tell who said it, and neither can we."""
    key, said = quote.speaker_key, quote.speaker_span
    return (quote.speaker_kind in INFERRED_KINDS and key is not None and not _named(quote)
            and (quote.speaker or "").lower() in _PERSONAL
            and is_person_like(key) and said is not None
            and quote.span.line <= said.line <= quote.span.end_line)


# Pronouns that stand for one person. A description ("the House speaker") is resolved by
# the office, which an article may give to another person than the one it names.
_PERSONAL = frozenset({"he", "she"})


def _named_on_both(by_speaker: dict[str, list[Entry]], people: dict[str, str]) -> bool:
    """Two people, of whom at least one is named next to the quote somewhere: a conflict
    between two speakers each found only through a pronoun says more about the reading
    of the pronouns than about the quote."""
    named = {people[s] for s, entries in by_speaker.items() if any(_named(q) for _, q in entries)}
    if not named or len(set(people.values())) < 2:
        return False
    # a person found through a pronoun against a name a letter or two from theirs
    # ("she" for Lis Smith, "Smth" elsewhere): one person under a garbled name, NL101's
    inferred = set(people.values()) - named
    return not any(_near_names(_surname(a), _surname(b)) for a in inferred for b in named)


def _surname(name: str) -> str:
    folded = fold_name(name)
    return folded[-1] if folded else name


def _clusters(found: list[Match]) -> list[list[tuple[ArticleFacts, Quote]]]:
    """Quotes joined by matches: one remark as the articles give it, in a stable order."""
    parent: dict[tuple[str, int], tuple[str, int]] = {}
    entry: dict[tuple[str, int], tuple[ArticleFacts, Quote]] = {}

    def root(key: tuple[str, int]) -> tuple[str, int]:
        while parent[key] != key:
            key = parent[key]
        return key

    for match in found:
        keys = []
        for item in (match.a, match.b):
            key = _place(item)
            parent.setdefault(key, key)
            entry[key] = item
            keys.append(key)
        parent[root(keys[1])] = root(keys[0])
    clusters: dict[tuple[str, int], list[tuple[ArticleFacts, Quote]]] = {}
    for key in sorted(entry):
        clusters.setdefault(root(key), []).append(entry[key])
    return [clusters[k] for k in sorted(clusters)]


def _unsure(by_speaker: dict[str, list[tuple[ArticleFacts, Quote]]],
            people: dict[str, str]) -> bool:
    """One article names the other speaker inside the quote or between it and its
    attribution: which of the two said it is then a matter of reading, and the speaker
    found may be the wrong one."""
    for speaker, entries in by_speaker.items():
        others = {fold_name(s)[-1] for s in by_speaker
                  if people[s] != people[speaker] and fold_name(s)}
        for article, quote in entries:
            lo, hi = quote.span.start, quote.span.end
            if quote.speaker_span is not None:
                lo, hi = min(lo, quote.speaker_span.start), max(hi, quote.speaker_span.end)
            near = {w for p in article.name_phrases
                    if lo <= p.span.start < hi for w in fold_name(p.text)}
            if others & near:
                return True
    return False


def _people(by_speaker: dict[str, list]) -> dict[str, str]:
    """Each speaker's person, as one of the names it goes by: "Andreessen" unresolved is
    not another person than "Marc Andreessen", nor "Erdoğan" than "Erdogan" or "Volodymyr
    Zelenskyy" than "Volodymyr Zelensky"; "Acme" is one source with its spokesman."""
    names = sorted(by_speaker)
    parent = {n: n for n in names}

    def root(name: str) -> str:
        while parent[name] != name:
            name = parent[name]
        return name

    roles = {n: [fold_name(q.speaker_role) for _, q in by_speaker[n] if q.speaker_role]
             for n in names}
    for index, a in enumerate(names):
        for b in names[index + 1:]:
            if one_speaker(a, b) or speaks_for(a, roles[b]) or speaks_for(b, roles[a]):
                parent[root(b)] = root(a)
    return {n: root(n) for n in names}


def _one_body(people: dict[str, str]) -> bool:
    """One person against organisations or groups only ("Senior White House officials"
    and Larry Summers, "the Obama campaign" and its manager): the person may be one of
    them or speak for them, which no article says otherwise; not two sources."""
    persons = {person for speaker, person in people.items() if _person(speaker)}
    return len(persons) == 1 and len(set(people.values())) > 1


def _person(speaker: str) -> bool:
    # a surname alone ("Summers") or a person's full name; "White House", "Justice
    # Department", "Obama campaign" are bodies
    return len(speaker.split()) == 1 or is_person_like(speaker)


def _place(entry: tuple[ArticleFacts, Quote]) -> tuple[str, int]:
    return entry[0].path, entry[1].span.start


def _first(entries: list[tuple[ArticleFacts, Quote]]) -> tuple[str, int]:
    return min(_place(e) for e in entries)


def _name(article: ArticleFacts) -> str:
    return article.path.rsplit("/", 1)[-1]
