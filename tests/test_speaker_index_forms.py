"""Speakers across a story by every form of a person's name (index/speakers.py), on real copy:
a title run into a name, a generational suffix, a role noun that is no surname."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from newslint.extract import extract_article
from newslint.index import CorpusIndex
from newslint.index.speakers import SpeakerResolver, _surname, _untitled, speaker_resolver
from newslint.load import load_article
from realcopy import article_copy, paragraph


def _resolver(tmp_path: Path, event: str) -> SpeakerResolver:
    folder = article_copy(tmp_path, event)
    facts = []
    for path in sorted(folder.iterdir()):
        article, _ = load_article(path, path.as_posix(), path.as_posix())
        assert article is not None
        facts.append(extract_article(article))
    return speaker_resolver(CorpusIndex(facts))


def test_a_title_run_into_the_name_is_not_the_name(tmp_path: Path) -> None:
    # fox.md:12 "Majority Whip Kevin McCarthy, who is ...": "majority whip" is a role form
    event = "2014-kevin-mccarthy-open-to-immigration-reform"
    assert "Majority Whip Kevin McCarthy" in paragraph(event, "fox.md", 12)
    assert _resolver(tmp_path, event).resolve("McCarthy") == "Kevin McCarthy"


def test_what_follows_of_in_a_title_is_no_given_name(tmp_path: Path) -> None:
    # fox.md:20 "the office of Secretary of State Clinton": no one is called "State Clinton"
    event = "2013-e-mails-show-jostling-over-benghazi-talking-poin"
    assert "Secretary of State Clinton" in paragraph(event, "fox.md", 20)
    assert not _resolver(tmp_path, event).resolve("Clinton").startswith("State")


def test_a_role_noun_is_no_surname(tmp_path: Path) -> None:
    # hpo.md:34 is said by "a union official": "the official" elsewhere is not that man
    event = "2011-aarp-drops-its-opposition-to-social-security-cut"
    assert "union official" in paragraph(event, "hpo.md", 34)
    assert _resolver(tmp_path, event).resolve("official") == "official"


def test_a_generational_suffix_is_no_surname(tmp_path: Path) -> None:
    # NYT.md:52 "former Representative Thomas M. Davis III", then "Mr. Davis said" (54)
    event = "2014-eric-cantor-defeated-by-david-brat"
    assert "Thomas M. Davis III" in paragraph(event, "NYT.md", 52)
    assert "Mr. Davis said" in paragraph(event, "NYT.md", 54)
    assert _resolver(tmp_path, event).resolve("Davis") == "Thomas M. Davis III"


def test_the_forms_of_one_person_are_one_person(tmp_path: Path) -> None:
    # "Roy Moore" and "Roy S. Moore" across the story: "Moore" is still that one man
    event = "2017-white-house-responds-to-sexual-misconduct-allega"
    assert _resolver(tmp_path, event).resolve("Moore") == "Roy Moore"


def test_two_people_of_one_surname_stay_as_written() -> None:
    # the guard: "Paul Ryan" and "Tim Ryan" in one story leave "Ryan" unresolved
    assert SpeakerResolver({}).resolve("Ryan") == "Ryan"


def test_a_name_without_a_title_is_kept_whole() -> None:
    assert _untitled("Kevin McCarthy") == "Kevin McCarthy"
    assert _untitled("Majority Whip Kevin McCarthy") == "Kevin McCarthy"
    assert _surname("James R. Clapper Jr.") == "Clapper"


_WORD = st.from_regex(r"[A-Z][a-z]{1,8}", fullmatch=True)


@given(st.lists(_WORD, min_size=1, max_size=5))
def test_untitled_keeps_the_surname(words: list[str]) -> None:
    name = " ".join(words)
    out = _untitled(name)
    assert out and name.endswith(out) and out.split()[-1] == words[-1]
