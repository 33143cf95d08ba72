"""An organisation or product given incompatible attributes across articles.

## What it flags
What one article says an organisation or product is, contradicted by another article:

- developer or maker: "R1, a model developed by High-Flyer Capital Management" against
  "DeepSeek released its reasoning model R1";
- base location: "Hangzhou-based DeepSeek" against "Beijing-based DeepSeek", or "a
  Japanese firm" against "Seoul-based" (a city and its country agree, and so do places
  listed as `within` one another in `rules/roles.yaml`, such as Hong Kong and China);
- founding year: "founded in 2023" against "founded in 2021";
- founder: "founded by Liang Wenfeng" against "founded by someone else" ("co-founded by"
  names only some founders and is never compared).

A product named with its maker's brand ("DeepSeek R1") is the same product as its short
name ("R1") only where an article says that brand made it. The side fewer articles state is
flagged, with the others as related locations; on a tie both are.

## Why it matters to an editor
Who built a product and where a company sits are the background facts readers and other
outlets repeat. When outlets disagree, at least one is wrong, and the error spreads.

## Example
Flagged, where three other articles say DeepSeek made it:

    The release of DeepSeek R1, a model developed by the quant firm High-Flyer, ...

Fixed (High-Flyer funds DeepSeek, which built the model):

    The release of DeepSeek R1, a model developed by DeepSeek, which is funded by the
    quant firm High-Flyer, ...
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable

from newslint.diagnostics import Diagnostic, Severity
from newslint.facts import Attribute
from newslint.facts.entities import Organisations
from newslint.facts.rolevocab import vocabulary
from newslint.rules.base import CorpusContext, CorpusRule, Related, make_diagnostic
from newslint.rules.disagreement import (
    Statement,
    article_list,
    minority_findings,
)

_COMPARED = ("developer", "location", "founded", "founder")


class AttributeConflict(CorpusRule):
    __doc__ = __doc__
    code = "NL602"
    name = "attribute-conflict"
    severity = Severity.WARNING

    def check(self, ctx: CorpusContext) -> Iterable[Diagnostic]:
        buckets = ctx.index.group("attributes", _head_word, "head-word")
        for _, entries in sorted(buckets.items()):
            for subject, items in _subjects(entries).items():
                for kind in _COMPARED:
                    statements = [Statement(attr.value_key, article, attr)
                                  for article, attr in items if attr.kind == kind]
                    if len({s.article.id for s in statements}) < 2:
                        continue
                    for finding in minority_findings(statements, _COMPATIBLE[kind]):
                        yield self._report(subject, kind, finding)

    def _report(self, subject: str, kind: str, finding) -> Diagnostic:
        attr: Attribute = finding.flagged.fact
        other: Attribute = finding.others[0].fact
        where = article_list(finding.others)
        name = attr.subject
        if kind == "developer":
            message = (f'{name} is said to be made by "{attr.value}" here but by '
                       f'"{other.value}" in {where}; check who developed it')
        elif kind == "location":
            message = (f'{name} is placed in "{attr.value}" here but in "{other.value}" in '
                       f"{where}; check where it is based")
        elif kind == "founded":
            message = (f"{name} was founded in {attr.value} here but in {other.value} in "
                       f"{where}; check the year")
        else:
            message = (f'{name} was founded by "{attr.value}" here but by "{other.value}" in '
                       f"{where}; check who founded it")
        related = [Related(s.article, s.fact.span, f'"{s.fact.value}" here')
                   for s in finding.others]
        return make_diagnostic(self, finding.flagged.article, attr.span, message,
                               key=f"{kind}:{subject}:{attr.value_key}", related=related)


def _head_word(attr: Attribute) -> str | None:
    if attr.kind not in _COMPARED or attr.context != "text" or not attr.subject_key:
        return None
    return attr.subject_key.split()[-1]


def _subjects(entries: list) -> dict[str, list]:
    """Entries by subject. "DeepSeek R1" and "R1" are one product when an article says
    DeepSeek developed R1; "Rabbit R1" stays apart from a DeepSeek "R1"."""
    by_key: dict[str, list] = {}
    for article, attr in entries:
        by_key.setdefault(attr.subject_key, []).append((article, attr))
    makers = {key: {a.value_key for _, a in items if a.kind == "developer"}
              for key, items in by_key.items()}
    merged: dict[str, str] = {}
    for longer in sorted(by_key, key=lambda k: (-len(k.split()), k)):
        words = longer.split()
        for cut in range(1, len(words)):
            brand, short = " ".join(words[:cut]), " ".join(words[cut:])
            if short in by_key and brand in makers.get(short, ()):
                merged[short] = merged.get(longer, longer)
                break
    out: dict[str, list] = {}
    for key, items in sorted(by_key.items()):
        out.setdefault(merged.get(key, key), []).extend(items)
    return out


def _developer(a: Hashable, b: Hashable) -> bool:
    # Initials with stops and vocabulary aliases resolve first ("N.A.A.C.P." is "NAACP").
    return Organisations(()).same(str(a), str(b))


def _location(a: Hashable, b: Hashable) -> bool:
    vocab = vocabulary()
    country_a, city_a = str(a).split("|")
    country_b, city_b = str(b).split("|")
    if city_a and city_b:
        return city_a == city_b
    return vocab.same_or_within(country_a, country_b)


def _founder(a: Hashable, b: Hashable) -> bool:
    if str(a).startswith("partial:") or str(b).startswith("partial:"):
        return True
    return bool(set(str(a).split("|")) & set(str(b).split("|")))


_COMPATIBLE: dict[str, Callable[[Hashable, Hashable], bool]] = {
    "developer": _developer,
    "location": _location,
    "founded": lambda a, b: a == b,
    "founder": _founder,
}
