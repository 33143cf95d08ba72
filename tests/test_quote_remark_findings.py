"""How NL301 and NL302 read to an editor: a change list of words (not of the marks around
them), one NL302 finding per quote however many articles it differs from, and NL301 naming the
line when both credits are in one article."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from newslint.index.quote_diff import word_diff
from realcopy import article_copy, span

OBAMA = "2011-obama-taunts-gop-for-ignoring-jobs"  # dev
CLINTON = "2015-questions-raised-about-clinton-s-stance-on-the-t"  # not labelled
RYAN = "2012-biden-and-ryan-debate"  # dev

_MARKS = ',.;:!?"“”‘’'


def test_change_list_shows_words_not_their_marks() -> None:
    # Obama: "what have you guys been doing, John?" / "... been debating, John?"
    hpo = span(OBAMA, "hpo.md", 16, 2, 71, "6270472ebc")
    fox = span(OBAMA, "fox.md", 24, 2, 41, "efb81c3827")
    assert word_diff(hpo, fox) == '"doing" instead of "debating"'


def test_a_dropped_word_loses_its_opening_quote_mark() -> None:
    # Clinton, Fox: "... says ‘what's in it?’ And ‘let's make it as good as it can be ..."
    fox = span(CLINTON, "fox.md", 22, 118, 245, "4cedb3fa96")
    hpo = span(CLINTON, "hpo.md", 18, 28, 83, "066dd30e97")
    assert 'drops "let\'s"' in word_diff(hpo, fox)


words = st.text(alphabet="abcdefgh", min_size=1, max_size=5)
marked = st.tuples(st.sampled_from(["", '"', "‘", "“", "("]), words,
                   st.sampled_from(["", ",", ".", "?’", ",”", ")", ";"]))


@given(st.lists(marked, min_size=1, max_size=8), st.lists(marked, min_size=1, max_size=8))
def test_changed_words_never_begin_or_end_with_a_mark(a, b) -> None:
    diff = word_diff(" ".join("".join(w) for w in a), " ".join("".join(w) for w in b))
    for shown in re.findall(r'"([^"]*)"', diff):
        assert shown and shown[0] not in _MARKS and shown[-1] not in _MARKS, diff


def test_two_articles_changing_one_remark_two_ways_are_two_findings(tmp_path, run_json) -> None:
    # Lauten (dev): Fox cuts "reacted to an article and" from the apology HuffPost gives in
    # full (fox.md:18); the Times's fragment of it (nyt.md:36) gets "saying" for "would".
    # Two misquotes at two places: one finding would tell of only one of them.
    lauten = article_copy(tmp_path, "2014-elizabeth-lauten-apologizes-for-criticizing-obam")
    nyt = lauten / "nyt.md"
    lines = nyt.read_text(encoding="utf-8").split("\n")
    assert "that I would never have wanted" in lines[35]
    lines[35] = lines[35].replace("that I would never", "that I saying never", 1)
    nyt.write_text("\n".join(lines), encoding="utf-8")
    _, found = run_json(str(lauten), "--select", "NL302")
    at = {(f["path"].rsplit("/", 1)[-1], f["line"]): f["message"] for f in found}
    assert '"reacted to an article and" there only' in at[("fox.md", 18)]
    assert '"would" here, "saying" there' in at[("hpo.md", 22)]


def test_the_odd_wording_says_what_the_other_two_read(tmp_path, run_json) -> None:
    # Ryan: Fox gives "knows ... sometimes"; HuffPost and the Times "knows that sometimes"
    _, found = run_json(str(article_copy(tmp_path, RYAN)), "--select", "NL302")
    (finding,) = [f for f in found if f["path"].endswith("fox.md") and f["line"] == 22]
    assert "the 2 other articles (hpo.md, nyt.md) read" in finding["message"]
    assert {r["path"].rsplit("/", 1)[-1] for r in finding["related"]} == {"hpo.md", "nyt.md"}


def test_quote_credited_twice_in_one_article_names_the_line(corpus, run_json) -> None:
    root = corpus({
        "a.txt": 'WASHINGTON (Wire) - "We are going to get this tax bill passed before the '
                 'end of the year," Senator Ann Ford said on Tuesday.\n\nThe vote is '
                 'expected next week.\n\n"We are going to get this tax bill passed before '
                 'the end of the year," Treasury Secretary John Reed told reporters.\n',
        "b.txt": 'WASHINGTON (Wire) - Congress will vote on the tax bill next week. "We are '
                 'going to get this tax bill passed before the end of the year," a White '
                 'House aide said.\n'})
    _, (finding,) = run_json(str(root), "--select", "NL301")
    assert finding["message"].endswith("here and to John Reed at line 5; check who said it")
    assert "a.txt" not in finding["message"]
