"""NL302 at error where two wordings of one remark say opposite things: a negation one has
and the other lacks, inside the words both give."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newslint.index.quote_noise import words_of
from newslint.index.quote_text import reverses
from realcopy import article_copy


def test_a_negation_put_in_or_left_out_reverses_a_remark() -> None:
    assert reverses(words_of("money that should have been used for it"),
                    words_of("money that shouldn’t have been used for it"))
    assert reverses(words_of("it is not the time to leave"), words_of("it is the time to leave"))
    assert reverses(words_of("we have a plan for it"), words_of("we have no plan for it"))


def test_other_changes_and_cuts_reverse_nothing() -> None:
    assert not reverses(words_of("it is the time to leave"),
                        words_of("it is now the time to leave"))
    # where a cut starts: one quote begins at the negation, the other after it
    assert not reverses(words_of("not the time to leave"), words_of("the time to leave"))
    # a negation inside a longer run of changed words is a change, not a reversal
    assert not reverses(words_of("if they do not pass it we will"),
                        words_of("to pass it we will"))


_WORDS = st.lists(st.sampled_from("it is the time to go not now we have a plan".split()),
                  min_size=1, max_size=8).map(tuple)


@given(_WORDS, _WORDS)
def test_reversal_is_symmetric(a, b) -> None:
    assert reverses(a, b) == reverses(b, a)
    assert not reverses(a, a)


def test_should_against_shouldnt_on_real_copy_is_an_error(tmp_path, run_json) -> None:
    # basil 2013 Jackson: Fox quotes the prosecutor's "money that should have been used",
    # HuffPost "money that shouldn't have been used" (fox.md:14, hpo.md).
    folder = article_copy(tmp_path, "2013-jackson-pleads-guilty-over-illegal-campaign-spen")
    _, found = run_json(str(folder), "--select", "NL302")
    (finding,) = [d for d in found if d["severity"] == "error"]
    assert finding["path"].endswith("fox.md") and finding["line"] == 14
    assert "say opposite things" in finding["message"]
