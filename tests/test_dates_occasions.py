"""One person's occasion dated by two articles with different verbs: keyed by the person
and the occasion noun (rules/dates.yaml `occasions`), compared at info; a person's two
interviews, one of a series, another person or nothing else shared stay apart."""

from __future__ import annotations

import datetime as dt

from dated import dated_facts
from newslint.facts import ArticleFacts
from newslint.index.date_conflicts import conflict_text, keyed_conflicts
from newslint.index.date_occasions import occasion_pairs

_QUOTE = '"We will not back down on this," said Rep. Todd Akin. '
_A = _QUOTE + "Akin vowed to stay in the race on {day} on the radio show of Mike Huckabee."
_B = _QUOTE + "Akin told Mike Huckabee on his radio show {day} afternoon that he is staying in."


def _facts(name: str, body: str) -> ArticleFacts:
    return dated_facts(name, dt.date(2012, 8, 24), body)


def _found(a: str, b: str) -> list[str]:
    articles = [_facts("a.md", a), _facts("b.md", b)]
    return [conflict_text(c, 4)[0] for c in keyed_conflicts(
        articles, None, occasion_pairs(articles))]


def test_one_radio_show_on_two_days_told_with_two_verbs():
    found = _found(_A.format(day="Tuesday"), _B.format(day="Thursday"))
    assert len(found) == 1 and 'the same occasion ("radio", Akin)' in found[0]
    assert _found(_A.format(day="Tuesday"), _B.format(day="Tuesday")) == []


def test_the_heads_alone_do_not_meet():
    """Without the occasion key the two clauses are never compared (vowed, told)."""
    articles = [_facts("a.md", _A.format(day="Tuesday")),
                _facts("b.md", _B.format(day="Thursday"))]
    assert keyed_conflicts(articles) == []


def test_two_shows_of_one_article_on_two_days_stay_apart():
    two = _A.format(day="Tuesday") + (" Akin repeated the vow on the radio show of Sean "
                                      "Hannity on Wednesday.")
    assert _found(two, _B.format(day="Thursday")) == []


def test_another_person_or_a_series_stays_apart():
    other = _B.replace("Akin", "Romney").format(day="Thursday")
    assert _found(_A.format(day="Tuesday"), other) == []
    first = _B.replace("on his radio show", "on his first radio show").format(day="Thursday")
    assert _found(_A.format(day="Tuesday"), first) == []


def test_only_the_person_and_the_noun_in_common_stay_apart():
    """A candidate gives many interviews: another host and no word in common is another."""
    a = _QUOTE + "Akin vowed to stay in the race on Tuesday on the radio show of Mike Huckabee."
    b = _QUOTE + "Akin apologized on Thursday on a radio show hosted by Sean Hannity."
    assert _found(a, b) == []
