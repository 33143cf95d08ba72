"""Organisations and groups as speakers: an organisation that opens a clause speaks the
quote of its participle or coordinated verb of speech, and a "they" stands for the
organisation that was the subject of the sentence before; a person named first, or a
sentence whose subject is a person, keeps them out."""

from __future__ import annotations

from realcopy import paragraph
from test_quotes import quotes_of


def _keys(text: str) -> list[str | None]:
    return [q.speaker_key for q in quotes_of(text)]


# --- an organisation opening the clause speaks its participle's quote --------------------

def test_an_organisation_speaks_the_quote_of_its_participle():
    """"The St. Louis Tea Party Coalition issued its own resolution ..., accusing the civil
    rights body of acting as a "partisan political attack dog"."""
    text = paragraph("2010-n-a-a-c-p-challenges-tea-party-on-racism", "nyt.md", 24) + "\n"
    assert _keys(text) == ["St. Louis Tea Party Coalition"]


def test_an_organisation_speaks_the_quote_of_its_coordinated_verb():
    """"U.S. Capitol Police have not announced ..., but said they will "continue ..."."""
    text = paragraph("2017-rare-comity-at-capitol-after-shooting-doesn-t-la", "fox.md", 50)
    assert [k.replace(" ", "") for k in _keys(text + "\n") if k] == ["U.S.CapitolPolice"]


def test_a_person_named_first_is_the_subject_not_the_party_after_the_name():
    """"Sen. John Cornyn, R-TX, who heads ..., said Tuesday, "...," and predicted, "..."":
    both quotes are Cornyn's, never the party tag's."""
    text = paragraph("2010-richard-blumenthal-lies-about-serving-in-vietnam", "fox.md", 12)
    assert _keys(text + "\n") == ["John Cornyn", "John Cornyn"]


def test_an_organisation_past_the_clause_verb_is_not_its_subject():
    """"Moore's campaign denied the allegations, which The Washington Post first reported,
    telling the paper ...": the campaign speaks, not the newspaper."""
    text = paragraph("2017-white-house-responds-to-sexual-misconduct-allega", "hpo.md", 16)
    assert "Washington Post" not in _keys(text + "\n")


# --- "they" after an organisation --------------------------------------------------------

def test_they_is_the_organisation_that_was_the_subject_before():
    text = ("The Sierra Club filed suit in federal court on Monday. They said the rule was "
            "“a giveaway to trophy hunters” and would not survive review.\n")
    assert _keys(text) == ["Sierra Club"]


def test_they_follows_a_chain_of_they_back_to_the_organisation():
    text = ("The Sierra Club filed suit in federal court on Monday. They asked for a hearing "
            "within the month. They said the rule was “a giveaway to trophy hunters.”\n")
    assert _keys(text) == ["Sierra Club"]


def test_they_after_a_person_as_subject_is_no_one():
    text = ("Mayor Ann Ruiz met the protesters outside City Hall on Monday. They said the "
            "plan was “a betrayal of the neighborhood.”\n")
    assert _keys(text) == [None]


def test_they_two_paragraphs_after_the_organisation_is_no_one():
    text = ("The Sierra Club filed suit in federal court on Monday.\n\n"
            "Residents of the valley packed the hearing room.\n\n"
            "They said the rule was “a giveaway to trophy hunters.”\n")
    assert _keys(text) == [None]


# --- a lead-in ending in a colon, in the paragraph before ----------------------------------

def test_a_lead_in_closing_the_paragraph_before_speaks_the_quote():
    """"President Trump himself went even further ..., tweeting:" then a paragraph that is
    the tweet's words."""
    event = "2019-house-intelligence-committee-demand-adam-schiff"
    text = paragraph(event, "fox.md", 18) + "\n\n" + paragraph(event, "fox.md", 20) + "\n"
    assert _keys(text) == ["Trump"]


def test_a_lead_in_with_a_verb_of_speech_and_a_place():
    text = ("State Senator Maria Chen wrote on Facebook on Sunday night:\n\n"
            "“We were promised a vote on this bill, and we will get one before the session "
            "ends.”\n")
    assert _keys(text) == ["Maria Chen"]


def test_a_colon_that_opens_a_list_speaks_for_no_one():
    text = ("The proposal includes the following changes:\n\n"
            "“Any resident over the age of 65 may apply for the exemption once a year.”\n")
    assert _keys(text) == [None]


def test_a_lead_in_two_paragraphs_back_speaks_for_no_one():
    text = ("State Senator Maria Chen wrote on Facebook on Sunday night:\n\n"
            "The post drew hundreds of replies within the hour.\n\n"
            "“We were promised a vote on this bill, and we will get one before the session "
            "ends.”\n")
    assert _keys(text) == [None]


# --- a "they" past the quoted words' own sentences and through a chain of "they"s -----------

def test_they_looks_past_the_sentences_of_its_own_quote_on_real_copy():
    """"... five past and present Missouri Republican senators urged Akin to step aside. In
    a statement ..., they said ..." then `"The issues at stake are too big, and this
    election is simply too important. The right decision is to step aside," they said.`:
    the quote's first sentence is its own words, no sentence of the story to stop at."""
    event = "2012-romney-urges-akin-to-drop-out-of-senate-race"
    text = paragraph(event, "fox.md", 12) + "\n\n" + paragraph(event, "fox.md", 14) + "\n"
    keys = _keys(text)
    assert len(keys) == 2 and keys[1] == keys[0] and keys[0].endswith("Republican senators")


def test_they_after_two_titled_people_through_a_chain_on_real_copy():
    """"On Friday, Mr. Udall and Mr. Wyden released a joint statement ..." then "they said",
    "They added", and a paragraph later "they said" again: the two senators, each time."""
    event = "2013-white-house-plays-down-data-program"
    text = "\n\n".join(paragraph(event, "nyt.md", n) for n in (38, 40, 42)) + "\n"
    keys = [q.speaker_key for q in quotes_of(text) if q.speaker in ("they", "They")]
    assert keys == ["Udall and Wyden"] * 3


def test_they_after_a_sentence_about_one_person_stays_unresolved():
    """The near case: the sentence before names one titled person, no group."""
    text = ("On Friday, Mr. Udall released a statement on the program.\n\n"
            "“We have long been concerned about it,” they said.\n")
    assert _keys(text) == [None]
