"""Word frequencies kept between runs (frequencies.py) are wordfreq's own values."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from wordfreq import zipf_frequency

from newslint import frequencies
from realcopy import paragraph


@pytest.fixture
def fresh(monkeypatch, tmp_path):
    """The module as a new process finds it, its cache folder in tmp_path."""
    monkeypatch.setenv("NEWSLINT_PATTERN_CACHE", str(tmp_path))

    def restart() -> None:
        monkeypatch.setattr(frequencies, "_memo", None)
        monkeypatch.setattr(frequencies, "_file", None)
        monkeypatch.setattr(frequencies, "_new", {})

    restart()
    return restart


def _words() -> list[str]:
    # Names and words of a real paragraph, as NL101 looks them up (letters, lower-cased).
    text = paragraph("2010-glenn-beck-speaks-at-cpac", "nyt.md", 12)
    return sorted({w.lower() for w in text.split() if w.isalpha()})


def test_values_read_back_are_wordfreqs(fresh, tmp_path):
    words = [*_words(), "tump", "repbulicans", "démocrates"]
    assert len(words) > 20
    first = {w: frequencies.zipf(w) for w in words}
    assert first == {w: zipf_frequency(w, "en") for w in words}
    frequencies.save()
    assert list(tmp_path.glob("zipf-*.marshal"))
    fresh()
    again = {w: frequencies.zipf(w) for w in words}
    assert again == first
    assert frequencies._new == {}  # all of them read from the file


def test_a_damaged_file_is_looked_up_again(fresh, tmp_path):
    frequencies.zipf("senator")
    frequencies.save()
    (kept,) = tmp_path.glob("zipf-*.marshal")
    kept.write_bytes(b"\x00\x01damaged")
    fresh()
    assert frequencies.zipf("senator") == zipf_frequency("senator", "en")
    assert frequencies._new == {"senator": zipf_frequency("senator", "en")}


def test_turned_off_nothing_is_written(fresh, monkeypatch, tmp_path):
    monkeypatch.setenv("NEWSLINT_PATTERN_CACHE", "off")
    assert frequencies.zipf("governor") == zipf_frequency("governor", "en")
    frequencies.save()
    assert not list(tmp_path.iterdir())


@settings(max_examples=80, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("abcdefghijklmnopqrstuvwxyzéüñ")), min_size=1,
               max_size=12))
def test_any_word_is_wordfreqs_value(word):
    assert frequencies.zipf(word) == zipf_frequency(word, "en")
