"""A quoted sentence with no speaker anywhere in reach.

## What it flags
A quotation of a full clause (it starts with a capital letter and runs five words or more)
for which no speaker can be found: none in its own paragraph, none in the last sentence of
the paragraph before (`Residents described the night:`), none in an attribution that opens
the paragraph after. Any speech verb ("said", "wrote", "called it", "according to") or a
colon before the quote in that reach counts as an attribution, found or not. Fragments
inside the writer's sentence, scare quotes, terms, titles of works, headlines and the text
of embedded social posts are never flagged.

## Why it matters to an editor
A quote nobody said cannot be checked, and readers take quotation marks as a promise that
someone did say those words. Name the speaker, or drop the marks and paraphrase.

## Example
Flagged:

    Residents slept in cars and tents as temperatures dropped below freezing.

    "We heard a roar and then everything started shaking. The walls came down on us."

Fixed:

    "We heard a roar and then everything started shaking," said Ayse Kaya, 54. "The walls
    came down on us."
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

from newslint.diagnostics import Diagnostic, Severity
from newslint.extract.quotes.verb_use import speech_verbs
from newslint.facts import Quote
from newslint.facts.speech import lexicon
from newslint.index.quote_text import words_of
from newslint.load.article import Article
from newslint.load.segment import is_title_case
from newslint.rules.base import ArticleContext, ArticleRule, make_diagnostic

MIN_WORDS = 5


class UnattributedQuote(ArticleRule):
    __doc__ = __doc__
    code = "NL304"
    name = "unattributed-quote"
    severity = Severity.WARNING

    def check(self, ctx: ArticleContext) -> Iterable[Diagnostic]:
        for quote in ctx.facts.quotes:
            if quote.speaker is not None or quote.context in ("post", "heading") or quote.partial:
                continue
            words = quote.text.split()
            if len(words) < MIN_WORDS or is_title_case(words):
                continue
            if _speaker_in_reach(ctx.article, quote, ctx.facts.quotes) or _unclosed(quote.text):
                continue
            yield make_diagnostic(
                self, ctx.facts, quote.span,
                f"quote of {len(words)} words with no speaker; say who said it, or "
                "paraphrase without quotation marks",
                key=" ".join(words_of(quote.text)),
            )


def _speaker_in_reach(article: Article, quote: Quote, quotes: tuple[Quote, ...]) -> bool:
    """An attribution the extractor may have missed: the speaker is then there to read.
    A question before the quote (`And Mr. Gingrich? "..."`) is an interviewer's, the quote
    the interviewee's answer."""
    quoted = [(q.span.start, q.span.end) for q in quotes]
    number = article.paragraph_of(quote.span.start)
    if number is None:
        return True
    paragraph = article.paragraphs[number]
    if paragraph.kind != "text":
        return True  # a headline or a post: quoted without a speaker by convention
    text = article.analysis
    before = text[paragraph.start:quote.span.start].rstrip(" \t\"“'‘")
    if before.endswith((":", "?")) or _attributes(_outside(text, paragraph.start, paragraph.end,
                                                      quoted)):
        return True
    if number > 0 and article.paragraphs[number - 1].kind == "text":
        previous = article.paragraphs[number - 1]
        last = _sentence_around(article, previous.end - 1) or (previous.start, previous.end)
        words = _outside(text, *last, quoted)
        if words.rstrip().endswith(":") or _attributes(words):
            return True
        for q in quotes:
            if not previous.start <= q.span.start < previous.end:
                continue
            if _unclosed(q.text):
                return True  # the quote before ran on past its attribution
            if _runs_on(text, q, previous.end):
                # One quotation over several paragraphs: its speaker is named once, with
                # its first paragraph.
                return _speaker_in_reach(article, q, quotes)
    if number + 1 < len(article.paragraphs) and article.paragraphs[number + 1].kind == "text":
        following = article.paragraphs[number + 1]
        first = _sentence_around(article, following.start) or (following.start, following.end)
        owns_quote = any(first[0] <= s < first[1] for s, _ in quoted)
        if not owns_quote and _attributes(text[first[0]:first[1]]):
            return True  # `That was how Ayse Kaya, 54, described the night.`
    return False


def _runs_on(text: str, quote: Quote, paragraph_end: int) -> bool:
    """The quote is left open at the end of its paragraph, as a quotation that goes on into
    the next paragraph is written."""
    return not text[quote.span.end:paragraph_end].strip()


_AFTER_CLAUSE = regex.compile(r"[,?!]\s+(?:[\p{L}.'’-]+\s+){0,4}?$")


def _unclosed(text: str) -> bool:
    """`"I am proud of the progress ..., he wrote.`: the closing mark is missing, and the
    attribution was read as part of the quote."""
    lex = lexicon()
    return any(_AFTER_CLAUSE.search(text, 0, verb.start())
               for verb in speech_verbs(lex.say, text))


def _sentence_around(article: Article, offset: int) -> tuple[int, int] | None:
    index = article.sentence_index(offset)
    if index is None:
        return None
    sentence = article.sentences[index]
    return sentence.start, sentence.end


def _outside(text: str, start: int, end: int, quoted: list[tuple[int, int]]) -> str:
    """The text between `start` and `end` with quoted words blanked."""
    chars = list(text[start:end])
    for q_start, q_end in quoted:
        for i in range(max(q_start, start), min(q_end, end)):
            chars[i - start] = " "
    return "".join(chars)


def _attributes(words: str) -> bool:
    lex = lexicon()
    return bool(speech_verbs(lex.say, words) or speech_verbs(lex.name, words)
                or lex.according.search(words))
