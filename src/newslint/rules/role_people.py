"""NL601's people: who a story's roles are about, by surname. Full names apart (one person
under a nickname, a middle initial or a misspelt given name merged, through
facts.entities.same_person), a bare surname joined to the one full name ending with it, and
the distinct people of each surname the story names in full."""

from __future__ import annotations

from newslint.extract.sourcing.full_names import full_names
from newslint.facts import Role
from newslint.facts.entities import person_identity, same_person
from newslint.facts.rolevocab import vocabulary
from newslint.rules.base import CorpusContext


def story_people(ctx: CorpusContext) -> dict[str, list[str]]:
    """Surname → the distinct people (full names, nicknames merged) the story's articles
    name: "President Clinton" and "Secretary Clinton" may be two people when the story
    names both Bill and Hillary Clinton, one when it names only one of them."""
    names: dict[str, set[str]] = {}
    for article in ctx.index.articles:
        for surname, full in full_names(article.name_phrases).items():
            names.setdefault(surname, set()).update(person_identity(n) for n in full)
    people: dict[str, list[str]] = {}
    for surname, full in names.items():
        for name in sorted(full):
            if not any(same_person(name, known) for known in people.get(surname, [])):
                people.setdefault(surname, []).append(name)
    return people


def people_of(entries: list) -> dict[str, list]:
    """Entries grouped by person: full names apart, a bare surname joins the one full name
    that ends with it (and is dropped when several do: it could be either)."""
    full: dict[str, list] = {}
    bare: list = []
    for article, role in entries:
        key = _written_key(role)
        if " " in key:
            full.setdefault(key, []).append((article, role))
        else:
            bare.append((article, role))
    full = _merge_nicknames(full)
    for article, role in bare:
        surname = _written_key(role)
        owners = [name for name in full if name.split()[-1] == surname
                  and not _titled_surname(name)]
        if len(owners) == 1:
            full[owners[0]].append((article, role))
        elif not owners:
            # No titled full name in the story: the article's own reading, if it has one.
            key = person_identity(role.person_key)
            full.setdefault(key if key.split()[-1] == surname else surname, []).append(
                (article, role))
    return full


def _titled_surname(name: str) -> bool:
    """A "full name" that is a title and a surname ("judge gorsuch", read from "Judge
    Gorsuch, ..."): it names no one beside the person named in full."""
    first, *rest = name.split()
    return len(rest) == 1 and vocabulary().role(first) is not None


def _merge_nicknames(full: dict[str, list]) -> dict[str, list]:
    """Full names that are one person under a nickname ("Chuck Schumer", "Charles
    Schumer") as one entry, under the first name in sorted order."""
    merged: dict[str, list] = {}
    for name in sorted(full):
        owner = next((m for m in merged if same_person(m, name)), name)
        merged.setdefault(owner, []).extend(full[name])
    return merged


def _written_key(role: Role) -> str:
    """Who a role is about. A bare surname under a capitalised title ("President Obama") is
    resolved through the story's titled people, not through the one full name its article
    writes: that may be a relative ("Malia Obama")."""
    if " " not in role.person and role.pattern == "premodifier" and role.role[:1].isupper():
        return person_identity(role.person)
    return person_identity(role.person_key)
