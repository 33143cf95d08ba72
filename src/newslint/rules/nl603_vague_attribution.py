"""A claim attributed to no one in particular: "some experts", "critics say".

## What it flags
Attribution to an unnamed group or to nobody: "some industry experts", "analysts warn",
"critics have pointed out", "reports suggest", "sources said", "it is believed"; or to one
unnamed source, before or after its verb: "a military source said", "one source told",
"said local sources", "said a person familiar with the matter". Reported
once per sentence, in the writer's own prose: not inside quotation marks (a paragraph that
opens a quotation and never closes it is part of a quoted passage), headings or
embedded posts, not inside a named speaker's reported speech ("Obama said economists
predict": his claim, which the writer cannot source further), and not where a source is
named right there ("analysts at Bernstein",
"Bernstein analysts", "some experts, including Gary Marcus"), and not where the group
carries on from a named claimant in the same paragraph or the two before it, on a shared
topic word ("Rep. Issa said the offer was a felony", then "Critics say the job offer broke
the law"; "other lawmakers complained" after a named lawmaker spoke), nor where a group
named for what its members do is background to members the article names anywhere,
doing it on two shared topic words ("which critics said could allow discrimination";
"Wal-Mart, which complained that the measure was discriminatory") or named together as a
party or a body making the claim in the group's paragraph or the three before ("Republican
lawmakers have argued", then "Critics have said"), and not where the
sources are another named outlet's, relayed and credited: they told it ("a source told
NBC"), or it reported citing them in the same sentence ("The Denver Post has reported,
citing unnamed sources"); the article's own outlet (its front matter `source`, or the
site its `url` is on: "HuffPost" for huffingtonpost.com where `source` says "HPO")
answers for its own. An expectation of an event to come ("she is widely expected to
announce") is a forecast, not a claim. The phrases, and the groups' member verbs, are in
`rules/roles.yaml` under `vague:`.

## Why it matters to an editor
A reader cannot weigh a claim whose source is hidden, and "some say" can carry the
writer's own opinion. Each one is a place to name the source, or to ask whether the claim
should stand at all. A deliberate anonymous source ("a person briefed on the matter said")
is not fixed by naming it: the message asks instead that the claim be corroborated and the
story say why the source is unnamed. "It is believed", "is widely seen" ask whether
the belief is common knowledge.

## Example
Flagged:

    The cost has not been verified, leading some industry experts to question the figures.

Fixed:

    The cost has not been verified. Stacy Rasgon, an analyst at Bernstein, questioned the
    figures.
"""

from __future__ import annotations

from collections.abc import Iterable

from newslint.diagnostics import Diagnostic, Severity
from newslint.rules.base import ArticleContext, ArticleRule, make_diagnostic


class VagueAttribution(ArticleRule):
    __doc__ = __doc__
    code = "NL603"
    name = "vague-attribution"
    severity = Severity.INFO

    def check(self, ctx: ArticleContext) -> Iterable[Diagnostic]:
        for vague in ctx.facts.vague:
            yield make_diagnostic(
                self, ctx.facts, vague.span, _ADVICE[vague.kind].format(vague.text),
                key=" ".join(vague.text.lower().split()),
            )


# A deliberate anonymous source is not fixed by naming it; an impersonal "is widely
# believed" is often common knowledge.
_ADVICE = {
    "group": '"{}" attributes the claim to no one in particular; name the source or check '
             "the claim stands without one",
    "anonymous": '"{}" is anonymous sourcing; check the claim is corroborated and the story '
                 "says why the source is not named",
    "impersonal": '"{}" states a belief held by no one in particular; check it is common '
                  "knowledge or give its source",
}
