"""An "it" after a clause that opens on an organisation: "when a national outlet, Slate
magazine, produced a profile of Mr. Blumenthal in 2000, it said": the pronoun is the main
clause's subject and refers to the subordinate clause's subject, when that is a name no
person of the article bears ("it" is never a person)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from newslint.extract.quotes.subjects import verb_like
from newslint.facts.speech import lexicon

if TYPE_CHECKING:
    from newslint.extract.quotes.attribution import Attribution
    from newslint.extract.quotes.lookup import Lookup
    from newslint.extract.quotes.people import People

_NAME = r"\p{Lu}[\p{L}&.'’-]*(?:\s+[\p{L}&.'’-]+){0,3}?"
# a subordinator, then the subject: a described noun with the name in apposition ("a
# national outlet, Slate magazine,"), or a capitalised name alone; then its verb
_CLAUSE = regex.compile(
    r"(?<![\p{L}])(?i:when|after|before|since|once|while|as)\s+"
    rf"(?:(?:a|an|the)\s+(?:[\p{{Ll}}-]+\s+){{0,3}}?[\p{{Ll}}-]+,\s+(?P<named>{_NAME}),"
    rf"|(?P<bare>\p{{Lu}}[\p{{L}}&.'’-]*(?:\s+\p{{Lu}}[\p{{L}}&.'’-]*){{0,3}}))"
    r"\s+(?P<verb>\p{Ll}+)(?![\p{L}])")
_CLAUSE_END = regex.compile(r"[^;:“”\"]*,\s+$")  # within its sentence


def fronted_subject(look: Lookup, att: Attribution, people: People) -> str | None:
    """The organisation an "it" refers to through the clause before it in its sentence."""
    here = look.sentence(att.start)
    if here is None:
        return None
    text, lex = look.article.analysis, lexicon()
    lo = look.article.sentences[here].start
    found = None
    for match in _CLAUSE.finditer(text, lo, att.start):
        if not look.in_quote(match.start()) and _CLAUSE_END.fullmatch(
                text, match.end(), att.start) and verb_like(match["verb"], lex):
            found = match
    if found is None:
        return None
    name = found["named"] or found["bare"]
    words = {w.strip(".,’'").lower() for w in name.split()}
    if words & lex.titles or words & _person_words(people, att.start):
        return None  # "when Mr. Blumenthal produced ...": a person is never "it"
    return name


def _person_words(people: People, offset: int) -> set[str]:
    return {w.strip(".,’'").lower() for p in people.before(offset) for w in p.name.split()}
