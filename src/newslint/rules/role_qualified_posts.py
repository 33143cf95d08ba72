"""NL601's qualified posts: past offices at one place ("former New York City Mayor" /
"former New York City Governor") and acting, deputy or newly taken posts, each compared
with the person's other posts under the same qualifier (rules/roles.yaml's
`qualified_posts`). Past offices at one place on one level of `levels` may be a career:
reported at info level."""

from __future__ import annotations

from collections.abc import Hashable, Iterable

from newslint.diagnostics import Diagnostic, Severity
from newslint.facts import Role
from newslint.facts.entities import person_identity
from newslint.facts.rolevocab import vocabulary
from newslint.rules.base import CorpusContext, Related, Rule, make_diagnostic
from newslint.rules.disagreement import (
    Statement,
    article_list,
    drop_mirrored_ties,
    minority_findings,
)
from newslint.rules.role_people import people_of

# The qualifier of past posts in the groups of _former_surname.
_PAST = "former"


def qualified_post_findings(rule: Rule, ctx: CorpusContext) -> Iterable[Diagnostic]:
    """One person, two past offices at one place; two acting, deputy or new posts."""
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
                    rule, finding.flagged.article, role.span, message,
                    severity=Severity.INFO if career else None,
                    key=f"former:{person}:{role.role_key}@{role.where}"
                    + (f":{qualifier}" if qualifier != _PAST else ""),
                    related=[Related(s.article, s.fact.person_span,
                                     f'"{s.fact.person}" here, as '
                                     f"{_as_qualified(s.fact)[2:].lstrip()} "
                                     f"{s.fact.role}") for s in others],
                )


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
