"""Who acted in a clause whose subject is "he" or "she": the person the quote extractor
resolves the pronoun to (extract/dates/pronoun_actors.py)."""

from __future__ import annotations

import datetime as dt

from dated import dated_facts
from newslint.extract.article import extract_article
from newslint.load import load_article
from realcopy import article_copy

ARPAIO = "2011-joe-arpaio-endorsed-texas-governor-rick-perry-fo"
_FRIDAY = dt.date(2025, 3, 14)


def test_a_pronoun_subject_is_the_person_it_refers_to_on_real_copy(tmp_path):
    """"the Texas governor is trying to shore up his credentials on immigration: On Tuesday
    he won an endorsement": the clause names no one before its verb; "he" is Rick Perry,
    whom the article names before."""
    path = article_copy(tmp_path, ARPAIO, ["nyt.md"]) / "nyt.md"
    article, _ = load_article(path, str(path), "nyt.md")
    assert article is not None
    (won,) = [m for m in extract_article(article).dates
              if m.span.line == 20 and m.head_text == "won"]
    assert "On Tuesday he won an endorsement" in article.analysis
    assert set(won.actors) == {"rick", "perry"}


def test_a_named_subject_or_no_pronoun_keeps_its_actors():
    facts = dated_facts("a.md", _FRIDAY, "Senator Susan Collins spoke at length. Later, "
                        "Mitch McConnell said Tuesday that he agreed. On Wednesday the bill "
                        "passed.")
    actors = {m.text: set(m.actors) for m in facts.dates}
    assert actors["Tuesday"] == {"mitch", "mcconnell"}
    assert actors["Wednesday"] == set()
    she = dated_facts("b.md", _FRIDAY, "Senator Susan Collins spoke at length. On Saturday, "
                      "she praised the president.")
    (saturday,) = she.dates
    assert set(saturday.actors) == {"susan", "collins"}
