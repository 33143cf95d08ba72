"""A figure's tense: said of what happened or of what will (facts/context.py), on real
paragraphs of basil."""

from __future__ import annotations

from test_figure_phrase_keys import _at


def test_an_offer_to_act_tells_what_will_be():
    # The Times: "Mr. Trump offered to restore T.P.S. protection for 300,000 people";
    # HuffPost: "The offer would also give a three-year extension to 300,000 people".
    event = "2019-lawmakers-react-to-trump-s-immigration-proposal"
    assert _at(event, "nyt.md", 22, "300,000").future
    assert _at(event, "hpo.md", 14, "300,000").future


def test_preparing_to_move_up_tells_the_rank_to_come():
    q = _at("2014-raul-labrador-challenges-kevin-mccarthy-for-hous", "nyt.md", 26, "No. 2")
    assert q.future


def test_a_verb_of_its_own_ends_the_reach_of_an_intent():
    # The Times: "the congressman intended to cooperate fully and had already repaid about
    # $60,000 to his campaign": what was repaid, as Fox's "Hunter and his wife repaid the
    # campaign about $60,000".
    event = "2018-congressman-hunter-and-wife-indicted-on-corrupti"
    assert not _at(event, "nyt.md", 46, "about $60,000").future
    assert not _at(event, "fox.md", 24, "about $60,000").future
