"""Shared by the sourcing rules: which side of a disagreement between articles to flag.

Statements about one subject (a person's post, a product's developer) are grouped by what
they say. Two groups that contradict each other are a finding; the side stated by fewer
articles is flagged, with the other side as related locations. On a tie both sides are
flagged: the corpus cannot tell which is right, and each article's editor must check; or,
through drop_mirrored_ties, one finding names both, anchored by what is said (not by file
order), as one discrepancy is one finding.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Any

from newslint.facts import ArticleFacts


@dataclass(frozen=True, slots=True)
class Statement:
    value: Hashable  # what is said, normalised: ("ceo", "meta"), "high-flyer"
    article: ArticleFacts
    fact: Any


@dataclass(frozen=True, slots=True)
class Finding:
    flagged: Statement  # first statement of the value in the flagged article
    others: tuple[Statement, ...]  # first statement of each contradicting value per article
    tie: bool = False  # as many articles state the other side


def minority_findings(
    statements: Iterable[Statement],
    compatible: Callable[[Hashable, Hashable], bool],
    within: bool = False,
) -> list[Finding]:
    """`within`: also flag a value one article states once against a rival that the same
    article and another article both state ("President Obama" twice and "Governor Obama"
    once, with another article's "President Obama"). Both sides of a tie are returned,
    marked; drop_mirrored_ties keeps one."""
    by_value: dict[Hashable, dict[str, Statement]] = {}
    times: Counter[tuple[Hashable, str]] = Counter()
    for statement in statements:
        times[statement.value, statement.article.id] += 1
        per_article = by_value.setdefault(statement.value, {})
        current = per_article.get(statement.article.id)
        if current is None or statement.fact.span.start < current.fact.span.start:
            per_article[statement.article.id] = statement
    values = sorted(by_value, key=repr)
    findings: list[Finding] = []
    for value in values:
        mine = by_value[value]
        rivals = [v for v in values if v != value and not compatible(value, v)]
        if not rivals:
            continue
        for article_id in sorted(mine):
            # An article that states both sides has its own inconsistency to sort out, and
            # is not the evidence against either.
            others = [
                s for rival in rivals for aid, s in sorted(by_value[rival].items())
                if aid != article_id and article_id not in by_value[rival]
            ]
            if not others and within and len(mine) == 1 and times[value, article_id] == 1:
                others = _outvoted_here(article_id, [by_value[r] for r in rivals])
                if others:
                    findings.append(Finding(mine[article_id], tuple(others)))
                continue
            if not others:
                continue
            support = len(mine)
            rival_support = max(len(by_value[r]) for r in rivals
                                if any(s.value == r for s in others))
            if support < rival_support:
                findings.append(Finding(mine[article_id], tuple(others)))
            elif support == rival_support:
                findings.append(Finding(mine[article_id], tuple(others), tie=True))
    return findings


def drop_mirrored_ties(findings: list[Finding]) -> list[Finding]:
    """Of two findings of one tie that each name the other's statement, the one whose
    value sorts first; and no tie whose every other side is flagged already, outvoted
    elsewhere, by a finding that names this tie's statement among its others ("Mayor"
    against "Majority Leader" in two articles, and against "Senator" in one: the
    "Senator" is a related location of the one finding, not a second). Run after a rule's
    own filters, so that a side those filters drop leaves the other standing."""
    kept = []
    for finding in findings:
        mirror = finding.tie and any(
            other.tie and repr(other.flagged.value) < repr(finding.flagged.value)
            and _name_each_other(finding, other) for other in findings)
        covered = finding.tie and all(
            any(not other.tie and other.flagged is s and _name_each_other(finding, other)
                for other in findings)
            for s in finding.others)
        if not (mirror or covered):
            kept.append(finding)
    return kept


def _name_each_other(a: Finding, b: Finding) -> bool:
    return (any(s is a.flagged for s in b.others)
            and any(s is b.flagged for s in a.others))


def keeping(findings: list[Finding], keep: Callable[[Finding, Statement], bool]
            ) -> list[Finding]:
    """The findings with only the other statements `keep` accepts; none left, no finding."""
    out = []
    for finding in findings:
        others = tuple(s for s in finding.others if keep(finding, s))
        if others:
            out.append(Finding(finding.flagged, others, finding.tie))
    return out


def within_one_article(statements: list[Statement],
                       compatible: Callable[[Hashable, Hashable], bool],
                       found: list[Finding]) -> list[Finding]:
    """The findings `compatible` gives beyond those `found`, where the flagged article
    itself states the other side too: NL601's offices under a bare surname the story names
    in no full form ("President Obama" and "Mayor Obama" in one article, with "President
    Obama" elsewhere): a writer does not call two people by one surname in one article."""
    seen = {id(f.flagged) for f in found}
    return [f for f in minority_findings(statements, compatible, within=True)
            if id(f.flagged) not in seen
            and any(s.article.id == f.flagged.article.id for s in f.others)]


def _outvoted_here(article_id: str, rivals: list[dict[str, Statement]]) -> list[Statement]:
    """The rival statements, this article's first, of every rival value stated both in this
    article and in another one."""
    out: list[Statement] = []
    for per_article in rivals:
        if article_id in per_article and len(per_article) >= 2:
            out.append(per_article[article_id])
            out += [s for aid, s in sorted(per_article.items()) if aid != article_id]
    return out


def article_name(facts: ArticleFacts) -> str:
    return PurePosixPath(facts.path).name


def article_list(statements: Sequence[Statement], limit: int = 3) -> str:
    names = sorted({article_name(s.article) for s in statements})
    shown = ", ".join(names[:limit])
    if len(names) > limit:
        shown += f" and {len(names) - limit} more"
    return shown


def org_compatible(a: str | None, b: str | None) -> bool:
    """Same organisation as far as the names tell: equal, or one the start of the other
    ("google" and "google deepmind"). An unknown side never contradicts."""
    if not a or not b:
        return True
    ta, tb = a.split(), b.split()
    shorter, longer = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    if longer[: len(shorter)] == shorter:
        return True
    # "ecb" and "european central bank", "boe" and "bank of england".
    if len(shorter) == 1 and len(longer) > 1:
        initials = "".join(w[0] for w in longer)
        content = "".join(w[0] for w in longer if w not in ("of", "the", "and", "&", "for"))
        return shorter[0] in (initials, content)
    return False
