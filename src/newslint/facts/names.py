"""Name facts: capitalised or alphanumeric tokens and the phrases they make."""

from __future__ import annotations

from dataclasses import dataclass

from newslint.facts.span import Context, Span


@dataclass(slots=True, unsafe_hash=True)
class NameMention:
    """A capitalised or alphanumeric token that may be (part of) a name: "DeepSeek", "o1"."""

    text: str
    span: Span
    sentence_initial: bool
    context: Context
    in_phrase: bool  # next to other capitalised tokens ("Sam Altman"), not standing alone
    # Inside a passage quoted over several paragraphs (a post, a letter): reproduced text,
    # whose styling is its source's.
    quoted_passage: bool = False


@dataclass(slots=True, unsafe_hash=True)
class NamePhrase:
    """A maximal run of name tokens: "Marc Andreessen", "Nasdaq 100", "Y Combinator"."""

    text: str
    span: Span
    sentence_initial: bool
    context: Context
