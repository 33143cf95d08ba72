"""One name-slip budget, NL101's in rules/names.yaml, read by the quote rules too."""

from __future__ import annotations

from newslint.facts.name_budget import most_edits, slip_budget
from newslint.index.quote_match import name_slip, word_slip
from newslint.ruledata import builtin


def test_the_budget_is_the_one_names_yaml_sets() -> None:
    settings = builtin("names.yaml")["settings"]
    one, two = settings["min_length_one_edit"], settings["min_length_two_edits"]
    assert [slip_budget(n) for n in (one - 1, one, two - 1, two)] == [0, 1, 1, 2]
    assert most_edits() == 2


def test_a_speaker_name_slip_by_that_budget() -> None:
    assert word_slip("sanerib", "sanreib")  # seven letters: one swap
    assert not word_slip("sanerib", "sanrieb")  # two edits: no slip at seven letters
    assert word_slip("thibodeau", "thibadaeu")  # nine letters: two edits
    assert not word_slip("ford", "fore")  # four letters: none
    assert name_slip("Tanya Sanerib", "Tanya Sanreib")
    assert not name_slip("Tanya Sanerib", "Maria Sanreib")
