"""How claims are sourced: vague attributions ("some experts") and hedged stretches.

A hedge marks the part of a sentence where a claim is attributed or doubted rather than
stated: after "claims that", inside the clause of "reportedly" or "alleged", the whole
sentence of "according to" or "has not been independently verified". Words in quotation
marks are the speaker's, and are marked too. Rules ask whether a fact's offset falls in one.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import regex

from newslint.extract.scan import AllOf, Scan, Words, has_start, longest_words, scan, triggers
from newslint.extract.sourcing.quoted import _inside, quote_ranges
from newslint.extract.sourcing.sourced_groups import (
    members_named,
    relayed,
    site_of,
    sourced_nearby,
)
from newslint.extract.spans import make_span
from newslint.facts import Hedge, VagueAttribution
from newslint.facts.rolevocab import vocabulary
from newslint.load.article import Article
from newslint.ruledata import builtin

# Where a "reportedly" or an "alleged" stops covering: a dash, a semicolon, a new clause.
_CLAUSE_BREAK = regex.compile(
    r"\s*[;—–]\s*|\s+-\s+|,?\s+(?:and|but|while|whereas|although|though|yet)\s+|,\s+(?:which|who)\s+"
)
_DETERMINER_BEFORE = regex.compile(r"(?i:\b(?:the|a|an|its|their|his|her|this|that|these))\s+$")
_DETERMINED = regex.compile(
    r"(?i:\b(?:the|its|their|his|her|our|these|those|this|that|[\p{L}]+[’']s)"
    r"(?:\s+\p{Ll}+)?)\s+$"
)


@dataclass(frozen=True, slots=True)
class _Cues:
    local: regex.Pattern[str]
    sentence: regex.Pattern[str]
    anywhere: regex.Pattern[str]
    conditional: regex.Pattern[str]
    according: regex.Pattern[str]
    attribution: regex.Pattern[str]
    vague: regex.Pattern[str]
    named: regex.Pattern[str]
    # Words each pattern above needs (see extract/scan.py): sentences without one are skipped.
    # For local, sentence, according and attribution, each phrase's first word: every
    # match starts at one, and the pattern is tried only there (see _matches_at).
    local_words: Words
    sentence_words: Words
    anywhere_words: Words
    conditional_words: Words
    according_words: Words
    attribution_words: Words
    vague_words: AllOf
    # Where a branch of the vague pattern can open (see _vague_openers); None when a
    # branch could open with a space.
    vague_openers: Words | None


def _words(phrases: Sequence[str]) -> str:
    ordered = sorted({str(p).lower() for p in phrases}, key=lambda p: (-len(p), p))
    return "|".join(r"\s+".join(regex.escape(w) for w in p.split()) for p in ordered)


def _bounded(alternation: str) -> regex.Pattern[str]:
    return regex.compile(rf"(?<![\p{{L}}\p{{N}}-])(?:{alternation})(?![\p{{L}}\p{{N}}-])",
                         regex.IGNORECASE)


@functools.cache
def _cues() -> _Cues:
    data = vocabulary().data
    hedges = data.get("hedges") or {}
    vague = data.get("vague") or {}
    truth = _words(hedges.get("conditional_truth") or ["true"])
    groups = _words(vague.get("groups") or [])
    quantifiers = _words(vague.get("quantifiers") or [])
    unnamed = _words(vague.get("unnamed") or []) or r"(?!)"
    fields = _words(vague.get("field_words") or [])
    verbs = _words(vague.get("verbs") or [])
    # A quantified group sources a claim only as the subject of a belief verb (above) or a
    # speech verb of the quote lexicon ("Other lawmakers complained").
    speaks = _words([*(vague.get("verbs") or []),
                     *(builtin("speech_verbs.yaml").get("say") or [])])
    quantified_only = _words(vague.get("quantified_only") or [])
    singular_list = [str(w) for w in vague.get("singular") or []]
    singular = _words(singular_list) or r"(?!)"
    # "said local sources", "said a military source": a source named after the verb.
    inverted_nouns = _words(singular_list + [f"{w}s" for w in singular_list if " " not in w]) \
        or r"(?!)"
    modifiers = r"(?:[\p{L}][\p{L}.’'-]*\s+){0,3}?"
    group = rf"(?:(?:{fields})\s+){{0,2}}(?:{groups})"
    any_group = rf"(?:(?:{fields})\s+){{0,2}}(?:{groups}|{quantified_only})"
    truth_list = hedges.get("conditional_truth") or ["true"]

    def needs(phrases) -> Words:
        return Words(longest_words(str(p) for p in phrases), ignore_case=True,
                        word_end=True)

    def starting(phrases) -> Words:
        return Words(((str(p).split() or [""])[0] for p in phrases), ignore_case=True,
                        word_end=True)
    vague_pattern = (
        rf"(?P<phrase>{_words(vague.get('phrases') or [])})"
        # "some industry experts to question", "many analysts now expect": the group is the
        # subject of a speech or belief verb. "Some lawmakers were scrambling" sources nothing.
        rf"|(?P<quantified>(?:{quantifiers})\s+{any_group}"
        rf"(?=(?:\s+\p{{L}}+){{0,2}}?\s+(?:{speaks})(?![\p{{L}}\p{{N}}-]))"
        rf"|(?:{unnamed})\s+{any_group})"
        # "Analysts warn", "critics have pointed out" (not "officials said")
        rf"|(?P<bare>{group}\s+(?:{verbs}))"
        # "according to people familiar with the matter"
        rf"|(?P<according>according\s+to\s+(?:(?:{quantifiers})\s+)?{any_group})"
        # "a military source said", "one senior official told": one unnamed source
        rf"|(?P<singular>(?:a|an|one)\s+{modifiers}(?:{singular})\s+(?:{verbs}))"
        # "said local sources", "said a senior administration official"
        rf"|(?P<inverted>(?:said|says|told\s+\p{{L}}+)\s+(?:(?:a|an|one)\s+)?{modifiers}"
        rf"(?:{inverted_nouns}))"
    )
    return _Cues(
        local=_bounded(_words(hedges.get("local") or [])),
        sentence=_bounded(_words(hedges.get("sentence") or [])),
        anywhere=_bounded(_words(hedges.get("anywhere") or [])),
        conditional=regex.compile(
            rf"(?<![\p{{L}}])if\b(?:[^.;:!?]|[.:](?=\d)){{1,160}}?\b(?:is|are|be|was|were|proves?|turns?\s+out"
            rf"(?:\s+to\s+be)?)\s+(?:\p{{Ll}}+ly\s+)?(?:{truth})(?![\p{{L}}])",
            regex.IGNORECASE),
        according=_bounded(
            rf"according\s+to\s+(?:{_words(hedges.get('according_to_claimant') or [])})"),
        attribution=_bounded(_words(hedges.get("attribution") or [])),
        vague=_bounded(vague_pattern),
        # "experts such as", "analysts at Bernstein", "critics, including": a source follows.
        named=regex.compile(
            r"\s*(?:,\s*)?(?:including|such\s+as|like|led\s+by|at|from|with|of|"
            r"(?:polled|surveyed|interviewed|contacted|cited|quoted|consulted)\s+by)\s+"
            r"(?:the\s+)?\p{Lu}|\s*,\s*\p{Lu}\p{Ll}+\s+\p{Lu}"
        ),
        local_words=starting(hedges.get("local") or []),
        sentence_words=starting(hedges.get("sentence") or []),
        anywhere_words=needs(hedges.get("anywhere") or []),
        conditional_words=needs(truth_list),
        according_words=starting(["according"]),
        attribution_words=starting(hedges.get("attribution") or []),
        # Each branch of the vague pattern needs a phrase or a group: all of its words.
        vague_words=AllOf(
            [str(p).split() for p in [*(vague.get("phrases") or []),
                                      *(vague.get("groups") or []),
                                      *(vague.get("quantified_only") or []),
                                      *(vague.get("singular") or [])]]
            if vague.get("phrases") and vague.get("groups") else [],
            ignore_case=True, word_end=True),
        vague_openers=_vague_openers(vague),
    )


triggers(_cues)


def _vague_openers(vague: dict) -> Words | None:
    """Where a branch of the vague pattern may open: the first word of a phrase, a
    quantifier, an unnamed-word, a field word, a group or "according", with no letter,
    digit or hyphen before it (the pattern's lookbehind) and none of a-z after it (the
    pattern has a space). None when a list is empty: a branch could then open with a
    space."""
    keys = ("phrases", "quantifiers", "field_words", "groups")
    openers = [str(p).lower().split() for key in (*keys, "unnamed")
               for p in vague.get(key) or []]
    if not all(vague.get(key) for key in keys) or not all(openers):
        return None
    # "a"/"an"/"one" open a single source, "said"/"says"/"told" an inverted one.
    extra = {"a", "an", "one", "said", "says", "told"} if vague.get("singular") else set()
    return Words({words[0] for words in openers} | {"according"} | extra, ignore_case=True,
                 not_before="a-z0-9-", not_after="a-z")


def extract_vague(article: Article, quotes: list[tuple[int, int]] | None = None,
                  found_words: Scan | None = None) -> tuple[VagueAttribution, ...]:
    """One vague attribution per sentence of the writer's own prose. `quotes`: the
    article's quote_ranges, and `found_words` its scan, when the caller has them."""
    cues = _cues()
    text = article.analysis
    found_words = found_words or scan(text)
    quotes = quote_ranges(article) if quotes is None else quotes
    quote_starts = [r[0] for r in quotes]
    found: list[VagueAttribution] = []
    prose = [s for s in article.sentences if s.kind == "text"]
    openers = cues.vague_openers.starts(found_words) if cues.vague_openers else None
    flags = cues.vague_words.flags(found_words, prose)
    site = site_of(str(article.meta.get("url") or ""))
    for sentence, may_match in zip(prose, flags, strict=True):
        if not may_match:
            continue
        for match in _matches_at(cues.vague, text, openers, sentence.start, sentence.end):
            if _inside(quotes, match.start(), quote_starts):
                continue
            if cues.named.match(text, match.end(), sentence.end):
                continue  # "some experts, including Gary Marcus": sourced
            if not match.group("phrase") and _DETERMINED.search(
                    text, max(sentence.start, match.start() - 30), match.start()):
                continue  # "the analysts said", "its annual reports said": already identified
            if _named_before(text, sentence.start, match.start()):
                continue  # "Bernstein analysts warn": sourced
            if _REPORTED.search(text, max(sentence.start, match.start() - 60), match.start()):
                continue  # "Obama said economists predict": a named speaker's own claim
            kind = _kind(match)
            if kind == "impersonal" and _FORECAST.match(text, match.end(), sentence.end) \
                    and "expected" in match.group().lower():
                continue  # "she is widely expected to announce": a forecast, no claim
            if kind in ("anonymous", "group") and relayed(
                    article, match, sentence.start, sentence.end,
                    str(article.meta.get("source") or ""), site):
                continue  # "a source told CNN": another outlet's reporting, credited to it
            if kind == "group" and sourced_nearby(
                    article, sentence.start, sentence.end, match.start(), match.end(),
                    continuing=match.group().lower().startswith("other ")):
                continue  # "Critics say" after "Issa said": the critic is named nearby
            if kind == "group" and members_named(
                    article, sentence.start, sentence.end, match.start(), match.end()):
                continue  # "critics said" where the article names a critic on the topic
            found.append(VagueAttribution(
                " ".join(match.group().split()),
                make_span(article, match.start(), match.end()),
                make_span(article, sentence.start, sentence.end),
                "text", kind,
            ))
            break
    return tuple(found)


_ANONYMOUS = regex.compile(r"(?i)\b(?:unnamed|anonymous|unidentified|sources?|familiar|briefed)\b")


# An expectation's object as a to-infinitive is an event to come ("is widely expected to
# win"); "to have won" is a belief about the past, a claim like "is widely believed".
_FORECAST = regex.compile(r"\s+to\s+(?!have\b|had\b)\p{L}")
_BELIEF = regex.compile(r"believed|thought|understood|expected|seen|regarded")


def _kind(match: regex.Match[str]) -> str:
    """"anonymous" for unnamed sources, "impersonal" for "it is believed", else "group"."""
    if match.group("singular") or match.group("inverted") or _ANONYMOUS.search(match.group()):
        return "anonymous"
    phrase = (match.group("phrase") or "").lower()
    # A belief or an expectation held by nobody in particular; "it was reported" is a
    # report someone made, and stays a group's.
    if phrase.startswith(("it ", "is ", "are ")) and _BELIEF.search(phrase):
        return "impersonal"
    return "group"


def _named_before(text: str, floor: int, start: int) -> bool:
    """A name right before the group: "Bernstein analysts", "Reuters sources". A place or a
    sentence's opening word is not one: "Wall Street analysts", "Many analysts"."""
    before = text[max(floor, start - 40):start]
    match = _NAME_BEFORE.search(before)
    if not match:
        return False
    word = match.group(1)
    vocab = vocabulary()
    before_word = before[: match.start()].rstrip()
    two_words = (before_word.split() or [""])[-1] + " " + word
    if word.lower() in _OPENERS or word.lower() in vocab.not_organisations \
            or two_words.lower() in vocab.not_organisations:
        return False
    return not (vocab.place(word) or vocab.place(two_words))


# Reported speech of a named speaker (or "he", "she") right before the group.
_REPORTED = regex.compile(
    r"(?:\b(?:[Hh]e|[Ss]he)|(?<![\p{L}’'])\p{Lu}[\p{Ll}’'-]+)\s+"
    r"(?:said|says|told\s+\p{L}+|argued|argues|added|noted|insisted|contended)\s+"
    r"(?:that\s+)?$")
_NAME_BEFORE = regex.compile(r"(\p{Lu}[\p{L}\p{N}&.-]*)(?:[’']s)?\s+$")
_OPENERS = frozenset(
    "many some most several other others few both all such these those yet still so now "
    "even top leading independent outside".split()
)


def extract_hedges(article: Article, quotes: list[tuple[int, int]] | None = None,
                   found_words: Scan | None = None) -> tuple[Hedge, ...]:
    """Hedged stretches; `quotes` and `found_words` as for extract_vague."""
    cues = _cues()
    text = article.analysis
    found_words = found_words or scan(text)
    hedges: list[Hedge] = []
    for start, end in quote_ranges(article) if quotes is None else quotes:
        hedges.append(Hedge(start, end, "quotation marks", "quote"))
    ends = frozenset([s.end for s in article.sentences])
    claims = ((cues.anywhere, cues.anywhere_words.starts(found_words, ends), False),
              (cues.conditional, cues.conditional_words.starts(found_words, ends), False),
              (cues.according, cues.according_words.starts(found_words, ends), True))
    attribution_starts = cues.attribution_words.starts(found_words, ends)
    sentence_starts = cues.sentence_words.starts(found_words, ends)
    local_starts = cues.local_words.starts(found_words, ends)
    for sentence in article.sentences:
        if sentence.kind not in ("text", "label"):
            continue
        s, e = sentence.start, sentence.end
        for pattern, starts, anchored in claims:
            match = _search(pattern, text, starts, anchored, s, e)
            if match:
                hedges.append(Hedge(s, e, " ".join(match.group().split()), "claim"))
        match = _search(cues.attribution, text, attribution_starts, True, s, e)
        if match:
            hedges.append(Hedge(s, e, " ".join(match.group().split()), "attribution"))
        match = _search(cues.sentence, text, sentence_starts, True, s, e)
        if match:
            hedges.append(Hedge(match.start(), e, " ".join(match.group().split()), "claim"))
        if not has_start(local_starts, s, e):
            continue
        for match in _matches_at(cues.local, text, local_starts, s, e):
            if match.group().lower() == "reported" and not _DETERMINER_BEFORE.search(
                    text, max(s, match.start() - 8), match.start()):
                continue  # "Nvidia reported revenue of ..." is the company's own report
            clause_end = e
            brk = _CLAUSE_BREAK.search(text, match.end(), e)
            if brk:
                clause_end = brk.start()
            hedges.append(Hedge(match.start(), clause_end, " ".join(match.group().split()),
                                "claim"))
    hedges.sort(key=lambda h: (h.start, h.end, h.kind, h.cue))
    return tuple(hedges)


def _search(pattern: regex.Pattern[str], text: str, starts: list[int] | None,
            anchored: bool, start: int, end: int) -> regex.Match[str] | None:
    """pattern.search(text, start, end), skipped when none of its words starts there."""
    if not has_start(starts, start, end):
        return None
    if anchored:
        return next(_matches_at(pattern, text, starts, start, end), None)
    return pattern.search(text, start, end)


def _matches_at(pattern: regex.Pattern[str], text: str, starts: list[int] | None,
                start: int, end: int) -> Iterator[regex.Match[str]]:
    """pattern.finditer(text, start, end) for a pattern whose every match starts at one of
    the sorted offsets `starts`: matched only there (all of it when `starts` is None)."""
    if starts is None:
        yield from pattern.finditer(text, start, end)
        return
    pos = start
    for at in starts[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)]:
        if at >= pos:
            match = pattern.match(text, at, end)
            if match:
                pos = match.end()
                yield match
