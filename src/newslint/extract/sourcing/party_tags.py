"""Party tags after a name: "Sen. John McCain (R-Ariz.)", "Rep. Nancy Pelosi (D-Calif.)".

A tag gives the person's party and state as a role ("R-Ariz."), keyed by party, so that NL601
can compare it across articles like any other post: one person is not a Republican in one
article and a Democrat in another.
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

from newslint.extract.sourcing.name_patterns import prose_sentences
from newslint.extract.spans import make_span
from newslint.facts import Role
from newslint.facts.rolevocab import vocabulary
from newslint.load.article import Article

_TAG = regex.compile(
    r"(?P<person>(?:\p{Lu}[\p{L}’'.-]*\s+){0,3}\p{Lu}[\p{L}’'-]+),?\s+"
    r"\((?P<party>[RDI])-\s?(?P<place>\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)\)")
PARTIES = {"R": "party:republican", "D": "party:democrat", "I": "party:independent"}


def extract_party_tags(article: Article, full_names: dict[str, set[str]]
                       ) -> Iterable[Role]:
    """The party tags of the writer's own sentences. `full_names`: surname → full names."""
    text = article.analysis
    vocab = vocabulary()
    for sentence in prose_sentences(article):
        if "(" not in text[sentence.start:sentence.end]:
            continue
        for match in _TAG.finditer(text, sentence.start, sentence.end):
            words = match.group("person").split()
            start = match.start("person")
            # Titles and other leading words are not the name: "Sen.", "Indiana".
            while len(words) > 1 and (vocab.role(words[0]) or
                                      words[0].lower() in vocab.not_organisations):
                start = text.index(words[1], start + len(words[0]))
                words = words[1:]
            person = " ".join(words)
            low = person.lower()
            if " " not in low and len(full_names.get(low, ())) == 1:
                low = next(iter(full_names[low]))
            tag = f"{match.group('party')}-{match.group('place')}"
            yield Role(
                person=person, person_key=low, role=tag,
                role_key=PARTIES[match.group("party")], org=None, org_key=None,
                span=make_span(article, start, match.end()),
                person_span=make_span(article, start, match.end("person")),
                current=True, pattern="appositive", context="text",
            )


def party_of(role: Role) -> str | None:
    return role.role_key if role.role_key in PARTIES.values() else None


__all__ = ["PARTIES", "extract_party_tags", "party_of"]
