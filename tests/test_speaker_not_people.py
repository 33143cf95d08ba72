"""Pronouns land on people, not on places or parts of an organisation's name: a name that
opens with a word of a place's name ("South Dakota", "New Jersey") is no person, nor is a
name joined by "for" or "on" ("Deferred Action for Childhood Arrivals", "the Council on
Foreign Relations"); a surname after a sentence opener ("But LaPierre") is the person's, and
a person followed by ", who" and a verb is the subject a later "he" goes on with."""

from __future__ import annotations

from newslint.facts.speech import is_person_like
from realcopy import paragraph
from test_quotes import quotes_of

NRA = "2013-nra-and-hutchinson-recommends-schools-to-have-ar"
SHUTDOWN = "2018-schumer-bashed-by-the-left-over-shutdown-ending"


def _keys(event: str, file: str, *lines: int) -> list[str | None]:
    text = "\n\n".join(paragraph(event, file, n) for n in lines) + "\n"
    return [q.speaker_key for q in quotes_of(text)]


def test_a_place_is_no_person():
    for place in ("South Dakota", "North Carolina", "New Jersey", "West Palm Beach",
                  "San Diego", "Fort Myers"):
        assert not is_person_like(place), place
    for person in ("Wayne LaPierre", "Kanye West", "Newt Gingrich"):
        assert is_person_like(person), person


def test_he_after_a_surname_past_but_is_that_person_not_a_state():
    """`South Dakota has already approved legislation ...`, then `But LaPierre in December
    argued ...` and `"...," he said`: LaPierre's words, not South Dakota's."""
    assert _keys(NRA, "fox.md", 14, 26, 28, 30, 32) == ["Wayne LaPierre"] * 3


def test_he_is_not_the_end_of_a_program_name():
    """`Former Senator Byron L. Dorgan ... said ... — Deferred Action for Childhood
    Arrivals, or DACA — is an important issue, he said, but "..."`: Dorgan's."""
    assert _keys(SHUTDOWN, "nyt.md", 32) == ["Byron L. Dorgan"]


def test_he_after_a_possessive_and_a_relative_clause_is_the_clauses_subject():
    """`But Trump's hardline approach to immigration alienated Bloomberg, who often makes
    the case ... He deemed Trump's economic plan "a con" and "a disaster in the making."`:
    Bloomberg, the subject of the relative clause, not Trump, whose name only owns."""
    keys = _keys("2016-bloomberg-criticizes-trump-at-dnc", "fox.md", 10, 22, 24, 26, 28)
    assert keys[-1] == "Michael Bloomberg"


def test_a_day_or_a_sentence_opener_before_on_or_for_is_no_name_of_an_organisation():
    # "Tuesday on Sean Hannity" and "Voters for Bernie Sanders" join no name: the person
    # keeps the full name the story gives.
    text = ("Donald Trump appeared Tuesday on Sean Hannity’s show.\n\n"
            "“We are going to win big,” Hannity said.\n\n"
            "Voters for Bernie Sanders booed.\n\n"
            "“It is rigged,” Sanders said.\n")
    keys = [q.speaker_key for q in quotes_of(text)]
    assert keys == ["Sean Hannity", "Bernie Sanders"]
