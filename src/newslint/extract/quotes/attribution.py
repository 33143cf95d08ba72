"""Who said the words in one pair of quotation marks, read from the text around them.

The forms of wire copy, tried in order of how reliable they are:
`"...," X said` and `"...," said X` after the quote; `X said "..."`, `X called it "..."`,
`According to X, "..."` and `X: "..."` before it. A participle (", labelling it ...")
takes the subject of its clause, or the speaker of a `X said,` right before it. A verb
followed by a colon introduces the next quote, not the one before it. Offsets are
absolute, into `Article.analysis`.
"""

from __future__ import annotations

import regex

from newslint.extract.quotes.adverbs import is_adverb
from newslint.extract.quotes.antecedents import antecedent
from newslint.extract.quotes.appositives import (
    appositive,
    appositive_role,
    is_role,
    untitled,
)
from newslint.extract.quotes.generic_keys import relative_text, which_document
from newslint.extract.quotes.inverted import according, noun_phrase_after, with_verb
from newslint.extract.quotes.role_holders import role_opening
from newslint.extract.quotes.speaker_phrase import (
    COORDINATOR_AT_END,
    LEAD,
    MAX_APPOSITIVE,
    MAX_COLON_CLAUSE,
    MAX_NAME_GAP,
    MAX_SAY_GAP,
    SENTENCE_STOP,
    WORD,
    Attribution,
    trailing_speaker,
)
from newslint.extract.quotes.subjects import (
    TIME_TAIL,
    described_subject,
    epithet_subject,
    main_subject,
    skip_space,
    subject_organisation,
)
from newslint.extract.quotes.verb_use import (
    CLAUSE_BREAK,
    addressee,
    in_aside,
    is_participle,
    speech_verbs,
)
from newslint.facts.speech import (
    NAME_PHRASE,
    PRONOUNS,
    SpeechLexicon,
    is_person_like,
    split_title,
)


def _without_adverbs(words: str, lex: SpeechLexicon) -> str:
    """`words` less the adverbs that end them."""
    split = words.split()
    while split and is_adverb(split[-1], lex):
        split.pop()
    return " ".join(split)


def before_quote(text: str, lo: int, open_at: int, lex: SpeechLexicon,
                 sentence_lo: int | None = None) -> Attribution | None:
    """Attribution in the clause before the opening mark, from `lo` on; the subject of a
    participle ("-- saying") is looked for from `sentence_lo`, past earlier quotes."""
    left = text[lo:open_at]
    verbs = [v for v in (*speech_verbs(lex.say, left), *speech_verbs(lex.name, left))
             if not in_aside(left, v) and not addressee(left, v)]
    verb = max(verbs, key=lambda m: m.start()) if verbs else None
    accordings = list(lex.according.finditer(left))
    according_to = accordings[-1] if accordings else None
    if according_to is not None and (verb is None or verb.start() < according_to.start()):
        found = according(text, lo + according_to.end(), open_at, lex)
        if found:
            return found
    if verb is not None:
        limit = MAX_NAME_GAP if lex.name.fullmatch(verb[0]) else MAX_SAY_GAP
        gap = left[verb.end():]
        if len(gap.split()) <= limit and not SENTENCE_STOP.search(gap):
            found = subject_before(text, lo, lo + verb.start(), lex)
            before_verb = left[: verb.start()].rstrip()
            participle = is_participle(verb[0]) and before_verb.endswith(CLAUSE_BREAK)
            # "Sanders welcomed the move but said": the verb shares the clause's subject
            # (also past an adverb: "appears irritated and immediately asks")
            coordinated = COORDINATOR_AT_END.search(_without_adverbs(before_verb, lex)) is not None
            clause_lo = lo if sentence_lo is None else sentence_lo
            said = _said_before(left, verb, lex) if participle else None
            if said is not None:
                # "..., Hutchinson said, adding,": the one who said, not the clause's subject
                found = subject_before(text, lo, lo + said.start(), lex) or found
            elif participle and before_verb.endswith(("--", "—", "–")):
                # "Johnson told Fox News -- referring to ...": a dash ends the clause, whose
                # subject the participle takes, not the object before the dash
                found = main_subject(text, clause_lo, lo + verb.start(), lex) or found
            if found is None and (participle or coordinated):
                # "The St. Louis Tea Party Coalition issued a resolution, accusing": the
                # clause's subject speaks, a person or else an organisation opening it
                found = (main_subject(text, clause_lo, lo + verb.start(), lex)
                         or subject_organisation(text, clause_lo, lo + verb.start(), lex,
                                              first=True)
                         # "the senator also took a swipe at ..., calling her tenure"
                         or epithet_subject(text, clause_lo, lo + verb.start(), lex)
                         or role_opening(text, clause_lo, lo + verb.start())
                         or described_subject(text, clause_lo, lo + verb.start(), lex))
            elif participle and found is not None and found.kind == "generic":
                found = named_subject(text, clause_lo, lo + verb.start(), lex) or found
            if found is not None:
                return with_verb(found, lex.verb_of(verb[0]))
    stripped = left.rstrip()
    if stripped.endswith(":") and stripped[:-1].strip():
        colon = lo + len(stripped[:-1].rstrip())
        found = subject_before(text, lo, colon, lex)
        if found is not None and not text[lo:found.start].strip(" \t-–—•*"):
            return with_verb(found, ":")
        if len(text[lo:colon].split()) <= MAX_COLON_CLAUSE:
            # "Asked about the title race, Arteta was blunt:", "The Democratic National
            # Committee issued a brief statement:"
            found = (main_subject(text, lo, colon, lex, surnames=True)
                     or subject_organisation(text, lo, colon, lex, first=True))
            if found is not None:
                return with_verb(found, ":")
        else:
            # "Two years prior, then-Senator Obama used virtually identical language to
            # beat up on ... McCain:": a longer clause, when its subject opens it
            found = main_subject(text, lo, colon, lex, surnames=True)
            if found is not None and _opens_main_clause(text[lo:found.start], found.role):
                return with_verb(found, ":")
    return None


def _said_before(left: str, participle: regex.Match[str], lex: SpeechLexicon
                 ) -> regex.Match[str] | None:
    """The verb of speech right before a participle, a comma between: `X said, adding,`."""
    before = left[: participle.start()].rstrip()
    if not before.endswith(","):
        return None
    return next((v for v in speech_verbs(lex.say, left)
                 if v.end() == len(before) - 1 and not is_participle(v[0])), None)


_MAX_FRONTED = 4  # words of a phrase fronted before the subject: "Two years prior,"


def _opens_main_clause(opening: str, role: str | None) -> bool:
    """Nothing before the subject but its title and at most one short fronted phrase."""
    rest = opening.rstrip()
    if role and rest.endswith(role):
        rest = rest[: -len(role)].rstrip()
        if rest.endswith("-"):  # "then-Senator", "ex-Governor"
            rest = rest[: rest.rfind(" ") + 1 if " " in rest else 0].rstrip()
    if not rest:
        return True
    return (rest.endswith(",") and rest.count(",") == 1
            and len(rest.split()) <= _MAX_FRONTED)


def after_quote(text: str, close: int, hi: int, lex: SpeechLexicon) -> Attribution | None:
    """`"...," X said` or `"...," said X`, between the closing mark and `hi`."""
    start = close + 1
    right = text[start:hi]
    lead = LEAD.match(right).end()  # type: ignore[union-attr]
    verb = lex.say.match(right, lead)
    if verb is not None:
        found = noun_phrase_after(text, start + verb.end(), hi, lex)
        return with_verb(found, lex.verb_of(verb[0])) if found else None
    for verb in lex.say.finditer(right, lead):
        if right[verb.end():].lstrip().startswith(":"):
            return None  # `"...?" Mr. Strzok responds: "No."`: the next quote's speaker
        # "Jerrold Nadler, ... Committee — where any inquiry must begin — said": the
        # aside between dashes is not part of the speaker
        aside = _DASHED_ASIDE.search(right, lead, verb.start())
        verb_at = start + (aside.start() if aside is not None else verb.start())
        if len(text[start + lead:verb_at].split()) > MAX_APPOSITIVE + 6:
            return None
        relayed = _relayed(text, start + verb.end(), hi, lex)
        if relayed is not None:
            return relayed
        epithet = _epithet(text, start + lead, verb_at, lex)
        if epithet is not None:
            return with_verb(epithet, lex.verb_of(verb[0]))
        found = subject_before(text, start + lead, verb_at, lex)
        if found is None and aside is not None:
            # the aside stands where the appositive's closing comma would
            found = appositive(text, start + lead, start + len(right[:aside.start()].rstrip()),
                               lex)
        if found is None or not is_role(appositive_role(untitled(
                text[start + lead:found.start], lex))):
            return None  # the words before the verb are not all the speaker
        return with_verb(found, lex.verb_of(verb[0]))
    return None


# `aides said Mr. Ryan told`: a person's name, with its title, then a verb of speech
_RELAYED = regex.compile(rf"\s+(?:that\s+)?({NAME_PHRASE})\s+")


def _relayed(text: str, at: int, hi: int, lex: SpeechLexicon) -> Attribution | None:
    """`"...," aides said Mr. Ryan told his colleagues`: the subject relays what the
    person named after its verb said, and the words are that person's."""
    match = _RELAYED.match(text, at, hi)
    if match is None or lex.say.match(text, match.end(), hi) is None:
        return None
    verb = lex.say.match(text, match.end(), hi)
    person = split_title(match[1], lex)
    if person is None or not (is_person_like(person.name) or person.role):
        return None  # "aides said Congress told them": no person's name
    begin = match.start(1) + person.offset
    # known second-hand, with less certainty than a speaker next to the quote
    return Attribution(person.name, begin, begin + len(person.name), "reported",
                       lex.verb_of(verb[0]), person.role)


_DASHES = frozenset("―—–")
_DASHED_ASIDE = regex.compile(r"\s+(?:—|–|--)[^—–\"“”]{1,120}(?:—|–|--)\s*$")


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


_PASSIVE_BEFORE = regex.compile(r"(?<![\p{L}])(?:is|are|was|were|been|being)\s+$")
_PARTICIPLE = regex.compile(r"(?:told|\p{Ll}+ed)(?![\p{L}])")
# Between a subject and a verb of speech: "is expected to", "was quoted as", "will", and
# the subject of a recording: "is shown saying", "was heard telling".
_RAISING = regex.compile(r"\s+(?:(?:is|are|was|were)\s+(?:expected|set|scheduled|due|likely|"
                         r"quoted\s+as)(?:\s+to)?|(?:is|are|was|were)\s+(?:shown|seen|heard)"
                         r"|will|would|could|may|might|plans\s+to)\s*$")
_PARENTHETICAL_END = regex.compile(r"\s*\([^()\"“”]{1,30}\)\s*,?\s*$")


def subject_before(text: str, lo: int, verb_at: int, lex: SpeechLexicon) -> Attribution | None:
    """The speaker that ends just before a verb: a name (with an appositive), a pronoun,
    or a generic description such as "an NVIDIA spokesperson". Not the subject of a
    passive ("he was told that ..."): the one told is not the one speaking."""
    if _PASSIVE_BEFORE.search(text, lo, verb_at) and _PARTICIPLE.match(text, verb_at):
        return None
    who = _WHO_BEFORE.search(text, lo, verb_at)
    if who is not None:
        # "President Trump, who said": the relative pronoun's antecedent speaks
        return antecedent(text, lo, who.start(), lex)
    issuer = which_document(text, lo, verb_at, lex)
    if issuer is not None:
        # "a letter signed by all 42 Senate Republicans, which stated,": theirs
        start = text.rfind(issuer, lo, verb_at)
        return Attribution(issuer, start, start + len(issuer), "name", None)
    document = relative_text(text, lo, verb_at, lex)
    if document is not None:
        return document  # "the part of the U.S. code that says:": the code's words
    end = verb_at
    relative = _relative_clause(text, lo, end)
    if relative is not None:
        # "The lawsuit, which was brought by ... Scott Pruitt, accused": the clause's head,
        # read with its comma ("One candidate, Scott Smith, the mayor of Mesa, who ...")
        return (subject_before(text, lo, relative + 1, lex)
                or subject_before(text, lo, relative, lex))
    # "Sen. John Thune (R-S.D.) said", "McCain (R-Ariz.), said": the party and state (and
    # a stray comma after them) are not the speaker
    paren = _PARENTHETICAL_END.search(text, lo, end)
    if paren is not None and paren.start() > lo:
        end = paren.start()
    while True:
        words = list(WORD.finditer(text, lo, end))
        if not words or text[words[-1].end():end].strip():
            break
        if is_adverb(words[-1][0], lex):  # "Mr. Cheney reportedly said"
            end = words[-1].start()
            continue
        raising = _RAISING.search(text, lo, end)
        if raising is not None and raising.start() > lo:
            end = raising.start()  # "Mr. Rubio is expected to say", "was quoted as saying"
            continue
        time = TIME_TAIL.search(text, lo, end)
        if time is not None and time.start() > lo and _names_someone(
                text[lo:time.start()].split()[-1:]):
            end = time.start()  # "Trump on Saturday", not "a statement late Tuesday"
            continue
        medium = _IN_MEDIUM.search(text, lo, end)
        if medium is not None and medium.start() > lo and _names_someone(
                text[lo:medium.start()].split()[-1:]):
            end = medium.start()  # "Maggie Haberman in the New York Times today explains"
            continue
        break
    stripped = text[lo:end].rstrip()
    if stripped.endswith(","):
        return appositive(text, lo, lo + len(stripped) - 1, lex)
    begin = skip_space(text, lo)
    while text[begin:begin + 1] in _DASHES and begin < lo + len(stripped):
        begin = skip_space(text, begin + 1)  # "― the new congresswoman vowed": an aside opens
    epithet = _epithet(text, begin, lo + len(stripped), lex)
    if epithet is None and "," in stripped:
        # "Before approaching the turkeys, the president remarked"
        begin = skip_space(text, lo + stripped.rindex(",") + 1)
        epithet = _epithet(text, begin, lo + len(stripped), lex)
    if epithet is not None:
        return epithet  # "The 61-year-old said:" opens its clause
    return trailing_speaker(text, lo, lo + len(stripped), lex)


_WHO_BEFORE = regex.compile(r",\s+who\s*$")
# "in the New York Times": where the subject speaks, between it and its verb
_IN_MEDIUM = regex.compile(
    r"\s+in\s+(?:the\s+)?\p{Lu}[\p{L}.&’'-]*(?:\s+\p{Lu}[\p{L}.&’'-]*){0,4}\s*$")
_RELATIVE_OPEN = regex.compile(r",\s+(?:which|who|whom|whose)\s")
_AGE = regex.compile(r",\s*\d{1,3}\s*$")  # "Elizabeth Lauten, 31, who ..."


def _relative_clause(text: str, lo: int, end: int) -> int | None:
    """Where the head of a subject ends when a relative clause between commas stands
    between it and the verb: the people named inside the clause are not the subject."""
    opened = _RELATIVE_OPEN.search(text, lo, end)
    if opened is None or not text[opened.start():end].rstrip().endswith(","):
        return None
    if any(mark in text[opened.start():end] for mark in '"“”'):
        return None
    age = _AGE.search(text, lo, opened.start())
    return age.start() if age is not None else opened.start()


def _names_someone(words: list[str]) -> bool:
    return bool(words) and (words[-1][:1].isupper() or words[-1].lower() in PRONOUNS)


def before_stop(text: str, hi: int) -> int:
    """Where the words before a sentence's closing punctuation end."""
    return len(text[:hi].rstrip().rstrip(".!?…").rstrip())


def named_subject(text: str, lo: int, verb_at: int, lex: SpeechLexicon) -> Attribution | None:
    """The named subject of the clause a participle goes with, over a role nearer the
    verb: in `Benjamin J. Rhodes, a deputy national security adviser, offered his
    comments, saying` the role is the name's appositive, not who speaks."""
    found = main_subject(text, lo, verb_at, lex)
    return found if found is not None and found.kind == "name" else None
