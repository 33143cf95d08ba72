"""Speakers across a story by every form of a person's name (index/speakers.py), on real copy:
a title run into a name, a generational suffix, a role noun that is no surname."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from newslint.extract import extract_article
from newslint.index import CorpusIndex
from newslint.index.speakers import (
    SpeakerResolver,
    _one_person,
    _surname,
    _untitled,
    _within,
    speaker_resolver,
)
from newslint.load import load_article
from realcopy import article_copy, paragraph


def _facts(paths: list[Path]) -> list:
    facts = []
    for path in sorted(paths):
        article, _ = load_article(path, path.as_posix(), path.as_posix())
        assert article is not None
        facts.append(extract_article(article))
    return facts


def _resolver(tmp_path: Path, event: str) -> SpeakerResolver:
    return speaker_resolver(CorpusIndex(_facts(list(article_copy(tmp_path, event).iterdir()))))


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


def _story(tmp_path: Path, *bodies: str) -> SpeakerResolver:
    for n, body in enumerate(bodies):
        path = tmp_path / f"{n}.md"
        path.write_text(f"---\ntitle: Story\ndate: 2017-07-12\n---\n{body}\n", encoding="utf-8")
    return speaker_resolver(CorpusIndex(_facts(list(tmp_path.glob("*.md")))))


def test_two_people_of_one_surname_stay_as_written(tmp_path: Path) -> None:
    # "Paul Ryan" and "Tim Ryan" in one story leave "Ryan" unresolved; one of them alone
    # resolves it.
    both = _story(tmp_path, 'Speaker Paul Ryan met Rep. Tim Ryan. "We talked," Ryan said.')
    assert both.resolve("Ryan") == "Ryan"
    one = _story(tmp_path, 'Speaker Paul Ryan met reporters. "We talked," Ryan said.')
    assert one.resolve("Ryan") == "Paul Ryan"


def test_a_father_titled_by_office_and_a_son_with_a_suffix_share_no_surname(
        tmp_path: Path) -> None:
    # "President Trump ... his son, Donald Trump Jr.": the bare "Trump" may be either.
    story = _story(tmp_path, "President Trump on Wednesday defended his eldest son, Donald "
                   'Trump Jr. "My son is a high-quality person," Trump said.')
    assert story.resolve("Trump") == "Trump"
    # With the son alone, "Mr. Trump" on second reference is the son.
    son = _story(tmp_path, 'Donald Trump Jr. spoke on Wednesday. "I did nothing wrong," '
                 "Mr. Trump said.")
    assert (son.resolve("Trump") or "").startswith("Donald Trump Jr")


def test_a_shorter_form_within_two_people_names_neither() -> None:
    # "George Bush" is within "George W. Bush" and "George H. W. Bush", two people.
    assert not _one_person({"George Bush", "George W. Bush", "George H. W. Bush"})
    assert _one_person({"George Bush", "George W. Bush"})
    assert _one_person({"Roy Moore", "Roy S. Moore"})


def test_a_described_post_is_its_holder_only_in_the_holders_own_word(tmp_path: Path) -> None:
    # "White House spokesman Sean Spicer" is not "a White House spokeswoman".
    story = _story(tmp_path, 'White House spokesman Sean Spicer spoke. "We are confident '
                   'that the order is lawful," Spicer said.',
                   '"We remain confident that the order is lawful," a White House '
                   "spokeswoman said in an email.")
    described = [q for q in story_quotes(tmp_path) if "spokes" in (q.speaker_key or "")]
    assert described and all(story.speaker_of(q) is None for q in described)


def story_quotes(tmp_path: Path) -> list:
    return [q for facts in _facts(list(tmp_path.glob("*.md"))) for q in facts.quotes]


def test_a_name_without_a_title_is_kept_whole() -> None:
    assert _untitled("Kevin McCarthy") == "Kevin McCarthy"
    assert _untitled("Majority Whip Kevin McCarthy") == "Kevin McCarthy"
    assert _surname("James R. Clapper Jr.") == "Clapper"


def test_one_person_by_a_form_the_other_contains() -> None:
    assert _within("Roy Moore", "Roy S. Moore")
    assert _within("James Clapper", "James R. Clapper Jr.")
    # the guards: two people, or a nickname, are not one form of the other
    assert not _within("George W. Bush", "George H. W. Bush")
    assert not _within("Bibi Netanyahu", "Benjamin Netanyahu")


_WORD = st.from_regex(r"[A-Z][a-z]{1,8}", fullmatch=True)


@given(st.lists(_WORD, min_size=1, max_size=5))
def test_untitled_keeps_the_surname(words: list[str]) -> None:
    name = " ".join(words)
    out = _untitled(name)
    assert out and name.endswith(out) and out.split()[-1] == words[-1]


def _quotes_at(tmp_path: Path, event: str, file: str, line: int):
    folder = article_copy(tmp_path, event)
    facts = []
    for path in sorted(folder.iterdir()):
        article, _ = load_article(path, path.as_posix(), path.as_posix())
        assert article is not None
        facts.append(extract_article(article))
    resolver = speaker_resolver(CorpusIndex(facts))
    here = next(f for f in facts if f.path.endswith("/" + file))
    return resolver, [q for q in here.quotes if q.span.line == line]


def test_a_post_at_an_organisation_is_the_one_person_named_in_it(tmp_path: Path) -> None:
    # hpo.md:28 "a BuzzFeed spokesman told The New York Times that ... “re-confirmed” ...";
    # fox.md:40 names him: "BuzzFeed spokesman Matt Mittenthal"
    event = "2019-mueller-s-office-disputes-buzzfeed-report"
    assert "BuzzFeed spokesman Matt Mittenthal" in paragraph(event, "fox.md", 40)
    resolver, quotes = _quotes_at(tmp_path, event, "hpo.md", 28)
    assert quotes and {resolver.speaker_of(q) for q in quotes} == {"Matt Mittenthal"}


def test_a_post_no_one_is_named_in_stays_undescribed(tmp_path: Path) -> None:
    # fox.md:32 "a Ryan spokesman said": the spokesman is not Ryan, and the story names none
    # (the quote it continues keeps the description as its key, as before)
    event = "2012-georgetown-catholics-challenge-paul-ryan"
    resolver, quotes = _quotes_at(tmp_path, event, "fox.md", 32)
    found = {resolver.speaker_of(q) for q in quotes}
    assert quotes and None in found and found <= {None, "Ryan spokesman"}


def test_a_described_speaker_without_an_organisation_is_no_one(tmp_path: Path) -> None:
    # fox.md:10 "a statement from her doctor": no post at an organisation to look up
    event = "2015-hillary-clinton-releases-tax-returns"
    resolver, quotes = _quotes_at(tmp_path, event, "fox.md", 10)
    assert quotes and {resolver.speaker_of(q) for q in quotes} == {None}
