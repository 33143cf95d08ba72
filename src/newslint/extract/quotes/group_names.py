"""A party's group named another way in one article: "the GOP committee members" are the
"House Intelligence Committee Republicans" the headline names, "the House GOP" is "House
Republicans". A group phrase of a party word, modifiers and a plural member noun stands
for the one longest capitalised name the article writes with the party's plural and every
modifier; the phrase stays as written when no such name, or two unrelated ones, stand in
the article."""

from __future__ import annotations

import regex

from newslint.extract.quotes.speaker_phrase import DETERMINERS
from newslint.facts.speech import SpeechLexicon

# A party word as a modifier, and the plural its members are named with.
_PARTY = {"gop": "Republicans", "republican": "Republicans", "republicans": "Republicans",
          "democratic": "Democrats", "democrat": "Democrats", "democrats": "Democrats"}
_RUN = r"(?:\p{Lu}[\p{L}.&-]*[ \t]+){1,5}"  # on one line


def group_named_another_way(text: str, key: str | None, lex: SpeechLexicon) -> str | None:
    """The article's own name for the party group `key` writes another way, or None."""
    words = (key or "").split()
    if len(words) < 2:
        return None
    head = words[-1]
    if head.lower() in _PARTY and head.isupper():
        # "House GOP": the same words with the party's plural ("House Republicans")
        modifiers, party = words[:-1], _PARTY[head.lower()]
    elif head.islower() and head.endswith("s") and head in lex.generic:
        parties = [w for w in words[:-1] if w.lower() in _PARTY]
        if len(parties) != 1:
            return None
        modifiers = [w for w in words[:-1] if w not in parties]
        party = _PARTY[parties[0].lower()]
    else:
        return None
    if not modifiers:
        return None  # "GOP senators": which Republicans is not said
    names = {" ".join(m[1].split()) for m in regex.finditer(
        rf"(?<![\p{{L}}.’'])({_RUN}{party})(?![\p{{L}}])", text)}
    wanted = {w.lower() for w in modifiers}
    fits = []
    for name in names:
        parts = name.split()
        while parts and parts[0].lower() not in wanted and (
                parts[0].lower() in lex.openers or parts[0].lower() in DETERMINERS):
            parts.pop(0)  # "The Intelligence Committee Republicans", "But House Republicans"
        if wanted <= {w.lower() for w in parts[:-1]}:
            fits.append(" ".join(parts))
    if head.isupper():
        same = " ".join([*modifiers, party])
        return same if same in fits else None
    if not fits:
        return None
    longest = max(fits, key=lambda n: (len(n.split()), n))
    # the others are its shorter forms ("Intelligence Committee Republicans"), or none fits
    if all(longest.endswith(n) for n in fits):
        return longest
    return None
