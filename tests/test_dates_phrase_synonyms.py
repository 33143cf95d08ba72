"""Synonyms of several words (rules/dates.yaml `synonyms`, facts/event_phrases.py): "took
the oath of office" and "assumed the nation's highest office" are "was inaugurated", at the
group's weight (info)."""

from __future__ import annotations

import datetime as dt

from dated import dated_facts
from newslint.facts.event_key import event_key, head_agreement
from newslint.index.date_conflicts import keyed_conflicts, sure

_FRIDAY = dt.date(2025, 3, 14)


def _alt(sentence: str, date: str) -> str | None:
    start = sentence.index(date)
    key = event_key(sentence, 0, len(sentence), start, start + len(date))
    assert key is not None
    return key.alt_head


def test_a_wording_of_several_words_keys_its_synonym():
    """The real sentences of the inauguration (HuffPost, Fox) against the Times' verb."""
    oath = _alt("Donald J. Trump took the oath of office Friday to become the 45th president "
                "of the United States.", "Friday")
    office = _alt("Donald Trump assumed the nation’s highest office Friday as the 45th "
                  "president of the United States.", "Friday")
    assert oath and office
    assert head_agreement(oath, "inaugurat") == head_agreement(office, "inaugurat") == 0.9
    assert head_agreement(oath, office) == 0.9


def test_a_gap_with_a_preposition_is_another_act():
    assert _alt("Ms. Ruiz assumed control of the office Friday after the vote.",
                "Friday") is None
    assert _alt("Ms. Ruiz took the money Friday from the office.", "Friday") is None


def test_an_oath_and_an_inauguration_of_one_person_are_one_act_as_info():
    took = dated_facts("a.md", _FRIDAY, "Jane Doe took the oath of office Tuesday as governor "
                       "of Ohio.")
    inaugurated = dated_facts("b.md", _FRIDAY, "Jane Doe was inaugurated Thursday as governor "
                              "of Ohio.")
    (conflict,) = keyed_conflicts([took, inaugurated])
    assert not sure(conflict)
    other = dated_facts("b.md", _FRIDAY, "John Roe was inaugurated Thursday as governor of "
                        "Iowa.")
    assert keyed_conflicts([took, other]) == []
