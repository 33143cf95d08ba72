"""The cheap checks that spare furniture.py a regex scan must never change an answer: each
is a necessary condition of what the scan would find."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from newslint.load.furniture import _SENTENCE_END, _TOKEN, _credit_ends, _first_word
from newslint.load.furniture_words import vocabulary

# Pieces of caption tails and copy: credit words, agencies, names, slashes, sentence ends,
# and characters whose case mapping is not one to one (Kelvin sign, dotted I, sigma).
_PIECES = [
    "Photo", "Photograph", "Image", "Credit", "CREDIT", "photo", "/", " / ", " for ", "for",
    "AP", "Reuters", "The Associated Press", "Getty Images", "Press", "News", "Jane", "Roe",
    "McALLISTER", ". ", "? ", "” ", ": ", " ", "\n", "the senator said", "Sign", "up", "sign",
    "Follow", "Reporting by", "contributed to this report", "Watch", "K", "İ", "Σ", "ſ",
    "s", "’", "(", ")", "2019", "©", "© 2019", "Don’t", "DON'T", "Read more", "Also",
]
_TEXT = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)


@settings(max_examples=400, deadline=None)
@given(_TEXT, st.integers(0, 300))
@example("The senator spoke on Monday. Jane Roe/The New York Times", 0)
@example("Supporters rallied outside. Photograph by Jane Roe for The Associated Press", 0)
@example("Jane Roe for Reuters", 0)
def test_credit_end_prefilter_agrees_with_the_scan(tail, padding):
    vocab = vocabulary()
    stripped = ("x" * padding + tail).strip()  # a long paragraph: only its tail is read
    reach = max(0, len(stripped) - 200)
    assert _credit_ends(vocab, stripped) == (vocab.credit_end.search(stripped, reach)
                                             is not None)


@settings(max_examples=400, deadline=None)
@given(_TEXT)
@example("The hearing ended. Sign up for our newsletter.")
@example("The hearing ended. \u212aeep reading.")
def test_a_sentence_opener_is_in_the_lowered_paragraph(chunk):
    vocab = vocabulary()
    assert all(w.isascii() or (len(w) == 1 and not _TOKEN.match(w))
               for w in vocab.opener_words)  # else the check is off and this proves nothing
    starts = [0] + [m.end() for m in _SENTENCE_END.finditer(chunk)]
    if any(_first_word(chunk, start) in vocab.opener_words for start in starts):
        lowered = chunk.lower()
        assert any(word in lowered or word in chunk for word in vocab.opener_words)
