"""The words of attribution from `rules/speech_verbs.yaml`, compiled once, and name shapes.

A speaker is found by the shape of the text, as no NER model is available: a run of
capitalised words ("Marc Andreessen"), a pronoun, an @handle, or a generic description
("an NVIDIA spokesperson"). Titles in front of a name are split off as the speaker's role.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import regex

from newslint.ruledata import RuleDataError, builtin

# One word of a name: "Andreessen", "LeCun", "O'Brien", "Jean-Luc", "J.", "@handle", and
# a surname with its particle fused in lower case ("diGenova", "deBlasio"), not "Genova".
NAME_TOKEN = (r"(?:@\w{1,40}|(?<![\p{L}\p{M}])(?:d[aeiu]|la|le|v[ao]n)?"
              r"\p{Lu}[\p{L}\p{M}]*(?:['’]\p{Lu}[\p{L}\p{M}]+)?(?:-\p{L}+)*\.?"
              r"(?![\p{N}\p{L}]))")
CONNECTOR = r"(?:de|da|van|von|der|den|du|bin|al|la|le|di|dos)"
NAME_PHRASE = rf"{NAME_TOKEN}(?:[ \t]+(?:{CONNECTOR}[ \t]+)?{NAME_TOKEN})*"
PRONOUNS = frozenset({"he", "she", "they"})
_TOKEN_RE = regex.compile(NAME_TOKEN)
_CONNECTOR_RE = regex.compile(CONNECTOR)
_ORG_HINTS = frozenset(
    "inc inc. corp corp. co co. ltd llc plc group capital management street valley store "
    "index review journal times news notes university bank fund markets house party "
    "council committee court agency institute association league union technologies "
    "systems labs partners holdings securities ventures research exchange tower club forum "
    "nations center centre hall square building airport station hotel church museum "
    "foundation department ministry office service administration commission bureau "
    "network standard post daily herald tribune magazine organization organisation "
    "assembly media coalition alliance society caucus corporation".split()
)
# Words that open a place's name and no person's: "South Dakota", "New Jersey", "Fort Myers".
_PLACE_OPENERS = frozenset(
    "north south east west northern southern eastern western new san santa los las fort "
    "mount port lake".split())

# English's two-letter function words: "On Medicare", "In Indiana" open a sentence; "Ed",
# "Al", "Mo" may start a name.
_TWO_LETTER_WORDS = frozenset(
    "am an as at be by do go he if in is it me my no of on or so to up us we ye".split())


@dataclass(frozen=True, slots=True)
class SpeechLexicon:
    say: regex.Pattern[str]
    name: regex.Pattern[str]
    according: regex.Pattern[str]
    meaning: dict[str, str]  # spun form (lower-cased) → the verb meant
    adverbs: frozenset[str]
    titles: frozenset[str]
    openers: frozenset[str]
    generic: frozenset[str]
    subject_stopwords: frozenset[str]
    documents: frozenset[str] = frozenset()  # generic speakers whose words are an issuer's
    organisations: frozenset[str] = frozenset()  # generic speakers that stand for one
    speech_nouns: frozenset[str] = frozenset()  # "Suthers' opinion that ..."
    document_names: frozenset[str] = frozenset()  # "the 14th Amendment": never a person
    text_speakers: frozenset[str] = frozenset()  # "Federal law makes it a crime to ..."

    def verb_of(self, matched: str) -> str:
        written = " ".join(matched.split())
        key = written.lower()
        if key in self.meaning:
            return self.meaning[key]
        return written[:1].lower() + written[1:]  # "wrote on X" keeps the platform's capital


def _alternation(phrases: list[str]) -> str:
    ordered = sorted({" ".join(p.lower().split()) for p in phrases}, key=lambda p: (-len(p), p))
    return "|".join(r"\s+".join(regex.escape(w) for w in p.split()) for p in ordered)


def _words(data: dict, key: str) -> list[str]:
    items = data.get(key) or []
    for item in items:
        if not isinstance(item, str):
            # YAML reads an unquoted on/off/yes/no as a boolean and 1.0 as a number: an
            # editor's word would silently become "True"
            raise RuleDataError(f"speech_verbs.yaml: {key}: {item!r} is not a word; write "
                                f"it in quotes ('on', 'yes', '1')")
    return list(items)


@functools.cache
def lexicon() -> SpeechLexicon:
    data = builtin("speech_verbs.yaml")
    say, name = _words(data, "say"), _words(data, "name")
    spun = {" ".join(str(k).lower().split()): str(v) for k, v in (data.get("spun") or {}).items()}
    name_meanings = {" ".join(v.lower().split()) for v in name}
    for form, meant in spun.items():
        last = meant.lower().split()[-1]
        (name if last in name_meanings else say).append(form)
    bounded = r"(?<![\p{{L}}\p{{N}}_-])(?:{})(?![\p{{L}}\p{{N}}_-])"
    return SpeechLexicon(
        say=regex.compile(bounded.format(_alternation(say)), regex.I),
        name=regex.compile(bounded.format(_alternation(name)), regex.I),
        according=regex.compile(bounded.format(_alternation(_words(data, "according"))),
                                regex.I),
        meaning=spun,
        adverbs=frozenset(w.lower() for w in _words(data, "adverbs")),
        titles=frozenset(w.lower() for w in _words(data, "speaker_titles")),
        openers=frozenset(w.lower() for w in _words(data, "sentence_openers")),
        generic=frozenset(w.lower() for w in _words(data, "generic_speakers")),
        subject_stopwords=frozenset(w.lower() for w in _words(data, "subject_stopwords")),
        documents=frozenset(w.lower() for w in _words(data, "document_speakers")),
        organisations=frozenset(w.lower() for w in _words(data, "organisation_speakers")),
        speech_nouns=frozenset(w.lower() for w in _words(data, "speech_nouns")),
        document_names=frozenset(w.lower() for w in _words(data, "document_names")),
        text_speakers=frozenset(w.lower() for w in _words(data, "text_speakers")),
    )


@dataclass(frozen=True, slots=True)
class Person:
    """A name split into the person and the title or role written in front of it."""

    name: str  # "Neal Khosla"
    role: str | None  # "Curai CEO"
    offset: int  # where `name` starts, relative to the phrase


def split_title(phrase: str, lex: SpeechLexicon | None = None) -> Person | None:
    """"Curai CEO Neal Khosla" → Neal Khosla (role "Curai CEO"); None if no name is left."""
    if lex is None or lex is lexicon():
        return _split_title_by_lexicon(phrase)
    return _split_title(phrase, lex)


@functools.lru_cache(maxsize=65536)
def _split_title_by_lexicon(phrase: str) -> Person | None:
    # Cached: every article and the speaker index of every story ask again for the same
    # name phrases ("Reuters", "Prime Minister Keir Starmer").
    return _split_title(phrase, lexicon())


def _split_title(phrase: str, lex: SpeechLexicon) -> Person | None:
    tokens = list(_TOKEN_RE.finditer(phrase))
    if not tokens:
        return None
    cut = 0
    for index, token in enumerate(tokens[:-1]):
        word = token[0].lower()
        if (word in lex.titles or (index == 0 and word in lex.openers)
                or word.endswith("-year-old")):
            cut = index + 1
    rest = tokens[cut:]
    if not rest:
        return None
    if rest[-1][0].lower() in lex.generic:
        return None  # "Justice Department": an organisation, not a titled person
    start = rest[0].start()
    name = phrase[start:rest[-1].end()]
    if name.endswith(".") and not _is_initial(rest[-1][0]):
        name = name[:-1]
    role = " ".join(phrase[: start].split()) or None
    if role and role.lower() in lex.openers:
        role = None
    return Person(name, role, start)


def _is_initial(token: str) -> bool:
    return len(token) == 2 and token.endswith(".")


@functools.lru_cache(maxsize=65536)
def is_person_like(name: str) -> bool:
    """Two to four capitalised words, no digits, nothing that names a company or a place
    (nor opens a place's name: "South Dakota"); a generational suffix does not count
    ("Donald Trump Jr.")."""
    words = name.split()
    if len(words) >= 3 and words[-1].lower().rstrip(".") in _GENERATIONAL:
        words = words[:-1]
    if not 2 <= len(words) <= 4 or words[0].lower() in _PLACE_OPENERS:
        return False
    for index, word in enumerate(words):
        short_first = (index == 0 and word[:1].isupper() and word[1:].islower()
                       and word.lower() not in _TWO_LETTER_WORDS)
        if len(word) < 2 or (len(word) == 2 and not word.endswith(".") and not short_first):
            return False  # "R", "AI": not a name's word; "J." an initial, "Ed" a first name
        if any(ch.isdigit() for ch in word) or word.lower() in _ORG_HINTS:
            return False
        if word.isupper() and len(word) > 2:
            return False  # "NVIDIA", "AI": acronyms, not names
    return all(_TOKEN_RE.fullmatch(w) or _CONNECTOR_RE.fullmatch(w) for w in words)


_GENERATIONAL = frozenset({"jr", "sr", "ii", "iii", "iv"})


def surname(name: str) -> str:
    return name.split()[-1] if name else name
