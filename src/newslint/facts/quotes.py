"""Quote facts: quoted words and who said them."""

from __future__ import annotations

from dataclasses import dataclass

from newslint.facts.span import Context, Span


@dataclass(slots=True, unsafe_hash=True)
class Quote:
    """Words inside quotation marks, with who said them (as far as the text tells)."""

    text: str  # the quoted words, without the quotation marks
    span: Span  # the quoted words, inside the marks
    speaker: str | None  # as written: "he", "Andreessen", "Marc Andreessen", "@handle"
    speaker_key: str | None  # normalised within the article: "Marc Andreessen"
    speaker_span: Span | None
    verb: str | None  # the speech verb: "said", "called it", "according to"
    partial: bool  # a fragment inside the writer's sentence, not a full quoted sentence
    context: Context  # "post" for words inside an embedded social post
    # Added by the quote extractor; defaults keep the contract for other producers.
    speaker_role: str | None = None  # title or role written with the name: "Curai CEO"
    # How the speaker was found: "name", "pronoun", "generic" ("a spokesperson"), "post"
    # (the post's author), "continued" (from the quote this one continues), "reported"
    # (the subject of reported speech the quote stands in: "X said that ... "...").
    speaker_kind: str | None = None
    # Names the quote's sentence (and the one before it) is about, other than people:
    # "DeepSeek", "R1". What NL303 groups a speaker's quotes by.
    subjects: tuple[str, ...] = ()
    # The kind of occasion the attribution names ("in a statement": "written", "in his
    # video": "spoken"; rules/quote_occasions.yaml), or None when it names none.
    occasion: str | None = None
