"""A weekday at odds with its own date or with another article's day for the event.

## What it flags
One event given different weekdays in two articles of a story: "on Sunday" in one, "on
Saturday" in another. Also a weekday written beside a full date that falls on another day
("Monday, March 4, 2025": March 4, 2025 is a Tuesday), and a day the calendar does not
have ("February 30", "April 31", "February 29, 2025").

Across articles, each weekday is read from its own article's publication date, so two
articles published a day apart that say "Saturday" and "yesterday" agree. Two mentions are
the same event only when their clauses agree strongly: the same head verb or event noun (or
a synonym from `rules/dates.yaml`: freed = released), a shared name and a shared word ("the
House voted on the motto Wednesday", "passed the motto resolution Tuesday"), two shared
words when they share only one name ("announced a compromise plan" Saturday and "announced
a short-term plan" Friday are two plans), or the very same verb and two shared names in one
voice, with no word shared ("Duncan Hunter ... were indicted Friday", "Duncan Hunter was
indicted by a federal grand jury on Tuesday"), as info: a weekday names a day of its
article's own week, and one act of the same people in one week is one act (defeated =
beaten, rejected = refused, election = race = campaign are synonyms). A document's day
("BuzzFeed's report Thursday") is the document's, though "reported" is too routine a verb
to date anything (report = story = article). Two weekdays told with different heads are one
act, as info, when the verb of one is a word of the other's sentence and they share another
word ("sent a formal interview request to Clinton's lawyer on Tuesday", "made the request
in a letter sent Saturday to Clinton's lawyer"), unless another date stands among those
words; or when their sentences align: the same names, who acted among them, four words
besides the heads and a third of the shorter sentence's ("In a statement released Tuesday,
he decried the Obama administration's decision to use foreign aid to promote rights for
gays", "Mr. Perry's statement on Tuesday criticizing the Obama administration's
announcement ... foreign aid, to promote gay rights"), with no other date in either
paragraph and neither article dating an act with the other's head elsewhere (a resolution
proposed Monday and adopted Tuesday are two steps); so do clauses that share three names,
one of them who acted in both, and two words ("Donald Trump assumed the nation's highest
office Friday as the 45th president", "Donald J. Trump took the oath of office Friday to
become the 45th president"), under the same conditions. Two verbs the lexicon groups but in
no group together ("unveiled", a release; "passed", a vote) are two steps of one deal,
however alike their sentences. A passive meets an active when it tells its subject's own
act: its subject is who acted in the active, no "by" phrase gives it a doer of its own, and
the active acts on no one it leaves out ("Donald John Trump was inaugurated ... on Friday"
is "Donald Trump assumed the nation's highest office Friday"; "Donald Trump was rebuked by
Mitch McConnell and Chuck Schumer on Wednesday" is not "Donald Trump attacked Mitch
McConnell and Chuck Schumer on Tuesday"). The people a clause lists after a colon are among
its names ("met on Wednesday with Lieberman and three other candidates: ... Andrew McCabe;
Frank Keating"), and a noun with another sense than an event's ("re-elected to her
leadership post Wednesday") does not take the place of the clause's verb. Who acted is
named before the verb, or is the person a "he" or "she" there refers to ("On Tuesday he won
an endorsement": the governor the article named before). A name that opens a sentence
counts when the article writes it inside one ("Trump also met Thursday"). A statement's
date ("Trump said Tuesday") names no event of its own and is compared only when two
articles give the same quotation to the same speaker, each with a date in its attribution,
or when what was said is the act another article dates: the names agree and three words of
the one's clause are among the other's ("said Friday that he will support a short-term
spending bill to re-open the government", "announced Friday a short-term plan that will
reopen the government"); then, as info, the two dates are one act's, unless both name who
acted and no one is the same: a statement is its speaker's act. Two statements are compared
by their words only when both name the same speaker as who spoke ("said Thursday he is
close to naming a new director", "told reporters on Thursday that he was close to choosing"
one), as info: a speaker may repeat himself. One person's occasion (`rules/dates.yaml`
`occasions`: an interview, a speech, a hearing, a radio show) told with different verbs is
one act, as info, when the date's clause names the occasion and a person the story quotes
or gives a post, and the two share another name or two words ("vowed to stay in the race
Tuesday on the radio show of Mike Huckabee", "told Mike Huckabee on his radio show
Thursday"); not when an article dates that person's occasion on two days, one of a series
("the first hearing"), or in a sentence with another date. An announcement or a document
(`rules/dates.yaml` `announcements`) dates the act it tells, as info, when one doer does
both: "In his resignation letter Tuesday, Mattis, 68, had said" and "Jim Mattis ... resigned
Thursday"; "is resigning from Congress, he announced Friday" and "Blake Farenthold resigned
from Congress on Friday". The act is a noun made of a verb before the head ("resignation
letter"), the first verb or such noun of its complement ("announced Thursday that he is
resigning", "a letter announcing his resignation"), or the verb of the clause a pronoun or a
name of it reports after a comma; only an act that takes no object and is done once (a
resignation, a retirement: "a statement Monday opposing the nominee" is not "opposed the tax
bill on Wednesday"); not an act still to come ("will", "to", "is retiring at the end of next
month") or done to the announcer ("had been fired by"); not when that names another doer
("Trump announced Tuesday that Mattis is resigning") or a letter's sentence goes on to
another clause ("In a letter Tuesday, Mattis said"). A speech verb as a text spinner writes it
("mentioned" for "said") dates a statement too. Another date among a weekday's
words keeps them from it only when it is a day: a wider one frames the week ("so far this
year, Rep. Raul Labrador said Friday that he is challenging Rep. Kevin McCarthy"). A plan
or forecast ("will", "expected to"), or a date after its article's, is compared only with
the same plan told within a day ("will speak with RNC members Monday evening ... expected
to announce a decision", "on Monday when Michael Steele announces whether"); a later event
that a follow-up reports after the other article ran is not compared. The version fewer
articles give is flagged, pointing at every article that gives another day; one article
against one is reported once, at the earlier day. A pair whose keys agree less surely, or
whose publication date is inferred, is info. A date without a year ("Monday, March 4") is
checked against the year of the article's date; when that date is inferred the finding says
so and is a warning. Dates inside embedded social posts are quoted material and left alone.

## Why it matters to an editor
One of the two is wrong, and readers who plan by the date (a hearing, a launch, a deadline)
act on the wrong one. Spell-checkers and style guides do not catch it.

## Example
Flagged:

    The hearing opens on Monday, March 4, 2025, in Washington.

Fixed:

    The hearing opens on Tuesday, March 4, 2025, in Washington.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable

from newslint.diagnostics import Diagnostic, Severity
from newslint.facts import ArticleFacts
from newslint.facts.calendar import month_day_candidates
from newslint.index.date_agreement import is_weekday
from newslint.index.date_conflicts import sure
from newslint.ruledata import builtin
from newslint.rules.base import CorpusContext, CorpusRule, make_diagnostic
from newslint.rules.keyed_dates import keyed_finding, story_conflicts

_DAY_NAMES = list(calendar.day_name)
_NEARBY_DAYS = 300


class WeekdayConflict(CorpusRule):
    __doc__ = __doc__
    code = "NL502"
    name = "weekday-conflict"
    severity = Severity.ERROR
    graded = (Severity.INFO, Severity.WARNING)

    def check(self, ctx: CorpusContext) -> Iterable[Diagnostic]:
        for facts in ctx.articles:
            yield from self._article(facts)
        max_related = int({**(builtin("dates.yaml").get("settings") or {}),
                           **self.options(ctx.settings)}.get("max_related", 4))
        for conflict in story_conflicts(ctx):
            if not conflict.within and is_weekday(conflict.entry.mention):
                yield keyed_finding(self, conflict, max_related, "keyed",
                                    Severity.WARNING if sure(conflict) else Severity.INFO)

    def _article(self, facts: ArticleFacts) -> Iterable[Diagnostic]:
        for mention in facts.dates:
            if mention.context == "post":
                continue
            if mention.invalid:
                yield make_diagnostic(
                    self, facts, mention.span,
                    f'"{mention.text}" is not a date: that month has no such day; '
                    "check the day and the month",
                    key=f"invalid:{mention.key}",
                )
                continue
            if mention.stated_weekday is None or mention.start is None:
                continue
            actual = mention.start.weekday()
            if actual == mention.stated_weekday:
                continue
            if mention.relative and _fits_a_nearby_year(mention.key, mention.start,
                                                         mention.stated_weekday):
                continue  # without a year, "Friday, Jan. 3" may mean another year's
            stated = _DAY_NAMES[mention.stated_weekday]
            message = (f'"{mention.text}": {mention.start:%B} {mention.start.day}, '
                       f"{mention.start.year} is a {_DAY_NAMES[actual]}, not a {stated}; "
                       "check which of the two is right")
            severity = None
            if mention.relative and facts.reference_basis != "stated":
                message += (f" (year taken from the publication date inferred from "
                            f"{facts.reference_basis})")
                severity = self.severity.lower()
            yield make_diagnostic(self, facts, mention.span, message,
                                  key=f"weekday:{mention.key}:{stated}", severity=severity)


def _fits_a_nearby_year(key: str, resolved: dt.date, weekday: int) -> bool:
    if not key.startswith("md:"):
        return False
    return any(abs((candidate - resolved).days) <= _NEARBY_DAYS and candidate.weekday() == weekday
               for candidate in month_day_candidates(key, resolved))
