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
from newslint.extract.sourcing.party_tags import PARTIES
from newslint.facts import ArticleFacts, Role
from newslint.facts.entities import (
    Organisations,
    org_identity,
    person_identity,
)
from newslint.facts.rolevocab import RoleInfo, vocabulary
from newslint.rules.base import CorpusContext, CorpusRule, Related, make_diagnostic
from newslint.rules.disagreement import (
    Statement,
    article_list,
    drop_mirrored_ties,
    keeping,
    minority_findings,
    within_one_article,
)
from newslint.rules.name_evidence import distance
from newslint.rules.role_chambers import chamber_seats
from newslint.rules.role_past_office import past_office_findings
from newslint.rules.role_people import people_of, story_people

# The organisation of a capitalised title with none ("President Obama"): a public office.
_TITLED = "(title)"
# Surnames this many edits apart are one name misspelt, not two people.
_SPELLING_BUDGET = 2
# The qualifier of past posts in the groups of _former_surname.
_PAST = "former"
# A post changes hands; articles further apart than this may both be right.
_MAX_DAYS_APART = 183


class RoleConflict(CorpusRule):
    __doc__ = __doc__
    code = "NL601"
    name = "role-conflict"
    severity = Severity.WARNING

    def check(self, ctx: CorpusContext) -> Iterable[Diagnostic]:
        orgs = Organisations(p.text for a in ctx.index.articles for p in a.name_phrases)
        yield from self._person_conflicts(ctx, orgs)
        yield from self._former_offices(ctx)
        yield from self._post_holders(ctx)
        yield from past_office_findings(self, ctx, _post_key, _sole_office,
                                        lambda a, b: _posts_compatible(a, b, orgs))

    # One person, two posts.
    def _person_conflicts(self, ctx: CorpusContext, orgs: Organisations
                          ) -> Iterable[Diagnostic]:
        by_surname = ctx.index.group("roles", _surname, "surname")

        def compatible(a: Hashable, b: Hashable) -> bool:
            return _posts_compatible(a, b, orgs)

        def compatible_bare(a: Hashable, b: Hashable) -> bool:
            # A bare surname ("Sen. Brown", "Rep. Brown") may be two people: offices are
            # compared only for a person the story names in full.
            return _posts_compatible(a, b, orgs, offices=False)

        def compatible_unnamed(a: Hashable, b: Hashable) -> bool:
            # No one of the surname named in full: an office one person holds at a time
            # ("President Obama") is the story's one holder, no "Representative Obama".
            return _posts_compatible(a, b, orgs, offices=_sole_office(a) or _sole_office(b))

        people = story_people(ctx)
        for _, entries in sorted(by_surname.items()):
            for person, items in people_of(entries).items():
                at_orgs = _executive_orgs(items, orgs)
                statements = [Statement(_post_key(r, at_orgs), a, r) for a, r in items]
                statements += [Statement(_post_key(r), a, r) for a, r in chamber_seats(items)]
                # A bare surname is one person when the story names exactly one of that name.
                one = " " in person or len(people.get(person, ())) == 1
                check = compatible if one else \
                    compatible_bare if people.get(person) else compatible_unnamed
                findings = minority_findings(statements, check, within=True)
                if not one and not people.get(person):
                    findings += within_one_article(statements, compatible, findings)
                for finding in drop_mirrored_ties(keeping(findings, lambda f, s: not (
                        _both_organisations_named(f.flagged, s, orgs)))):
                    role: Role = finding.flagged.fact
                    others = list(finding.others)
                    other: Role = others[0].fact
                    elsewhere = [s for s in others if s.article.id != finding.flagged.article.id]
                    where = article_list(elsewhere)
                    if len(elsewhere) < len(others):
                        where = f"this article and {where}"
                    split = " (as many articles each way)" if finding.tie else ""
                    message = (
                        f"{role.person} is {_post(role)} here but {_post(other)} in "
                        f"{where}{split}; check which title is right"
                    )
                    # A chamber's seat is read from its post's words: one place, once.
                    related = list({(s.article.id, s.fact.person_span.start): _at_person(s)
                                    for s in others}.values())
                    yield make_diagnostic(
                        self, finding.flagged.article, role.span, message,
                        key=f"person:{person}:{role.role_key}@{role.org_key or ''}",
                        related=related,
                    )

    # One person, two past offices at one place; two acting, deputy or new posts.
    def _former_offices(self, ctx: CorpusContext) -> Iterable[Diagnostic]:
        by_surname = ctx.index.group("roles", _former_surname, "former-surname")

        for (qualifier, _), entries in sorted(by_surname.items()):
            def compatible(a: Hashable, b: Hashable, qualifier: str = qualifier) -> bool:
                (role_a, where_a), (role_b, where_b) = a, b  # type: ignore[misc]
                # A qualified post with no place written is compared with one that has
                # it ("Deputy Senator" / "FBI Deputy Director"); past posts are not.
                anywhere = qualifier != _PAST and not (where_a and where_b)
                # At a public body ("former FBI Director" / "former FBI President") a post
                # is an office: the board pairs a company has do not hold there.
                public = vocabulary().public_body(where_a or where_b)
                return not (anywhere or _same_place(where_a, where_b)) \
                    or vocabulary().roles_compatible(role_a, role_b, at_organisation=not public)

            for person, items in people_of(entries).items():
                if " " not in person:
                    continue  # "former Gov. Brown", "former Rep. Brown": maybe two people
                # One place under its short and long names: "New York", "New York City".
                wheres = {(r.where or "").lower() for _, r in items}
                place = {w: min((v for v in wheres if _same_place(w, v)), key=len)
                         for w in wheres}
                statements = [Statement((r.role_key, place[(r.where or "").lower()]), a, r)
                              for a, r in items]
                for finding in drop_mirrored_ties(minority_findings(statements, compatible)):
                    role: Role = finding.flagged.fact
                    others = finding.others
                    message = (
                        f'{role.person} is {_as_qualified(role)} "{role.role}" here but '
                        f'{_as_qualified(others[0].fact)} "{others[0].fact.role}" in '
                        f"{article_list(others)}; check which post was held"
                    )
                    # Past offices at one place on one level may be a career ("former
                    # Arkansas Rep." and "former Arkansas Sen."): worth a look, no more.
                    career = qualifier == _PAST and all(
                        vocabulary().in_sequence(role.role_key, s.fact.role_key)
                        for s in others)
                    if career:
                        message += " (both may be true: one after the other)"
                    yield make_diagnostic(
                        self, finding.flagged.article, role.span, message,
                        severity=Severity.INFO if career else None,
                        key=f"former:{person}:{role.role_key}@{role.where}"
                        + (f":{qualifier}" if qualifier != _PAST else ""),
                        related=[Related(s.article, s.fact.person_span,
                                         f'"{s.fact.person}" here, as '
                                         f"{_as_qualified(s.fact)[2:].lstrip()} "
                                         f"{s.fact.role}") for s in others],
                    )

    # One exclusive post, two people.
    def _post_holders(self, ctx: CorpusContext) -> Iterable[Diagnostic]:
        posts = ctx.index.group("roles", _exclusive_post, "exclusive-post")
        for (org, role_key), entries in sorted(posts.items()):
            # Holders by surname: "Sam" and "Samuel Altman" are one holder, and two holders
            # of one post sharing a surname is far rarer than a variant first name.
            statements = [Statement(person_identity(r.person_key).split()[-1], a, r)
                          for a, r in entries]
            if len({s.value for s in statements}) < 2:
                continue

            def same_holder(a: Hashable, b: Hashable) -> bool:
                # "Priebus" and "Preibus" are one holder spelt two ways: NL101's finding.
                return a == b or distance(str(a), str(b)) <= _SPELLING_BUDGET

            found = keeping(minority_findings(statements, same_holder), lambda f, s: (
                _close_in_time(f.flagged.article.date, s.article.date)))
            for finding in drop_mirrored_ties(found):
                role: Role = finding.flagged.fact
                others = list(finding.others)
                names = sorted({s.fact.person for s in others})
                message = (
                    f"{role.person} is {_post(role)} here but {' and '.join(names)} "
                    f"{'is' if len(names) == 1 else 'are'} in {article_list(others)}; "
                    "check who holds the post"
                )
                related = [_at_person(s) for s in others]
                yield make_diagnostic(
                    self, finding.flagged.article, role.span, message,
                    key=f"post:{role_key}@{org}:{role.person_key}", related=related,
                )


def _surname(role: Role) -> str | None:
    if not role.current or role.context != "text":
        return None
    return person_identity(role.person_key).split()[-1]


def _former_surname(role: Role) -> tuple[str, str] | None:
    """Past public offices with the place they were held at: "former New York City Mayor
    Michael Bloomberg" and "Former New York City Speaker Michael Bloomberg" conflict;
    past posts at no named place, or at two places, may all be true. Posts under one
    qualifier of rules/roles.yaml's qualified_posts ("acting", "deputy", "newly") are
    compared among themselves, with or without a place."""
    info = vocabulary().roles.get(role.role_key)
    titled = role.role[:1].isupper() and role.pattern == "premodifier"
    if role.context != "text" or info is None \
            or not (info.office or (info.office_untitled and titled)):
        return None
    if role.former and role.where:
        kind = _PAST
    elif role.qualifier and not role.former:
        kind = role.qualifier
    else:
        return None
    return kind, person_identity(role.person_key).split()[-1]


def _as_qualified(role: Role) -> str:
    """"a former FBI", "an acting FBI", "a deputy": the post's qualifier and place."""
    word = "former" if role.former else (role.qualifier or "")
    article = "an" if word[:1] in "aeiou" else "a"
    return f"{article} {word} {_place(role)}".rstrip()


def _same_place(a: str, b: str) -> bool:
    """"new york" and "new york city" are one place as far as a title goes."""
    return a == b or a.startswith(b + " ") or b.startswith(a + " ")


def _place(role: Role) -> str:
    return role.where or ""


def _exclusive_post(role: Role) -> tuple[str, str] | None:
    info = vocabulary().roles.get(role.role_key)
    if not role.current or role.context != "text" or not role.org_key or not info \
            or not info.exclusive:
        return None
    return org_identity(role.org_key), role.role_key


def _posts_compatible(a: Hashable, b: Hashable, orgs: Organisations, offices: bool = True
                      ) -> bool:
    vocab = vocabulary()
    (role_a, org_a), (role_b, org_b) = a, b  # type: ignore[misc]
    if role_a in PARTIES.values() or role_b in PARTIES.values():
        # A party tag ("R-Ariz.") conflicts only with another party's tag.
        return role_a == role_b or not (role_a in PARTIES.values()
                                        and role_b in PARTIES.values())
    info_a, info_b = vocab.roles.get(role_a), vocab.roles.get(role_b)
    if offices and _office(info_a, org_a) and _office(info_b, org_b):
        # Two public offices at once: "Sen. Mike Pence" and "Gov. Mike Pence"; no
        # organisation is named, so "Director Trump" is no board seat beside his presidency.
        return vocab.roles_compatible(role_a, role_b, at_organisation=False)
    org_a, org_b = (None if o == _TITLED else o for o in (org_a, org_b))
    if not org_a or not org_b:
        return True  # "venture capitalist" and "Curai CEO": nothing to compare
    # Only once both sides resolve to one organisation are its posts compared; two names
    # the story cannot tell apart ("RNC", "the National Committee") are one.
    if orgs.same(org_a, org_b):
        # An office kept with its organisation is one the person holds there (_post_key).
        if not (info_a and info_b and (info_a.executive or info_a.office)
                and (info_b.executive or info_b.office)):
            return True
        # A director and a president go together on a company's board, not at the FBI.
        public = vocab.public_body(org_a) or vocab.public_body(org_b)
        return vocab.roles_compatible(role_a, role_b, at_organisation=not public)
    # Different organisations: only one exclusive post cannot be held at both.
    return not (role_a == role_b and info_a is not None and info_a.exclusive)


def _post_key(role: Role, at_orgs: frozenset[str] = frozenset()
              ) -> tuple[str, str | None]:
    """What is compared: the post and its organisation; for a public office the post
    alone ("Gov." and "Indiana Gov." are one post, the state being its place), unless the
    person holds an executive post at that organisation ("NAACP Mayor Ben Jealous" beside
    "NAACP President Ben Jealous": one organisation, two posts). `at_orgs`: those
    organisations, from _executive_orgs."""
    info = vocabulary().roles.get(role.role_key)
    if info and info.office_untitled and not role.org_key and role.role[:1].isupper():
        return (role.role_key, _TITLED)
    org = org_identity(role.org_key) if role.org_key else None  # "N.A.A.C.P." is "NAACP"
    if info and info.office and role.org_key in at_orgs:
        return (role.role_key, org)
    return (role.role_key, None if info and info.office else org)


def _executive_orgs(items: list, orgs: Organisations) -> frozenset[str]:
    """The organisations of a person's offices where the story also gives the person an
    executive post."""
    vocab = vocabulary()
    executive = [r.org_key for _, r in items if r.org_key
                 and (info := vocab.roles.get(r.role_key)) and info.executive]
    return frozenset(r.org_key for _, r in items if r.org_key
                     and (info := vocab.roles.get(r.role_key)) and info.office
                     and any(orgs.same(r.org_key, e) for e in executive))


def _sole_office(post: Hashable) -> bool:
    """A public office with one holder at a time: an exclusive post written as a title with
    no organisation ("President Obama", a head of state)."""
    role, org = post  # type: ignore[misc]
    info = vocabulary().roles.get(role)
    return org == _TITLED and info is not None and info.exclusive


def _office(info: RoleInfo | None, org: str | None) -> bool:
    """A public office; "President Barack Obama", with no organisation, is a head of state
    (the post key carries "titled" only for a capitalised title with no organisation), and
    "FBI Director" or "House Speaker" a post at a public body, not a board seat."""
    if info is None:
        return False
    return info.office or (info.office_untitled and (
        org == _TITLED or vocabulary().public_body(org)))


def _both_organisations_named(a: Statement, b: Statement, orgs: Organisations) -> bool:
    """The same post at two organisations, where one article names both: the person may
    well hold both ("Musk, the CEO of SpaceX ... also runs Tesla"). A public office's
    "organisation" is its place ("Maine Gov.", "Maine Rep."), compared without it
    (_post_key): naming the place twice says nothing of two posts."""
    if _post_key(a.fact)[1] is None or _post_key(b.fact)[1] is None:
        return False
    org_a, org_b = a.fact.org_key, b.fact.org_key
    if not org_a or not org_b or orgs.same(org_a, org_b):
        return False
    return org_b in _organisations_named(a.article) or org_a in _organisations_named(b.article)


def _organisations_named(article: ArticleFacts) -> set[str]:
    vocab = vocabulary()
    return {vocab.org_key(p.text) for p in article.name_phrases} | {
        vocab.org_key(n.text) for n in article.names}


def _at_person(statement: Statement) -> Related:
    """The other side, pointed at the person as written, so the related line shows who."""
    role: Role = statement.fact
    post = f"{role.role} of {role.org}" if role.org else role.role
    return Related(statement.article, role.person_span, f'"{role.person}" here, as {post}')


def _post(role: Role) -> str:
    if role.org:
        return f'"{role.role}" of {role.org}'
    return f'"{role.role}"'


def _close_in_time(a, b) -> bool:
    if a is None or b is None:
        return True
    return abs((a - b).days) <= _MAX_DAYS_APART
