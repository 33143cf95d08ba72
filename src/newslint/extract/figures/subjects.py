"""What a figure measures: its subject (index, company, market) and the verb's measure.

Binding is deliberately narrow, because a wrongly bound figure becomes a false discrepancy:
a subject counts only when it stands right before the verb that governs the figure ("the
S&P 500 fell 1%", "SoftBank Group Corp. fell by 5.4%"), or in a list resolved by
"respectively". Money a market loses with no subject in its own clause takes the nearest
market named earlier in the paragraph ("US tech shares ... erased $1 trillion in market
value"). Everything else stays unbound and is never compared across articles.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass

import regex

from newslint.extract.figures.grammar import Figure
from newslint.facts.determiners import ARTICLES, POSSESSIVES
from newslint.ruledata import builtin

_SUFFIX = r"(?P<suffix>(?:['’]s)?\s+(?i:futures|index|shares|stocks?))?"
_FILLER_WORDS = (
    "has have had was were is are also only solely just reportedly actually itself been all "
    "each both then later initially briefly would will could may might sharply steeply "
    "nearly almost about roughly as_much_as further"
).split()
_FILLER = regex.compile(
    r"(?:\s+(?i:" + "|".join(w.replace("_", r"\s+") for w in _FILLER_WORDS) + r"))*\s*$")
# The last word of each filler: a chunk that ends in none has no filler.
_FILLER_ENDS = frozenset(w.split("_")[-1] for w in _FILLER_WORDS)
_NAME_AT_END = regex.compile(
    r"(?P<name>\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}&'’.-]*|&|of|de))*)"
    + _SUFFIX + r"\s*$"
)
_PARTICIPLE = regex.compile(r",\s*\p{L}+ing(?!\p{L})")
_LIST_JOIN = regex.compile(r"\s*(?:,\s*and|,|and|&)\s*$")
_NOT_SUBJECTS = frozenset(
    "the a an it its they he she we this that these those there shares stocks stock "
    "markets market investors analysts traders futures index indexes indices prices "
    "company companies firms group meanwhile however but and while in on at after "
    "before by for with overall elsewhere separately".split()
)
_OPENERS = " \t\n\"“‘'([-–—•*"
_PRONOUN_START = ARTICLES | POSSESSIVES


@dataclass(frozen=True, slots=True)
class Binding:
    subject: str | None = None  # display form: "S&P 500 futures", "SoftBank Group Corp."
    family: str | None = None  # what related subjects share: "S&P 500", "SoftBank"
    measure: str | None = None  # "change", "market value", "cost", "funding", ...
    direction: int = 0


@dataclass(frozen=True, slots=True)
class _Alias:
    pattern: regex.Pattern[str]
    family: str
    canonical: str
    market: bool
    word: str  # one every match holds as written: where it is not, `pattern` is not run


@dataclass(frozen=True, slots=True)
class Lexicon:
    verb_at_end: regex.Pattern[str]
    verb_class: dict[str, str]
    aliases: tuple[_Alias, ...]
    market_after: regex.Pattern[str]
    cost_noun_before: regex.Pattern[str]
    company_suffixes: frozenset[str]


def _phrase_pattern(phrase: str) -> str:
    words = []
    for word in phrase.split():
        part = regex.escape(word)
        part = part.replace(r"U\.S\.", r"U\.?S\.?")
        words.append(part)
    return r"\s+".join(words)


def _literal_word(phrase: str) -> str:
    """The longest word of a phrase that _phrase_pattern matches only as written (it lets
    "U.S." be spelt "US"); "" if there is none."""
    return max((w for w in phrase.split() if "U.S." not in w), key=len, default="")


@functools.cache
def lexicon() -> Lexicon:
    data = builtin("numbers.yaml")
    verb_class: dict[str, str] = {}
    for kind, verbs in (data.get("verbs") or {}).items():
        for verb in verbs or []:
            verb_class[" ".join(str(verb).lower().split())] = str(kind)
    verbs = sorted(verb_class, key=lambda v: (-len(v), v))
    verb_at_end = regex.compile(
        r"(?<![\p{L}\p{N}])(?P<verb>(?i:" + "|".join(_phrase_pattern(v) for v in verbs) + r"))"
        r"(?:\s+(?i:by|of|at|to|just|only|a\s+mere|another|a\s+further|some))?\s*$"
    )
    aliases = []
    for entry in data.get("subjects") or []:
        family = str(entry["family"])
        market = bool(entry.get("market"))
        forms = entry.get("forms") or {}
        for form in sorted(forms, key=lambda f: -len(str(f))):
            pattern = regex.compile(
                r"(?<![\p{L}\p{N}&])(?P<name>" + _phrase_pattern(str(form)) + r")(?![\p{L}\p{N}])"
                + _SUFFIX
            )
            aliases.append(_Alias(pattern, family, str(forms[form]), market,
                                  _literal_word(str(form))))
    nouns = data.get("measure_nouns") or {}
    market_after = regex.compile(
        r"\s*(?i:" + "|".join(_phrase_pattern(str(n)) for n in nouns.get("market value", []))
        + r")(?![\p{L}])"
    )
    cost_noun_before = regex.compile(
        r"(?i:" + "|".join(_phrase_pattern(str(n)) for n in nouns.get("cost", []))
        + r")\s*(?:of|was|is|at|:|—|–)?\s*(?i:just|only|a\s+mere|roughly)?\s*$"
    )
    suffixes = frozenset(str(s).lower() for s in data.get("company_suffixes") or [])
    return Lexicon(verb_at_end, verb_class, tuple(aliases),
                   market_after, cost_noun_before, suffixes)


@dataclass(frozen=True, slots=True)
class _Subject:
    start: int  # offset of the subject's first character within the searched text
    label: str
    family: str
    market: bool
    suffix: str  # "futures", "shares", "" ...
    alias: bool = False  # a subject rules/numbers.yaml knows, not just a capitalised word


def bind_sentence(text: str, sentence_start: int, figures: Sequence[Figure],
                  earlier: Sequence[tuple[int, int]],
                  known_names: frozenset[str] = frozenset()) -> list[Binding]:
    """Bindings for the figures of one sentence, in order.

    `earlier` are (start, end) of the previous sentences of the same paragraph, nearest
    last; they are searched only for a market that loses money without a subject.
    `known_names` are words the article capitalises mid-sentence: a lone capitalised word
    opening the sentence ("Inflation rose 3%") is a subject only if it is one of them.
    """
    lex = lexicon()
    result = [Binding() for _ in figures]
    lists = _respectively_lists(text, figures)
    listed = {i for group in lists for i in group}
    for index, figure in enumerate(figures):
        if index in listed:
            continue
        previous = next((b for b in reversed(result[:index]) if b.subject), None)
        result[index] = _bind_one(text, sentence_start, figure, earlier, lex, known_names,
                                  previous)
    for group in lists:
        first = figures[group[0]]
        verb = _verb_before(text, sentence_start, first.start, lex)
        if verb is None:
            continue
        verb_start, verb_kind = verb
        subjects = _subject_list(text, sentence_start, verb_start, lex, len(group),
                                 known_names)
        if subjects is None:
            continue
        for index, subject in zip(group, subjects, strict=True):
            measure, direction = _measure(verb_kind, figures[index], subject, False)
            if measure:
                result[index] = Binding(subject.label, subject.family, measure, direction)
    return result


# The kinds of figure a verb can give a measure (see _measure): a count, a multiplier or a
# physical quantity stays unbound whatever is written around it.
MEASURABLE = frozenset({"percent", "percentage_points", "basis_points", "money"})


def _bind_one(text: str, sentence_start: int, figure: Figure,
              earlier: Sequence[tuple[int, int]], lex: Lexicon,
              known_names: frozenset[str], previous: Binding | None) -> Binding:
    if figure.kind not in MEASURABLE:
        return Binding()
    market_noun = bool(lex.market_after.match(text, figure.end, min(len(text), figure.end + 40)))
    verb = _verb_before(text, sentence_start, figure.start, lex)
    if verb is None:
        if figure.kind == "money" and lex.cost_noun_before.search(
            text, max(sentence_start, figure.start - 60), figure.start
        ):
            return Binding(measure="cost")
        return Binding()
    verb_start, verb_kind = verb
    subject = _subject_before(text, sentence_start, verb_start, lex, known_names)
    measure, direction = _measure(verb_kind, figure, subject, market_noun)
    if measure is None:
        return Binding()
    if subject is None and previous is not None and _PARTICIPLE.search(
            text, max(sentence_start, verb_start - 3), verb_start + 12):
        # "Nvidia shares fell 17%, wiping $600 billion off its value": the participle
        # shares the subject of the clause it hangs from.
        return Binding(previous.subject, previous.family, measure, direction)
    if subject is None and measure == "market value":
        subject = _market_nearby(text, sentence_start, verb_start, earlier, lex)
    if subject is None:
        return Binding(measure=measure, direction=direction)
    return Binding(subject.label, subject.family, measure, direction)


def _measure(verb_kind: str, figure: Figure, subject: _Subject | None,
             market_noun: bool) -> tuple[str | None, int]:
    """(measure, direction); no measure unless figure.kind is one of MEASURABLE."""
    if verb_kind in ("down", "up"):
        direction = -1 if verb_kind == "down" else 1
        if figure.kind in ("percent", "percentage_points", "basis_points"):
            return "change", direction
        if figure.kind == "money":
            if market_noun or (subject is not None and subject.market):
                return "market value", direction
            return ("loss" if direction < 0 else "gain"), direction
        return None, 0
    if figure.kind != "money":
        return None, 0
    return {"cost": "cost", "funding": "funding", "valuation": "valuation"}.get(
        verb_kind), 0


def _verb_before(text: str, sentence_start: int, figure_start: int,
                 lex: Lexicon) -> tuple[int, str] | None:
    window_start = max(sentence_start, figure_start - 60)
    match = lex.verb_at_end.search(text, window_start, figure_start)
    if match is None:
        return None
    verb = " ".join(match["verb"].lower().split())
    return match.start("verb"), lex.verb_class.get(verb, "")


def _subject_before(text: str, sentence_start: int, end: int, lex: Lexicon,
                    known_names: frozenset[str]) -> _Subject | None:
    window_start = max(sentence_start, end - 120)
    chunk = text[window_start:end]
    chunk = chunk[: _filler_start(chunk)]
    subject = _subject_at_end(chunk, lex)
    if subject is None or not _trusted(text, sentence_start, window_start, subject,
                                       known_names):
        return None
    return subject


def _filler_start(chunk: str) -> int:
    """Where the fillers and spaces that end chunk start (_FILLER always matches). In ASCII
    text whose last word ends no filler, that is where its trailing spaces start: the
    pattern, tried at each place of the chunk, costs more than the rest of the binding."""
    if not chunk.isascii():
        return _FILLER.search(chunk).start()  # type: ignore[union-attr]
    # Whitespace as \s reads it in ASCII; str.split's is wider, so its last word is never
    # longer than the one the pattern sees before its \s+.
    stripped = chunk.rstrip(" \t\n\r\f\v")
    last = stripped.rsplit(None, 1)[-1:]
    if not last or last[0].lower() not in _FILLER_ENDS:
        return len(stripped)
    return _FILLER.search(chunk).start()  # type: ignore[union-attr]


def _trusted(text: str, sentence_start: int, window_start: int, subject: _Subject,
             known_names: frozenset[str]) -> bool:
    """A lone capitalised word opening a sentence may be a common word: "Inflation"."""
    if subject.alias or subject.suffix or " " in subject.label:
        return True
    if text[sentence_start : window_start + subject.start].strip(_OPENERS):
        return True
    return subject.label in known_names


def _subject_at_end(chunk: str, lex: Lexicon) -> _Subject | None:
    for alias in lex.aliases:
        if alias.word not in chunk:
            continue
        for match in alias.pattern.finditer(chunk):
            if chunk[match.end() :].strip():
                continue
            suffix = _suffix_word(match["suffix"])
            label = f"{alias.canonical} {suffix}" if suffix and suffix != "index" else \
                alias.canonical
            return _Subject(match.start(), label, alias.family, alias.market, suffix, True)
    match = _NAME_AT_END.search(chunk)
    if match is None:
        return None
    words = match["name"].split()
    suffix = _suffix_word(match["suffix"])
    while words and words[0].lower() in _PRONOUN_START:
        words = words[1:]
    if len(words) > 2 and words[0].lower() in ("shares", "stock") and words[1] in ("of", "in"):
        words, suffix = words[2:], suffix or "shares"  # "Shares of Tesla Inc."
    if words:
        words[-1] = _POSSESSIVE_END.sub("", words[-1])  # "Tesla's stock"
    if not words or all(w.lower().strip(".,'’") in _NOT_SUBJECTS for w in words):
        return None
    name = " ".join(words)
    core = [w for w in words if w.lower() not in lex.company_suffixes] or words
    family = " ".join(core).rstrip(".,")
    label = f"{name} {suffix}" if suffix else name
    start = match.start("name") + match["name"].find(words[0])
    return _Subject(start, label, family, False, suffix)


_POSSESSIVE_S = regex.compile(r"^['’]s\s+")
_POSSESSIVE_END = regex.compile(r"['’]s$")


def _suffix_word(suffix: str | None) -> str:
    """ "'s shares" → "shares"; "" when there is none."""
    return _POSSESSIVE_S.sub("", (suffix or "").strip()).lower()


def _subject_list(text: str, sentence_start: int, verb_start: int, lex: Lexicon,
                  count: int, known_names: frozenset[str]) -> list[_Subject] | None:
    window_start = max(sentence_start, verb_start - 160)
    chunk = text[window_start:verb_start]
    chunk = chunk[: _filler_start(chunk)]
    subjects: list[_Subject] = []
    while len(subjects) < count:
        subject = _subject_at_end(chunk, lex)
        if subject is None or not _trusted(text, sentence_start, window_start, subject,
                                           known_names):
            return None
        subjects.append(subject)
        chunk = chunk[: subject.start]
        if len(subjects) < count:
            join = _LIST_JOIN.search(chunk)
            if join is None:
                return None
            chunk = chunk[: join.start()]
    subjects.reverse()
    # "Nasdaq 100 and S&P 500 futures": the last item's "futures" belongs to all of them.
    last = subjects[-1]
    if last.suffix and last.suffix != "index":
        subjects = [
            s if s.suffix else _Subject(s.start, f"{s.label} {last.suffix}", s.family,
                                        s.market, last.suffix, s.alias)
            for s in subjects
        ]
    return subjects


_RESPECTIVELY = regex.compile(r"\s*,?\s*(?i:respectively)(?!\p{L})")


def _respectively_lists(text: str, figures: Sequence[Figure]) -> list[list[int]]:
    """Runs of figures joined by "and" or commas and followed by "respectively"."""
    groups: list[list[int]] = []
    run: list[int] = []
    for index, figure in enumerate(figures):
        if run and _LIST_JOIN.fullmatch(" " + text[figures[run[-1]].end : figure.start] + " ") \
                is None:
            run = []
        run.append(index)
        tail = text[figure.end : figure.end + 20]
        if len(run) >= 2 and _RESPECTIVELY.match(tail):
            groups.append(list(run))
            run = []
    return groups


def _market_nearby(text: str, sentence_start: int, verb_start: int,
                   earlier: Sequence[tuple[int, int]], lex: Lexicon) -> _Subject | None:
    for start, end in [(sentence_start, verb_start), *reversed(earlier)]:
        best: tuple[int, _Subject] | None = None
        for alias in lex.aliases:
            if not alias.market or text.find(alias.word, start, end) < 0:
                continue
            for match in alias.pattern.finditer(text, start, end):
                if best is None or match.start() > best[0]:
                    suffix = _suffix_word(match["suffix"])
                    label = f"{alias.canonical} {suffix}" if suffix and suffix != "index" \
                        else alias.canonical
                    best = (match.start(), _Subject(match.start(), label, alias.family,
                                                    True, suffix, True))
        if best is not None:
            return best[1]
    return None
