"""facts.text.lowered: a lower-cased copy with the same offsets, in which an IGNORECASE
pattern's ASCII letters are found wherever the pattern would find them."""

from __future__ import annotations

import string

import regex

from newslint.facts import text as fold


def test_case_folding_keeps_offsets_and_matches():
    """Every character an IGNORECASE ASCII letter matches lower-cases (after the fold table)
    to that letter, or to more than one character (then lowered() gives up: None)."""
    every = "".join(chr(cp) for cp in range(0x110000) if not 0xD800 <= cp < 0xE000)
    for letter in string.ascii_letters:  # an upper-case "I" matches "ı", a lower-case one not
        for match in regex.finditer(rf"(?i:{letter})", every):
            low = match.group().lower()
            assert len(low) != 1 or low.translate(fold._FOLD) == letter.lower(), \
                hex(ord(low))


def test_a_character_that_lower_cases_to_a_to_z_is_a_letter():
    """A trigger word's end is read in the lowered text: a character whose lowered form is
    a-z must itself be a letter (never a word end)."""
    for cp in range(0x110000):
        char = chr(cp)
        if 0xD800 <= cp < 0xE000 or char.isalpha():
            continue
        low = char.lower().translate(fold._FOLD)
        assert not (len(low) == 1 and "a" <= low <= "z"), hex(cp)


def test_lowered():
    assert fold.lowered("The ſpokesman, İ") is None  # "İ" lower-cases to two characters
    assert fold.lowered("The ſpokesman and the IMF") == "the spokesman and the imf"
    assert fold.lowered("ıMF") == "imf"
