"""One event dated differently in different articles: the dates do not overlap.

## What it flags
The same thing and the same event ("R1" released, "DeepSeek" founded), dated in two or more
articles by intervals that cannot both be right: "unveiled in late 2024" (September to
December 2024) in one, "released earlier this week" in articles of late January 2025 in
others. Synonyms count as one event (released = launched = unveiled = debuted, from
`rules/dates.yaml`). Each date is an interval, so "in 2023" and "in late 2023" agree, and
dates a day apart are left alone (outlets in other time zones). The version that fewer
articles give is flagged, pointing at every article that gives another; when versions are
equally common, the conflict is reported once, at the earliest version. Relative dates
("last week") are read from the article's date; when that date is inferred (from
embedded posts or from its story) the finding says so and is info.

Every other date of running text is keyed by its clause: the head verb or event noun
(a date that opens its sentence with no verb near takes the event noun it goes on to: "And
on Wednesday, in a speech before the Council on Foreign Relations";
lemmatised; synonyms from `rules/dates.yaml` weigh: freed = released at 0.9), the names
in the clause (a clause that names no one, "according to tax returns released Friday",
takes those of the clause before it) and its other words. Mentions of two articles are
compared when their keys
agree strongly (the heads agree, they share names and a word, two when they share one
name): "Cowan quit the Patrick administration earlier this month" against "He left the
Patrick administration last year". Without a shared word, three shared names in one voice
("Pelosi was appointed" is not "Pelosi selected"), or one event noun that both dates name
("the June 25 special election", "an election set for June 23", "the 2012 Benghazi attack"
and "the attacks in 2012"), still make one event, as info. A year that names its noun
needs no shared name: "the 2016 presidential election" and "the 2017 presidential race"
(election = race = campaign) that share a word of their clauses are one contest, as info;
so is the very noun a year apart in sentences that share a name ("his 2016 election
opponent" and "Russia's influence on the 2016 election", both naming Trump).
A year is also keyed by the thing it dates (facts/year_things.py, index/date_things.py):
the noun it names or follows through "in", grouped by what it names (`rules/dates.yaml`
`year_things`: a ticket, a nomination, primaries and a run are one contest). "Al Gore's
2000 ticket" and "the 2000 Democratic vice presidential nominee", "Hillary Clinton's run
for the presidency in 2008" and "the 2008 presidential primaries" are one thing whatever
their verbs; so is what a contest is won for, when its phrase names the office
(`year_thing_stakes`: "won control of the House in 2010", "the 2010 congressional
elections") and a verb that wins or loses it governs it (`year_thing_stake_verbs`: "took
his Senate seat in 2009", sworn in after the contest, dates none). Two such years one year
apart in articles of a story that share a name and a word of their sentences are
compared, as info. Another act's year ("the ban was challenged in 2015", "since 2002")
dates no thing; the year of an act that brings the thing about (`year_thing_start_verbs`:
"launched a presidential campaign in 2011", "passed the ban in 2014") is compared only
with another such year of the same act, told by one lemma or one group of `synonyms` or
`events` ("a program launched in 2008", "the program was started in 2007"), never with
another step ("the Senate passed the law in 2009", "Obama signed the law in 2010") nor
with the thing's own ("the 2012 presidential campaign", "the 2015 ban": the year it ran
or took effect). An article that gives one kind of thing two years within a
year keys neither; two years apart are two contests. What a thing's phrase says of it
(`year_thing_kinds`: the office, stage, party and round of a contest; an office the list
lacks is the head noun of its "for" complement: "an election for the City Council")
keeps two apart in every comparison of years, when both say it and differ: "the 2010
Senate race" and "the 2011 governor's race", "a 2010 election for the state Legislature"
and "a 2011 election for the City Council", "the 2007 Democratic primary" and "the 2008
election" (an election is a general one unless its phrase says otherwise), "first elected
in 2008" and "won re-election in 2009"; what one phrase leaves unsaid keeps them
comparable ("Hillary Clinton's run for the presidency", "the presidential primaries").
A span of years ("from 1967 to 1979", "between 1990 and 1998") is one range, compared end
by end, as info, under one verb (or a synonym: served = held; a compound's last word is
its head: longest-serving = serving): two spans of one person's full name ("Edward Brooke,
who served from 1967 to 1979" and "Edward Brooke held the seat from 1966 to 1978"), or
two that share a name and one end but not the other ("Arkansas governor from 1996 to
2007", "from 1996 to 2008"); two holders in a row share no end at one side, and two
spans that each name another holder stay apart. A year inside a span agrees with it.
A span is also keyed by the office it is a tenure of (index/year_spans.py): a span whose
head is a post (`rules/roles.yaml` `roles`) or a verb of holding one (`rules/dates.yaml`
`tenure_verbs`: served, held, led) dates a tenure, and two such spans whose sentences
share a post and its place (a demonym is its country's: Mexican = Mexico) or its holder,
whatever their verbs ("the former Mexican president, who led the country from 2000 to
2006", "Mr. Fox, who was president of Mexico from 2001 to 2006"), are compared as info
when one end is the same and the other a year apart; a span of another act in a
sentence naming the post ("was president when Mexico's economy grew from 2000 to 2005")
is no tenure, and two holders named, or in a row, stay apart.
A date that a schedule governs (`rules/dates.yaml` `schedule`: "the speech, scheduled for
March 3", "is scheduled to sentence Mr. Jackson on June 25", "set the sentencing for June
28") is the date of what it schedules: two such dates of one noun are one event, keyed by
the names of their sentences (of their paragraphs when a sentence names no one), surely
when they share a name, as info when they do not. The names that own them keep two
apart ("the House vote", "a vote in the Senate"), and a plan whose paragraph tells of it
moved (`rescheduled`: "originally scheduled", "postponed") is compared with nothing.
Words that single out one of a series keep two events apart ("the first message", "the
last message"). Schedules ("expected to", "slated for", a date after the article's own)
are compared only with the same schedule told within a day; an event a follow-up
reports after the other article ran is no conflict; dates more than a year apart are two
happenings. A weekday at odds with another article's day is NL502 (weekday-conflict). A
pair whose keys agree less than surely (a synonym) is info. A founding year that NL602
(attribute-conflict) reports is one finding, NL602's; with NL602 off, NL501 reports it.

## Why it matters to an editor
Timelines go wrong quietly: each article reads fine alone. When outlets disagree about
when something happened, at least one is wrong, and the reader of both notices.

## Example
Flagged, where other articles of late January 2025 say R1 was "released earlier this week":

    R1, unveiled in late 2024 and launched in early 2025, has been praised.

Fixed (after checking the record):

    R1, released on January 20, 2025, has been praised.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from newslint.diagnostics import Diagnostic, Severity
from newslint.facts import ArticleFacts, DateMention
from newslint.facts.calendar import describe
from newslint.index.date_agreement import is_weekday
from newslint.index.date_conflicts import sure
from newslint.index.dates import Dated, corpus_reference_range, dated
from newslint.ruledata import builtin
from newslint.rules.base import CorpusContext, CorpusRule, Related, make_diagnostic
from newslint.rules.keyed_dates import keyed_finding, story_conflicts


@dataclass(frozen=True, slots=True)
class _Entry:
    article: ArticleFacts
    mention: DateMention
    when: Dated


class EventDateConflict(CorpusRule):
    __doc__ = __doc__
    code = "NL501"
    name = "event-date-conflict"
    severity = Severity.WARNING
    graded = (Severity.INFO,)

    def check(self, ctx: CorpusContext) -> Iterable[Diagnostic]:
        options = {**(builtin("dates.yaml").get("settings") or {}), **self.options(ctx.settings)}
        gap = int(options.get("min_gap_days", 2))
        max_related = int(options.get("max_related", 4))
        corpus_range = corpus_reference_range(ctx.articles)
        buckets = ctx.index.group("dates", _event_key, "event-last-word")
        for bucket_key in sorted(buckets, key=repr):
            entries = []
            for article, mention in buckets[bucket_key]:
                when = dated(article, mention, corpus_range)
                if when is not None:
                    entries.append(_Entry(article, mention, when))
            for group in _same_subject(entries):
                # One product name in two unrelated stories is two products.
                for story in ctx.index.stories.components(e.article.id for e in group):
                    members = set(story)
                    yield from self._conflicts([e for e in group if e.article.id in members],
                                               gap, max_related)
        for conflict in story_conflicts(ctx):
            if not conflict.within and not is_weekday(conflict.entry.mention):
                yield keyed_finding(self, conflict, max_related, "keyed",
                                    None if sure(conflict) else Severity.INFO)

    def _conflicts(self, entries: list[_Entry], gap: int,
                   max_related: int) -> Iterable[Diagnostic]:
        if len({e.article.id for e in entries}) < 2:
            return
        versions = _versions(entries, gap)
        if len(versions) < 2:
            return
        weight = [len({e.article.id for e in v}) for v in versions]
        top = max(weight)
        main = [i for i, w in enumerate(weight) if w == top]
        # Versions told equally often: the conflict is reported once, at the earliest
        # version, the others being its related locations.
        flagged = [i for i in range(len(versions)) if i not in main] if len(main) == 1 \
            else main[:1]
        for index in flagged:
            version = versions[index]
            others = [e for i, v in enumerate(versions) if i != index
                      and (len(main) > 1 or i == main[0]) for e in v]
            other_ids = {e.article.id for e in others}
            if not other_ids - {e.article.id for e in version}:
                continue  # only the article's own other dates disagree: not a corpus finding
            for entry in version:
                yield self._report(entry, others, max_related)

    def _report(self, entry: _Entry, others: list[_Entry], max_related: int) -> Diagnostic:
        mention = entry.mention
        shown = _one_per_article(others, exclude=entry.article.id)[:max_related]
        by_date: dict[str, list[str]] = {}
        for e in shown:
            by_date.setdefault(describe(e.when.start, e.when.end), []).append(
                f'{_file_name(e.article.path)} ("{_phrase(e.mention)}")')
        theirs = "; ".join(
            f"{named[0]} puts it {when}" if len(named) == 1 else
            f"{len(named)} other articles put it {when}: {', '.join(named[:-1])} and {named[-1]}"
            for when, named in by_date.items())
        message = (f'"{mention.subject_text or mention.subject} {mention.event_text} '
                   f'{mention.text}" puts it {describe(entry.when.start, entry.when.end)} '
                   f"here, but {theirs}. Check which date is right.")
        inferred = [e for e in (entry, *shown) if e.when.inferred]
        severity = None
        if inferred:
            bases = sorted({e.when.basis or "corpus dates" for e in inferred})
            message += f" (Publication date inferred from {' and '.join(bases)}.)"
            severity = self.severity.lower()
        related = [Related(e.article, e.mention.event_span or e.mention.span,
                           _phrase(e.mention)) for e in shown]
        key = f"{mention.event}:{mention.subject}:{mention.key}"
        # A founding year is also an attribute of the organisation (NL602), which knows its
        # other names; where NL602 reports it, that finding is this one.
        return make_diagnostic(self, entry.article, mention.event_span or mention.span,
                               message, key=key, related=related, severity=severity,
                               content=mention.text,
                               same_fact_as=("NL602",) if mention.event == "founding" else ())


_TIME_WORDS = frozenset("earlier later last this next late early mid in on since".split())


def _phrase(mention: DateMention) -> str:
    """"launched earlier this week": the date phrase may open its sentence ("Earlier this
    week, ... launched"), but in the message it follows the verb."""
    text = mention.text
    first = text.split(" ", 1)[0]
    if first.lower() in _TIME_WORDS and first[:1].isupper():
        text = text[:1].lower() + text[1:]
    return f"{mention.event_text} {text}"


def _event_key(mention: DateMention) -> tuple[str, str] | None:
    if mention.event is None or mention.subject is None or mention.context != "text":
        return None
    return mention.event, mention.subject.split()[-1]


_JOINERS = frozenset({"of", "for", "de", "du", "and", "&", "the"})


def _same_subject(entries: list[_Entry]) -> list[list[_Entry]]:
    """Subjects that name the same thing: equal, or one the tail of the other
    ("deepseek r1" and "r1")."""
    subjects = sorted({e.mention.subject or "" for e in entries}, key=lambda s: (len(s), s))
    parent = {s: s for s in subjects}
    for i, short in enumerate(subjects):
        for longer in subjects[i + 1:]:
            head = longer[: -len(short)].split()
            # "deepseek r1" is R1; "bank of america" is not America.
            if longer.endswith(" " + short) and head[-1] not in _JOINERS:
                parent[longer] = parent[short]
    groups: dict[str, list[_Entry]] = defaultdict(list)
    for entry in entries:
        groups[parent[entry.mention.subject or ""]].append(entry)
    return [groups[k] for k in sorted(groups)]


def _versions(entries: list[_Entry], gap: int) -> list[list[_Entry]]:
    """Chains of intervals that overlap (within `gap` days): one version of the timeline."""
    ordered = sorted(entries, key=lambda e: (e.when.start, e.when.end, e.article.path,
                                             e.mention.span.start))
    versions: list[list[_Entry]] = []
    reach: _Entry | None = None
    for entry in ordered:
        # The slack is for single days ("Monday" here, "Tuesday" in Beijing); "late 2024"
        # and "early 2025" touch but do not overlap.
        slack = gap if _is_day(entry) and reach is not None and _is_day(reach) else 1
        if reach is not None and (entry.when.start - reach.when.end).days < slack:
            versions[-1].append(entry)
            if entry.when.end > reach.when.end:
                reach = entry
        else:
            versions.append([entry])
            reach = entry
    return versions


def _is_day(entry: _Entry) -> bool:
    return (entry.when.end - entry.when.start).days <= 1


def _one_per_article(entries: list[_Entry], exclude: str) -> list[_Entry]:
    seen: set[str] = set()
    out = []
    for entry in sorted(entries, key=lambda e: (e.article.path, e.mention.span.start)):
        if entry.article.id not in seen and entry.article.id != exclude:
            seen.add(entry.article.id)
            out.append(entry)
    return out


def _file_name(path: str) -> str:
    return path.rsplit("/", 1)[-1]
