"""Where and how each kind of discrepancy is planted: general rules for sites, never a
hand-picked one. Each planter lists every admissible site of an event in a fixed order and
draws one with the seeded generator; None when the event has no site for the kind.

- figure: a number whose (number, next word) pair another article of the event repeats;
- figure: not a number that is part of a name ("Amendment 64", "Flight 93");
- date / weekday / year: a month-day, a weekday name or a year another article repeats in a
  sentence that tells of the same happening as far as words go: the two sentences share a
  name and a content word (without that, "Reid received a letter on Wednesday" and "Baucus
  indicated Wednesday" are two happenings, and a change of one is no discrepancy); a
  weekday of another week ("next Tuesday's debate", "last Monday") repeats only a weekday
  of that week: "next Tuesday" and "on Tuesday" are two days;
- quote_wording / quote_speaker: a quotation whose runs of four words shared with a
  quotation of another article cover half of the shorter of the two; one content word
  changed, dropped or added with shared words on both sides of it, or the named speaker
  next to a speech verb (the whole capitalised phrase) swapped for another person the
  event names as a speaker and the quote does not;
- name: a capitalised word the event never writes in lower case, used mid-sentence and in
  two articles: a transposition, a doubled or dropped letter, a compound split or joined;
- role: a title before a name (not a past one at no named place: "former Rep."), or a party
  tag "(R-Ariz.)", whose surname another article uses (possessive included): another title
  the person could not hold at once, the other party;
- spun: every phrase of one article that the spinner table (rules/spinner.yaml) rewrites.
"""

from __future__ import annotations

import random
import re
from collections import defaultdict
from pathlib import Path

import yaml
from injection import Edit, Event, Plan, Pos

from newslint.index.quote_noise import noise_word

ROOT = Path(__file__).resolve().parents[2]
WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")
NUMBER = re.compile(r"(?<![\w.,/:$-])(\$?)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?![\w/:-]|[.,]\d)")
MONTH = (r"(Jan(?:uary|\.)?|Feb(?:ruary|\.)?|March|April|May|June|July|Aug(?:ust|\.)?"
         r"|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)")
MONTH_DAY = re.compile(MONTH + r"\s+(\d{1,2})\b(?!,?\s*\d{3}\b|:)")
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
WEEKDAY = re.compile(r"\b(" + "|".join(DAYS) + r")\b")
# The word that puts a weekday in another week than the story's own ("next Tuesday").
WEEK_WORD = re.compile(r"\b(next|last|past|coming|following|previous)\s+$", re.IGNORECASE)
YEAR = re.compile(r"(?<![\w$.,/-])(19[5-9]\d|20[0-4]\d)(?![\w/-])")
QUOTE = re.compile(r"“([^”\n]{3,}?)”|(?:^|(?<=[\s(—-]))\"(?=\S)([^\"\n]{3,}?)(?<=\S)\"(?!\w)")
NAME = r"[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z]+(?:[A-Z][a-z]+)?){0,2}"
SPEECH = r"(?:said|says|told|added|asked|wrote|recalled|explained|declared)"
SPEAKER_AFTER = re.compile(r"\b" + SPEECH + r"\s+(" + NAME + r")|(" + NAME + r")\s+" + SPEECH)
PRONOUNS = {"He", "She", "They", "It", "I", "We", "You", "This", "That", "The", "A", "But"}
TITLES = ("Sen.", "Rep.", "Gov.", "Senator", "Representative", "Governor", "Secretary",
          "Speaker", "Mayor", "Judge", "President", "Chairman", "Director", "Leader")
# Titles one person holds at once: swapping one for the other plants no discrepancy (the
# Speaker is a Representative and leads the House majority; a committee chairman or a party
# leader sits in Congress), as rules/roles.yaml's `compatible` has it.
HELD_TOGETHER = [{"Speaker", "Representative", "Rep.", "Leader"}, {"Leader", "Senator", "Sen."},
                 {"Leader", "Representative", "Rep."}, {"Chairman", "Senator", "Sen."},
                 {"Chairman", "Representative", "Rep."}, {"Chairman", "President"}]
TITLE = re.compile(r"\b(" + "|".join(re.escape(t) for t in TITLES) + r")\s+(" + NAME + r")")
PARTY = re.compile(r"(" + NAME + r"),?\s+\(([RD])-([A-Z][A-Za-z. ]+)\)")
# A past title at no named place ("former Rep. Barney Frank"): the person may have held the
# swapped one too ("former Governor"), so swapping it plants no discrepancy. With a place
# ("former New York City Mayor") it does.
PAST_NO_PLACE = re.compile(r"\b(?:former|ex|then|late)[\s-]+$", re.IGNORECASE)
CAPWORD_AFTER = re.compile(r"\s+[A-Z][a-z]")
CAPWORD_BEFORE = re.compile(r"([A-Z][\w.'’-]*)\s+$")
HONORIFIC = re.compile(r"\b(?:Mr|Ms|Mrs|Dr)\.\s+([A-Z][a-z]+)\b")
# A number right after a capitalised word that does not open the sentence is part of a name.
NAMED_NUMBER = re.compile(r"(?<=[a-z,;] )[A-Z][a-z]+ $")
STOP = frozenset("""about after also been before from have into more said says that their them
then there they this those were what when which while will with would could should other
than some such only over under just year years week month day""".split())
CAPWORD = re.compile(r"(?<![\w'’-])[A-Z][a-z]+(?:[A-Z][a-z]+)*(?![\w'’-])")
# A person's surname as other articles mention it, possessive included ("Obama’s staff"
# mentions Obama): without it a title conflict found against "President Obama’s" is no hit.
SURNAME = re.compile(r"(?<![\w'’-])[A-Z][a-z]+(?:[A-Z][a-z]+)*(?=['’]s\b|(?![\w'’-]))")


def _occurrences(event: Event, pattern: re.Pattern[str], skip: str | None = None):
    for file in event.files:
        if file == skip:
            continue
        for line, text in event.body_lines(file):
            yield from ((file, line, m) for m in pattern.finditer(text))


def _pos(file: str, line: int, m: re.Match[str], group: int = 0) -> Pos:
    return Pos(file, line, m.start(group) + 1, m.end(group) + 1)


def _next_word(text: str, end: int) -> str:
    m = WORD.search(text, end)
    return m.group().lower() if m and m.start() - end <= 2 else text[end : end + 1]


def figure(event: Event, rng: random.Random) -> Plan | None:
    found = defaultdict(list)  # number as written → (pos, previous word, next word)
    for file, line, m in _occurrences(event, NUMBER):
        text = event.files[file][line - 1]
        digits = m.group(2).replace(",", "")
        if YEAR.fullmatch(digits) or re.search(MONTH + r"\s*$", text[: m.start()]) \
                or NAMED_NUMBER.search(text[: m.start()]):
            continue
        previous = WORD.findall(text[max(0, m.start() - 30) : m.start()])
        found[m.group(1) + m.group(2) + (m.group(3) or "")].append((
            Pos(file, line, m.start(2) + 1, m.end() + 1),
            previous[-1].lower() if previous else "", _next_word(text, m.end())))
    sites = []
    for _, mentions in sorted(found.items()):
        for pos, before, after in mentions:
            others = [p for p, b, a in mentions if p.file != pos.file
                      and (a == after or (b and b == before))]
            if others:
                sites.append((pos, others))
    if not sites:
        return None
    pos, others = rng.choice(sites)
    text = event.text(pos)
    whole, _, frac = text.replace(",", "").partition(".")
    step = 10 ** max(0, len(whole) - 1)
    value = int(whole) + rng.choice((1, 2, 3)) * step
    new = f"{value:,}" if "," in text else str(value)
    return Plan("figure", "changed", [Edit(pos, new + ("." + frac if frac else ""))], pos,
                [pos, *others])


def _sentence_words(text: str, start: int) -> tuple[set[str], set[str]]:
    """(names, content words) of the sentence of text[start]: capitalised words that do not
    open it, and the first five letters of its other words of four letters or more."""
    lo = max(text.rfind(". ", 0, start), text.rfind("? ", 0, start), text.rfind("! ", 0, start))
    ends = [i for i in (text.find(". ", start), text.find("? ", start)) if i >= 0]
    sentence = text[lo + 2 if lo >= 0 else 0 : min(ends) if ends else len(text)]
    names, content = set(), set()
    for i, m in enumerate(WORD.finditer(sentence)):
        word = m.group().removesuffix("’s").removesuffix("'s")
        if word[0].isupper():
            if i and word not in DAYS and not re.fullmatch(MONTH, word):
                names.add(word)
        elif len(word) >= 4 and word not in STOP:
            content.add(word[:5])
    return names, content


def _same_happening(event: Event, a: tuple[str, int, re.Match[str]],
                    b: tuple[str, int, re.Match[str]]) -> bool:
    names_a, words_a = _sentence_words(event.files[a[0]][a[1] - 1], a[2].start())
    names_b, words_b = _sentence_words(event.files[b[0]][b[1] - 1], b[2].start())
    return bool(names_a & names_b) and bool(words_a & words_b)


def _repeat(event: Event, pattern: re.Pattern[str], key, rng: random.Random, group: int = 0):
    """A match whose key another article of the event repeats in a sentence about the same
    happening, and those repeats."""
    keyed = defaultdict(list)
    for file, line, m in _occurrences(event, pattern):
        keyed[key(m)].append((file, line, m))
    sites = []
    for _k, found in sorted(keyed.items()):
        for file, line, m in found:
            others = [_pos(f, ln, o) for f, ln, o in found if f != file
                      and _same_happening(event, (file, line, m), (f, ln, o))]
            if others:
                sites.append((file, line, m, others))
    return rng.choice(sites) if sites else None


def date(event: Event, rng: random.Random) -> Plan | None:
    site = _repeat(event, MONTH_DAY, lambda m: (m.group(1)[:3], int(m.group(2))), rng)
    if site is None:
        return None
    file, line, m, others = site
    day = int(m.group(2))
    new = day + rng.choice((-3, -2, -1, 1, 2, 3))
    new = new if 1 <= new <= 28 else day - 3 if day > 3 else day + 3
    return Plan("date", "day shifted", [Edit(_pos(file, line, m, 2), str(new))],
                _pos(file, line, m), [_pos(file, line, m), *others])


def _week_and_day(m: re.Match[str]) -> tuple[str, str]:
    """A weekday with the word that sets its week, if any: "next Tuesday" is not the
    Tuesday of the story's own week, so it repeats only another "next Tuesday"."""
    week = WEEK_WORD.search(m.string, 0, m.start())
    return (week.group(1).lower() if week else "", m.group(1))


def weekday(event: Event, rng: random.Random) -> Plan | None:
    site = _repeat(event, WEEKDAY, _week_and_day, rng)
    if site is None:
        return None
    file, line, m, others = site
    new = DAYS[(DAYS.index(m.group(1)) + rng.choice((1, 2, 3, 4, 5, 6))) % 7]
    pos = _pos(file, line, m)
    return Plan("weekday", "weekday shifted", [Edit(pos, new)], pos, [pos, *others])


def year(event: Event, rng: random.Random) -> Plan | None:
    site = _repeat(event, YEAR, lambda m: m.group(1), rng)
    if site is None:
        return None
    file, line, m, others = site
    pos = _pos(file, line, m)
    return Plan("year", "year shifted", [Edit(pos, str(int(m.group(1)) + rng.choice((-1, 1))))],
                pos, [pos, *others])


def _quotes(event: Event):
    for file, line, m in _occurrences(event, QUOTE):
        if m.group(2) is not None and event.files[file][line - 1].count('"') % 2:
            continue  # an unclosed straight quote: the pairing of the marks is unsure
        group = 1 if m.group(1) is not None else 2
        words = [w.lower() for w in WORD.findall(m.group(group))]
        yield (file, line, m, group, {tuple(words[i : i + 4]) for i in range(len(words) - 3)},
               words)


def _shared_quotes(event: Event):
    """(file, line, match, group, partners, shared 4-grams) per quote with a partner: a
    quote of another article is the same quotation (an outlet may quote it twice, or two
    outlets may each have it) when the runs of four words the two share cover at least
    half of the shorter of them, so a planted change is a discrepancy with any of them, not
    only the first found. One common phrase ("that the Constitution is", "on the wrong
    side of history") does not make two remarks one quotation."""
    quotes = list(_quotes(event))
    for file, line, m, group, grams, words in quotes:
        partners, shared = [], {}
        for f2, l2, m2, g2, grams2, words2 in quotes:
            common = grams & grams2
            if f2 != file and common and min(_cover(words, common),
                                             _cover(words2, common)) >= 0.5:
                partners.append(_pos(f2, l2, m2, g2))
                shared[partners[-1]] = _covered(words, common)
        if partners:
            yield file, line, m, group, partners, shared


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
    for file, line, m, group, partners, shared in _shared_quotes(event):
        words = list(WORD.finditer(m.group(group)))
        # a change of content: a closed-class word ("that", "just") changed, dropped or
        # added is transcription noise that NL302 rightly leaves alone: never planted
        inner = [(w, [p for p in partners if {i - 1, i, i + 1} <= shared[p]])
                 for i, w in enumerate(words)
                 if len(w.group()) >= 3 and not noise_word(w.group())]
        inner = [(w, near) for w, near in inner if near]
        if inner:
            sites.append((file, line, m, group, inner))
    if not sites:
        return None
    file, line, m, group, inner = rng.choice(sites)
    quote = _pos(file, line, m, group)
    words = list(WORD.finditer(m.group(group)))
    word, partners = rng.choice(inner)
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
    """Full names of people the event quotes: a name of two or more words next to a speech
    verb whose surname is also used alone, as a speaker or after an honorific."""
    full, alone = set(), set()
    for _, _, m in _occurrences(event, SPEAKER_AFTER):
        words = (m.group(1) or m.group(2)).split()
        if words[0] in PRONOUNS or words[0] in TITLES:
            continue
        (full if len(words) >= 2 else alone).add(" ".join(words))
    for _, _, m in _occurrences(event, HONORIFIC):
        alone.add(m.group(1))
    return sorted(name for name in full if name.split()[-1] in alone)


def _whole_name(text: str, s: re.Match[str], group: int) -> bool:
    """The speaker matched is the whole capitalised phrase, not its first words: in "said
    Human Rights Campaign President Chad Griffin" the organisation is no speaker to swap."""
    before = CAPWORD_BEFORE.search(text, 0, s.start(group))
    return not (CAPWORD_AFTER.match(text, s.end(group))
                or (before is not None and before.group(1) not in TITLES))


def quote_speaker(event: Event, rng: random.Random) -> Plan | None:
    people = _speakers(event)
    sites = []
    for file, line, m, group, partners, _ in _shared_quotes(event):
        text = event.files[file][line - 1]
        for s in SPEAKER_AFTER.finditer(text):
            g = 1 if s.group(1) else 2
            name = s.group(g)
            near = 0 <= s.start() - m.end() <= 12 or 0 <= m.start() - s.end() <= 3
            if near and name.split()[0] not in PRONOUNS and _whole_name(text, s, g):
                surname = name.split()[-1]
                # not someone the quote names: which of the two said it is then a reading
                others = [p for p in people if p.split()[-1] != surname
                          and p.split()[-1] not in m.group(group)]
                if others:
                    sites.append((file, line, m, group, partners, _pos(file, line, s, g),
                                  others))
    if not sites:
        return None
    file, line, m, group, partners, at, others = rng.choice(sites)
    other = rng.choice(others)
    new = other if " " in event.text(at) else other.split()[-1]
    quote = _pos(file, line, m, group)
    return Plan("quote_speaker", "speaker swapped", [Edit(at, new)], at,
                [quote, at, *partners])


def _name_sites(event: Event):
    lower = {w for f in event.files for _, t in event.body_lines(f) for w in WORD.findall(t)
             if w.islower()}
    found = defaultdict(list)
    for file, line, m in _occurrences(event, CAPWORD):
        before = event.files[file][line - 1][: m.start()].rstrip()
        if not before or before[-1] in ".!?\"“:—":
            continue
        if len(m.group()) >= 4 and m.group().lower() not in lower and not (
                WEEKDAY.fullmatch(m.group()) or re.fullmatch(MONTH, m.group())):
            found[m.group()].append(Pos(file, line, m.start() + 1, m.end() + 1))
    return {w: ps for w, ps in sorted(found.items()) if len({p.file for p in ps}) >= 2}


def _misspell(word: str, rng: random.Random, known: set[str]) -> tuple[str, str] | None:
    options = []
    for i in range(1, len(word) - 2):
        if word[i] != word[i + 1]:
            options.append(("transposition", word[:i] + word[i + 1] + word[i] + word[i + 2 :]))
    for i in range(1, len(word)):
        options.append(("doubled letter", word[:i] + word[i] + word[i:]))
    for i in range(1, len(word) - 1):
        options.append(("dropped letter", word[:i] + word[i + 1 :]))
    split = [i for i in range(1, len(word)) if word[i].isupper()]
    options += [("compound split", word[:i] + " " + word[i:]) for i in split]
    options = [(op, new) for op, new in options if new not in known and new != word]
    return rng.choice(options) if options else None


def name(event: Event, rng: random.Random) -> Plan | None:
    sites = _name_sites(event)
    known = {w for f in event.files for _, t in event.body_lines(f) for w in WORD.findall(t)}
    joins = defaultdict(list)
    pair = re.compile(r"(?<![\w-])([A-Z][a-z]{2,}) ([A-Z][a-z]{2,})(?![\w-])")
    for file, line, m in _occurrences(event, pair):
        if m.group(1) in sites and m.group(2) in sites:
            joins[m.group()].append(_pos(file, line, m))
    choices = [("word", w) for w in sites] + [("join", p) for p, ps in sorted(joins.items())
                                              if len({q.file for q in ps}) >= 2]
    if not choices:
        return None
    how, key = rng.choice(choices)
    mentions = sites[key] if how == "word" else joins[key]
    at = rng.choice(mentions)
    if how == "join":
        new, op = key.replace(" ", "").capitalize(), "compound joined"
    else:
        done = _misspell(key, rng, known)
        if done is None:
            return None
        op, new = done
    # The planted form disagrees with every other use of the word, including one after a
    # title's stop ("Gov. Mike Huckabee"), which is no site (it may open a sentence).
    others = _pair_uses(event, key) if how == "join" else _all_uses(event, key)
    return Plan("name", op, [Edit(at, new)], at, [at, *[p for p in others if p != at]])


def _all_uses(event: Event, word: str) -> list[Pos]:
    """Every use of a capitalised word in the event's prose, mid-sentence ones first; a
    possessive ("Clinton’s") is a use of the name too."""
    uses = [Pos(file, line, m.start() + 1, m.end() + 1)
            for file, line, m in _occurrences(event, SURNAME) if m.group() == word]
    mid = set(_name_sites(event).get(word, ()))
    return sorted(uses, key=lambda p: p not in mid)


def _pair_uses(event: Event, pair: str) -> list[Pos]:
    """Every use of a two-word name, also one that follows another capitalised word
    ("Secretary Ryan Zinke"), which the site search, taking pairs in turn, reads apart."""
    pattern = re.compile(r"(?<![\w-])" + re.escape(pair) + r"(?![\w-])")
    return [_pos(file, line, m) for file, line, m in _occurrences(event, pattern)]


# What another article says of a person, right at a mention of the surname: a title or
# party before the name ("Speaker John A. Boehner", "the N.C.A.A. president, Mark Emmert",
# "Democratic Sen. Chris Coons") or after it ("Jay Inslee, Democrat of Washington", "Sarah
# Palin, the former Alaska governor", "Ed Royce (R-Calif.)").
_TITLE_WORDS = (r"(?i:" + "|".join(re.escape(t) for t in TITLES) + r"|president|governor"
                r"|senator|representative|congress(?:wo)?man|chair(?:wo)?man|speaker|leader"
                r"|secretary|mayor|judge|director|minister|whip)")
_TITLED_BEFORE = re.compile(_TITLE_WORDS + r",?\s+(?:[A-Z][a-z]+\s+|[A-Z]\.\s+){0,3}$")
_TITLED_AFTER = re.compile(r"(?:\s+(?:of|from)\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?,\s+"
                           r"(?:the|a|an)\s+(?:[\w.’'-]+\s+){0,4}?" + _TITLE_WORDS + r"\b")
_PARTY_BEFORE = re.compile(r"\b(?:Democratic|Republican|GOP)\s+(?:" + _TITLE_WORDS
                           + r"\s+)?(?:[A-Z][a-z]+\s+|[A-Z]\.\s+){0,3}$")
_PARTY_AFTER = re.compile(r"(?:\s+(?:of|from)\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?,?\s+"
                          r"(?:\([RDI]-|[RDI]-[A-Z]|(?:(?:a|the)\s+(?:[A-Z][a-z]+\s+)?)?"
                          r"(?:Republican|Democrat)\b)")


def _states(event: Event, pos: Pos, party: bool) -> bool:
    """Whether the mention at `pos` comes with a party (`party`) or a title: only then does
    a planted swap disagree with what another article says, rather than with what the
    reader may know."""
    text = event.files[pos.file][pos.line - 1]
    before, after = text[max(0, pos.col - 1 - 60) : pos.col - 1], text[pos.end_col - 1 :]
    if party:
        return bool(_PARTY_BEFORE.search(before) or _PARTY_AFTER.match(after))
    return bool(_TITLED_BEFORE.search(before) or _TITLED_AFTER.match(after))


def role(event: Event, rng: random.Random) -> Plan | None:
    """A title or party changed where another article gives the person one: a plant that
    only world knowledge could find ("Harry Reid (R-Nev.)" where no other article gives
    Reid's party) is no discrepancy between articles."""
    surnames = defaultdict(list)
    for file, line, m in _occurrences(event, SURNAME):
        surnames[m.group()].append(Pos(file, line, m.start() + 1, m.end() + 1))
    sites = []
    for file, line, m in _occurrences(event, TITLE):
        others = [p for p in surnames.get(m.group(2).split()[-1], []) if p.file != file]
        if not any(_states(event, p, party=False) for p in others):
            continue
        if others and not PAST_NO_PLACE.search(event.files[file][line - 1][: m.start()]):
            title = m.group(1)
            swaps = [t for t in TITLES if t != title and t.endswith(".") == title.endswith(".")
                     and not any({t, title} <= held for held in HELD_TOGETHER)]
            sites.append((_pos(file, line, m, 1), rng.choice(swaps), _pos(file, line, m),
                          others))
    for file, line, m in _occurrences(event, PARTY):
        others = [p for p in surnames.get(m.group(1).split()[-1], []) if p.file != file]
        if any(_states(event, p, party=True) for p in others):
            sites.append((_pos(file, line, m, 2), "D" if m.group(2) == "R" else "R",
                          _pos(file, line, m), others))
    if not sites:
        return None
    at, new, phrase, others = rng.choice(sites)
    op = "party swapped" if new in "RD" else "title changed"
    # Every mention the plant disagrees with: a finding placed at any of them (a tie is one
    # finding, which may sit at the other article) names the discrepancy.
    return Plan("role", op, [Edit(at, new)], at, [phrase, *others])


def _spinner(path: Path) -> dict[str, list[str]]:
    table = yaml.safe_load(path.read_text(encoding="utf-8"))
    spun = defaultdict(list)
    for strength in ("strong", "weak"):
        for phrase, original in (table.get(strength) or {}).items():
            spun[str(original).lower()].append(str(phrase))
    return dict(spun)


def spun(event: Event, rng: random.Random, table: Path = ROOT / "rules/spinner.yaml"
         ) -> Plan | None:
    rewrite = _spinner(table)
    pattern = re.compile(r"\b(" + "|".join(re.escape(o) for o in sorted(
        rewrite, key=len, reverse=True)) + r")\b", re.IGNORECASE)
    hits = {f: [(ln, m) for _, ln, m in _occurrences(event, pattern) if _ == f]
            for f in event.files}
    files = sorted(f for f, found in hits.items() if found)
    if not files:
        return None
    file = rng.choice(files)
    edits, spans = [], []
    for line, m in hits[file]:
        new = rng.choice(sorted(rewrite[m.group().lower()]))
        if m.group()[0].isupper():
            new = new[0].upper() + new[1:]
        at = _pos(file, line, m)
        edits.append(Edit(at, new))
        spans.append(at)
    return Plan("spun", f"{len(edits)} phrases spun", edits, spans[0], spans)


PLANTERS = {"figure": figure, "date": date, "weekday": weekday, "year": year,
            "quote_wording": quote_wording, "quote_speaker": quote_speaker, "name": name,
            "role": role, "spun": spun}
