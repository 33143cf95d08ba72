"""A clause's words sliced from its sentence's are the words of the clause read alone
(facts/clause_words.py), and a date's key does not depend on the dates keyed before it."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newslint.facts import clause_words
from newslint.facts.clause import WORD
from newslint.facts.clause_words import sentence_words, span_of
from newslint.facts.event_key import SEQUENCE, event_key

TEXT = st.text(alphabet="ab AB.'-,;", min_size=1, max_size=60)


@given(TEXT, st.data())
def test_a_slice_is_the_words_read_alone_or_none(text: str, data: st.DataObject) -> None:
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    sentence = sentence_words(text, 0, len(text), SEQUENCE)
    span = span_of(sentence, lo, hi)
    alone = [m.span() for m in WORD.finditer(text, lo, hi)]
    if span is not None:
        assert [m.span() for m in sentence.words[span[0]:span[1]]] == alone
    else:  # an edge cuts a word of the sentence
        assert any(m.start() < edge < m.end() for m in sentence.words for edge in (lo, hi))


# In the style of a paragraph with no full stop, where every date's clause is long.
LONG = ("The committee led by Sen. Max Baucus met on Monday with Treasury officials and "
        "Senate Majority Leader Harry Reid received a letter on Wednesday signed by all 42 "
        "Republicans, who said on Thursday that the first vote on the bill would follow "
        "and President Obama spoke in Chicago on Friday about the talks")


def test_a_dates_key_is_the_same_after_other_dates_of_its_sentence() -> None:
    """The sentence's words are kept between dates: each key is what it is alone."""
    dates = [(LONG.index(day), LONG.index(day) + len(day))
             for day in ("Monday", "Wednesday", "Thursday", "Friday")]
    in_order = [event_key(LONG, 0, len(LONG), s, e) for s, e in dates]
    alone = []
    for s, e in dates:
        clause_words._last.clear()
        alone.append(event_key(LONG, 0, len(LONG), s, e))
    assert in_order == alone
    assert in_order[1] is not None and {"harry", "reid"} <= set(in_order[1].names)
    assert in_order[2] is not None and in_order[2].sequence == ("first",)
