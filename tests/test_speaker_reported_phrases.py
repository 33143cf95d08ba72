"""Reported speech and its epithets: "the lawmaker" after a lawmaker is named stands for
them, as "the congressman" does; quoted words that end in a comma or a stop ("an "act of
terror," though ...") are the speaker's phrase, not a name modifying the noun after them
(`a "place of residence" standard`); one or two words the subject judges something as
("dismissed Obama's concerns as "unpersuasive."") are the subject's, not a term; the
subject of "in saying", of "with X saying", and a name before "(R-Ariz.), said"."""

from __future__ import annotations

from realcopy import paragraph
from test_quotes import quotes_of

ETHERIDGE = "2010-rep-etheridge-apologizes-for-grabbing-a-young-ma"
ORLANDO = "2016-trump-criticizes-obama-and-clinton-over-orlando"
VETO = "2016-senate-set-to-override-obama-s-veto-on-9-11-bill"
DEBATE = "2012-biden-and-ryan-debate"


def _credits(event: str, file: str, *lines: int) -> list[tuple[str, str | None]]:
    text = "\n\n".join(paragraph(event, file, n) for n in lines) + "\n"
    return [(q.text, q.speaker_key) for q in quotes_of(text)]


def test_the_lawmaker_is_the_lawmaker_named_before():
    """`North Carolina Rep. Bob Etheridge ..., the lawmaker said he is "profoundly" sorry`."""
    assert _credits(ETHERIDGE, "fox.md", 10) == [("profoundly", "Bob Etheridge")]


def test_a_phrase_ended_by_its_comma_is_reported_speech():
    """`Obama, speaking from the White House on Sunday, said the nightclub massacre ... is
    being investigated as an "act of terror," though did not say ...`: Obama's words."""
    assert _credits(ORLANDO, "fox.md", 16) == [("act of terror", "Obama")]


def test_quoted_words_before_their_noun_still_name_a_thing():
    text = 'The court threw out a "place of residence" standard the county used.\n'
    assert [q.speaker_key for q in quotes_of(text)] in ([], [None])


def test_words_the_subject_judges_something_as_are_the_subjects():
    """`But Cornyn, one of the bill's leading proponents, dismissed Obama's concerns as
    "unpersuasive."`: one word, but Cornyn's judgement in his word."""
    assert ("unpersuasive.", "Cornyn") in _credits(VETO, "fox.md", 30)


def test_two_short_judgements_of_one_subject():
    """`Mr. Biden ... relished his role, addressing his opponent as “my friend” but
    dismissing his arguments as “malarkey.”`: both Biden's."""
    credits = _credits(DEBATE, "nyt.md", 18)
    assert ("my friend", "Biden") in credits and ("malarkey.", "Biden") in credits


def test_a_term_after_a_passive_or_an_intransitive_as_is_no_ones():
    """The near cases: "is widely seen as" (a passive: whose view it is goes unsaid) and "served
    as" (no object judged) leave one or two quoted words a term."""
    text = ('The plan Smith is widely seen as "largely finished" in the Senate. Smith served as '
            '"acting chair" for a year.\n')
    assert [q.speaker_key for q in quotes_of(text)] in ([], [None], [None, None])


AARP = "2011-aarp-drops-its-opposition-to-social-security-cut"
LIEBERMAN = "2017-donald-trump-considers-joe-lieberman-for-fbi-dir"
STRZOK = "2018-trump-critic-peter-strzok-fired-from-fbi"


def test_the_subject_of_a_participle_after_in_speaks():
    """`White House Press Secretary Jay Carney reiterated past statements in saying
    President Obama does not see Social Security as a "driver"`: "in saying" is the means
    of the clause's own verb, as "by saying" is."""
    assert ("driver", "Jay Carney") in _credits(AARP, "fox.md", 36)


def test_a_stray_comma_after_the_party_and_state():
    """`and Sen. John McCain (R-Ariz.), said he would be “overjoyed”`: McCain's word."""
    assert ("overjoyed", "John McCain") in _credits(LIEBERMAN, "hpo.md", 32)


def test_with_a_name_and_a_participle():
    """`Republicans tore into the FBI official, with House Oversight Committee Chairman
    Trey Gowdy saying he exhibited "textbook bias."`: Gowdy's words, not the Republicans'."""
    assert ("textbook bias.", "Trey Gowdy") in _credits(STRZOK, "fox.md", 36)


def test_a_possessive_determiner_opening_the_sentence_is_no_surname():
    """`Her comments, said Josh Earnest, the White House press secretary, are “entirely
    consistent ...”`: Earnest's words; "Her" before "comments" is no one's name."""
    text = paragraph("2015-netanyahu-plans-to-deliver-a-speech-to-congress", "nyt.md", 26)
    assert [q.speaker_key for q in quotes_of(text + "\n")] == ["Josh Earnest"]


def test_a_verb_with_a_preposition_before_as_judges_nothing():
    """`the plan, also referred to as “principles,”`: the plan's name, no one's judgement."""
    text = ("Politico reported that Boehner wants the plan, also referred to as “principles,” "
            "completed soon.\n")
    assert [q.speaker_key for q in quotes_of(text)] in ([], [None])


def test_a_day_that_opens_the_clause_needs_no_comma():
    """`On Tuesday he repeated his apology for that comment, calling it “very
    inappropriate,”`: Perry's words, "he" past "On Tuesday"."""
    text = "\n\n".join(paragraph("2011-joe-arpaio-endorsed-texas-governor-rick-perry-fo",
                                 "nyt.md", n) for n in (26, 28)) + "\n"
    assert ("very inappropriate", "Perry") in [(q.text, q.speaker_key)
                                                    for q in quotes_of(text)]
