"""A person's party as articles write it, read as a role keyed by party, so that NL601 can
compare it across articles like any other post: one person is not a Republican in one article
and a Democrat in another.

- a tag after a name: "Sen. John McCain (R-Ariz.)", "Rep. Nancy Pelosi (D-Calif.)", or
  between commas: "Gov. Jay Inslee, D-Wash., said";
- a party noun in apposition: "Paul Ryan, Republican of Wisconsin", "Richard Blumenthal, a
  Democrat", "Mr. Weiner, a Democrat", "Mike Thompson, a California Democrat", "Todd Akin,
  the Republican Senate candidate" (a party word with no article and no "of" may open the
  next item of a list, and "former" or plural nouns are not a party held);
- a party before a title: "Democratic Sen. Chris Coons", "GOP Rep. Paul Ryan".

A name in apposition counts only when its surname is one of a person the article names in
full ("New York, the Democrat" and "Thursday, the Republican" name no one).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

import regex

from newslint.extract.sourcing.full_names import person_key
from newslint.extract.sourcing.name_patterns import prose_sentences
from newslint.extract.spans import make_span
from newslint.facts import Role
from newslint.facts.name_words import HONORIFIC_WORDS
from newslint.facts.rolevocab import Vocabulary, vocabulary
from newslint.load.article import Article, Sentence

_TAG = regex.compile(
    r"(?P<person>(?:\p{Lu}[\p{L}’'.-]*\s+){0,3}\p{Lu}[\p{L}’'-]+),?\s+"
    r"\((?P<party>[RDI])-\s?(?P<place>\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)\)")
# Between commas, as Fox and the wires write it: "Gov. Jay Inslee, D-Wash., said",
# "Stephen Fincher, R-Tenn." at a sentence's end; a two-word place only before a comma.
_COMMA_TAG = regex.compile(
    r"(?P<person>(?:\p{Lu}[\p{L}’'.-]*\s+){0,3}\p{Lu}[\p{L}’'-]+),\s+(?P<party>[RDI])-"
    r"(?:(?P<place>\p{Lu}[\p{L}.]*\s\p{Lu}[\p{L}.]*)(?=,)|(?P<place>\p{Lu}[\p{L}.]*)"
    r"(?=[,;]|\s|$))")
PARTIES = {"R": "party:republican", "D": "party:democrat", "I": "party:independent"}
_PARTY_WORDS = {"republican": "R", "gop": "R", "democrat": "D", "democratic": "D"}
_NAME = r"(?P<person>(?:\p{Lu}[\p{L}’'.-]*\s+){0,3}\p{Lu}[\p{L}’'-]+)"
_PLACE = r"\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?"
# "Ryan, Republican of Wisconsin", "Blumenthal, a Democrat", "Thompson, a California
# Democrat", "Romney, the Republican nominee", "Akin, the Republican Senate candidate" (a
# plural after it is a list: "the Republican leaders"); not "a Democrat-turned-Republican",
# "the Republican Party", "the Republican National Committee".
_APPOSITION = regex.compile(
    _NAME + r",\s+(?:(?:a|the)\s+(?:" + _PLACE + r"\s+)??(?P<party>Republican|Democrat)"
    r"(?![\p{L}-])(?:\s+\p{Lu}\p{Ll}+(?=\s+\p{Ll}+(?<!s)(?![\p{L}-])))?"
    r"(?!\s+\p{Lu})(?!\s+\p{Ll}+s\b)"
    r"|(?P<party>Republican|Democrat)\s+(?:of|from)\s+" + _PLACE + r")")
# "Democratic Sen. Chris Coons", "GOP Rep. Paul Ryan", "Republican Leader Mitch McConnell".
_BEFORE_TITLE = regex.compile(
    r"(?<![\p{L}-])(?P<party>Democratic|Republican|GOP)\s+(?:Sen\.|Rep\.|Gov\.|Senator"
    r"|Representative|Governor|Congressman|Congresswoman|Leader|Whip)\s+"
    r"(?P<person>\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{L}’'-]+){0,2})")
_COMMA_TAG_HINT = regex.compile(r", [RDI]-\p{Lu}")
_NOT_AFTER = ("of", "from", "in", "for", "at")  # "Gillibrand of New York, a Democrat"


def extract_party_tags(article: Article, full_names: dict[str, set[str]]
                       ) -> Iterable[Role]:
    """The party tags of the writer's own sentences. `full_names`: surname → full names."""
    text = article.analysis
    for sentence in prose_sentences(article):
        if "(" in text[sentence.start:sentence.end]:
            yield from _tags(article, sentence, full_names, _TAG)
        if _COMMA_TAG_HINT.search(text, sentence.start, sentence.end):
            yield from _tags(article, sentence, full_names, _COMMA_TAG)
        if _has_party_word(text[sentence.start:sentence.end]):
            yield from _party_words(article, sentence, full_names)


def _tags(article: Article, sentence: Sentence, full_names: dict[str, set[str]],
          pattern: regex.Pattern[str]) -> Iterable[Role]:
    text = article.analysis
    vocab = vocabulary()
    for match in pattern.finditer(text, sentence.start, sentence.end):
        words, start = _without_titles(text, match, vocab)
        # "Senate Majority Leader Harry Reid, D-Nev.": the name is the longest tail of the
        # words that the article writes as a full name.
        known = full_names.get(words[-1].lower(), set())
        tail = next((i for i in range(len(words) - 1)
                     if " ".join(words[i:]).lower() in known), 0)
        for word in words[:tail]:
            start = text.index(words[1], start + len(word))
            words = words[1:]
        if pattern is _COMMA_TAG and not known:
            continue  # "Smoothie, D-Money and Shifty": no person the article names
        person = " ".join(words)
        low = person_key(person, full_names)
        tag = f"{match.group('party')}-{match.group('place')}"
        yield _role(article, person, low, tag, match.group("party"), start,
                    match.end("person"), (start, match.end()))


def _without_titles(text: str, match: regex.Match[str], vocab: Vocabulary
                    ) -> tuple[list[str], int]:
    """The person's words and where they start, titles, honorifics and other leading words
    left out: "Sen.", "Mr.", "Indiana" are not the name ("Mr. Weiner, a Democrat")."""
    words = match.group("person").split()
    start = match.start("person")
    while len(words) > 1 and (vocab.role(words[0]) or words[0] in HONORIFIC_WORDS or
                              words[0].lower() in vocab.not_organisations):
        start = text.index(words[1], start + len(words[0]))
        words = words[1:]
    return words, start


def _has_party_word(sentence: str) -> bool:
    return "Republican" in sentence or "Democrat" in sentence or "GOP" in sentence


def _party_words(article: Article, sentence: Sentence, full_names: dict[str, set[str]]
                 ) -> Iterable[Role]:
    """Parties written as words: in apposition after a name, or before a title."""
    text = article.analysis
    vocab = vocabulary()
    for match in _APPOSITION.finditer(text, sentence.start, sentence.end):
        words, start = _without_titles(text, match, vocab)
        before = text[sentence.start:start].split()
        if before and before[-1].lower() in _NOT_AFTER:
            continue
        # A sentence's opening word the article also writes in lower case ("On Thursday,
        # the Republican") is not part of a name.
        lower = _lower_words(text)
        while len(words) > 1 and not before and words[0].lower() in lower:
            start = text.index(words[1], start + len(words[0]))
            words = words[1:]
        low = " ".join(words).lower()
        names = {n for n in full_names.get(words[-1].lower(), ()) if n.split()[0] not in lower}
        if not names or (" " in low and low not in names):
            continue  # no person of that surname in the article: a place, a day, a word
        if " " not in low and len(names) == 1:
            low = next(iter(names))
        elif " " not in low:
            continue  # two people of that surname: either could be meant
        party = match.group("party")
        # The statement runs from the name to its party, as a tag's does: "Adam B. Schiff,
        # Democrat", so a finding on it shows whose party it is.
        yield _role(article, " ".join(words), low, party, party, start, match.end("person"),
                    (start, match.end("party")))
    for match in _BEFORE_TITLE.finditer(text, sentence.start, sentence.end):
        before = text[sentence.start:match.start()].split()
        if before and before[-1].lower() in vocab.not_current:
            continue  # "former Democratic Sen. Joe Lieberman": the party may be past too
        person = regex.sub(r"['’]s$", "", match.group("person"))
        low = person_key(person, full_names)
        party = match.group("party")
        yield _role(article, person, low, party, party, match.start("person"),
                    match.start("person") + len(person),
                    (match.start("party"), match.start("person") + len(person)))


@functools.lru_cache(maxsize=4)  # asked for by each sentence of one article
def _lower_words(text: str) -> frozenset[str]:
    return frozenset(regex.findall(r"(?<![\p{L}'’-])\p{Ll}+(?![\p{L}'’-])", text))


def _role(article: Article, person: str, key: str, written: str, party: str, start: int,
          end: int, span: tuple[int, int]) -> Role:
    letter = party if party in PARTIES else _PARTY_WORDS[party.lower()]
    return Role(
        person=person, person_key=key, role=written, role_key=PARTIES[letter], org=None,
        org_key=None, span=make_span(article, *span),
        person_span=make_span(article, start, end),
        current=True, pattern="appositive", context="text",
    )


def party_of(role: Role) -> str | None:
    return role.role_key if role.role_key in PARTIES.values() else None


__all__ = ["PARTIES", "extract_party_tags", "party_of"]
