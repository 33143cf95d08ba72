"""The occasion a quote's attribution names: "said in a statement" (written), "in his
video, he added" (spoken). Read from the words outside quotation marks in the quote's
sentence and the sentence before it in its paragraph; a quote that names none takes the
occasion of the quote it continues, or of the same speaker's quote just before when its
paragraph opens with it (`"...," he said in a statement.` ¶ `"...," Farenthold said.`).
The classes are in `rules/quote_occasions.yaml`."""

from __future__ import annotations

import functools
from dataclasses import replace

import regex

from newslint.extract.quotes.lookup import Found, Lookup
from newslint.facts import Quote
from newslint.ruledata import builtin

_REACH = 2  # paragraphs back to the same speaker's quote whose occasion a quote keeps


@functools.cache
def _pattern() -> tuple[regex.Pattern[str], dict[str, str]]:
    data = builtin("quote_occasions.yaml")
    classes = {str(noun).lower(): kind for kind, nouns in data.items()
               for noun in nouns or []}
    nouns = "|".join(regex.escape(n) for n in sorted(classes, key=len, reverse=True))
    # "in a statement", "in his video", "during a news conference on Friday",
    # "in a written statement", "at a campaign rally": a preposition, a few words, the noun
    pattern = regex.compile(
        rf"\b(?:in|on|at|during|via|through)\s+(?:[\p{{L}}’'-]+\s+){{0,3}}?"
        rf"(?P<noun>{nouns})\b", regex.IGNORECASE)
    return pattern, classes


def with_occasions(look: Lookup, items: list[tuple[Found, Quote]]) -> list[Quote]:
    """Each quote with the occasion its attribution names, or inherits."""
    out: list[Quote] = []
    last: Quote | None = None
    last_paragraph = -_REACH - 1
    for item, quote in items:
        region = item.region
        found = _named(look, item)
        if found is None and last is not None and region.paragraph - last_paragraph <= _REACH:
            para = look.article.paragraphs[region.paragraph]
            opens = not look.article.analysis[para.start:region.open].strip()
            same = quote.speaker_key is not None and quote.speaker_key == last.speaker_key
            if (region.continues or item.inferred == "continued" or (opens and same)):
                found = last.occasion
        quote = replace(quote, occasion=found) if found else quote
        out.append(quote)
        last, last_paragraph = quote, region.paragraph
    return out


def _named(look: Lookup, item: Found) -> str | None:
    """The class of the occasion named outside quotation marks near the quote."""
    index = look.sentence(item.region.open)
    if index is None:
        return None
    sentences = look.article.sentences
    first = index - 1 if index and sentences[index - 1].paragraph == sentences[
        index].paragraph else index
    lo, hi = sentences[first].start, sentences[index].end
    text = look.article.analysis
    # the words outside quotation marks: quoted words name no occasion of their own
    outside = list(text[lo:hi])
    for region in look.regions:
        if region.end > lo and region.start < hi:
            for k in range(max(region.start, lo), min(region.end, hi)):
                outside[k - lo] = " "
    pattern, classes = _pattern()
    kinds = {classes[m["noun"].lower()] for m in pattern.finditer("".join(outside))}
    return kinds.pop() if len(kinds) == 1 else None
