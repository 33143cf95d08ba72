"""NL601's post holders: one exclusive post at one organisation given to two people
("OpenAI CEO Sam Altman" / "Jane Doe, the chief executive of OpenAI"), in articles close
enough in time that the post cannot have changed hands."""

from __future__ import annotations

from collections.abc import Hashable, Iterable

from newslint.diagnostics import Diagnostic
from newslint.facts import Role
from newslint.facts.entities import org_identity, person_identity
from newslint.facts.rolevocab import vocabulary
from newslint.rules.base import CorpusContext, Rule, make_diagnostic
from newslint.rules.disagreement import (
    Statement,
    article_list,
    drop_mirrored_ties,
    keeping,
    minority_findings,
)
from newslint.rules.name_evidence import distance
from newslint.rules.role_posts import at_person, post_words

# Surnames this many edits apart are one name misspelt, not two people.
_SPELLING_BUDGET = 2
# A post changes hands; articles further apart than this may both be right.
_MAX_DAYS_APART = 183


def post_holder_findings(rule: Rule, ctx: CorpusContext) -> Iterable[Diagnostic]:
    """One exclusive post, two people."""
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
                f"{role.person} is {post_words(role)} here but {' and '.join(names)} "
                f"{'is' if len(names) == 1 else 'are'} in {article_list(others)}; "
                "check who holds the post"
            )
            related = [at_person(s) for s in others]
            yield make_diagnostic(
                rule, finding.flagged.article, role.span, message,
                key=f"post:{role_key}@{org}:{role.person_key}", related=related,
            )


def _exclusive_post(role: Role) -> tuple[str, str] | None:
    info = vocabulary().roles.get(role.role_key)
    if not role.current or role.context != "text" or not role.org_key or not info \
            or not info.exclusive:
        return None
    return org_identity(role.org_key), role.role_key


def _close_in_time(a, b) -> bool:
    if a is None or b is None:
        return True
    return abs((a - b).days) <= _MAX_DAYS_APART
