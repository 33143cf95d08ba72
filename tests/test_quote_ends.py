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
