"""Descriptions of an organisation: "Chinese AI company DeepSeek", "DeepSeek, a Chinese AI
startup": its kind and, from a demonym, where it is."""

from __future__ import annotations

import bisect
import functools

import regex

from newslint.extract.sourcing.name_patterns import NAME, place_key, strip_leading
from newslint.extract.spans import make_span
from newslint.facts import Attribute
from newslint.facts.rolevocab import Vocabulary, vocabulary
from newslint.load.article import Article, Sentence


def descriptions(article: Article, sentence: Sentence, vocab: Vocabulary,
                  shapes: tuple[bool, bool] = (True, True)) -> list[Attribute]:
    """ "Chinese AI company DeepSeek", "DeepSeek, a Chinese AI startup": nationality, kind.
    `shapes`: whether to look for each of the "before" and "after" patterns."""
    text = article.analysis
    patterns = _description_patterns()
    out: list[Attribute] = []
    for (_shape, pattern), wanted in zip(patterns, shapes, strict=True):
        if not wanted:
            continue
        for match in pattern.finditer(text, sentence.start, sentence.end):
            subject = strip_leading(match.group("subj"), vocab)
            if not subject or vocab.place(subject) or vocab.role(subject):
                continue
            kind_words = " ".join(match.group("kind").split()).lower()
            span = make_span(article, match.start(), match.end())
            key = vocab.org_key(subject)
            out.append(Attribute(subject, key, "kind", kind_words, kind_words, span, "text"))
            demonym = match.group("demonym")
            place = vocab.place(demonym) if demonym else None
            if place is not None:
                out.append(Attribute(subject, key, "location", demonym, place_key(place), span,
                                     "text"))
    return out


@functools.cache
def _description_patterns() -> tuple[tuple[str, regex.Pattern[str]], ...]:
    vocab = vocabulary()
    demonym = r"(?P<demonym>" + "|".join(
        r"\s+".join(regex.escape(w) for w in form.split()) for form in vocab.country_forms
    ) + r")(?![\p{L}\p{N}])"
    kind = rf"(?P<kind>{vocab.kind_pattern})(?![\p{{L}}-])"
    filler = r"(?:[\p{L}\p{N}-]+\s+){0,3}?"
    before = regex.compile(
        rf"(?<![\p{{L}}\p{{N}}’'-])(?:{demonym}\s+)?{filler}{kind}{_NAME_AFTER_KIND}"
    )
    after = regex.compile(
        rf"(?<![\p{{L}}\p{{N}}’'-])(?P<subj>{NAME}),\s+(?:a|an|the)\s+"
        rf"(?:[\p{{Ll}}-]+\s+){{0,2}}?(?:{demonym}\s+)?{filler}{kind}{_DESCRIPTION_END}"
    )
    return (("before", before), ("after", after))


# The name a "before" description describes: "company DeepSeek".
_NAME_AFTER_KIND = rf"\s+(?P<subj>{NAME})(?![\p{{L}}\p{{N}}’'])"
# The noun ends the description: "a Chinese hedge fund manager" is a person.
_DESCRIPTION_END = (
    r"(?=\s*(?:[,.;:)—–]|$)|\s+(?:that|which|with|based|founded|in|from|whose|known"
    r"|and|backed|owned|developed|is|was|has|had|best|behind|run|led)(?![\p{L}]))"
)


@functools.cache
def _description_tails() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """Each description pattern from its kind on: the kind and a name ("company DeepSeek")
    for "before", the kind and the end of the description ("DeepSeek, a Chinese company,")
    for "after". Matched where a kind word starts, they tell which of the two patterns a
    sentence can hold at all."""
    kind = rf"(?:{vocabulary().kind_pattern})(?![\p{{L}}-])"
    return (regex.compile(f"{kind}{_NAME_AFTER_KIND}"),
            regex.compile(f"{kind}{_DESCRIPTION_END}"))


def may_describe(text: str, starts: list[int] | None, start: int, end: int
                  ) -> tuple[bool, bool]:
    """Whether the sentence may hold a "before" and an "after" description."""
    if starts is None:
        return True, True
    before, after = _description_tails()
    may_before = may_after = False
    index = bisect.bisect_left(starts, start)
    while index < len(starts) and starts[index] < end and not (may_before and may_after):
        may_before = may_before or bool(before.match(text, starts[index], end))
        may_after = may_after or bool(after.match(text, starts[index], end))
        index += 1
    return may_before, may_after
