"""Pronouns land on people, never on things: an office written "Director of National
Intelligence" before a name titles a person the pronouns after it refer to; a name the
article lists among organisations ("companies including Google") is no person, nor is a
name it opens ("Google Drive"); "A spokesperson for Google says" opens a clause as its
subject, so "the spokesperson" after it is Google's."""

from __future__ import annotations

from newslint.extract.quotes.people import listed_organisations
from newslint.extract.quotes.titles import office_prefixed
from newslint.facts.speech import lexicon
from realcopy import paragraph
from test_quotes import quotes_of

_EVENT = "2013-white-house-plays-down-data-program"


def _keys(text: str) -> list[str | None]:
    return [q.speaker_key for q in quotes_of(text)]


def _lines(*numbers: int) -> str:
    return "\n\n".join(paragraph(_EVENT, "fox.md", n) for n in numbers) + "\n"


def test_an_office_of_a_named_body_titles_the_person_after_it():
    found = office_prefixed("Director of National Intelligence James Clapper")
    assert found is not None and found.name == "James Clapper"
    assert found.role == "Director of National Intelligence"


def test_a_body_office_needs_a_given_name_where_the_name_starts():
    # no given name to say where the office ends: left to the name phrase as before
    assert office_prefixed("Director of National Parks Ranch Road") is None
    # the vocabulary's own offices come first: all of the name stays the name
    found = office_prefixed("Secretary of State Hillary Rodham Clinton")
    assert found is not None and found.name == "Hillary Rodham Clinton"


def test_he_after_a_titled_office_is_that_person_not_a_product():
    """Fox: "... Director of National Intelligence James Clapper issued a statement ... He
    called the disclosure ... "reprehensible"", with "Google Drive files" later on."""
    keys = _keys(_lines(12, 14, 16, 18, 48))
    assert keys[:2] == ["James Clapper", "James Clapper"]
    assert "Google Drive" not in keys


def test_names_listed_after_a_plural_organisation_noun_are_organisations():
    lex = lexicon()
    found = listed_organisations(paragraph(_EVENT, "fox.md", 12), lex)
    assert {"Google", "Facebook"} <= found
    # "people like Smith and Jones": people is no organisation noun
    assert listed_organisations("Voters like Smith and Jones said so.", lex) == frozenset()


def test_the_spokesperson_after_a_spokesperson_for_a_company_is_its_spokesperson():
    keys = _keys(_lines(12, 48, 50, 52))
    assert keys and all(k == "Google spokesperson" for k in keys)


def test_a_person_in_a_list_of_people_keeps_his_pronouns():
    text = ("Lawmakers including Sen. Ron Wyden and Sen. Mark Udall pressed the agency. "
            "Wyden said the program had gone too far.\n\n"
            "“This is not what Congress intended,” he said.\n")
    assert _keys(text) == ["Ron Wyden"]


# --- the main clause's subject, not a complement clause's --------------------------------

def test_he_is_the_main_subject_not_the_one_named_after_whether():
    """NYT: "Still, Mr. Trump, speaking briefly with reporters ..., offered an emphatic "yes"
    when asked whether Mr. Lieberman was among the finalists. "...," he told reporters":
    Trump, though a long aside keeps his verb from his name."""
    text = "\n\n".join(paragraph("2017-donald-trump-considers-joe-lieberman-for-fbi-dir",
                                 "nyt.md", n) for n in (10, 18, 20)) + "\n"
    keys = _keys(text)
    assert keys[-2:] == ["Trump", "Trump"]


def test_a_complement_subject_alone_in_its_sentence_is_still_the_antecedent():
    text = ("Aides were asked whether Mr. Lieberman was among the finalists. "
            "“I would be honored,” he told reporters.\n")
    assert _keys(text) == ["Lieberman"]


# --- a definite plural of a title is the group named with that noun ----------------------

def test_the_bishops_are_the_conference_of_bishops_the_article_named():
    """HuffPost: "The letter quotes the U.S. Conference of Catholic Bishops, which wrote ...
    The bishops noted that "the House-passed budget resolution fails ..."."""
    text = paragraph("2012-georgetown-catholics-challenge-paul-ryan", "hpo.md", 16) + "\n"
    keys = [q.speaker_key for q in quotes_of(text) if q.speaker == "The bishops"]
    assert keys == ["U.S. Conference of Catholic Bishops"]


def test_the_bishops_with_no_group_named_stay_a_group_not_one_bishop():
    text = ("Bishop Thomas Olmsted spoke first at the meeting in Phoenix on Monday. "
            "The bishops noted that “the budget fails to meet these moral criteria.”\n")
    keys = _keys(text)
    assert len(keys) == 1 and keys[0] != "Thomas Olmsted"


# --- "the company" after the clause it is coordinated with -------------------------------

def test_the_company_is_the_organisation_of_the_clause_before_it():
    """Fox: "In 2013, Yahoo was hacked, and the company said in a statement that "..."."""
    text = paragraph("2018-trump-accuses-former-clinton-aide-of-failing-to", "fox.md", 22)
    assert _keys(text + "\n") == ["Yahoo"]


def test_the_company_after_a_person_in_the_clause_before_is_not_that_person():
    text = ("On Monday, Dana Smith was fired, and the company said in a statement that "
            "“the decision was made after a careful review.”\n")
    assert _keys(text) != ["Dana Smith"] and "Smith" not in _keys(text)


def test_the_senators_are_not_a_named_group_past_a_nearer_group_of_senators():
    """NYT: "Arizona's United States senators, John McCain and Jeff Flake, ..." then "three
    Republican state senators — Adam Driggs, ... "...," the senators said": not McCain's."""
    text = "\n\n".join(paragraph("2014-jan-brewer-urged-to-veto-gay-discrimination-bill",
                                 "nyt.md", n) for n in (14, 16)) + "\n"
    assert not any("United States" in (k or "") for k in _keys(text))


def test_he_after_when_x_learned_that_y_is_x():
    """Fox: "When Bopp learned years later that Lerner had been promoted ..., he became
    concerned. "She was in effect being promoted ...," he said."""
    text = "\n\n".join(paragraph("2013-irs-official-who-refused-to-testify-facing-more",
                                 "fox.md", n) for n in (34, 38, 40)) + "\n"
    assert _keys(text)[-1] == "James Bopp"


# --- a name after "that" with an honorific is a clause's subject, not a modifier ---------

def test_a_titled_name_after_that_is_the_antecedent():
    """NYT: "It does not appear that Mr. Blumenthal ever sought to correct those mistakes.
    In the interview, he said ... "I don't know if we tried to do so or not," he said."""
    text = "\n\n".join(paragraph("2010-richard-blumenthal-lies-about-serving-in-vietnam",
                                 "nyt.md", n) for n in (36, 44, 46, 48)) + "\n"
    assert _keys(text)[:2] == ["Blumenthal", "Blumenthal"]


def test_a_name_after_that_modifying_a_noun_is_still_no_antecedent():
    text = ("Ms. Ruiz spoke at the rally. Aides said that Obama campaign staff had seen the "
            "plan. “We will not back down,” she said.\n")
    assert _keys(text) == ["Ruiz"]
