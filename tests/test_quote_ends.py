"""NL302's message shows every change it weighs: a word put for another at the end of a
quote ("a nuclear bomb" / "nuclear arms") is a change, not where one cut stops, and it
shows even beside a change inside the words both versions give."""

from __future__ import annotations

from newslint.index.quote_diff import word_diff
from newslint.index.quote_noise import changed_passages
from realcopy import span

NETANYAHU = "2012-benjamin-netanyahu-used-in-conservative-attack-a"


def test_a_word_changed_at_the_end_shows_in_the_message(corpus, run_json) -> None:
    root = corpus({
        "a.txt": 'LONDON (Wire) - "Every week that passes, the plant gets closer to a working '
                 'reactor," Ann Ford said.\n',
        "b.txt": 'LONDON (Wire) - "Every week that passes, the plant gets closer to working '
                 'turbines," Ann Ford said.\n'})
    _, (finding,) = run_json(str(root), "--select", "NL302")
    assert ('"turbines" here, "reactor" there' in finding["message"]
            or '"reactor" here, "turbines" there' in finding["message"])


def test_real_end_change_shows_beside_an_inner_one() -> None:
    # Netanyahu: "closer and closer to a nuclear bomb" / "closer and closer to nuclear arms"
    fox = span(NETANYAHU, "fox.md", 14, 2, 87, "24b283c47b")
    nyt = span(NETANYAHU, "nyt.md", 12, 2, 85, "b22118ffce")
    mine, theirs = changed_passages(fox.split(), nyt.split())
    assert mine.endswith("bomb") and theirs.endswith("arms")
    assert '"bomb" instead of "arms"' in word_diff(fox, nyt)


def test_words_past_the_other_end_are_a_cut_not_shown() -> None:
    # beside a change inside, words one version has past the other's end are its cut
    assert word_diff("we will add 900 new units and more jobs later this year",
                     "we will add 900 units") == 'adds "new"'


PELOSI = "2016-nancy-pelosi-wins-house-minority-leadership-agai"


def test_one_shared_word_past_two_endings_is_no_change() -> None:
    # Pelosi: "... and we'll do it again. This is so much bigger that politics." /
    # "... We will do it again by making that differentiation.": the two go their own way
    # after "do it again"; "that" in both endings does not make them one stretch.
    fox = span(PELOSI, "fox.md", 34, 54, 140, "840f9e196c")
    nyt = span(PELOSI, "nyt.md", 22, 51, 129, "b617128cf1")
    changed = nyt.replace("We will do", "We do")  # a word dropped inside the shared words
    assert changed != nyt
    diff = word_diff(fox, changed)
    assert "we’ll" in diff and "politics" not in diff and "bigger" not in diff
    # untouched, the two copies differ only past the words both give
    assert "politics" not in word_diff(fox, nyt) and "bigger" not in word_diff(fox, nyt)


def test_a_shared_word_after_a_short_change_still_anchors() -> None:
    # a word put for another with one word in common after it is a change inside
    assert word_diff("we will win the vote in the house today",
                     "we will lose the vote in the house today") == '"win" instead of "lose"'
    assert "lose" in word_diff("they said it would lose votes badly here",
                               "they said it would win votes badly here")
