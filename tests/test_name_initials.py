"""A name runs on past a middle initial ("George W. Bush", "George H.W. Bush"), never past
a sentence end or an abbreviation that is no initial ("U.S.", "D.C.", "D.A.")."""

from __future__ import annotations

import string
from pathlib import Path

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from newslint.extract.article import extract_article
from newslint.extract.names.mentions import extract_names
from newslint.load import load_article
from newslint.load.segment import ABBREVIATIONS
from realcopy import BASIL, paragraph

MATTIS = "2018-james-mattis-quits-as-defense-secretary"
STRZOK = "2018-trump-critic-peter-strzok-fired-from-fbi"
COWAN = "2013-william-cowan-named-interim-senator-in-massachus"
JACKSON = "2013-jackson-pleads-guilty-over-illegal-campaign-spen"


def _load(folder: Path, text: str):
    path = folder / "a.txt"
    path.write_text(text + "\n", encoding="utf-8")
    article, _ = load_article(path, "a.txt", "a")
    return article


def _phrases(folder: Path, text: str) -> list[str]:
    return [p.text for p in extract_names(_load(folder, text))[1]]


def test_two_presidents_bush_with_their_initials(tmp_path):
    text = paragraph(MATTIS, "hpo.md", 56)
    phrases = _phrases(tmp_path, text)
    assert "George H.W. Bush" in phrases and "George W. Bush" in phrases
    assert "Bush" not in phrases and "George H" not in phrases
    # The dotted initials "H.W." end no sentence: the paragraph is one.
    assert len(_load(tmp_path, text).sentences) == 1


def test_a_middle_initial_after_a_title(tmp_path):
    phrases = _phrases(tmp_path, paragraph(STRZOK, "nyt.md", 30))
    assert "Michael E. Horowitz" in phrases and "Horowitz" not in phrases


def test_an_abbreviated_post_before_a_name_is_no_initial(tmp_path):
    # "Suffolk County D.A. Ralph Martin": "County" is a word, not a given name.
    phrases = _phrases(tmp_path, paragraph(COWAN, "hpo.md", 26))
    assert "Ralph Martin" in phrases
    assert not any("D.A." in p for p in phrases)


def test_a_place_abbreviation_joins_nothing(tmp_path):
    # "Judge Robert L. Wilkins in Washington, D.C. Jackson's wife ...": the initial joins
    # the judge's name; "D.C." does not join the next sentence's subject.
    phrases = _phrases(tmp_path, paragraph(JACKSON, "fox.md", 26))
    assert "U.S. District Judge Robert L. Wilkins" in phrases or \
        "District Judge Robert L. Wilkins" in phrases
    assert not any("D.C. Jackson" in p for p in phrases)


def test_sentence_end_after_us_and_the_us_senate(tmp_path):
    text = ("Chips were sold in the U.S. The president said the U.S. Senate would vote. "
            "In U.S. House races, Republicans gained.")
    article = _load(tmp_path, text)
    assert len(article.sentences) == 3
    phrases = _phrases(tmp_path, text)
    assert "Senate" in phrases and "House" in phrases
    assert not any("." in p for p in phrases)


def test_plan_b_is_no_middle_initial(tmp_path):
    phrases = _phrases(tmp_path, "He chose Plan B. Then Democrats chose Plan B. Republicans "
                                 "balked.")
    assert phrases.count("Plan B") == 2
    assert "Republicans" in phrases and not any(p.startswith("Plan B.") for p in phrases)


def test_dotted_initials_before_a_sentence_starter_end_the_sentence(tmp_path):
    article = _load(tmp_path, "Agents questioned Flynn at the F.B.I. The agency declined "
                              "to comment.")
    assert len(article.sentences) == 2


@settings(max_examples=40, deadline=None)
@given(given_name=st.sampled_from(["George", "Michael", "Susan", "Steny", "Rod", "Paul"]),
       initials=st.lists(st.sampled_from(string.ascii_uppercase), min_size=1, max_size=2),
       surname=st.sampled_from(["Bush", "Horowitz", "Hoyer", "Rosenstein", "Ryan"]))
def test_given_name_initials_surname_is_one_phrase(tmp_path_factory, given_name, initials,
                                                   surname):
    assume(".".join(initials).lower() not in ABBREVIATIONS)  # "L.A.": a place, no initials
    written = f"{given_name} {'.'.join(initials)}. {surname}"
    folder = tmp_path_factory.mktemp("n")
    phrases = _phrases(folder, f"Officials said {written} would back the plan.")
    assert written in phrases
    # The same letters before a function word end the name there.
    after = _phrases(folder, f"Officials said {given_name} {'.'.join(initials)}. The plan "
                             "passed.")
    assert not any(given_name in p and "The" in p for p in after)


def _role_keys(event: str, file: str) -> dict[tuple[int, int], str]:
    # called after paragraph(), which skips the test when the corpus is absent
    article, _ = load_article(BASIL / event / file, file, file)
    return {(r.person_span.line, r.person_span.col): r.person_key
            for r in extract_article(article).roles}


def test_a_bare_surname_resolves_to_the_name_with_its_initial(tmp_path):
    # "Director Wray" is the "Christopher A. Wray" the article names in full.
    assert "Wray" in paragraph(STRZOK, "nyt.md", 24)
    assert _role_keys(STRZOK, "nyt.md")[(24, 198)] == "christopher a. wray"


def test_the_same_name_with_and_without_its_initial_is_one_person(tmp_path):
    # The article writes "Neil M. Gorsuch" and "Neil Gorsuch": "Judge Gorsuch" is still
    # one person, keyed by the fuller form.
    event = "2017-supreme-court-nomination-of-judge-neil-m-gorsuch"
    assert "Gorsuch" in paragraph(event, "nyt.md", 12)
    assert _role_keys(event, "nyt.md")[(12, 32)] == "neil m. gorsuch"
