"""Who said the words in one pair of quotation marks, read from the text around them.

The forms of wire copy, tried in order of how reliable they are:
`"...," X said` and `"...," said X` after the quote; `X said "..."`, `X called it "..."`,
`According to X, "..."` and `X: "..."` before it. A participle (", labelling it ...")
takes the subject of its clause. Offsets are absolute, into `Article.analysis`.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import Literal

import regex

from newslint.extract.speech import (
    CONNECTOR,
    NAME_PHRASE,
    NAME_TOKEN,
    PRONOUNS,
    SpeechLexicon,
    is_person_like,
    split_title,
)

SpeakerKind = Literal["name", "pronoun", "generic", "post", "continued"]

_WORD = regex.compile(r"[\p{L}\p{N}@][\p{L}\p{M}\p{N}'’._&-]*")
_NAME_TOKEN = regex.compile(rf"{NAME_TOKEN}|{CONNECTOR}")
_NAME_START = regex.compile(rf"({NAME_PHRASE})")
# Compiled once: regex's module-level functions look each pattern up in a cache per call.
_SENTENCE_STOP = regex.compile(r"[.!?;]\s")
_COORDINATOR_AT_END = regex.compile(r"(?<![\p{L}])(?:and|but)$")
_LEAD = regex.compile(r"[\s,—–-]*")  # always matches
_PUNCTUATION = regex.compile(r"[,;:()\"“”]")
_PREPOSITION = regex.compile(r"\s(?:to|in|on|at|during|for)\s")
_CONNECTOR = regex.compile(CONNECTOR)
_POSSESSIVE_END = regex.compile(r"['’]s$")
_DETERMINERS = frozenset("a an the its his her their our this that".split())
# A name right after these is an object, not the one speaking ("critics of Smith said").
_OBJECT_MARKERS = frozenset(
    "of to with about against for from like on than by at into over as in".split()
)
# Words that start a new clause: "..., while Curai CEO Neal Khosla suggested" is not the
# attribution of the quote before it.
_CLAUSE_WORDS = frozenset(
    "and but or while as when whereas although though because after before since so yet "
    "if then who which that where".split()
)
_PHRASE_STOP = regex.compile(r"[,.;:()\n]|\s(?:who|in|on|at|during|after|before|when|while)\s")
_APPOSITIVE_END = regex.compile(r"[,.;:()\n]")
_ABBREVIATED = regex.compile(r"(?<![\p{L}])\p{Lu}\p{Ll}{0,2}\.$")  # "Dr.", "St.", "J."
_QUANTIFIERS = frozenset("some several many two three four few other another most".split())
_MAX_SAY_GAP = 14  # words between a speech verb and the quote: "said on Tuesday that"
_MAX_NAME_GAP = 12  # "referred to DeepSeek's new reasoning model R1 as"
_MAX_APPOSITIVE = 15
_MAX_COLON_CLAUSE = 12  # "Asked about the title race, Arteta was blunt:"


@dataclass(frozen=True, slots=True)
class Attribution:
    speaker: str  # as written
    start: int
    end: int
    kind: SpeakerKind
    verb: str | None
    role: str | None = None


def before_quote(text: str, lo: int, open_at: int, lex: SpeechLexicon) -> Attribution | None:
    """Attribution in the clause before the opening mark, from `lo` on."""
    left = text[lo:open_at]
    verbs = [*lex.say.finditer(left), *lex.name.finditer(left)]
    verb = max(verbs, key=lambda m: m.start()) if verbs else None
    accordings = list(lex.according.finditer(left))
    according = accordings[-1] if accordings else None
    if according is not None and (verb is None or verb.start() < according.start()):
        found = _according(text, lo + according.end(), open_at, lex)
        if found:
            return found
    if verb is not None:
        limit = _MAX_NAME_GAP if lex.name.fullmatch(verb[0]) else _MAX_SAY_GAP
        gap = left[verb.end():]
        if len(gap.split()) <= limit and not _SENTENCE_STOP.search(gap):
            found = subject_before(text, lo, lo + verb.start(), lex)
            before_verb = left[: verb.start()].rstrip()
            participle = verb[0].lower().endswith("ing") and before_verb.endswith(",")
            # "Sanders welcomed the move but said": the verb shares the clause's subject
            coordinated = _COORDINATOR_AT_END.search(before_verb) is not None
            if found is None and (participle or coordinated):
                found = main_subject(text, lo, lo + verb.start(), lex)
            if found is not None:
                return _with_verb(found, lex.verb_of(verb[0]))
    stripped = left.rstrip()
    if stripped.endswith(":") and stripped[:-1].strip():
        colon = lo + len(stripped[:-1].rstrip())
        found = subject_before(text, lo, colon, lex)
        if found is not None and not text[lo:found.start].strip(" \t-–—•*"):
            return _with_verb(found, ":")
        if len(text[lo:colon].split()) <= _MAX_COLON_CLAUSE:
            # "Asked about the title race, Arteta was blunt:"
            found = main_subject(text, lo, colon, lex, surnames=True)
            if found is not None:
                return _with_verb(found, ":")
    return None


def after_quote(text: str, close: int, hi: int, lex: SpeechLexicon) -> Attribution | None:
    """`"...," X said` or `"...," said X`, between the closing mark and `hi`."""
    start = close + 1
    right = text[start:hi]
    lead = _LEAD.match(right).end()  # type: ignore[union-attr]
    verb = lex.say.match(right, lead)
    if verb is not None:
        found = noun_phrase_after(text, start + verb.end(), hi, lex)
        return _with_verb(found, lex.verb_of(verb[0])) if found else None
    for verb in lex.say.finditer(right, lead):
        if len(right[lead:verb.start()].split()) > _MAX_APPOSITIVE + 6:
            return None
        epithet = _epithet(text, start + lead, start + verb.start(), lex)
        if epithet is not None:
            return _with_verb(epithet, lex.verb_of(verb[0]))
        found = subject_before(text, start + lead, start + verb.start(), lex)
        if found is None or not _is_role(text[start + lead:found.start]):
            return None  # the words before the verb are not all the speaker
        return _with_verb(found, lex.verb_of(verb[0]))
    return None


_EPITHET = regex.compile(r"the\s+(?:[\p{L}\p{N}’'-]+\s+){0,3}(?P<noun>[\p{L}\p{N}-]+)\s*",
                         regex.I)


def _epithet(text: str, start: int, verb_at: int, lex: SpeechLexicon) -> Attribution | None:
    """`," the Chinese grandmaster said`, `," the 61-year-old said`: a person the story has
    already named, resolved like a pronoun."""
    match = _EPITHET.fullmatch(text, start, verb_at)
    if match is None:
        return None
    noun = match["noun"].lower()
    if noun not in lex.titles and not noun.endswith("-old"):
        return None
    end = match.end("noun")
    return Attribution(text[start:end], start, end, "pronoun", None)


def _is_role(words: str) -> bool:
    """Words that can stand before a name: "", "veteran industry analyst", "Assistant U.S.
    Attorney" (the name itself follows)."""
    parts = words.split()
    if len(parts) > 6 or _PUNCTUATION.search(words):
        return False
    return not any(w.lower() in _CLAUSE_WORDS or w.lower() in _OBJECT_MARKERS for w in parts)


def subject_before(text: str, lo: int, verb_at: int, lex: SpeechLexicon) -> Attribution | None:
    """The speaker that ends just before a verb: a name (with an appositive), a pronoun,
    or a generic description such as "an NVIDIA spokesperson"."""
    end = verb_at
    while True:
        words = list(_WORD.finditer(text, lo, end))
        if not words or text[words[-1].end():end].strip():
            break
        if words[-1][0].lower() in lex.adverbs:
            end = words[-1].start()
            continue
        break
    stripped = text[lo:end].rstrip()
    if stripped.endswith(","):
        return _appositive(text, lo, lo + len(stripped) - 1, lex)
    begin = _skip_space(text, lo)
    epithet = _epithet(text, begin, lo + len(stripped), lex)
    if epithet is not None:
        return epithet  # "The 61-year-old said:" opens its clause
    return _trailing_speaker(text, lo, lo + len(stripped), lex)


def main_subject(text: str, lo: int, verb_at: int, lex: SpeechLexicon,
                 surnames: bool = False) -> Attribution | None:
    """The first person in the clause who is followed by a verb: the subject a participle
    ("..., labelling it") belongs to. With `surnames`, a lone capitalised word after a
    comma counts too ("Asked about it, Arteta was blunt")."""
    for match in _NAME_START.finditer(text, lo, verb_at):
        person = split_title(match[1], lex)
        if person is None:
            continue
        lone = (surnames and len(person.name.split()) == 1 and len(person.name) > 2
                and text[lo:match.start()].rstrip().endswith(","))
        if not (is_person_like(person.name) or person.role or lone):
            continue
        after = _skip_appositive(text, match.end(), verb_at)
        following = _WORD.match(text, _skip_space(text, after))
        if following and following[0][0].islower() and following[0] not in _OBJECT_MARKERS:
            start = match.start() + person.offset
            return Attribution(person.name, start, start + len(person.name), "name", None,
                               person.role)
    return None


def _skip_appositive(text: str, end: int, limit: int) -> int:
    """Past ", a longtime critic of the industry," after a name, if there is one."""
    if not text.startswith(",", end):
        return end
    close = text.find(",", end + 1, limit)
    if close == -1 or len(text[end + 1:close].split()) > _MAX_APPOSITIVE:
        return end
    return close + 1


def noun_phrase_after(text: str, start: int, hi: int, lex: SpeechLexicon) -> Attribution | None:
    """The speaker after an inverted verb: `said Michael Block, market strategist at ...`."""
    begin = _skip_space(text, start)
    end = hi
    for match in _PHRASE_STOP.finditer(text, begin, hi):
        if match[0] == "." and _ABBREVIATED.search(text, max(begin, match.start() - 4),
                                                   match.start() + 1):
            continue  # "Dr.", "J.": the name goes on
        end = match.start()
        break
    found = _parse_phrase(text, begin, end, lex)
    if found is not None and found.kind == "name" and not found.role and text.startswith(
            ",", end):
        # `said Omar Haddad, a spokesman for Velo.`: the appositive is the role
        stop = _APPOSITIVE_END.search(text, end + 1, hi)
        appositive = " ".join(text[end + 1:stop.start() if stop else hi].split())
        words = appositive.split()
        if words and words[0].lower() in _DETERMINERS and len(words) <= _MAX_APPOSITIVE:
            found = Attribution(found.speaker, found.start, found.end, found.kind, found.verb,
                                " ".join(words[1:]) or None)
    return found


def _according(text: str, start: int, open_at: int, lex: SpeechLexicon) -> Attribution | None:
    """`According to X, "..."`; of a longer source ("a statement shared by an NVIDIA
    spokesperson to the press") the speaker is who made it."""
    rest = text[start:open_at]
    head = rest.split(",")[0]
    if len(rest[len(head):].split()) > _MAX_APPOSITIVE:
        return None
    offset = start
    for marker in (" by ", " from "):
        cut = head.rfind(marker)
        if cut != -1:
            offset += cut + len(marker)
            head = head[cut + len(marker):]
            break
    tail = _PREPOSITION.search(head)
    if tail:
        head = head[: tail.start()]
    begin = _skip_space(text, offset)
    return _with_verb(_parse_phrase(text, begin, offset + len(head), lex), "according to")


def _appositive(text: str, lo: int, comma: int, lex: SpeechLexicon) -> Attribution | None:
    """`Yann LeCun, Meta's chief AI scientist, said` or `DeepSeek's founder, Liang Wenfeng,
    said`: a name and a role between commas."""
    inner = text[lo:comma]
    cut = inner.rfind(", ")
    if cut == -1:
        return None
    middle_start = lo + cut + 2
    middle = text[middle_start:comma]
    if len(middle.split()) > _MAX_APPOSITIVE:
        return None
    before = _trailing_speaker(text, lo, lo + cut, lex)
    if before is not None and before.kind == "name":
        return Attribution(before.speaker, before.start, before.end, "name", None,
                           " ".join(middle.split()) or before.role)
    # "DeepSeek's founder, Liang Wenfeng," / "One victim, 84-year-old Harold Greene,"
    inner_name = _trailing_speaker(text, middle_start, comma, lex, generic=False)
    if inner_name is not None and inner_name.kind == "name" and is_person_like(
            inner_name.speaker) and _is_role(text[middle_start:inner_name.start]):
        role = " ".join(text[lo:lo + cut].split()[-4:]) or None
        return Attribution(inner_name.speaker, inner_name.start, inner_name.end, "name", None,
                           role)
    if before is not None and before.kind == "generic":
        return before  # "Another analyst, who asked not to be named, said"
    return None


def _trailing_speaker(text: str, lo: int, end: int, lex: SpeechLexicon,
                      generic: bool = True) -> Attribution | None:
    words = list(_WORD.finditer(text, lo, end))
    if not words:
        return None
    last = words[-1]
    if last[0].lower() in PRONOUNS:
        return Attribution(last[0], last.start(), last.end(), "pronoun", None)
    run = []
    for word in reversed(words):
        if run and not _joined(text, word, run[-1]):
            break
        if not _NAME_TOKEN.fullmatch(word[0]):
            break
        run.append(word)
    while run and _CONNECTOR.fullmatch(run[-1][0]):
        run.pop()  # a phrase never starts with "de"
    if run:
        first, final = run[-1], run[0]
        preceding = [w for w in words if w.end() <= first.start()]
        if len(preceding) >= 2 and preceding[-1][0].lower() == "the" and preceding[-2][
                0].lower() in _OBJECT_MARKERS:
            preceding = preceding[:-1]  # "a spokesperson for the Council"
        if preceding and preceding[-1][0].lower() == "of":
            # "Bank of England Governor Andrew Bailey": the organisation is the role
            found = _titled_after_organisation(text, preceding, first, final, lex)
            if found is not None:
                return found
        if preceding and preceding[-1][0].lower() in _OBJECT_MARKERS:
            found = _of_organisation(text, lo, words, preceding, final, lex)
            if found is None and generic:
                found = _described(text, words, lex)  # "A report released ... in March"
            return found
        phrase = text[first.start():final.end()]
        person = split_title(phrase, lex)
        if preceding and preceding[-1][0].endswith(("’s", "'s")) and _joined(
                text, preceding[-1], first):
            # "IDC's Hannah Cole said": a person of the organisation, which is the role;
            # "Meta's Llama said"? a possessive before anything else points at a thing
            if person is None or not is_person_like(person.name):
                return None
            org = _possessor(text, preceding)
            begin = first.start() + person.offset
            role = " ".join(part for part in (org, person.role) if part) or None
            return Attribution(person.name, begin, begin + len(person.name), "name", None,
                               role)
        if person is None:
            if len(run) < 2:
                # "Analysts at Leerink said": a capitalised speaker word, not a name
                return _generic(text, words, lex) if generic and phrase.lower(
                    ) in lex.generic else None
            # "the National Samsung Electronics Union": an organisation speaks
            return Attribution(phrase, first.start(), final.end(), "name", None)
        begin = first.start() + person.offset
        role = person.role or _role_before(text, preceding, first, lex)
        return Attribution(person.name, begin, begin + len(person.name), "name", None, role)
    if generic and last[0].lower() in lex.generic:
        return _generic(text, words, lex)
    if generic:
        return _described(text, words, lex)
    return None


def _titled_after_organisation(text: str, preceding: list, first: regex.Match,
                               final: regex.Match, lex: SpeechLexicon) -> Attribution | None:
    """"Bank of England Governor Andrew Bailey", "Ministry of Defence Spokesman James Reid":
    an organisation "<Name> of <Place>" before a title and a person's name. Not "critics of
    Governor Andrew Bailey": the place must stand between "of" and the title, and a
    capitalised word must stand before "of"."""
    person = split_title(text[first.start():final.end()], lex)
    if person is None or not person.role or not is_person_like(person.name):
        return None
    role_words = person.role.lower().split()
    if role_words[0] in lex.titles or not any(w in lex.titles for w in role_words):
        return None
    of = preceding[-1]
    owner = [w for w in preceding[:-1] if w.end() <= of.start()][-4:]
    org: list[regex.Match] = []
    nxt = of
    for word in reversed(owner):
        if not _joined(text, word, nxt) or not word[0][:1].isupper():
            break
        org.append(word)
        nxt = word
    if not org:
        return None
    begin = first.start() + person.offset
    words = text[org[-1].start():begin].split()
    if words[0].lower() in _DETERMINERS:
        words = words[1:]
    return Attribution(person.name, begin, begin + len(person.name), "name", None,
                       " ".join(words))


def _possessor(text: str, preceding: list) -> str:
    """"Morgan Stanley" in "Morgan Stanley's Jane Doe": the capitalised words that end in
    the possessive."""
    owner = [preceding[-1]]
    for word in reversed(preceding[:-1]):
        if not _joined(text, word, owner[-1]) or not word[0][:1].isupper() or len(owner) >= 4:
            break
        owner.append(word)
    words = [w[0] for w in reversed(owner)]
    words[-1] = _POSSESSIVE_END.sub("", words[-1])
    return " ".join(words)


def _of_organisation(text: str, lo: int, words: list, preceding: list, final: regex.Match,
                     lex: SpeechLexicon) -> Attribution | None:
    """A name after "of", "at", "for" is an organisation: "Sarah Kim of Mizuho" is Sarah
    Kim; "a spokesperson for the American Chemistry Council" speaks for the council."""
    marker = preceding[-1]
    if marker[0].lower() not in ("of", "at", "for", "from"):
        return None
    head = _trailing_speaker(text, lo, marker.start(), lex)
    if head is None or head.kind == "pronoun":
        return None
    if head.kind == "generic":
        org_start = preceding[-1].end()
        org = text[org_start:final.end()].split()
        if org and org[0].lower() == "the":
            org = org[1:]
        return Attribution(text[head.start:final.end()], head.start, final.end(), "generic",
                           None)
    return head


def _role_before(text: str, preceding: list, name: regex.Match,
                 lex: SpeechLexicon) -> str | None:
    """"Venture capitalist" in "Venture capitalist Marc Andreessen"."""
    role: list[regex.Match] = []
    nxt = name
    for word in reversed(preceding[-4:]):
        if not _joined(text, word, nxt) or word[0].lower() in _DETERMINERS:
            break
        if word[0].lower() in _OBJECT_MARKERS or word[0].endswith(("’s", "'s")):
            break
        role.append(word)
        nxt = word
    if not role or role[0][0].lower() not in lex.titles:
        return None
    return " ".join(w[0] for w in reversed(role))


def _described(text: str, words: list, lex: SpeechLexicon) -> Attribution | None:
    """"A diplomat from one of the bloc's larger countries": a generic noun right after the
    determiner that opens the phrase."""
    for back in range(2, min(len(words), 10) + 1):
        head = words[-back]
        if not all(_joined(text, a, b) for a, b in zip(words[-back:], words[-back + 1:],
                                                        strict=False)):
            return None
        opens = head[0].lower() in _DETERMINERS or head[0].lower() == "another"
        if opens and words[-back + 1][0].lower() in lex.generic:
            return Attribution(text[head.start():words[-1].end()], head.start(),
                                   words[-1].end(), "generic", None)
    return None


def _generic(text: str, words: list, lex: SpeechLexicon) -> Attribution | None:
    """"an NVIDIA spokesperson", "Bernstein analysts", "the company"."""
    phrase = [words[-1]]
    for word in reversed(words[:-1]):
        if not _joined(text, word, phrase[-1]) or len(phrase) >= 4:
            break
        low = word[0].lower()
        if low in _DETERMINERS:
            phrase.append(word)
            break
        # Modifiers of the noun: a name ("Bernstein analysts"), a quantity ("two
        # officials"), or another speaker word ("company official"); a verb ends it.
        if not (word[0][:1].isupper() or low in lex.generic or low in lex.titles
                or low in _QUANTIFIERS or word[0].isdigit()):
            break
        phrase.append(word)
    start, end = phrase[-1].start(), phrase[0].end()
    return Attribution(text[start:end], start, end, "generic", None)


def _parse_phrase(text: str, begin: int, end: int, lex: SpeechLexicon) -> Attribution | None:
    """A speaker named after a verb or "according to": a name, a pronoun or a description."""
    phrase = text[begin:end].rstrip()
    if not phrase or len(phrase.split()) > 8:
        return None
    words = list(_WORD.finditer(text, begin, begin + len(phrase)))
    if len(words) == 1 and words[0][0].lower() in PRONOUNS:
        return Attribution(words[0][0], words[0].start(), words[0].end(), "pronoun", None)
    name = _NAME_START.search(text, begin, begin + len(phrase))
    if name and name.end() == begin + len(phrase):
        lead = text[begin:name.start()].split()
        if all(w[:1].islower() for w in lead):
            person = split_title(name[0], lex)
            if person is not None:
                start = name.start() + person.offset
                role = " ".join([*lead, *([person.role] if person.role else [])]) or None
                if role and role.split()[0].lower() in _DETERMINERS:
                    role = " ".join(role.split()[1:]) or None
                return Attribution(person.name, start, start + len(person.name), "name",
                                   None, role)
    if any(w[0].lower() in lex.generic for w in words):
        return Attribution(phrase, begin, begin + len(phrase), "generic", None)
    return None


def generic_key(phrase: str) -> str | None:
    """"an NVIDIA spokesperson" → "NVIDIA spokesperson"; "a spokesperson for the American
    Chemistry Council" → "American Chemistry Council spokesperson"."""
    words = phrase.split()
    if words and words[0].lower() in _DETERMINERS:
        words = words[1:]
    for index, word in enumerate(words):
        if index and word.lower() in ("for", "of", "at", "from", "by"):
            org = words[index + 1:]
            if org and org[0].lower() == "the":
                org = org[1:]
            capitalised = list(itertools.takewhile(lambda w: w[:1].isupper(), org))
            if capitalised and word.lower() == "by":
                return " ".join(capitalised)  # "a report released by the Climate Council"
            if capitalised:
                return " ".join([*capitalised, *(w.lower() for w in words[:index])])
            return " ".join(words[:index])  # "a diplomat from one of the larger countries"
    return " ".join(words) or None


def _with_verb(found: Attribution | None, verb: str) -> Attribution | None:
    if found is None:
        return None
    return Attribution(found.speaker, found.start, found.end, found.kind, verb, found.role)


def _joined(text: str, left: regex.Match, right: regex.Match) -> bool:
    gap = text[left.end():right.start()]
    return bool(gap) and gap.isspace() and "\n" not in gap


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos
