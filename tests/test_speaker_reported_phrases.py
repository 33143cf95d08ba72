"""Reported speech and its epithets: "the lawmaker" after a lawmaker is named stands for
them, as "the congressman" does; quoted words that end in a comma or a stop ("an "act of
terror," though ...") are the speaker's phrase, not a name modifying the noun after them
(`a "place of residence" standard`); one or two words the subject judges something as
("dismissed Obama's concerns as "unpersuasive."") are the subject's, not a term."""

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
