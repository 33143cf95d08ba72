"""Pronouns resolved to the people an article names: the nearest person before them who
agrees in gender, the subject of an earlier sentence first, through relative clauses and
chains of "he" and "she"."""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from newslint.extract.quotes.speaker_phrase import DETERMINERS, NAME_START, OBJECT_MARKERS, WORD
from newslint.extract.quotes.subjects import skip_appositive, skip_space, verb_like
from newslint.facts.speech import SpeechLexicon, lexicon

if TYPE_CHECKING:
    from newslint.extract.quotes.lookup import Lookup
    from newslint.extract.quotes.people import Mention, People

PRONOUN_REACH = 2  # paragraphs back a pronoun may look for its person


def resolve_pronoun(look: Lookup, offset: int, people: People,
                    gender: str | None = None, depth: int = 0) -> str | None:
    """The nearest person before the pronoun who agrees with it in gender, when the article
    tells the gender; in an earlier sentence, its first such person (usually the subject)
    rather than its last, or, when no person is that sentence's subject and a "he" or
    "she" is ("As for his work with Griffin, he doesn't regret it"), whom that pronoun
    refers to."""
    text, lex = look.article.analysis, lexicon()
    before = people.referable_before(offset, gender, lambda p: not _modifier(text, p, lex))
    if before and _relative_to(look.article.analysis, before[-1], offset):
        before.pop()  # "Trump, whom he called a 'demagogue'": he is not Trump
    if not before:
        return None
    here = _sentence_of(look, offset)
    last = before[-1]
    if last.sentence == here and here >= 0:
        return _in_own_sentence(look, before, offset, people, gender, depth)
    paragraph = look.paragraph(offset)
    if paragraph is not None and last.sentence >= 0:
        named_in = look.article.sentences[last.sentence].paragraph
        if paragraph - named_in > PRONOUN_REACH and not _pronoun_chain(
                look, named_in + 1, paragraph, gender):
            return None
    first = len(before) - 1
    while first > 0 and before[first - 1].sentence == last.sentence:
        first -= 1
    # the subject of that sentence, when a verb shows which person it is: not "Martha
    # Raddatz" in "With the moderator, Martha Raddatz, opening the debate, Ryan criticized"
    opening = look.article.sentences[last.sentence].start if last.sentence >= 0 else None
    # not "Mr. Lieberman" in "Mr. Trump, speaking ..., offered an emphatic "yes" when asked
    # whether Mr. Lieberman was among the finalists": a complement clause's subject
    subjects = [p for p in before[first:] if is_subject(text, p, lex)
                and _word_before(text, p.start, lex) not in _COMPLEMENTISERS]
    # "When Mr. Biden went after ..., Mr. Ryan reminded ...": the main clause's subject;
    # "Hodgkinson was a member ..., Rucker said.": of two, the one who speaks
    main = [p for p in subjects
            if opening is None or not _in_fronted_clause(text, opening, p.start)]
    subject = next((p for p in main if _speaks(text, p, lex)), None) or next(
        iter(main or subjects), None)
    if subject is not None and depth < _CHAIN_DEPTH and opening is not None:
        # "He said Obama was 'clearly' taking a side": a "he" that is the main clause's
        # subject, before the person named in its complement, is whom the story follows
        lead = _leading_pronoun(look, opening, subject.start, gender)
        if lead is not None:
            chained = resolve_pronoun(look, lead, people, gender, depth + 1)
            if chained is not None:
                return chained
    if subject is None and depth < _CHAIN_DEPTH and last.sentence >= 0:
        sentence = look.article.sentences[last.sentence]
        opens, after = _OPENING_PRONOUN.get(gender or "", (None, None))
        pronoun = opens and (opens.match(text, sentence.start, sentence.end)
                             or after.search(text, last.start, sentence.end))
        if (pronoun and not look.in_quote(pronoun.start())) or _pronoun_before(
                look, sentence.start, before[first].start, gender, _ANY_PRONOUN) is not None or (
                _THING_OPENS.match(text, sentence.start, before[first].start)):
            # "He recalled campaigning with Romney", "'...,' she told MSNBC's Joy Reid",
            # "Her office claims the bill would keep Social Security solvent": the person
            # the sentence's pronoun refers to, not one named after it as no subject
            chained = resolve_pronoun(look, sentence.start, people, gender, depth + 1)
            if chained is not None:
                return chained
    return (subject or before[first]).name


def _in_own_sentence(look: Lookup, before: list[Mention], offset: int, people: People,
                     gender: str | None, depth: int) -> str | None:
    """A pronoun after a person named in its own sentence: that person, unless they are
    no subject ("Ryan hammered Obama for what he called") and the sentence has one before
    them, a person or an earlier "he" or "she" ("he said Obama's borrowing ... - he also
    claimed")."""
    text, lex = look.article.analysis, lexicon()
    last = before[-1]
    between = _ANY_PRONOUN.get(gender or "")
    if is_subject(text, last, lex) or (between is not None and between.search(
            text, last.start, offset)):
        # "he hammered Mitt Romney over his comment in which he said": a "his" nearer the
        # pronoun already goes with the person named last
        return last.name
    sentence = look.article.sentences[last.sentence]
    same = [p for p in before if p.sentence == last.sentence]
    subject = next((p for p in same if is_subject(text, p, lex)
                    and not _in_fronted_clause(text, sentence.start, p.start)), None)
    if subject is not None:
        return subject.name
    pronoun = _pronoun_before(look, sentence.start, last.start, gender)
    if pronoun is not None and depth < _CHAIN_DEPTH:
        chained = resolve_pronoun(look, pronoun, people, gender, depth + 1)
        if chained is not None:
            return chained
    return last.name


def _leading_pronoun(look: Lookup, lo: int, hi: int, gender: str | None) -> int | None:
    """Where a "he" or "she" of this gender is the subject of a verb between the sentence's
    start and `hi`, outside quotes and outside a clause that opens the sentence ("When he
    was in office, ...")."""
    pattern = _SUBJECT_PRONOUN.get(gender or "")
    if pattern is None:
        return None
    text, lex = look.article.analysis, lexicon()
    for match in pattern.finditer(text, lo, hi):
        if look.in_quote(match.start()) or _in_fronted_clause(text, lo, match.start()):
            continue
        word = WORD.match(text, skip_space(text, match.end()))
        if word is not None and word.end() <= hi and verb_like(word[0], lex):
            return match.start()
    return None


def _pronoun_before(look: Lookup, lo: int, hi: int, gender: str | None,
                    forms: dict[str, regex.Pattern[str]] | None = None) -> int | None:
    """Where a "he" or "she" (or any of `forms`) of this gender stands between `lo` and
    `hi`, outside quotes."""
    pattern = (forms or _SUBJECT_PRONOUN).get(gender or "")
    if pattern is None:
        return None
    text = look.article.analysis
    return next((m.start() for m in pattern.finditer(text, lo, hi)
                 if not look.in_quote(m.start())), None)


_CHAIN_DEPTH = 3  # sentences a pronoun may follow back through other pronouns
# A pronoun that opens its sentence, or its main clause after a fronted phrase ("As for
# his work with Griffin, he ...").
_OPENING_PRONOUN = {
    g: (regex.compile(rf"\s*{p.title()}(?![\p{{L}}'’])"), regex.compile(rf",\s+{p}(?![\p{{L}}'’])"))
    for g, p in (("m", "he"), ("f", "she"))}


# "Instead, it condemned Mr. Trump's approach": a thing opens the sentence as its subject,
# past an opening of up to three words; the people named after it are no subject.
_THING_OPENS = regex.compile(r"\s*(?:\p{L}+(?:\s+\p{L}+){0,2},\s+)?It\s+\p{Ll}|"
                             r"\s*\p{Lu}\p{Ll}+,\s+it\s+\p{Ll}")


# Subordinators that open a sentence with a clause of its own before the main one.
_FRONTED = regex.compile(
    r"\s*(?:When|After|Before|As|While|Although|Though|Because|If|Since|Once|Until|Unless"
    r"|Whereas|Whenever)(?![\p{L}'’])")


def _in_fronted_clause(text: str, sentence_start: int, offset: int) -> bool:
    """The person stands in a subordinate clause that opens the sentence ("When Mr. Biden
    went after ..., Mr. Ryan reminded"): no comma yet between the subordinator and them."""
    return (_FRONTED.match(text, sentence_start) is not None
            and "," not in text[sentence_start:offset])


# "Mr. Trump, who he said 'led me ...'": a pronoun right after a relative pronoun.
_RELATIVE = regex.compile(r",?\s+(?:who|whom)\s+")


def _relative_to(text: str, person: Mention, offset: int) -> bool:
    """The pronoun is the subject of a relative clause on the person named just before
    it: the clause says something about that person, so the pronoun is someone else."""
    name = NAME_START.match(text, person.start)
    return name is not None and _RELATIVE.fullmatch(text, name.end(), offset) is not None


def is_subject(text: str, person: Mention, lex: SpeechLexicon) -> bool:
    name = NAME_START.match(text, person.start)
    if name is None or text.startswith(("'s", "’s", "'", "’"), name.end()):
        return False  # "Mattis's letter": a possessive is no subject
    if _after_preposition(text, person.start, lex):
        return False  # "campaigning with Romney earlier this year"
    if _WHO_AFTER.match(text, name.end()):
        return True  # "alienated Bloomberg, who often makes the case": the clause's subject
    after = skip_appositive(text, name.end(), len(text))
    word = WORD.match(text, skip_space(text, after))
    return word is not None and word[0][:1].islower() and verb_like(word[0], lex)


_WHO_AFTER = regex.compile(r",\s+who\s+\p{Ll}")
_COMPLEMENTISERS = frozenset(("whether", "that", "if"))
_WORD_BEFORE = regex.compile(r"([\p{L}.’']+)\s+$")


def _modifier(text: str, person: Mention, lex: SpeechLexicon) -> bool:
    """"the Romney campaign message": a name between a determiner and a noun modifies the
    noun; no pronoun refers to it."""
    name = NAME_START.match(text, person.start)
    before = _word_before(text, person.start, lex)
    if name is None or before not in DETERMINERS:
        return False
    if before == "that" and person.role:
        return False  # "It does not appear that Mr. Blumenthal ever sought": a clause's subject
    word = WORD.match(text, skip_space(text, name.end()))
    return (word is not None and name.end() < word.start() and word[0][:1].islower()
            and not verb_like(word[0], lex))


def _after_preposition(text: str, start: int, lex: SpeechLexicon) -> bool:
    """The name is the object of a preposition, past the titles before it ("with Sen.")."""
    return _word_before(text, start, lex) in OBJECT_MARKERS


def _word_before(text: str, start: int, lex: SpeechLexicon) -> str | None:
    """The word before a name, past the titles written with it ("with Sen.", "the Rev.")."""
    end = start
    for _ in range(3):
        word = _WORD_BEFORE.search(text, max(0, end - 30), end)
        if word is None:
            return None
        low = word[1].lower()
        if "\n" in text[word.end():end] or not (
                word[1][:1].isupper() and (low in lex.titles or low.rstrip(".") in lex.titles)):
            return low if "\n" not in text[word.end():end] else None
        end = word.start()
    return None


def _speaks(text: str, person: Mention, lex: SpeechLexicon) -> bool:
    """The person is the subject of a verb of speech ("Rucker said in a statement")."""
    name = NAME_START.match(text, person.start)
    if name is None:
        return False
    word = WORD.match(text, skip_space(text, skip_appositive(text, name.end(), len(text))))
    return word is not None and bool(lex.say.fullmatch(word[0].rstrip(".")))


_ANY_PRONOUN = {"m": regex.compile(r"(?<![\p{L}'’])(?:[Hh]e|[Hh]is|[Hh]im)(?![\p{L}'’])"),
                "f": regex.compile(r"(?<![\p{L}'’])(?:[Ss]he|[Hh]er|[Hh]ers)(?![\p{L}'’])")}
_SUBJECT_PRONOUN = {"m": regex.compile(r"(?<![\p{L}'’])[Hh]e\b"),
                    "f": regex.compile(r"(?<![\p{L}'’])[Ss]he\b")}


def _pronoun_chain(look: Lookup, first: int, last: int, gender: str | None) -> bool:
    """Every paragraph between the person's and the pronoun's goes on with the same "he" or
    "she", or is nothing but a quotation (the speaker's words going on): the story still
    follows that person."""
    pattern = _SUBJECT_PRONOUN.get(gender or "")
    if pattern is None:
        return False
    text = look.article.analysis
    paragraphs = [p for p in look.article.paragraphs[first:last] if p.kind != "heading"]
    return any(pattern.search(text, p.start, p.end) for p in paragraphs) and all(
        pattern.search(text, p.start, p.end) or _all_quoted(look, p.start, p.end)
        or _titled_subject(look, p.start, p.end) for p in paragraphs)


# "the new president told": a title as the subject of a verb, standing for the person
_TITLED_SUBJECT = regex.compile(r"(?<![\p{L}])[Tt]he\s+(?:\p{Ll}+\s+)?(?P<title>\p{Ll}{3,})"
                                r"\s+(?P<verb>\p{Ll}+)(?![\p{L}])")


def _titled_subject(look: Lookup, start: int, end: int) -> bool:
    """The paragraph goes on about a person by a title ("In a succinct speech ..., the new
    president told Americans ..."), outside quotes: the story still follows them."""
    lex = lexicon()
    return any(m["title"] in lex.titles and verb_like(m["verb"], lex)
               and not look.in_quote(m.start())
               for m in _TITLED_SUBJECT.finditer(look.article.analysis, start, end))


def _all_quoted(look: Lookup, start: int, end: int) -> bool:
    """The paragraph's words all stand inside one quotation."""
    raw = look.article.analysis[start:end]
    body = raw.strip(" \t\n\"“”")
    if not body:
        return False
    lo = start + raw.index(body)
    region = look.region_at(lo)
    return region is not None and region == look.region_at(lo + len(body) - 1)


def _sentence_of(look: Lookup, offset: int) -> int:
    index = look.sentence(offset)
    return -1 if index is None else index


def earlier_pronoun(look: Lookup, offset: int, people: People, gender: str | None) -> int | None:
    """Where the same "he" or "she" attributed an earlier quote (`"...," he told CNN`),
    after the last person named: the later pronoun goes on with that quote's
    speaker (`..., his wife, Huma Abedin. "...," he told CNN. Asked ..., he said`). Only a
    pronoun right after a closing mark, in this paragraph or the one before: one inside a
    clause ("when he was in office") may be someone else."""
    pattern = _ATTRIBUTING_PRONOUN.get(gender or "")
    before = people.before(offset)
    paragraph = look.paragraph(offset)
    if pattern is None or not before or paragraph is None:
        return None
    text = look.article.analysis
    # in this paragraph or the one before: a paragraph without it breaks the chain
    floor = look.article.paragraphs[max(0, paragraph - 1)].start
    found = None
    for match in pattern.finditer(text, max(before[-1].start, floor), offset):
        if not look.in_quote(match.start("pronoun")):
            found = match.start("pronoun")
    return found


_ATTRIBUTING_PRONOUN = {g: regex.compile(rf"[,?!]?[”\"]\s+(?P<pronoun>{p})(?![\p{{L}}'’])")
                        for g, p in (("m", "he"), ("f", "she"))}
