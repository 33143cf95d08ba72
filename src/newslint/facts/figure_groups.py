"""The group whose members a count counts: "all 42 members of the GOP caucus" are 42
Republicans, as "all 42 Senate Republicans" are. A party's caucus, conference or
delegation, or the party itself, is named by its members' noun: the party's name less
"Party" (rules/roles.yaml `organisations` says "GOP" is the Republican Party), the
adjective "Democratic" being the noun "Democrat". A caucus may hold members outside the
party (independents caucus with it): a sentence that names them ("including the
independents", "46 Senate Democrats and one independent") counts no party's members alone
(rules/figure_measure.py)."""

from __future__ import annotations

import re

from newslint.facts.figure_lexicon import lemma
from newslint.facts.rolevocab import vocabulary

# "members of the Senate Republican caucus", "members of the G.O.P. conference", "members
# of the Democratic Party": capitalised words, then the body the party's members form.
_MEMBERS_OF = re.compile(
    r"\s+members\s+of\s+(?:the\s+)?(?P<group>(?:[A-Z][\w.'’-]*\s+)*[A-Z][\w.'’-]*)"
    r"(?:\s+(?P<body>caucus|conference|delegation)\b)?")
_PARTY = " party"
# Lemmas of the members a party's caucus holds besides the party's own.
_OUTSIDERS = frozenset({"independent"})
# An adjective in -cratic names a member in -crat: "Democratic" caucus, Democrats.
_CRATIC = re.compile(r"cratic$")


def member_group(text: str, end: int, hi: int) -> str | None:
    """Lemma of the noun a count of members of a party's body counts ("republican" for
    "42 members of the GOP caucus"), the count ending at text[end]; None for members of
    anything else ("members of the Senate", "members of Congress")."""
    match = _MEMBERS_OF.match(text, end, hi)
    if match is None:
        return None
    org = _party(match["group"].split()) if match["body"] is None else \
        vocabulary().org_key(match["group"])
    if org is None:
        return None
    words = org.removesuffix(_PARTY).split()
    if not words or not words[-1].isalpha():
        return None
    return lemma(_CRATIC.sub("crat", words[-1]))


def _party(words: list[str]) -> str | None:
    """The party the longest run of the words from the first names ("the Democratic Party.
    Others" names the Democratic Party), as written ("G.O.P.") or less a closing stop."""
    vocab = vocabulary()
    for size in range(len(words), 0, -1):
        name = " ".join(words[:size])
        for form in (name, name.rstrip(".")):
            org = vocab.org_key(form)
            if org.endswith(_PARTY):
                return org
    return None


def outside_party(sentence_words: tuple[str, ...]) -> bool:
    """Does a sentence (the lemmas of its content words) name members of a caucus outside
    its party?"""
    return not _OUTSIDERS.isdisjoint(sentence_words)
