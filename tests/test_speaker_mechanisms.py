"""Speaker mechanisms found wrong on real copy, each pinned on its real paragraph and on a
second passage of another shape written in the style of wire copy: a middle initial, a
fronted subordinate clause before a pronoun's person, an attribution that closes a
sentence of partial quotes, a document that speaks for its issuer, and "the governor" when
a story titles two."""

from __future__ import annotations

from realcopy import paragraph
from test_quotes import quotes_of

MUELLER = "2019-mueller-s-office-disputes-buzzfeed-report"


def _lines(event: str, file: str, first: int, last: int) -> str:
    return "\n\n".join(paragraph(event, file, n) for n in range(first, last + 1, 2)) + "\n"


def _keys(text: str) -> list[str | None]:
    return [q.speaker_key for q in quotes_of(text)]


# --- a middle initial does not cut a name in two -----------------------------------------

def test_a_middle_initial_keeps_the_name_whole_for_a_pronoun():
    """"The committee's ranking member, Elijah E. Cummings, ... said ...": the "he" of the
    next sentence is Cummings, not the spokesman of the paragraph before."""
    text = _lines("2015-benghazi-committee-wants-to-interview-clinton-ab", "nyt.md", 26, 28)
    assert _keys(text)[-1] == "Elijah E. Cummings"


def test_a_middle_initial_in_a_titled_name():
    text = ("Ms. Ortiz opened the hearing.\n\n"
            "Representative Mary K. Sullivan, Republican of Ohio, told reporters the vote "
            "would wait until spring. “We have time to get this right,” she said.\n")
    assert _keys(text) == ["Mary K. Sullivan"]


# --- a fronted clause's subject is not the sentence's -------------------------------------

def test_a_pronoun_takes_the_main_clause_subject_after_a_when_clause():
    """"When Mr. Biden went after ..., Mr. Ryan reminded the vice president ... "...," he
    said": Ryan, not Biden."""
    text = _lines("2012-biden-and-ryan-debate", "nyt.md", 26, 28)
    assert (_keys(text)[-1] or "").endswith("Ryan")


def test_a_pronoun_takes_the_main_clause_subject_after_an_after_clause():
    text = ("Carl Ortiz and Dan Kline sit on the panel.\n\n"
            "After Mr. Ortiz left the hearing, Mr. Kline told reporters the vote would wait. "
            "“We have time to get this right,” he said.\n")
    assert _keys(text) == ["Dan Kline"]


# --- an attribution that closes the sentence ----------------------------------------------

def test_a_sentence_final_attribution_speaks_for_its_partial_quotes():
    """"he took care "not to overstate ..." and provided ... "persons connected to the White
    House" ..., the special counsel's filing said": the filing's, so the special counsel's."""
    quotes = quotes_of(paragraph(MUELLER, "nyt.md", 58) + "\n")
    assert {q.speaker_key for q in quotes} == {"special counsel"}
    assert len(quotes) >= 2


def test_an_inverted_attribution_after_the_quote_runs_on():
    """"... would work better" than a shutdown, said Senator Shelley Moore Capito": the
    sentence goes on past the closing mark before its attribution."""
    text = paragraph("2019-donald-trump-announces-end-to-government-shutdow", "nyt.md", 54)
    assert _keys(text + "\n") == ["Shelley Moore Capito"]


def test_a_spokeswoman_closing_a_sentence_of_two_fragments():
    text = ("The plan would “cut waste in every county” and “protect patients who need care "
            "most,” a spokeswoman for the Ohio Hospital Association said on Monday.\n")
    keys = _keys(text)
    assert len(keys) == 2 and all(k and "Ohio Hospital Association" in k for k in keys)


def test_a_clause_after_the_quote_is_no_attribution_of_it():
    text = ("The bill would “cut waste across the whole state,” and the governor said that "
            "it would pass.\n")
    assert _keys(text) == [None]


# --- a document speaks for its issuer -----------------------------------------------------

def test_a_possessive_document_speaks_for_its_possessor():
    quotes = quotes_of(paragraph(MUELLER, "nyt.md", 58) + "\n")
    assert quotes[0].speaker == "the special counsel’s filing"


def test_a_report_speaks_for_whoever_the_article_says_published_it():
    """"BuzzFeed's Thursday night report claimed ..." then "the report said": BuzzFeed's."""
    text = _lines(MUELLER, "hpo.md", 18, 20)
    assert _keys(text) == ["BuzzFeed"]


def test_a_resolution_speaks_for_the_body_that_adopted_it():
    """"The NAACP adopted a resolution ..." then "The resolution initially said ...": the
    NAACP's words."""
    text = _lines("2010-n-a-a-c-p-challenges-tea-party-on-racism", "fox.md", 10, 12)
    keys = _keys(text)
    assert keys[-2:] == ["NAACP", "NAACP"]


def test_a_letter_speaks_for_the_company_that_sent_it():
    text = ("Acme Mining sent a letter to the state regulator on Friday.\n\n"
            "“We will comply fully with every order the board issues,” the letter said.\n")
    assert _keys(text) == ["Acme Mining"]


def test_a_letter_is_not_the_words_of_someone_named_inside_an_including_list():
    text = ("The executives of nine companies, including Carl Ortiz of Acme, sent a letter "
            "to the governor.\n\n"
            "“We are deeply concerned about the harm this law will do,” reads the letter.\n")
    assert _keys(text) != ["Carl Ortiz"]


# --- "the governor" when the story titles two ---------------------------------------------

def test_the_governor_is_the_one_mentioned_last():
    """Two governors in the story; "Mr. Patrick ... was asked" then "the governor replied":
    Patrick, though Gov. Nikki R. Haley is titled nearer."""
    text = "\n\n".join(paragraph("2013-william-cowan-named-interim-senator-in-massachus",
                                 "nyt.md", n) for n in (14, 16, 54, 56)) + "\n"
    assert _keys(text)[-1] == "Deval Patrick"


def test_the_governor_follows_a_later_honorific_mention():
    text = ("Gov. Tom Hart of Iowa spoke first. Gov. Ann Lee of Ohio spoke next.\n\n"
            "Mr. Hart was asked whether he would sign the compact.\n\n"
            "“We will sign it this week,” the governor said.\n")
    assert _keys(text) == ["Tom Hart"]


# --- a relative clause between a subject and its verb -------------------------------------

def test_people_inside_a_relative_clause_are_not_the_subject():
    """"The lawsuit, which was brought by ... Scott Pruitt, accused Colorado officials of
    ... a "scheme"": the lawsuit's words, not Pruitt's."""
    text = paragraph("2014-nebraska-and-oklahoma-fight-colorado-s-recreatio", "nyt.md", 30)
    assert set(_keys(text + "\n")) == {"lawsuit"}


def test_a_named_head_before_its_age_and_relative_clause_speaks():
    """"the aide, Elizabeth Lauten, 31, who ... was a spokeswoman for ..., wrote ...,
    saying": Lauten, not the role inside the clause."""
    text = paragraph("2014-elizabeth-lauten-apologizes-for-criticizing-obam", "nyt.md", 12)
    assert set(_keys(text + "\n")) == {"Elizabeth Lauten"}


def test_a_lawyer_named_inside_a_relative_clause_is_not_the_subject():
    text = ("The settlement, which was negotiated by the city’s lawyer, Ana Ruiz, called the "
            "terms “fair to every family involved in the case.”\n")
    assert _keys(text) == [None]


def test_a_titled_name_inside_a_relative_clause_after_an_age_is_not_the_subject():
    text = ("Mr. Hart, 64, who once worked for Sen. Ann Lee, Democrat of Ohio, wrote to the "
            "board, calling the plan “a gift to the insurers and nobody else.”\n")
    assert _keys(text) == ["Hart"]


# --- an attribution after a quote closed by a full stop -----------------------------------

def test_a_lower_case_attribution_after_a_full_stop():
    """`"... public events." added Lauten, who works for ...`: Lauten's words."""
    text = paragraph("2014-elizabeth-lauten-apologizes-for-criticizing-obam", "fox.md", 14)
    assert _keys(text + "\n")[0] == "Lauten"


def test_a_sentence_that_is_only_an_attribution_after_a_full_stop():
    """`"... lawsuits in foreign courts." Obama wrote in a letter delivered Tuesday.`"""
    text = paragraph("2016-senate-set-to-override-obama-s-veto-on-9-11-bill", "fox.md", 28)
    assert _keys(text + "\n") == ["Obama"]


def test_a_titled_speaker_and_a_day_after_a_full_stop():
    text = "“The vote is final and it stands.” Mayor Ana Ruiz said on Tuesday.\n"
    assert _keys(text) == ["Ana Ruiz"]


def test_a_new_sentence_with_its_own_clause_is_no_attribution():
    text = ("“The vote is final and it stands.” Ana Ruiz said the council would meet again "
            "in May.\n")
    assert _keys(text) == [None]


# --- guards the mechanisms above must keep ------------------------------------------------

def test_a_pronoun_takes_the_person_who_speaks_over_the_one_spoken_of():
    """"Hodgkinson was member of the YMCA, Rucker said in a statement. She said ...": the
    YMCA's spokeswoman, not the man she speaks of."""
    text = "\n\n".join(paragraph("2017-rare-comity-at-capitol-after-shooting-doesn-t-la",
                                 "hpo.md", n) for n in (52, 54, 56)) + "\n"
    assert set(_keys(text)[-2:]) == {"Dana Rucker"}


def test_a_pronoun_after_an_inverted_attribution_is_its_speaker():
    text = ("Carl Hart and Ana Ruiz both knew the club.\n\n"
            "Hart was a member of the club for a decade, Ruiz said in a statement. She said "
            "that he came “often and at all hours of the day.”\n")
    assert _keys(text) == ["Ana Ruiz"]


def test_a_closing_attribution_is_not_read_inside_the_speakers_appositive():
    """`"...," Elliott Maynard, a Republican trying to unseat Representative Nick J. Rahall
    II, a Democrat, in ..., said`: "a Democrat" is no speaker."""
    text = paragraph("2010-republican-congressional-candidates-dispute-plan", "nyt.md", 18)
    assert "Democrat" not in _keys(text + "\n")


def test_the_medium_told_is_not_the_speaker():
    """`"...," diGenova, who has informally been an adviser ..., told Fox News.`"""
    text = paragraph("2019-roger-stone-has-been-indicted-by-mueller", "fox.md", 52)
    assert "Fox News" not in _keys(text + "\n")


def test_an_indictment_is_not_the_words_of_the_person_indicted():
    text = ("Stone’s indictment was unsealed on Friday.\n\n"
            "He lied “on multiple occasions” to the committee, the indictment said.\n")
    assert _keys(text) != ["Stone"]


# --- an organisation's generic name -------------------------------------------------------

ELEPHANTS = "2017-trump-reverses-decision-to-allow-import-of-eleph"


def test_the_agency_is_the_service_named_as_a_subject_before():
    """"The U.S. Fish and Wildlife Service said in a written notice ..." then "the agency
    said": the service's words (the full name, past its abbreviation and "and")."""
    text = _lines(ELEPHANTS, "fox.md", 24, 26)
    assert _keys(text) == ["U.S. Fish and Wildlife Service"]


def test_the_group_is_the_club_that_opened_the_sentence_before():
    text = _lines(ELEPHANTS, "hpo.md", 34, 36)
    assert _keys(text)[-1] == "Safari Club"


def test_the_company_is_the_company_named_before():
    text = ("Acme Health Partners said on Monday it would close two clinics.\n\n"
            "“We regret this decision and the harm it does,” the company said.\n")
    assert _keys(text) == ["Acme Health Partners"]


def test_the_company_stays_generic_when_no_company_was_the_subject():
    text = ("Patients in Dayton learned on Monday that two clinics would close.\n\n"
            "“We regret this decision and the harm it does,” the company said.\n")
    assert _keys(text) == ["company"]


# --- words given as someone's "opinion that", "comments about" ----------------------------

GRIFFIN = "2017-kathy-griffin-apologizes-for-photo-shoot-with-a"


def test_words_after_a_possessive_opinion_are_the_possessors():
    """`Tvert ... told The Huffington Post that MPP agrees with Suthers' opinion that the
    suit is "without merit."`: Suthers' words, not Tvert's."""
    text = paragraph("2014-nebraska-and-oklahoma-fight-colorado-s-recreatio", "hpo.md", 38)
    assert _keys(text + "\n") == ["Suthers"]


def test_quotes_after_someones_comments_about_are_theirs_and_the_first_stays():
    """`Griffin claims that the image is an "expression of art" inspired by Trump’s
    comments about ... "blood coming out of her eyes" and "out of her — wherever."`"""
    keys = _keys(paragraph(GRIFFIN, "hpo.md", 22) + "\n")
    assert keys == ["Griffin", "Trump", "Trump"]


def test_a_complaint_that_is_the_possessors():
    """`But Mr. Mattis’s core complaint was that ... who want "a world ..."`."""
    text = paragraph("2018-james-mattis-quits-as-defense-secretary", "nyt.md", 44)
    assert _keys(text + "\n") == ["Mattis"]


def test_a_claim_that_a_council_rejected_is_the_claimants():
    text = ("The council rejected Mayor Ana Ruiz’s claim that the budget was “balanced to the "
            "last dollar.”\n")
    assert _keys(text) == ["Ana Ruiz"]


def test_a_verb_of_speech_after_the_possessive_noun_takes_over():
    text = ("Santorum put out a statement shortly after Romney's remarks that claimed Obama "
            "“has fought against the institution of marriage at every turn.”\n")
    assert "Romney" not in _keys(text)


# --- "it said": a document, never a person ------------------------------------------------

def test_it_said_is_the_cable_mentioned_before():
    """"The cable, sent under Ambassador Chris Stevens' signature ..., warned ..." then "It
    said "..."" and "..., it said": the cable's words, not the ambassador's."""
    text = _lines("2013-e-mails-show-jostling-over-benghazi-talking-poin", "fox.md", 20, 26)
    assert _keys(text)[1:] == ["cable", "cable", "cable"]


def test_it_said_is_the_report_of_the_sentence_before():
    text = ("The report on the agency was released on Friday. It said the state had “failed "
            "every child in its care for a decade.”\n")
    assert _keys(text) == ["report"]


def test_it_is_never_the_person_named_before():
    text = ("Carl Hart left Acme Mining on Monday after ten years.\n\n"
            "“We wish him well in all he does next,” it said.\n")
    assert _keys(text) == [None]
