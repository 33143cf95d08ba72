"""NL601's past head of state: a person the story calls a former president ("former
President Barack Obama") given another office once, in another article ("Director Barack
Obama's administration").

A past office and a present one are no conflict in general ("Gov. Mike Pence", "former Rep.
Mike Pence"), so they are compared only where the past office is one person's at a time
and the top of its country (an exclusive title with no organisation: "President"), the
present title is an office it rules out, written once in one article, and no article gives
the person any other present office. The message says which articles give which, at info
level: a president may, rarely, hold an office later.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable

from newslint.diagnostics import Diagnostic, Severity
from newslint.facts import ArticleFacts, Role
from newslint.facts.entities import person_identity
from newslint.rules.base import CorpusContext, Related, Rule, make_diagnostic
from newslint.rules.disagreement import article_name
from newslint.rules.role_people import people_of

Entry = tuple[ArticleFacts, Role]


def past_office_conflicts(
    ctx: CorpusContext,
    post_key: Callable[[Role], Hashable],
    sole_office: Callable[[Hashable], bool],
    compatible: Callable[[Hashable, Hashable], bool],
) -> Iterable[tuple[Entry, list[Entry]]]:
    """(the one-off present title, the past sole offices in other articles) per person
    named in full. `post_key`, `sole_office`, `compatible`: NL601's own comparisons."""
    by_surname: dict[str, list[Entry]] = {}
    for article in ctx.index.articles:
        for role in article.roles:
            if role.context == "text" and (role.current or role.former) \
                    and not role.qualifier:
                surname = person_identity(role.person_key).split()[-1]
                by_surname.setdefault(surname, []).append((article, role))
    for _, entries in sorted(by_surname.items()):
        for person, items in people_of(entries).items():
            if " " not in person:
                continue
            past = [(a, r) for a, r in items if r.former and sole_office(post_key(r))]
            present = [(a, r) for a, r in items if r.current and not r.former
                       and not r.role_key.startswith("party:")]
            if not past or len(present) != 1:
                continue
            article, role = present[0]
            others = [(a, r) for a, r in past if a.id != article.id
                      and not compatible(post_key(role), post_key(r))]
            if others:
                yield present[0], others


def past_office_findings(
    rule: Rule,
    ctx: CorpusContext,
    post_key: Callable[[Role], Hashable],
    sole_office: Callable[[Hashable], bool],
    compatible: Callable[[Hashable, Hashable], bool],
) -> Iterable[Diagnostic]:
    for (article, role), others in past_office_conflicts(ctx, post_key, sole_office,
                                                         compatible):
        where = ", ".join(sorted({article_name(a) for a, _ in others}))
        yield make_diagnostic(
            rule, article, role.span,
            f'{role.person} is "{role.role}" here but a former "{others[0][1].role}" in '
            f"{where}; check the title", key=f"past:{role.person_key}:{role.role_key}",
            related=[Related(a, r.person_span, f'"{r.person}" here, as former {r.role}')
                     for a, r in others],
            severity=Severity.INFO)
