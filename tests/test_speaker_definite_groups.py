"""A "they" after a sentence whose subject is "the group" (or "the committee") reaches back
through it to the group the story named before, as it does through another "they"; never to
a person who is the subject there. A party's group named another way ("the GOP committee
members") takes the one name the article gives it ("House Intelligence Committee
Republicans")."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newslint.extract.quotes.group_names import group_named_another_way
from newslint.facts.speech import lexicon
from realcopy import paragraph
from test_quotes import quotes_of

_EVENT = "2019-house-intelligence-committee-demand-adam-schiff"


def test_they_after_the_group_is_the_group_named_before():
    """HuffPost: "In a letter dated Thursday, the GOP committee members accused Schiff ...
    The group even went so far as to link Schiff to ..." then ""...," they said"."""
    text = "\n\n".join(paragraph(_EVENT, "hpo.md", n) for n in (16, 18)) + "\n"
    keys = [(q.speaker, q.speaker_key) for q in quotes_of(text)]
    assert keys[0] == ("the GOP committee members", "GOP committee members")
    assert keys[1] == ("they", "GOP committee members")


_WRITTEN = (
    "On Thursday, Sen. Jane Morrow accused the governor of misleading voters about the "
    "budget. {second} even went so far as to call the plan a fraud.\n\n"
    "\u201cThis budget is a shell game played with the savings of working families,\u201d "
    "they said.\n"
)


def test_they_never_reaches_a_person_through_the_group():
    # the sentence before "the group" has a person as its subject: "they" is no one named
    keys = [q.speaker_key for q in quotes_of(_WRITTEN.format(second="The group"))]
    assert keys == [None]


def test_a_sentence_opened_by_another_noun_breaks_the_chain():
    written = ("Five Democratic senators criticized the governor on Thursday. The plan even "
               "went so far as to cut school lunches.\n\n"
               "\u201cThis budget is a shell game played with the savings of working "
               "families,\u201d they said.\n")
    assert [q.speaker_key for q in quotes_of(written)] == [None]
    chained = written.replace("The plan even went", "The group even went")
    assert [q.speaker_key for q in quotes_of(chained)] == ["Democratic senators"]


# --- a party's group named another way in one article -------------------------------------

def _article(*lines: int, event: str = _EVENT, file: str = "hpo.md") -> str:
    return "\n\n".join(paragraph(event, file, n) for n in lines) + "\n"


def test_a_party_group_takes_the_name_the_article_gives_it():
    """HuffPost's headline names "House Intelligence Committee Republicans"; its copy calls
    them "the GOP committee members" and, after "The group ...", "they"."""
    keys = [q.speaker_key for q in quotes_of(_article(8, 16, 18, 22))]
    assert keys[:4] == ["House Intelligence Committee Republicans"] * 4


def test_a_party_group_keeps_its_words_without_a_name_that_has_them_all():
    # without the headline no name has "committee" with "Republicans": as written
    keys = [q.speaker_key for q in quotes_of(_article(16, 18))]
    assert keys == ["GOP committee members"] * 2


def test_the_house_gop_is_house_republicans_when_the_article_says_so():
    """HuffPost: headline "House Republicans Read Constitution ...", then "The House GOP
    will reportedly make it a requirement ..."."""
    event = "2011-house-reading-of-constitution-is-not-without-iss"
    lex = lexicon()
    text = _article(8, 14, event=event)
    assert group_named_another_way(text, "House GOP", lex) == "House Republicans"
    # no "Senate Republicans" in the article: the Senate GOP stays as written
    assert group_named_another_way(text, "Senate GOP", lex) is None


def test_group_names_need_one_party_and_a_modifier_of_it():
    lex = lexicon()
    text = "# Senate Republicans Vow to Block Bills\n\nThe Senate Democrats said no.\n"
    assert group_named_another_way(text, "GOP senators", lex) is None  # which Republicans?
    assert group_named_another_way(text, "Senate GOP members", lex) == "Senate Republicans"
    assert group_named_another_way(text, "Senate Democratic members", lex) == "Senate Democrats"
    assert group_named_another_way(text, "GOP and Democratic members", lex) is None
    assert group_named_another_way(text, "Senate Republicans", lex) is None  # no member noun
    # two names with the modifiers that are not one name's forms: neither
    two = text + "\nState Senate Republicans and Senate Budget Republicans met.\n"
    assert group_named_another_way(two, "Senate GOP members", lex) is None


@given(st.lists(st.sampled_from(["GOP", "House", "members", "the", "Senate", "committee",
                                 "Republicans", "aides"]), max_size=5))
def test_a_group_name_is_one_the_article_writes(words):
    text = "# House Intelligence Committee Republicans Demand a Vote\n\nThe House GOP met.\n"
    found = group_named_another_way(text, " ".join(words), lexicon())
    assert found is None or found in text


# --- "it" after a clause that opens on an organisation ------------------------------------

_BLUMENTHAL = "2010-richard-blumenthal-lies-about-serving-in-vietnam"


def test_it_after_a_clause_on_an_outlet_is_that_outlet():
    """NYT: "when a national outlet, Slate magazine, produced a profile of Mr. Blumenthal in
    2000, it said he had "enlisted in the Marines ..."."""
    text = _article(40, 42, event=_BLUMENTHAL, file="nyt.md")
    assert [q.speaker_key for q in quotes_of(text)][-1] == "Slate magazine"


def test_it_never_reaches_a_person_through_the_clause():
    text = _article(40, 42, event=_BLUMENTHAL, file="nyt.md").replace(
        "a national outlet, Slate magazine,", "Mr. Blumenthal")
    assert [q.speaker_key for q in quotes_of(text)][-1] is None
