"""One finding per fact in the quote rules, on real paragraphs of basil (dev events) with
one edit as an editor's slip would make it:

- a speaker's name garbled ("Tanyasanerib") is NL101's finding, not a second speaker for
  NL301;
- a word changed where one copy stops quoting a statement another gives in full is shown
  against its counterpart only, not against the sentences the shorter copy leaves out;
- a statement one article credits in one attribution and another in two is one NL301
  finding at the odd copy, over the name it is credited to.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from findings import related
from newslint.index.quote_diff import word_diff
from newslint.index.quote_match import name_slip, one_speaker
from realcopy import article_copy, edit_line

ELEPHANTS = "2017-trump-reverses-decision-to-allow-import-of-eleph"
ARPAIO = "2011-joe-arpaio-endorsed-texas-governor-rick-perry-fo"
CHRISTIE = "2014-christ-christie-campaign-documents-subpoenaed"
TREASURY = "2013-legally-married-same-sex-couples-will-now-be-all"


def _found(run_json, folder: Path, codes: str) -> list[dict]:
    _, diagnostics = run_json(str(folder), "--select", codes)
    return diagnostics


def _text(finding: dict) -> str:
    """The text a finding's location covers (one line)."""
    line = Path(finding["path"]).read_text(encoding="utf-8").split("\n")[finding["line"] - 1]
    return line[finding["col"] - 1:finding["end_col"] - 1]


def test_a_speaker_name_run_together_is_a_misspelling_not_another_speaker(
        tmp_path, run_json) -> None:
    folder = article_copy(tmp_path, ELEPHANTS)
    edit_line(folder, "nyt.md", 42, "said Tanya Sanerib", "said Tanyasanerib")
    found = _found(run_json, folder, "NL101,NL301")
    assert not [d for d in found if d["code"] == "NL301"]
    assert any(d["code"] == "NL101" and "Tanyasanerib" in d["message"] for d in found)


def test_another_person_credited_with_the_same_words_is_still_found(
        tmp_path, run_json) -> None:
    folder = article_copy(tmp_path, ELEPHANTS)
    edit_line(folder, "nyt.md", 42, "said Tanya Sanerib", "said Ryan Zinke")
    (finding,) = _found(run_json, folder, "NL301")
    # one article each way: nothing says which is right; the finding names both and
    # covers the name credited where it stands
    assert "Tanya Sanerib" in finding["message"] and "Ryan Zinke" in finding["message"]
    name = "Ryan Zinke" if finding["path"].endswith("nyt.md") else "Tanya Sanerib"
    assert name in _text(finding)


_LOWER = st.sampled_from("abcdefghijklmnopqrstuvwxyz")


@settings(deadline=None)
@given(st.text(_LOWER, min_size=3, max_size=8), st.text(_LOWER, min_size=6, max_size=10))
def test_a_name_and_its_slips_are_one_speaker(first: str, last: str) -> None:
    given_name, surname = first.capitalize(), last.capitalize()
    name = f"{given_name} {surname}"
    assert one_speaker(name, name.replace(" ", ""))  # run together
    dropped = surname[:2] + surname[3:]  # a letter dropped past the first two
    assert name_slip(name, f"{given_name} {dropped}") == name_slip(f"{given_name} {dropped}", name)
    assert name_slip(name, f"{given_name} {dropped}")


def test_two_people_are_not_a_slip() -> None:
    assert not name_slip("Tanya Sanerib", "Ryan Zinke")
    assert not name_slip("Mark Kelly", "Mike Kelly")  # given names of four letters
    assert not name_slip("Dan Carter", "Dan Porter")  # another first letter


def test_a_word_changed_where_the_shorter_copy_stops_is_shown_alone() -> None:
    # written in the style of the Arpaio statement: one copy quotes its first sentence
    shorter = "we need a president who will fund border security from Brownsville to San Diego,"
    longer = ("we need a president who will fund border security from Brownsville to El Paso. "
              "Governor Perry has a superior record and plan to make our border safer.")
    assert word_diff(shorter, longer) == '"San Diego" instead of "El Paso"'
    assert "Governor" not in word_diff(shorter, longer, True)


def test_real_statement_quoted_in_part_shows_only_the_changed_word(tmp_path, run_json) -> None:
    folder = article_copy(tmp_path, ARPAIO)
    edit_line(folder, "hpo.md", 16, "to San Diego.", "to San Antonio.")
    (finding,) = _found(run_json, folder, "NL302")
    assert '"Diego" here, "Antonio" there' in finding["message"] or (
        '"Antonio" here, "Diego" there' in finding["message"])
    assert "superior border security record" not in finding["message"]


def test_real_place_name_misspelt_in_a_statement_is_one_nl101_finding(
        tmp_path, run_json) -> None:
    folder = article_copy(tmp_path, ARPAIO)
    edit_line(folder, "hpo.md", 16, "to San Diego.", "to San Diegoo.")
    found = _found(run_json, folder, "NL101,NL302")
    assert [d["code"] for d in found] == ["NL101"]


def test_real_statement_credited_once_here_and_twice_there(tmp_path, run_json) -> None:
    # hpo gives the lawyer's statement under one attribution; nyt in two paragraphs, each
    # with its own: the finding is the one at hpo, over the name
    folder = article_copy(tmp_path, CHRISTIE)
    assert not _found(run_json, folder, "NL301")
    edit_line(folder, "hpo.md", 14, "said Sheridan.", "said Fishman.")
    (finding,) = _found(run_json, folder, "NL301")
    assert finding["path"].endswith("hpo.md") and finding["line"] == 14
    assert "said Fishman" in _text(finding)
    assert {("nyt.md", 14), ("nyt.md", 18)} <= set(related(finding))


def test_real_passage_under_a_swapped_name_is_one_finding_over_the_name(
        tmp_path, run_json) -> None:
    folder = article_copy(tmp_path, TREASURY)
    edit_line(folder, "nyt.md", 18, "Jacob J. Lew said", "Roberton Williams said")
    (finding,) = _found(run_json, folder, "NL301")
    assert finding["path"].endswith("nyt.md") and finding["line"] == 18
    covered = _text(finding)
    assert "Roberton Williams said" in covered and "This ruling also assures" in covered


def test_real_longer_opening_is_paired_up_to_its_clause(tmp_path, run_json) -> None:
    # Fox's "As the vice president very well knows ..." against HuffPost's "With respect to
    # that quote, I think the vice president ...": "As" stands for "I think", the clause
    # before the comma is what Fox does not quote
    folder = article_copy(tmp_path, "2012-biden-and-ryan-debate")
    found = [d for d in _found(run_json, folder, "NL302") if d["path"].endswith("fox.md")
             and d["line"] == 22]
    (finding,) = found
    assert '("As" instead of "I think")' in finding["message"]


def test_real_second_paragraph_of_a_statement_credited_to_another(tmp_path, run_json) -> None:
    # the Times gives the lawyer's statement in two paragraphs, each with its attribution;
    # the second now credits the prosecutor. HuffPost and the Times's first paragraph
    # credit the same statement to the lawyer: the finding is at the Times's second
    folder = article_copy(tmp_path, CHRISTIE)
    edit_line(folder, "nyt.md", 18, "Mr. Sheridan said.", "Mr. Fishman said.")
    (finding,) = _found(run_json, folder, "NL301")
    assert finding["path"].endswith("nyt.md") and finding["line"] == 18
    assert "Fishman" in _text(finding)  # the name credited
