"""A person given different posts across articles, or one post given to two people.

## What it flags
- The same person with incompatible posts: "Meta's Chief AI Scientist Yann LeCun" in one
  article, "Yann LeCun, the chief executive of Meta," in another; or the same exclusive
  post at different organisations ("CEO of OpenAI" / "CEO of Anthropic").
- The same person in two public offices at once ("Sen. Mike Pence" / "Gov. Mike Pence"),
  or under two parties ("John McCain (R-Ariz.)" / "(D-Ariz.)" / "Democrat of Arizona" /
  "Democratic Sen. John McCain"), for a person the story names in full. A bare title with
  no organisation ("Director Trump") is a public office beside "President Trump", not a
  board seat held with it. Offices under a bare surname ("President Obama" /
  "Representative Obama") are compared when the story names one person of that surname in
  full (not none: "Sen. Brown" and "Rep. Brown"; not two: Bill and Hillary Clinton), or
  where one is an office one person holds at a time ("President Obama": with no first
  name, the story's one president, so "Representative Obama" is his title changed), or,
  where it names none, when one article gives the bare surname both offices ("President
  Obama" and "Mayor Obama" in one article): no writer calls two people by one surname.
- A post at one chamber against the other chamber's office ("House Minority Leader Kevin
  McCarthy" / "Senator Kevin McCarthy"): a chamber's leader, whip or chairman sits in it
  (`chambers` in `rules/roles.yaml`).
- A former president given another office once, in another article ("former President
  Barack Obama" / "Director Barack Obama's administration"), at info level: a past
  office that is the top of its country against the one present title the story gives.
- One article giving a person a title once against the title it and another article
  give otherwise ("President Obama" twice, "Governor Obama" once). A person is one under
  a middle initial, known by the middle name ("Neil M. Gorsuch", "K. Michael Conaway") or
  with a given name misspelt ("Vincente Fox" / "Vicente Fox": NL101's finding),
  and a title read with a bare surname ("Judge Gorsuch") is no second person of that name;
  a place before two offices ("Maine Gov." / "Maine Rep.") is where they are held, not
  two employers.
- Two past offices at one place for one person named in full that are not one place's
  ("former New York City Mayor Michael Bloomberg" / "former New York City Governor": a
  city's office and a state's, by `levels` in `rules/roles.yaml`). Past offices on one
  level may be a career ("former Arkansas Rep." / "former Arkansas Sen."): at info level,
  never a warning. Past posts at no named place or at two places may all be true ("former
  Sen." and "former Secretary of State").
  "then-FBI Director" is a past post too. Two acting, deputy or newly taken posts under
  the same word ("acting FBI Director" / "acting FBI Chairman", "FBI Deputy Director" /
  "Deputy Senator") conflict, with or without a place: one holds one such post at a time.
- At a public body (a bureau, department, committee, party: `organisation_heads` in
  `rules/roles.yaml`) a title is an office, so "FBI Director" and "FBI President" are two
  posts, and "House Director" is compared with "Speaker" as offices are; at a company a
  director may be its president too.
- Two people given the same exclusive post at one organisation: "OpenAI CEO Sam Altman"
  in one article, "Jane Doe, the chief executive of OpenAI," in another.

The side fewer articles state is flagged, with the others as related locations; a tie
(one article each way) is one finding that names both, anchored by the titles, not the
file names, and none of its own where the other side is flagged already, outvoted by a
third title ("Mayor" against "Majority Leader" twice and "Senator" once). Posts that go
together ("founder and CEO", "chairman and chief executive") are never a conflict, nor
are offices held together ("Speaker" and "Rep.", "Chairman" and "Sen."), former, acting,
interim or newly taken posts, holders whose surnames differ by a misspelling (a name
finding), nor articles dated more than half a year apart for a change of post holder.
Roles, posts that can be held together and organisation aliases are in
`rules/roles.yaml`.

## Why it matters to an editor
A wrong title misstates who is speaking and with what authority: the chief scientist's
view is not the company's decision. Titles are the detail rewrites and summaries garble.

## Example
Flagged, where another article calls him "Meta's Chief AI Scientist":

    Yann LeCun, the chief executive of Meta, said open models were winning.

Fixed:

    Yann LeCun, Meta's chief AI scientist, said open models were winning.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable

from newslint.diagnostics import Diagnostic, Severity
from newslint.facts import Role
from newslint.facts.entities import Organisations, person_identity
from newslint.rules.base import CorpusContext, CorpusRule, make_diagnostic
from newslint.rules.disagreement import (
    Statement,
    article_list,
    drop_mirrored_ties,
    keeping,
    minority_findings,
    within_one_article,
)
from newslint.rules.role_chambers import chamber_seats
from newslint.rules.role_past_office import past_office_findings
from newslint.rules.role_people import people_of, story_people
from newslint.rules.role_post_holders import post_holder_findings
from newslint.rules.role_posts import (
    at_person,
    both_organisations_named,
    executive_orgs,
    post_key,
    post_words,
    posts_compatible,
    sole_office,
)
from newslint.rules.role_qualified_posts import qualified_post_findings


class RoleConflict(CorpusRule):
    __doc__ = __doc__
    code = "NL601"
    name = "role-conflict"
    severity = Severity.WARNING

    def check(self, ctx: CorpusContext) -> Iterable[Diagnostic]:
        orgs = Organisations(p.text for a in ctx.index.articles for p in a.name_phrases)
        yield from self._person_conflicts(ctx, orgs)
        yield from qualified_post_findings(self, ctx)
        yield from post_holder_findings(self, ctx)
        yield from past_office_findings(self, ctx, post_key, sole_office,
                                        lambda a, b: posts_compatible(a, b, orgs))

    # One person, two posts.
    def _person_conflicts(self, ctx: CorpusContext, orgs: Organisations
                          ) -> Iterable[Diagnostic]:
        by_surname = ctx.index.group("roles", _surname, "surname")

        def compatible(a: Hashable, b: Hashable) -> bool:
            return posts_compatible(a, b, orgs)

        def compatible_bare(a: Hashable, b: Hashable) -> bool:
            # A bare surname ("Sen. Brown", "Rep. Brown") may be two people: offices are
            # compared only for a person the story names in full.
            return posts_compatible(a, b, orgs, offices=False)

        def compatible_unnamed(a: Hashable, b: Hashable) -> bool:
            # No one of the surname named in full: an office one person holds at a time
            # ("President Obama") is the story's one holder, no "Representative Obama".
            return posts_compatible(a, b, orgs, offices=sole_office(a) or sole_office(b))

        people = story_people(ctx)
        for _, entries in sorted(by_surname.items()):
            for person, items in people_of(entries).items():
                at_orgs = executive_orgs(items, orgs)
                statements = [Statement(post_key(r, at_orgs), a, r) for a, r in items]
                statements += [Statement(post_key(r), a, r) for a, r in chamber_seats(items)]
                # A bare surname is one person when the story names exactly one of that name.
                one = " " in person or len(people.get(person, ())) == 1
                check = compatible if one else \
                    compatible_bare if people.get(person) else compatible_unnamed
                findings = minority_findings(statements, check, within=True)
                if not one and not people.get(person):
                    findings += within_one_article(statements, compatible, findings)
                for finding in drop_mirrored_ties(keeping(findings, lambda f, s: not (
                        both_organisations_named(f.flagged, s, orgs)))):
                    role: Role = finding.flagged.fact
                    others = list(finding.others)
                    other: Role = others[0].fact
                    elsewhere = [s for s in others if s.article.id != finding.flagged.article.id]
                    where = article_list(elsewhere)
                    if len(elsewhere) < len(others):
                        where = f"this article and {where}"
                    split = " (as many articles each way)" if finding.tie else ""
                    message = (
                        f"{role.person} is {post_words(role)} here but {post_words(other)} in "
                        f"{where}{split}; check which title is right"
                    )
                    # A chamber's seat is read from its post's words: one place, once.
                    related = list({(s.article.id, s.fact.person_span.start): at_person(s)
                                    for s in others}.values())
                    yield make_diagnostic(
                        self, finding.flagged.article, role.span, message,
                        key=f"person:{person}:{role.role_key}@{role.org_key or ''}",
                        related=related,
                    )


def _surname(role: Role) -> str | None:
    if not role.current or role.context != "text":
        return None
    return person_identity(role.person_key).split()[-1]
