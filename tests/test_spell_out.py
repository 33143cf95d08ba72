"""Quote words (index/quote_text.py): a quote with no contraction is left as it is without
trying each contraction's pattern; with or without that shortcut the words are the same."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newslint.index import quote_text
from realcopy import paragraph


def _each_pattern(text: str) -> str:
    for pattern, replacement in quote_text._CONTRACTIONS:
        text = pattern.sub(replacement, text)
    return text


_PIECES = ["I", "we", "can", "not", "won", "shan", "n", "t", "s", "re", "ve", "ll", "d", "m",
           "let", "it", "that", "gonna", "Wanna", "GOTTA", "cannot", "CAN", "They", "said",
           "Ain", "o", "’", "'", "`", " ", " ", ",", ".", "\u201c", "\u201d", "é", "ß"]


@given(st.lists(st.sampled_from(_PIECES), max_size=30).map("".join))
def test_the_shortcut_changes_no_quote(text):
    assert quote_text._spell_out(text) == _each_pattern(text)


def test_real_quotes_read_the_same():
    # A quote full of contractions, and one with none (the shortcut's case).
    with_them = paragraph("2012-biden-and-ryan-debate", "fox.md", 44)
    assert quote_text._spell_out(with_them) != with_them
    for text in (with_them, "We will keep costs low, and we will not raise taxes."):
        assert quote_text._spell_out(text) == _each_pattern(text)
    assert quote_text._spell_out("They can't, and we're not.") == "They can not, and we are not."


def test_wont_reads_will_not():
    # "won't" is "will not", never "wo not"; the same words as the quote spelled out.
    said = "\u201cWe won\u2019t back down, and we won't let this stand,\u201d the senator said."
    assert quote_text._spell_out(said) == ("\u201cWe will not back down, and we will not let "
                                           "this stand,\u201d the senator said.")
    assert quote_text.normalise("We won't back down.") == quote_text.normalise(
        "We will not back down.")
    assert "wo" not in quote_text.normalise("Won\u2019t they?")
