"""NL601's posts: what is compared for one person (a post and its organisation, or a
public office alone) and which two posts one person holds at once, by rules/roles.yaml."""

from __future__ import annotations

from collections.abc import Hashable

from newslint.extract.sourcing.party_tags import PARTIES
from newslint.facts import ArticleFacts, Role
from newslint.facts.entities import Organisations, org_identity
from newslint.facts.rolevocab import RoleInfo, vocabulary
from newslint.rules.base import Related
from newslint.rules.disagreement import Statement

# The organisation of a capitalised title with none ("President Obama"): a public office.
_TITLED = "(title)"


def posts_compatible(a: Hashable, b: Hashable, orgs: Organisations, offices: bool = True
                     ) -> bool:
    """Whether one person holds posts `a` and `b` (post_key's) at once; `offices`: two
    public offices are compared (not for a bare surname that may be two people)."""
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
        # An office kept with its organisation is one the person holds there (post_key).
        if not (info_a and info_b and (info_a.executive or info_a.office)
                and (info_b.executive or info_b.office)):
            return True
        # A director and a president go together on a company's board, not at the FBI.
        public = vocab.public_body(org_a) or vocab.public_body(org_b)
        return vocab.roles_compatible(role_a, role_b, at_organisation=not public)
    # Different organisations: only one exclusive post cannot be held at both.
    return not (role_a == role_b and info_a is not None and info_a.exclusive)


def post_key(role: Role, at_orgs: frozenset[str] = frozenset()
             ) -> tuple[str, str | None]:
    """What is compared: the post and its organisation; for a public office the post
    alone ("Gov." and "Indiana Gov." are one post, the state being its place), unless the
    person holds an executive post at that organisation ("NAACP Mayor Ben Jealous" beside
    "NAACP President Ben Jealous": one organisation, two posts). `at_orgs`: those
    organisations, from executive_orgs."""
    info = vocabulary().roles.get(role.role_key)
    if info and info.office_untitled and not role.org_key and role.role[:1].isupper():
        return (role.role_key, _TITLED)
    org = org_identity(role.org_key) if role.org_key else None  # "N.A.A.C.P." is "NAACP"
    if info and info.office and role.org_key in at_orgs:
        return (role.role_key, org)
    return (role.role_key, None if info and info.office else org)


def executive_orgs(items: list, orgs: Organisations) -> frozenset[str]:
    """The organisations of a person's offices where the story also gives the person an
    executive post."""
    vocab = vocabulary()
    executive = [r.org_key for _, r in items if r.org_key
                 and (info := vocab.roles.get(r.role_key)) and info.executive]
    return frozenset(r.org_key for _, r in items if r.org_key
                     and (info := vocab.roles.get(r.role_key)) and info.office
                     and any(orgs.same(r.org_key, e) for e in executive))


def sole_office(post: Hashable) -> bool:
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


def both_organisations_named(a: Statement, b: Statement, orgs: Organisations) -> bool:
    """The same post at two organisations, where one article names both: the person may
    well hold both ("Musk, the CEO of SpaceX ... also runs Tesla"). A public office's
    "organisation" is its place ("Maine Gov.", "Maine Rep."), compared without it
    (post_key): naming the place twice says nothing of two posts."""
    if post_key(a.fact)[1] is None or post_key(b.fact)[1] is None:
        return False
    org_a, org_b = a.fact.org_key, b.fact.org_key
    if not org_a or not org_b or orgs.same(org_a, org_b):
        return False
    return org_b in _organisations_named(a.article) or org_a in _organisations_named(b.article)


def _organisations_named(article: ArticleFacts) -> set[str]:
    vocab = vocabulary()
    return {vocab.org_key(p.text) for p in article.name_phrases} | {
        vocab.org_key(n.text) for n in article.names}


def at_person(statement: Statement) -> Related:
    """The other side, pointed at the person as written, so the related line shows who."""
    role: Role = statement.fact
    post = f"{role.role} of {role.org}" if role.org else role.role
    return Related(statement.article, role.person_span, f'"{role.person}" here, as {post}')


def post_words(role: Role) -> str:
    if role.org:
        return f'"{role.role}" of {role.org}'
    return f'"{role.role}"'
