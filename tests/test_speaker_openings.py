"""A word that opens a sentence before its comma ("Instead, he laid out ...") is no
speaker: the clause's subject is the pronoun after it, resolved as any "he"."""

from __future__ import annotations

from realcopy import paragraph
from test_quotes import quotes_of

INAUGURATED = "2017-donald-trump-is-inaugurated"


def _keys(text: str) -> dict[str, str | None]:
    return {q.text.rstrip(",."): q.speaker_key for q in quotes_of(text)}


def test_an_opening_adverb_is_no_speaker_on_real_copy():
    """"Instead, he laid out a protectionist agenda, saying his rule will be "buy American
    and hire American." He did pledge to "eradicate ..."": Mr. Trump's words, not a person
    called "Instead"."""
    text = paragraph(INAUGURATED, "nyt.md", 68) + "\n\n" + paragraph(INAUGURATED, "nyt.md",
                                                                     70) + "\n"
    keys = _keys(text)
    assert keys["buy American and hire American"] == "Trump"
    assert keys["eradicate from the face of the Earth"] == "Trump"


def test_an_opening_adverb_written():
    text = ("Gov. Dana Whitfield spoke for twenty minutes on Tuesday.\n\n"
            "Instead, she outlined a spending freeze, saying the state would “live within "
            "its means.”\n")
    assert _keys(text)["live within its means"] == "Dana Whitfield"


def test_an_appositive_is_still_skipped():
    text = ("Mark Ellis, a longtime critic of the plan, issued a statement, calling it "
            "“a costly mistake.”\n")
    assert _keys(text)["a costly mistake"] == "Mark Ellis"


# --- a document that alleges; an aside with "as" ------------------------------------------

def test_an_indictment_that_alleges_speaks_on_real_copy():
    """"The indictment alleges he spoke "to senior Trump Campaign officials" ...": the
    indictment's words, not a quote with no speaker."""
    keys = _keys(paragraph("2019-roger-stone-has-been-indicted-by-mueller", "hpo.md", 24)
                 + "\n")
    assert keys["to senior Trump Campaign officials"] == "indictment"


def test_an_as_aside_left_with_and_does_not_introduce_the_quote():
    """"calling the senator a liar, as he has alleged before in the campaign, and
    threatening to "spill the beans"": "he" alleged something else; the threat is not
    credited through the aside (to Cruz, the person named before it)."""
    text = paragraph("2016-trump-and-cruz-argue-over-personal-attacks", "fox.md", 36) + "\n"
    (beans,) = [q for q in quotes_of(text) if q.text == "spill the beans"]
    assert beans.speaker is None  # no speaker rather than one borrowed through the aside


def test_an_as_clause_that_introduces_the_quote_still_does():
    """"the theme that, as Axelrod said, Biden showed "passion"": Axelrod's word."""
    text = paragraph("2012-biden-and-ryan-debate", "hpo.md", 30) + "\n"
    assert _keys(text)["passion"] == "Axelrod"


def test_a_surname_after_a_subordinator_is_the_participle_s_subject():
    """"It came after Boehner publicly chided Obama on Friday ..., accusing the president of
    having "wasted another week."": Boehner's words."""
    text = paragraph("2012-obama-and-boehner-discuss-deficits", "fox.md", 12) + "\n"
    assert _keys(text)["wasted another week"] == "Boehner"


def test_a_capitalised_word_after_a_subordinator_that_is_no_subject():
    text = ("The vote came after Tuesday’s hearing, with critics saying “the deal is a sham "
            "and will not last.”\n")
    assert _keys(text) == {"the deal is a sham and will not last": None}


# --- a fronted phrase before the subject, then a participle ---------------------------------

def test_a_fronted_day_is_no_speaker_on_real_copy():
    """"On Monday, the Arizona Super Bowl Host Committee came out against SB 1062, stating,
    "[W]e have heard ..."": the committee's words; "Monday, the ... Committee came out ...,"
    is no name with an appositive."""
    text = paragraph("2014-jan-brewer-urged-to-veto-gay-discrimination-bill", "hpo.md", 18)
    (statement,) = [q for q in quotes_of(text + "\n") if q.text.startswith("[W]e have heard")]
    assert statement.speaker_key == "Arizona Super Bowl Host Committee"


def test_a_fronted_month_is_no_speaker_on_real_copy():
    """"In July, the group released an ad ..., accusing the president of ... a so-called
    "apology tour"": the group's words (the ad's sponsor named before), not July's."""
    text = paragraph("2012-benjamin-netanyahu-used-in-conservative-attack-a", "hpo.md", 32)
    (tour,) = [q for q in quotes_of(text + "\n") if q.text == "apology tour"]
    assert tour.speaker == "the group"


def test_a_fronted_day_before_a_person_written():
    text = ("On Tuesday, Gov. Dana Whitfield vetoed the measure, stating, “This bill does not "
            "address a present concern.”\n")
    assert _keys(text)["This bill does not address a present concern"] == "Dana Whitfield"


def test_a_name_with_its_appositive_after_a_fronted_phrase_is_still_read():
    """The near case that must not change: a fronted phrase, then a name with its role
    between commas and the verb."""
    text = ("In Phoenix, Mark Ellis, a longtime critic of the plan, said, “It is a costly "
            "mistake.”\n")
    assert _keys(text)["It is a costly mistake"] == "Mark Ellis"
