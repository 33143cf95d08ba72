"""The subject of the clause that quotes the words is their speaker, past what stands
between it and its verb: each shape pinned on its real dev paragraph and on a passage of
the same shape written in the style of wire copy."""

from __future__ import annotations

from realcopy import paragraph
from test_quotes import quotes_of


def _keys(text: str) -> list[str | None]:
    return [q.speaker_key for q in quotes_of(text)]


# --- a party tag before an appositive ------------------------------------------------------

def test_a_party_tag_then_an_appositive_keeps_the_name():
    """"In a letter to ..., Rep. Trey Gowdy (R-S.C.), the committee chairman, said the
    committee ... pertaining to “...”": Gowdy's words."""
    text = paragraph("2015-benghazi-committee-wants-to-interview-clinton-ab", "hpo.md", 12)
    assert _keys(text + "\n")[-1] == "Trey Gowdy"


def test_a_party_tag_then_an_appositive_written():
    text = ("In a memo to the staff, Sen. Maria Ortiz (D-N.M.), the panel’s ranking member, "
            "said the panel would not meet again this year and would instead turn to matters "
            "of “greater urgency to voters.”\n")
    assert _keys(text) == ["Maria Ortiz"]


# --- "even" between a subject and its verb -------------------------------------------------

def test_even_stands_between_the_subject_and_the_verb():
    """"During a press conference Monday, President Obama even acknowledged that the country
    now knows that “...”": Obama's words."""
    text = paragraph("2013-e-mails-show-jostling-over-benghazi-talking-poin", "fox.md", 14)
    assert (_keys(text + "\n")[-1] or "").endswith("Obama")


def test_even_written():
    text = ("At a rally on Friday, Gov. Dan Kline even conceded that the plan was "
            "“far from perfect.”\n")
    assert _keys(text) == ["Dan Kline"]


# --- "they": the one group the sentence before names -------------------------------------

def _lines(event: str, file: str, first: int, last: int) -> str:
    return "\n\n".join(paragraph(event, file, n) for n in range(first, last + 1, 2)) + "\n"


def test_they_is_the_group_that_wrote_the_memo_before():
    """"... according to a separate sentencing memo by federal prosecutors in New York, ...
    Driven by greed, they said, he “...”": the prosecutors' words."""
    keys = _keys(_lines("2019-mueller-s-office-disputes-buzzfeed-report", "nyt.md", 58, 60))
    assert keys[-1] == "federal prosecutors"


def test_they_is_the_group_that_is_the_subject_before():
    text = ("Late on Monday, the county election officials rejected the appeal. “The count "
            "stands as certified,” they said.\n")
    assert _keys(text) == ["county election officials"]


def test_they_after_two_groups_is_no_one():
    text = ("The union negotiators met the city’s lawyers on Monday. “We are far apart,” "
            "they said.\n")
    assert _keys(text) == [None]


# --- a group written to is not the one speaking ------------------------------------------

def test_the_group_an_e_mail_went_to_is_not_its_speaker():
    """"He sent an e-mail to RNC members saying he hoped his statement would “...”": the
    words are Steele's, not the members'."""
    text = _lines("2010-michael-steele-criticized-for-afghanistan-commen", "fox.md", 10, 28)
    assert (_keys(text)[-1] or "").endswith("Steele")


def test_the_group_written_to_written_and_a_partitive_subject():
    text = ("Mr. Kline sent a letter to GOP members saying the vote was “a clear mandate.”\n"
            "\nWhen the mayor arrived, some in the crowd chanted, “Recount!”\n")
    keys = _keys(text)
    assert (keys[0] or "").endswith("Kline")
    assert not (keys[1] or "").endswith("Kline")


# --- ", as X said,": a clause of its own ---------------------------------------------------

def test_as_opens_a_clause_whose_subject_speaks():
    """"... the theme that, as Axelrod said, Biden showed “passion” and that he showed “a
    great concern for the middle class.”": Axelrod's words."""
    text = _lines("2012-biden-and-ryan-debate", "hpo.md", 2, 30)
    assert _keys(text)[-2:] == ["David Axelrod", "David Axelrod"]


def test_as_opens_a_clause_written():
    text = ("Dana Ortiz runs the campaign. Its message, as Ortiz said on Monday, is "
            "“jobs first” and “taxes never.”\n")
    assert _keys(text) == ["Dana Ortiz", "Dana Ortiz"]


def test_the_staffer_is_a_speaker():
    """“...,” said the Democratic staffer: a described speaker, not no one."""
    event = "2010-republicans-sign-letter-to-stop-legislature-unti"
    assert _keys(paragraph(event, "hpo.md", 18) + "\n") == ["Democratic staffer"]


# --- "the presidential hopeful": a candidate's epithet ------------------------------------

def test_the_presidential_hopeful_is_the_candidate_named_before():
    """"In laying out ..., the presidential hopeful said he was guided by three principles:
    “American strength,” ...": Rubio's words."""
    keys = _keys(_lines("2015-marco-rubio-announces-his-foreign-policy", "hpo.md", 2, 20))
    assert keys[-3:] == ["Marco Rubio"] * 3


def test_the_nominee_written():
    text = ("Dana Ortiz won the primary on Tuesday. Her rival conceded before midnight.\n\n"
            "“This is a win for every family in the district,” the Democratic nominee said.\n")
    assert _keys(text) == ["Dana Ortiz"]


# --- a quoted noun phrase followed by a preposition is reported speech, not a modifier ---

CANDIDATES = "2010-republican-congressional-candidates-dispute-plan"


def test_a_quoted_phrase_before_a_preposition_is_the_reporters_subjects():
    """`He added ... the White House has had a "pretty fulsome conversation" about it and has
    addressed it to a "pretty full extent."`: both phrases are the spokesman's, as "about"
    shows the first is a whole noun phrase, not a modifier of a noun."""
    text = "\n\n".join(paragraph(CANDIDATES, "fox.md", n) for n in (50, 52)) + "\n"
    assert [q.speaker_key for q in quotes_of(text)] == ["Burton"] * 3


def test_a_quoted_phrase_before_a_preposition_written():
    text = ("Ana Ruiz, the mayor, spoke on Monday.\n\n"
            "She said the council has had a “long and painful debate” over the budget.\n")
    assert [q.speaker_key for q in quotes_of(text)] == ["Ana Ruiz"]
