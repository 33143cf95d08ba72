"""An article's story signature: its most used terms, names first, ties broken by term."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from hypothesis import given
from hypothesis import strategies as st

from newslint.index.stories import (
    _FUNCTION_WORDS,
    _WORD,
    HEADLINE_WEIGHT,
    LEDE_WORDS,
    TERMS,
    Signature,
    story_signature,
)

# Words that repeat (ties in count), function words among them, names in and out of the text.
_WORDS = st.sampled_from(["senate", "Senate", "vote", "votes", "Tuesday", "about", "said",
                          "Pelosi", "pelosi", "budget", "ryan", "Ryan", "état", "naïve",
                          "a1b2", "tax", "taxes", "would", "health", "care", "plan", "deal"])


def _by_definition(text: str, names: list[str], date: dt.date | None) -> Signature:
    """The signature as its docstring states it, one term at a time."""
    words = [w for w in _WORD.findall(text.lower()) if w not in _FUNCTION_WORDS]
    counts = Counter(words)
    counts.update(words[:LEDE_WORDS])  # the lead counts once more
    headline = text.lstrip().split("\n", 1)[0].lower()
    for word in _WORD.findall(headline):  # and the headline's words HEADLINE_WEIGHT more
        if word not in _FUNCTION_WORDS:
            counts[word] += HEADLINE_WEIGHT
    marked = {name.lower() for name in names}
    for name in marked:
        counts[name] += 1
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    chosen = [term for term, _ in ranked if term in marked][:TERMS // 2]
    chosen += [term for term, _ in ranked if term not in marked][:TERMS - len(chosen)]
    return Signature.of(date.toordinal() if date is not None else None, chosen)


@given(st.lists(st.tuples(_WORDS, st.integers(1, 3)), max_size=80),
       st.lists(_WORDS | st.text(min_size=2, max_size=8), max_size=30),
       st.none() | st.dates())
def test_the_signature_keeps_the_most_used_terms_names_first(words, names, date):
    text = " ".join(word for word, times in words for _ in range(times))
    if len(words) > 2:  # a headline line above the body
        text = text.replace(" ", "\n", 1)
    assert story_signature(text, names, date) == _by_definition(text, names, date)


def test_a_long_article_keeps_forty_terms_the_names_at_most_half():
    text = " ".join(f"word{chr(97 + i % 26)}{chr(97 + i // 26)} " * (1 + i % 4)
                    for i in range(200))
    names = [f"Name{chr(97 + i % 26)}{chr(97 + i // 26)}" for i in range(60)]
    terms = story_signature(text, names, None).terms
    assert len(terms) == TERMS
    assert sum(term.startswith("name") for term in terms) == TERMS // 2
