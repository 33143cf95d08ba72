"""Who a quote's words are, for comparing their wording (NL302): one source under two
attributions (one person by any name, an organisation and the person who speaks for it),
the sentences of one passage, and the occasions an attribution names."""

from __future__ import annotations

from newslint.facts.speech import is_person_like
from newslint.index.quote_match import Entry, Match, Place, one_speaker, place_of, speaks_for
from newslint.index.quote_style import house_style
from newslint.index.quote_text import gapped
from newslint.index.speakers import fold_name

# A match of one source's quotes: the match, the speaker, and both wordings house-styled.
Compared = tuple[Match, str, tuple[str, ...], tuple[str, ...]]


def speaker_roles(entries: list[Entry], speakers: dict[Place, str | None]
           ) -> dict[str, list[tuple[str, ...]]]:
    """Each speaker's roles as the story's attributions write them ("a spokeswoman for
    the Obama campaign"), folded."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for entry in entries:
        who, role = speakers[place_of(entry)], entry[1].speaker_role
        if who and role:
            out.setdefault(who, []).append(fold_name(role))
    return out


def one_source(first: str, second: str, roles: dict[str, list[tuple[str, ...]]]
                ) -> str | None:
    """The speaker two attributions credit, as one source: one person by any of their
    names, or an organisation ("the Obama campaign said") and the person a role names as
    speaking for it ("a spokeswoman for the Obama campaign, Lis Smith"), who is named."""
    if one_speaker(first, second):
        return first
    for body, person in ((first, second), (second, first)):
        if not is_person_like(body) and is_person_like(person) and speaks_for(
                body, roles.get(person, [])):
            return person
    return None


def occasions_differ(match: Match) -> bool:
    """Attributions that name occasions of two kinds ("said in a statement" / "in his
    video, he added"): two remarks, each of which may be exact."""
    first, second = match.a[1].occasion, match.b[1].occasion
    return bool(first and second and first != second)


def passage_pairs(found: list[Match], same: list[Compared],
                   speakers: dict[Place, str | None], whole: dict[Place, Entry]
                   ) -> list[Compared]:
    """Matches whose quotes stand in two passages already found to be one quotation: the
    quotes of one paragraph under one attribution (`"A," Akin said. "B."`) in each article,
    one pair of them given to one person, so the other pair is his too, where nothing near
    it names anyone else (a sentence whose speaker one article does not name, "said Akin
    said", "Liz Cheney reportedly said")."""
    def passage(entry: Entry) -> tuple[str, int, str | None]:
        article, quote = whole.get(place_of(entry), entry)
        return article.path, quote.span.line, quote.speaker_key

    taken = {(place_of(m.a), place_of(m.b)) for m, *_ in same}
    decided: dict[tuple[tuple[str, int, str | None], ...], str] = {}
    for match, who, *_ in same:
        decided.setdefault((passage(match.a), passage(match.b)), who)
        decided.setdefault((passage(match.b), passage(match.a)), who)
    out: list[Compared] = []
    for match in found:
        who = decided.get((passage(match.a), passage(match.b)))
        if who is None or (place_of(match.a), place_of(match.b)) in taken:
            continue
        named = [s for s in (speakers[place_of(match.a)], speakers[place_of(match.b)]) if s]
        if any(not (who and one_speaker(s, who)) for s in named):
            continue  # someone else is named beside this pair
        out.append((match, who, *house_style(gapped(match.a[1].text),
                                             gapped(match.b[1].text))))
    return out
