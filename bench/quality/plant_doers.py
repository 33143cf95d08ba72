"""Who does what a dated clause tells (see plants_dates.py): the doer of the clause a
weekday dates, as far as the words of its sentence go, for the date planters to tell two
happenings of one day apart. No newslint code: the planter must not share its mistakes."""

from __future__ import annotations

import re
import unicodedata

from injection import Event
from plant_text import DAYS, MONTH, TITLES, sentence_ends

# A quotation in a paragraph: its words are what someone said, not the reporter's telling
# of the dated act.
QUOTATION = re.compile(r"“[^”]*”|\"[^\"]*\"")

# Where a clause starts: a dash between words (not inside a name: "College–Florissant"), a
# semicolon or colon, or a word that opens a clause of its own ("the IRS official who
# refused to testify at a hearing Wednesday": the hearing's clause, not the official's).
CLAUSE_OPENER = re.compile(r"[;:]|(?<![A-Za-z])[—–]|--|(?<![\w'’-])(?:that|who|whom|whose"
                           r"|which|after|when|while|because|before|if|but|as|where|since"
                           r"|until|although)(?![\w'’-])")

# The words that open a clause before the main one, which a comma ends: "Five hundred
# days after descending his Trump Tower escalator to announce his candidacy, Donald J.
# Trump took the oath of office Friday".
SUBORDINATOR = frozenset("after when while because before if as since until although".split())

# A relative clause set off by commas before the date belongs to the subject, and the
# clause goes on after it: "Defense Secretary Jim Mattis, whose experience and stability
# were widely seen as a balance to an unpredictable president, resigned Thursday";
# "Representative Raúl R. Labrador, a Republican of Idaho who has barely served two terms
# in Congress, jumped into the race".
RELATIVE = re.compile(r",[^,]*?\b(?:who|whose|which)\b[^,]*,")

# A dateline that opens a first paragraph ("WASHINGTON —"): a place, not a doer.
DATELINE = re.compile(r"^[A-Z][A-Z .,'’]+\s*(?:[—–]|--)\s*")

# The words a phrase fronted before its subject opens with ("In a televised address on
# Saturday, Trump offered"): the names in it are where and how, not who.
FRONTED = frozenset("""in on at during by from over through throughout and then later with
without following under""".split())

# How many words after the date a fronted phrase runs on to its comma ("In an interview
# shown Thursday on the Today show, Mr. Trump told").
FRONTED_LENGTH = 8

# A capitalised word that is no name of a doer: a title or honorific ("Rep.", "Mr.").
NOT_A_DOER = frozenset(t.rstrip(".") for t in TITLES) | {
    "Mr", "Mrs", "Ms", "Dr", "Former", "Congressman", "Congresswoman", "U.S", "The", "Jr",
    "Sr", "II", "III", "Sens", "Reps", "Senators"}

# A pronoun before any name in the clause is its subject: the doer is someone named
# elsewhere ("she told MSNBC's Joy Reid in a town hall interview set to air Friday" is
# not Joy Reid's act).
PRONOUN = frozenset("i he she it we they".split())

# Joining words inside one name phrase ("Department of the Treasury", "IRS and Treasury").
JOINER = frozenset("of the and for".split())

# Words after which a name is a place or an object, not the doer: "Sanders, who was
# campaigning in Iowa on Sunday" and "her remarks in Iowa on Sunday" are two doers' acts.
PREPOSITION = frozenset("""in at to from on of for with into about against across near
outside inside toward towards over under during around through""".split())

TOKEN = re.compile(r"[^\W\d_][\w.'’-]*|[,()]")


def folded(word: str) -> str:
    """word without accents: "Raúl" in one article is "Raul" in another."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if c.isascii())


def sentence_bounds(text: str, start: int) -> tuple[int, int]:
    ends = sentence_ends(text)
    lo = max((nxt for end, nxt in ends if nxt <= start), default=0)
    hi = min((end for end, _ in ends if end > start), default=len(text))
    return lo, hi


def blank_quotations(text: str) -> str:
    """text with each quotation's letters turned to X: the same length, no words of its."""
    return QUOTATION.sub(
        lambda q: "“" + re.sub(r"[A-Za-z]", "X", q.group()[1:-1]) + "”", text)


def _joins(tokens: list[str], i: int) -> bool:
    """Whether the joining words from tokens[i] on lead to a capitalised word."""
    rest = [t for t in tokens[i:] if t not in JOINER]
    return bool(rest) and tokens.index(rest[0], i) - i <= 2 and rest[0][0].isupper()


def _after_preposition(tokens: list[str], i: int) -> bool:
    """Whether tokens[i] follows a preposition, an article aside ("at the Council")."""
    j = i - 1 if i and tokens[i - 1].lower() not in ("the", "a", "an") else i - 2
    return j >= 0 and tokens[j] in PREPOSITION


def _name_phrase(tokens: list[str], opening: bool, names: frozenset[str],
                 within: int | None = None) -> frozenset[str]:
    """The names of the first name phrase of tokens (begun within `within` tokens):
    capitalised words in a row, joined by "of", "the", "and" ("Department of the
    Treasury"); a word opening the sentence only when the event writes it capitalised
    inside a sentence too ("Trump", not "Hundreds"); none after a preposition (PREPOSITION)
    nor after a pronoun up to the next comma (PRONOUN); initials and titles aside."""
    phrase: list[str] = []
    placed = False  # inside a name that follows a preposition
    pronoun = False  # after a pronoun subject, up to a comma
    for i, token in enumerate(tokens):
        word = folded(token.removesuffix("’s").removesuffix("'s").rstrip(".’'"))
        if token == "," and not phrase:
            pronoun = placed = False
            continue
        if (not phrase and token.lower() in PRONOUN) or pronoun:
            pronoun = True
            continue
        if token[0].isupper() and word.strip("X'’") and (i or not opening or word in names) \
                and word not in DAYS and not re.fullmatch(MONTH, token):
            if not phrase and within is not None and i >= within:
                break
            placed = placed or (not phrase and _after_preposition(tokens, i))
            if not placed:
                phrase.append(word)
        elif (phrase or placed) and token in JOINER and _joins(tokens, i):
            continue
        elif phrase:
            break
        else:
            placed = False
    return frozenset(w for w in phrase if len(w) > 1) - NOT_A_DOER


def clause_doer(text: str, start: int, end: int, names: frozenset[str]) -> frozenset[str]:
    """The names of the doer of the clause that text[start:end] dates: the first name phrase
    of the clause before the date, past a phrase fronted before the subject and its comma
    ("In one of the highest-profile showdowns ... this year, Rep. Raul Labrador said
    Friday"); or, when the date sits in such a phrase or no name precedes it ("On
    Wednesday, Senate Majority Leader Harry Reid received"; "Posting on Facebook on Friday
    evening, Mary Cheney ... wrote"), the one right after the comma that follows it; for a
    date in a relative clause of a person ("Mike Huckabee, a former governor of Arkansas
    and preacher who has announced his run on Tuesday"), the name it hangs on; after a word
    that may open a clause but opens none with a subject here ("Donald John Trump was
    inaugurated as the 45th president of the United States on Friday"), the doer of the
    clause before it. Empty when the doer is no name (a pronoun, "the attorney general")."""
    lo, _ = sentence_bounds(text, start)
    text = blank_quotations(text)
    text = RELATIVE.sub(lambda r: " " * len(r.group()), text[:start]) + text[start:]
    dateline = DATELINE.match(text, lo)
    lo = dateline.end() if dateline else lo
    openers = list(CLAUSE_OPENER.finditer(text, lo, start))
    opener = openers[-1] if openers else None
    clause_lo = opener.end() if opener else lo
    before = TOKEN.findall(text[clause_lo:start])
    fronted = bool(before) and before[0].lower() in FRONTED
    subordinate = (bool(before) and before[0].lower() in SUBORDINATOR) \
        or (opener is not None and opener.group() in SUBORDINATOR)
    if (fronted or subordinate) and "," in before:  # the main clause follows the comma
        clause_lo = text.index(",", clause_lo) + 1
        before = TOKEN.findall(text[clause_lo:start])
        fronted = False
    if not fronted:
        doer = _name_phrase(before, True, names)
        if doer:
            return doer
        if opener is not None and opener.group() in ("who", "whose"):  # its antecedent's
            head = TOKEN.findall(text[lo:opener.start()])
            return _last_name_phrase(head) or _name_phrase(
                head[:head.index(",")] if "," in head else head, True, names)
        if opener is not None and opener.group() in SUBORDINATOR and not any(
                t.lower() in PRONOUN for t in before):  # no subject: "inaugurated as the"
            main_lo = openers[-2].end() if len(openers) > 1 else lo
            doer = _name_phrase(TOKEN.findall(text[main_lo:opener.start()]), True, names)
            if doer:
                return doer
    after = TOKEN.findall(text[end:])[:FRONTED_LENGTH]
    if after[:1] == ["by"]:  # the agent of a passive: "were announced on Friday by Rosenstein"
        return _name_phrase(after[1:], False, names, within=1)
    if "," not in after:
        return frozenset()
    return _name_phrase(after[after.index(",") + 1:], False, names, within=3)


def _last_name_phrase(tokens: list[str]) -> frozenset[str]:
    """The names of the name phrase that ends tokens (a comma aside): the name a relative
    clause hangs on ("Trump said he feels badly for Flynn, who pleaded guilty on Friday");
    after a description instead ("Mike Huckabee, a former governor of Arkansas and preacher
    who has announced his run on Tuesday"), the name it describes, before its comma."""
    while tokens and tokens[-1] == ",":
        tokens = tokens[:-1]
    phrase: list[str] = []
    for token in reversed(tokens):
        if token[0].isupper() and token.strip("X'’"):
            phrase.append(folded(token.removesuffix("’s").removesuffix("'s").rstrip(".’'")))
        elif not (phrase and token in JOINER):
            break
    return frozenset(w for w in phrase if len(w) > 1) - NOT_A_DOER


def mid_sentence_names(event: Event) -> frozenset[str]:
    """The capitalised words the event writes inside a sentence, after a lower-case word."""
    return frozenset(folded(m.group(1).removesuffix("’s").removesuffix("'s").rstrip("."))
                     for file in event.files for _, text in event.body_lines(file)
                     for m in re.finditer(r"(?<=[a-z,;] )([^\W\d_][\w.'’-]*)", text)
                     if m.group(1)[0].isupper())
