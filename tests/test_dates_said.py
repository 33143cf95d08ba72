"""A speech act's date keyed by what was said (index/speech_dates.py): two articles giving
one quotation to one speaker, each with a dated attribution, date one act."""

from __future__ import annotations

import datetime as dt

from dated import dated_facts
from newslint.extract.article import extract_article
from newslint.index.date_conflicts import keyed_conflicts
from newslint.index.speech_dates import said_pairs
from newslint.load import load_article
from realcopy import article_copy

_QUOTE = ("“We are not going to pass this bill in its current form, not this year and not "
          "next year,”")


def _facts(name: str, body: str):
    return dated_facts(name, dt.date(2019, 3, 8), body)  # a Friday


def _pair(first_day: str, second_day: str, second_speaker: str = "Miller"):
    return [
        _facts("a.md", f"{_QUOTE} Senator Jane Miller said {first_day} in a speech on the "
                       "Senate floor."),
        _facts("b.md", f"{_QUOTE} {second_speaker} said {second_day} as the Senate debated "
                       "the bill."),
    ]


def test_one_quotation_dated_on_two_days_is_a_conflict():
    articles = _pair("Tuesday", "Wednesday")
    (a, b, quote), = said_pairs(articles)
    assert quote.startswith("We are not going to pass")
    assert (a.when.start, b.when.start) == (dt.date(2019, 3, 5), dt.date(2019, 3, 6))
    conflicts = keyed_conflicts(articles, said=said_pairs(articles))
    # one against one: reported once, at the earlier day, the other article related
    assert [(c.entry.article.path, [o.article.path for o in c.others]) for c in conflicts] \
        == [("a.md", ["b.md"])]
    assert all(c.quote and c.quote.startswith("We are not") for c in conflicts)


def test_the_same_day_or_another_speaker_is_no_conflict():
    articles = _pair("Tuesday", "Tuesday")
    assert len(said_pairs(articles)) == 1
    assert keyed_conflicts(articles, said=said_pairs(articles)) == []
    other = _pair("Tuesday", "Wednesday", second_speaker="Jones")
    assert said_pairs(other) == []


def test_one_quotation_on_real_copy_is_paired_and_agrees(tmp_path):
    """Fox and the Times both have Trump call the BuzzFeed story "a very sad day for
    journalism", Fox on "Friday evening", the Times on Friday: one act, one day."""
    folder = article_copy(tmp_path, "2019-mueller-s-office-disputes-buzzfeed-report")
    articles = []
    for path in sorted(folder.iterdir()):
        article, _ = load_article(path, str(path), path.name)
        articles.append(extract_article(article))
    pairs = [(a, b) for a, b, quote in said_pairs(articles) if "sad day" in quote]
    assert [(a.article.path[-6:], b.article.path[-6:]) for a, b in pairs] == [
        ("fox.md", "nyt.md")]
    assert {pairs[0][0].when.start, pairs[0][1].when.start} == {dt.date(2019, 1, 18)}
