"""How far apart two wordings of one remark are, as NL302 weighs it before calling them
two remarks: closed-class words ("and", "the") count nothing, a cut made without an
ellipsis counts once also beside a word put in, and a lone shared word past a longer
change at an end ("by hosting Trump" / "by hosting him. If he's gone soft on Trump") is
met by chance.

Each shape is written in the style of wire copy, then checked on a real dev paragraph
(basil, by event, file and line) with one word changed, as an editor's slip would.
"""

from __future__ import annotations

from findings import showing
from newslint.index.quote_remarks import inner_changes, one_remark
from newslint.index.quote_text import normalise
from realcopy import article_copy, edit_line


def test_closed_class_words_do_not_part_one_remark() -> None:
    a = normalise("a record of lawsuits and angry owners and workers who feel cheated and "
                  "customers who feel robbed")
    b = normalise("a record of lawsuits, angry owners and builders who feel cheated and "
                  "customers who feel robbed")
    assert inner_changes(a, b, omission=1) == 1


def test_a_lone_word_at_the_end_is_met_by_chance() -> None:
    short = normalise("the mayor is taking a big political risk by hosting Ford")
    long_ = normalise("the mayor is taking a big political risk by hosting him. If he goes "
                      "soft on Ford, it will hurt him")
    assert inner_changes(short, long_, omission=1) == 0


def test_a_cut_and_a_word_put_in_are_one_remark() -> None:
    a = normalise("I went too far and I deeply was wrong")
    b = normalise("I went too far. I made a mistake and I was wrong.")
    assert one_remark(a, b, min(len(a), len(b)))
    assert inner_changes(a, b, omission=1) == 2


def test_two_remarks_sharing_scattered_pairs_stay_apart() -> None:
    a = normalise("we will fight for the workers of this state every day")
    b = normalise("we will see what the voters of this county decide next week")
    assert not one_remark(a, b, min(len(a), len(b)))


def test_real_dev_word_changed_in_a_list_with_other_small_changes(tmp_path,
                                                                 run_json) -> None:
    # Bloomberg: fox gives "and ... and angry shareholders and contractors", hpo ", ...,
    # angry stockholders and contractors"; one more word changed in hpo
    root = article_copy(tmp_path, "2016-bloomberg-criticizes-trump-at-dnc")
    edit_line(root, "hpo.md", 16, "and contractors who", "and plumbers who")
    assert {("hpo.md", 16), ("fox.md", 20)} <= showing(run_json, root, "NL302", "plumbers")


def test_real_dev_last_word_changed_where_it_comes_again_later(tmp_path, run_json) -> None:
    # Vicente Fox: "by hosting Trump" (fox) / "by hosting Trump. If he's gone soft on
    # Trump" (hpo); the first "Trump" of hpo changed
    root = article_copy(tmp_path, "2016-trump-gets-into-twitter-feud-with-vicente-fox")
    edit_line(root, "hpo.md", 22, "by hosting Trump", "by hosting Clinton")
    assert {("hpo.md", 22), ("fox.md", 16)} <= showing(run_json, root, "NL302", "Clinton")


def test_real_dev_word_put_into_a_quote_cut_without_an_ellipsis(tmp_path, run_json) -> None:
    # Griffin: "I went too far and I was wrong" / "I went too far. I made a mistake and I
    # was wrong."
    root = article_copy(tmp_path, "2017-kathy-griffin-apologizes-for-photo-shoot-with-a")
    edit_line(root, "fox.md", 20, "and I was wrong", "and I was morally wrong")
    assert {("fox.md", 20), ("nyt.md", 22)} <= showing(run_json, root, "NL302", "morally")
