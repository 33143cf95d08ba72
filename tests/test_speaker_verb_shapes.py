"""Shapes of the verb of speech that point to the speaker: the subject of a recording ("Mr.
Netanyahu is shown saying", "was heard shouting"), a participle that goes on from an
attribution ("..., Hutchinson said, adding, "...""), an adverb between subject and verb
("Trump again defended his proposals, saying", "released a statement unequivocally
calling"), a participle whose clause opens with a
described speaker ("A young man, dressed in a jacket and tie, approached ..., saying:"),
the present tense of a reply ("The cameraman replies,", "Etheridge appears ... and
immediately asks,") and an attribution that ends in a
colon, which introduces the next quote, not the one before it (`"...?" Mr. Strzok responds:
"No."`)."""

from __future__ import annotations

from newslint.extract.quotes.adverbs import is_adverb
from newslint.extract.quotes.subjects import present_tense
from newslint.facts.speech import lexicon
from realcopy import paragraph
from test_quotes import quotes_of

NETANYAHU = "2012-benjamin-netanyahu-used-in-conservative-attack-a"
NRA = "2013-nra-and-hutchinson-recommends-schools-to-have-ar"
ORLANDO = "2016-trump-criticizes-obama-and-clinton-over-orlando"
CHRISTIE = "2015-chris-christie-announces-bid-for-presidency"
STRZOK = "2018-trump-critic-peter-strzok-fired-from-fbi"
ETHERIDGE = "2010-rep-etheridge-apologizes-for-grabbing-a-young-ma"


def _credits(event: str, file: str, *lines: int) -> list[tuple[str, str | None]]:
    text = "\n\n".join(paragraph(event, file, n) for n in lines) + "\n"
    return [(q.text.split()[0], q.speaker_key) for q in quotes_of(text)]


def test_the_one_shown_saying_it_speaks():
    assert _credits(NETANYAHU, "nyt.md", 10, 12)[0] == ("The", "Benjamin Netanyahu")


def test_the_one_heard_shouting_it_speaks():
    assert ("Allahu", "Omar Mir Seddique Mateen") in _credits(ORLANDO, "fox.md", 18)


def test_adding_goes_on_with_the_one_who_said():
    """`The committee didn't recommend ..., Hutchinson said, adding, "..."`: Hutchinson's
    words, not the committee's."""
    assert _credits(NRA, "hpo.md", 12, 20) == [("an", None), ("Everything", "Asa Hutchinson")]


def test_again_between_the_subject_and_its_verb():
    """`In the wake of the Orlando attack, Trump again defended his proposals, saying on
    Twitter: "..."`."""
    assert ("What", "Donald Trump") in _credits(ORLANDO, "fox.md", 10, 28)


def test_a_present_tense_reply_by_a_description():
    assert _credits(ETHERIDGE, "hpo.md", 16) == [("we’re", "cameraman")]


def test_an_attribution_ending_in_a_colon_is_the_next_quotes():
    """`Ms. Page asks: Trump is "not ever going to become president, right? Right?!" Mr.
    Strzok responds: "No. ..."`: the question is Page's, the answer Strzok's."""
    assert _credits(STRZOK, "nyt.md", 28)[:2] == [("not", "Page"), ("No.", "Strzok")]


def test_a_participle_goes_on_with_a_described_subject():
    """`A young man, dressed in a jacket and tie, approached the congressman on a sidewalk,
    saying: "Hi, Congressman. ..."`: the young man's words, no one named."""
    assert _credits(ETHERIDGE, "nyt.md", 16) == [("Hi,", "young man")]


def test_a_rare_adverb_between_a_document_and_its_participle():
    """`Earlier Sunday, Clinton released a statement unequivocally calling the massacre an
    "act of terror."`: "unequivocally" is an adverb (its stem "unequivocal" is a rarer word
    than "reported"), so the statement is the one Clinton released, not "a statement
    unequivocally"."""
    assert _credits(ORLANDO, "fox.md", 36) == [("act", "Clinton")]


def test_an_ly_word_is_an_adverb_when_its_stem_is_an_english_word():
    """"unequivocally", "badly" are adverbs; "family" ("fami") and "assembly" ("assemb")
    are nouns that end in "ly", whatever the threshold."""
    lex = lexicon()
    assert is_adverb("unequivocally", lex) and is_adverb("badly", lex)
    assert not is_adverb("family", lex) and not is_adverb("assembly", lex)


def test_a_present_tense_and_an_adverb_before_a_coordinated_verb():
    """`Etheridge appears visibly irritated and immediately asks, “who are you?”`: "appears"
    is a verb after the surname, and "and immediately asks" shares its subject."""
    assert _credits(ETHERIDGE, "hpo.md", 14) == [("who", "Etheridge")]


def test_a_present_tense_is_told_from_a_plural_noun():
    assert present_tense("appears") and present_tense("asks") and present_tense("explains")
    assert not any(present_tense(w) for w in ("supporters", "officials", "campaigns", "boss"))


def test_where_and_when_between_the_subject_and_its_verb():
    """`Maggie Haberman in the New York Times today explains why, “More than any other
    candidate, ...”`: the publication and "today" stand between her and her verb."""
    assert _credits(CHRISTIE, "fox.md", 16) == [("More", "Maggie Haberman")]
    (quote,) = quotes_of("Officials in the White House said, “We are done here today.”\n")
    assert quote.speaker_key == "Officials"  # the group itself, not the White House
