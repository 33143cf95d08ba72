"""Planters of quotation discrepancies: a wording change, a swapped speaker and a quote
left with no speaker (the rules for their sites are in plants.py's docstring)."""

from __future__ import annotations

import random
import re

from injection import Edit, Event, Plan, Pos
from plant_text import (
    CAPWORD_AFTER,
    CAPWORD_BEFORE,
    DAYS,
    NAME,
    PRONOUNS,
    QUOTE,
    SPEAKER_AFTER,
    SPEECH,
    TITLES,
    WORD,
    _occurrences,
    _pos,
    sentence_ends,
)

from newslint.extract.quotes.attribution import speech_verbs
from newslint.facts.speech import is_person_like, lexicon
from newslint.index.quote_noise import noise_word
from newslint.load.segment import is_title_case


def _quotes(event: Event):
    for file, line, m in _occurrences(event, QUOTE):
        if m.group(2) is not None and _straight_marks(event.files[file][line - 1]) % 2:
            continue  # an unclosed straight quote: the pairing of the marks is unsure
        if is_title_case(m.group(1 if m.group(1) is not None else 2).split()):
            continue  # a title, a slogan, a headline ("The Queen of Rage"): not speech
        group = 1 if m.group(1) is not None else 2
        words = [w.lower() for w in WORD.findall(m.group(group))]
        yield (file, line, m, group, {tuple(words[i : i + 4]) for i in range(len(words) - 3)},
               words)


def _straight_marks(text: str) -> int:
    """The straight quotation marks of a line that are not the closing mark of a curly
    opening one (“Like most Americans ... life," Sanders said. "However, ... aside."):
    a copy mixing the two kinds pairs them so."""
    return text.count('"') - max(0, text.count("“") - text.count("”"))


def _shared_quotes(event: Event):
    """(file, line, match, group, partners, shared 4-grams) per quote with a partner: a
    quote of another article is the same quotation (an outlet may quote it twice, or two
    outlets may each have it) when the runs of four words the two share cover at least
    half of each, so a planted change is a discrepancy with any of them, not
    only the first found. One common phrase ("that the Constitution is", "on the wrong
    side of history") does not make two remarks one quotation."""
    quotes = list(_quotes(event))
    for file, line, m, group, grams, words in quotes:
        partners, shared, also = [], {}, []
        for f2, l2, m2, g2, grams2, words2 in quotes:
            common = grams & grams2
            if f2 == file or not common:
                continue
            if min(_cover(words, common), _cover(words2, common)) >= 0.5:
                partners.append(_pos(f2, l2, m2, g2))
            elif _fragment(words, words2, common):
                also.append(_pos(f2, l2, m2, g2))
            else:
                continue
            shared[_pos(f2, l2, m2, g2)] = _covered(words, common)
        if partners:
            yield file, line, m, group, partners, shared, also


def _fragment(a: list[str], b: list[str], common: set[tuple[str, ...]]) -> bool:
    """The shorter quote, of six words or more, is nearly all inside the longer one: a
    fragment of it ("will do the right thing and step aside", "would end Medicare as we
    know it" in a statement of several sentences). Such a partner does not make a site (the
    sites stay those of quotes that share half their words) but a finding that links the
    plant to it found the plant."""
    shorter = min(a, b, key=len)
    return (_cover(shorter, common) >= 0.8
            and len(_covered(shorter, common)) >= _FRAGMENT_WORDS)


_FRAGMENT_WORDS = 6  # words of a fragment in runs of four shared with the longer quote


def _covered(words: list[str], shared: set[tuple[str, ...]]) -> set[int]:
    """The positions of `words` that lie in one of the `shared` runs of four."""
    return {i + k for i in range(len(words) - 3) if tuple(words[i:i + 4]) in shared
            for k in range(4)}


def _cover(words: list[str], shared: set[tuple[str, ...]]) -> float:
    """The share of `words` that lie in one of the `shared` runs of four."""
    return len(_covered(words, shared)) / len(words) if words else 0.0


def quote_wording(event: Event, rng: random.Random) -> Plan | None:
    """A content word changed, dropped or added inside the words a partner shares: with a
    shared word on each side of it, so that the change is not where one cut stops ("In
    the note" / "note") nor in a sentence the partner does not quote; the partners are
    those that share the words around it."""
    sites = []
    for file, line, m, group, partners, shared, also in _shared_quotes(event):
        words = list(WORD.finditer(m.group(group)))
        # a change of content: a closed-class word ("that", "just") changed, dropped or
        # added is transcription noise that NL302 rightly leaves alone: never planted
        inner = [(w, [p for p in partners if {i - 1, i, i + 1} <= shared[p]])
                 for i, w in enumerate(words)
                 if len(w.group()) >= 3 and not noise_word(w.group())]
        inner = [(w, near) for w, near in inner if near]
        if inner:
            sites.append((file, line, m, group, inner, also, shared))
    if not sites:
        return None
    file, line, m, group, inner, also, shared = rng.choice(sites)
    quote = _pos(file, line, m, group)
    words = list(WORD.finditer(m.group(group)))
    word, partners = rng.choice(inner)
    index = next(i for i, w in enumerate(words) if w.start() == word.start())
    # a fragment elsewhere that holds the words around the change: another copy of it
    partners = partners + [p for p in also if {index - 1, index, index + 1} <= shared[p]]
    at = Pos(file, line, quote.col + word.start(), quote.col + word.end())
    vocab = sorted({w.lower() for _, t in event.body_lines(file) for w in WORD.findall(t)
                    if len(w) >= 4 and w.isalpha() and w.islower() and not noise_word(w)}
                   - {word.group().lower()})
    op = rng.choice(("changed", "dropped", "added"))
    if op == "dropped" and len(words) > 2:
        text = event.files[file][line - 1]
        end = at.end_col + 1 if text[at.end_col - 1 : at.end_col] == " " else at.end_col
        edit = Edit(Pos(file, line, at.col, end), "")
    elif op == "added" or not vocab:
        op = "added"
        edit = Edit(Pos(file, line, at.col, at.col), (rng.choice(vocab) if vocab else "very")
                    + " ")
    else:
        edit = Edit(at, rng.choice(vocab))
    return Plan("quote_wording", f"word {op}", [edit], quote, [quote, *partners])


def _speakers(event: Event) -> list[str]:
    """Full names of people the event quotes: a name of two or more words whose surname
    stands next to a speech verb somewhere in the event (alone, after an honorific or in
    the full name), so that the name is a person's who speaks in the story; the full name
    itself may stand anywhere ("Sen. Dick Durbin of Illinois" once, "Durbin said" later)."""
    full, quoted = set(), set()
    # A word the event writes in lower case opens no name: "Other Democrats said" names a
    # group, "As Donald Trump said" is Donald Trump, "Spokesman Jim Manley" Jim Manley.
    lower = {w for f in event.files for _, t in event.body_lines(f) for w in WORD.findall(t)
             if w.islower()}

    def person(words: list[str]) -> list[str]:
        while words and (words[0].lower() in lower or words[0] in PRONOUNS
                         or words[0] in TITLES):
            words = words[1:]
        return words

    for _, _, m in _occurrences(event, SPEAKER_AFTER):
        words = person((m.group(1) or m.group(2)).split())
        if words:
            quoted.add(words[-1])
    for _, _, m in _occurrences(event, HONORIFIC_SPEAKER):
        quoted.add(m.group(1) or m.group(2))
    for file, line, m in _occurrences(event, FULL_NAME):
        if is_title_case(event.files[file][line - 1].split()):
            continue  # a headline repeated in the body: "Democrats Say Trump Should ..."
        words = person(m.group().split())
        # a headline's words ("Democrats Say Trump") are no name: a name's inner words
        # are not words the event writes in lower case
        if (len(words) >= 2 and is_person_like(" ".join(words))
                and not any(w.lower() in lower for w in words[1:-1])):
            full.add(" ".join(words))
    return sorted(name for name in full if name.split()[-1] in quoted)


HONORIFICS = frozenset({"Mr", "Ms", "Mrs", "Dr"})
# Capitalised words a speech verb is followed by that name no one: "said Wednesday".
NOT_NAMES = frozenset(DAYS)
# A word in lower case between a quote and a name after it: the name is not its speaker's
# ('“...,” he added, then ... Mr. Stone said').
_LOWER_WORD = re.compile(r"\b[a-z]")


def _introduces(between: str, said: str) -> bool:
    """The words between a speaker and a quote put the quote in the same sentence as
    theirs: 'Smith said: "', 'Smith said that "', 'Smith told reporters, "', 'Smith said
    in a statement, "' (no sentence end, no other quotation or speaker between). Right
    after "told" or "asked" with no comma, the quote is whom they told ('Stone told
    “senior campaign officials”'), not their words."""
    if len(between) <= 3:
        return not said.rstrip().endswith(("told", "asked")) or any(c in between for c in ",:")
    return (len(between) <= _INTRO_CHARS and between.endswith((", ", ": ", " that "))
            and not sentence_ends(between) and not any(c in between for c in "“”\"‘")
            and SPEAKER_AFTER.search(between) is None)


_INTRO_CHARS = 40


# An honorific and a surname next to a speech verb: "Mr. Durbin said", "said Ms. Lerner".
HONORIFIC_SPEAKER = re.compile(r"\b(?:Mr|Ms|Mrs|Dr)\.\s+([A-Z][a-z]+)\s+" + SPEECH
                               + r"|\b" + SPEECH + r"\s+(?:Mr|Ms|Mrs|Dr)\.\s+([A-Z][a-z]+)\b")
FULL_NAME = re.compile(r"(?<![\w.'’-])" + NAME + r"(?![\w'’-])")


def _whole_name(text: str, s: re.Match[str], group: int) -> bool:
    """The speaker matched is the whole capitalised phrase, not its first words: in "said
    Human Rights Campaign President Chad Griffin" the organisation is no speaker to swap."""
    before = CAPWORD_BEFORE.search(text, 0, s.start(group))
    return not (CAPWORD_AFTER.match(text, s.end(group))
                or (before is not None and before.group(1) not in TITLES
                    and before.group(1).rstrip(".") not in HONORIFICS))


def quote_speaker(event: Event, rng: random.Random) -> Plan | None:
    sites = speaker_sites(event)
    if not sites:
        return None
    file, line, m, group, partners, at, others = rng.choice(sites)
    other = rng.choice(others)
    new = other if " " in event.text(at) else other.split()[-1]
    quote = _pos(file, line, m, group)
    return Plan("quote_speaker", "speaker swapped", [Edit(at, new)], at,
                [quote, at, *partners])


def speaker_sites(event: Event) -> list[tuple]:
    """(file, line, quote, group, partners, speaker's place, people to swap in) of each
    quote shared with another article whose speaker is named next to it."""
    people = _speakers(event)
    sites: list[tuple] = []
    seen: set[tuple] = set()
    for file, line, m, group, partners, _, also in _shared_quotes(event):
        partners = partners + also  # a finding that links a fragment of it found it too
        text = event.files[file][line - 1]
        for s in [*SPEAKER_AFTER.finditer(text), *HONORIFIC_SPEAKER.finditer(text)]:
            g = 1 if s.group(1) else 2
            name = s.group(g)
            if text[s.end(g):s.end(g) + 1] == "." and (
                    name in HONORIFICS or f"{name}." in TITLES):
                continue  # "said Ms. Lerner", "Gov. Perry said": the surname is the site
            between = text[s.end():m.start()]
            # before the quote: "Smith said, ..." (not "told Smith", whom one told), or
            # the attribution a quote continues after ('"...," said Smith. "..."')
            before = s.end() <= m.start() and (
                s.end(g) < s.end() or between.strip() == ".") and _introduces(
                    between, s.group())
            near = before or (0 <= s.start() - m.end() <= 12 and not _LOWER_WORD.search(
                text, m.end(), s.start()))
            if (near and name.split()[0] not in PRONOUNS and name not in NOT_NAMES
                    and (" " not in name or is_person_like(name))  # not "the White House"
                    and _whole_name(text, s, g)):
                surname = name.split()[-1]
                # not someone the quote names: which of the two said it is then a reading
                others = [p for p in people if p.split()[-1] != surname
                          and p.split()[-1] not in m.group(group)]
                at = _pos(file, line, s, g)
                if others and (file, line, m.start(), at) not in seen:
                    seen.add((file, line, m.start(), at))  # "Mr. Trump said" matches twice
                    sites.append((file, line, m, group, partners, at, others))
    return sites


def quote_unattributed(event: Event, rng: random.Random) -> Plan | None:
    """A paragraph that is one quoted full clause and the clause that names its speaker
    ('"...," said Ann Ford.' / '"...," Ford said, a Republican.'), or that and a second
    quoted sentence after it ('"...," Ford said. "...."'): the attribution taken out, so
    that the paragraph is the quote alone ('"...."', '".... ...."'). Only where a reader
    would then see no source: the quote is a sentence of six words or more, not a title;
    the speaker is a name (not "he said"), named neither in the quotes nor in the
    sentences next to the paragraph; and no speech verb or colon in the last sentence
    before it, no quote left open there, and none in the first sentence after it
    (`"...." That was how Ford described it.`). The plant has one place: the finding is at
    the quote, which is listed by its first and its last word (a finding at the quote
    touches both)."""
    sites = []
    for file in sorted(event.files):
        lines = list(event.body_lines(file))
        for k, (line, text) in enumerate(lines):
            site = _attributed_alone(text)
            if site is None:
                continue
            before = _last_sentence(lines[k - 1][1]) if k and lines[k - 1][0] == line - 2 \
                else ""
            after = _first_sentence(lines[k + 1][1]) if k + 1 < len(lines) and \
                lines[k + 1][0] == line + 2 else ""
            if site[3] in before or site[3] in after or _attributes(before, after):
                continue
            sites.append((file, line, site))
    if not sites:
        return None
    file, line, (m, group, second, _) = rng.choice(sites)
    text = event.files[file][line - 1]
    quote = _pos(file, line, m, group)
    inside = m.group(group)
    comma = inside.endswith(",")  # '"...," said Ford.' -> '"...."'
    start = quote.end_col - 1 if comma else m.end() + 1
    if second is None:
        edit = Edit(Pos(file, line, start, len(text) + 1),
                    "." + text[m.end(group):m.end()] if comma else "")
    else:  # '"...," Ford said. "...."' -> '"... ...."', one quote
        inner = second.start(1 if second.group(1) is not None else 2)
        edit = Edit(Pos(file, line, start, inner + 1), ". " if comma else " ")
    words = list(WORD.finditer(inside))
    first, last = words[0], words[-1]
    return Plan("quote_unattributed", "attribution removed", [edit], quote,
                [Pos(file, line, quote.col + first.start(), quote.col + first.end()),
                 Pos(file, line, quote.col + last.start(), quote.col + last.end())])


_TAIL_END = re.compile(r"[.]\s*$")


def _attributed_alone(text: str
                      ) -> tuple[re.Match[str], int, re.Match[str] | None, str] | None:
    """(quote, its group, a second quote after the attribution or None, the speaker's
    surname) when the paragraph is one quoted sentence closed by a comma, question or
    exclamation mark, then one sentence naming its speaker, then at most one more quoted
    sentence and nothing else; else None."""
    quotes = list(QUOTE.finditer(text))
    if not 1 <= len(quotes) <= 2 or text[:quotes[0].start()].strip():
        return None
    m, second = quotes[0], (quotes[1] if len(quotes) == 2 else None)
    group = 1 if m.group(1) is not None else 2
    inside = m.group(group)
    words = WORD.findall(inside)
    if (len(words) < _MIN_QUOTE_WORDS or not inside[:1].isupper()
            or not inside.endswith((",", "?", "!")) or is_title_case(inside.split())):
        return None
    tail = text[m.end():second.start() if second else len(text)]
    s = SPEAKER_AFTER.match(tail, len(tail) - len(tail.lstrip()))
    if s is None or not _TAIL_END.search(tail) or any(c in tail for c in "“”\"‘"):
        return None
    if sentence_ends(tail.rstrip()[:-1]):
        return None  # a second sentence of the writer's after the attribution
    if second is not None:
        said = second.group(1 if second.group(1) is not None else 2)
        if text[second.end():].strip() or not said[:1].isupper() or not said.rstrip(
                "”\"’'").endswith((".", "?", "!")):
            return None
    name = (s.group(1) or s.group(2)).split()
    if name[0] in PRONOUNS or name[0] in TITLES or not name[0][:1].isupper():
        return None
    surname = name[-1]
    if surname in inside or (second is not None and surname in second.group()):
        return None
    return m, group, second, surname


_MIN_QUOTE_WORDS = 6


def _last_sentence(text: str) -> str:
    ends = sentence_ends(text)
    return text[ends[-1][1]:] if ends else text


def _first_sentence(text: str) -> str:
    ends = sentence_ends(text)
    return text[:ends[0][0]] if ends else text


def _attributes(before: str, after: str) -> bool:
    """A speech verb or a colon ending the sentence before the quote, a quote left open
    there, or a speech verb in the sentence after: a reader may take the quote as sourced."""
    lex = lexicon()
    if before.rstrip().endswith(":") or (before.count("“") > before.count("”")) or (
            before.count('"') % 2):
        return True
    return any(speech_verbs(lex.say, t) or speech_verbs(lex.name, t) or lex.according.search(t)
               for t in (before, after) if t)
