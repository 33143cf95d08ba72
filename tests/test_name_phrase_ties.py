"""NL101 where the story writes a two-word name once each way: the word list, not the
story's majority, says which spelling is the slip (real articles of
../shared/corpora/basil with one slip planted, as an editor's would be)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from realcopy import article_copy, edit_line, paragraph, span

COMITY = "2017-rare-comity-at-capitol-after-shooting-doesn-t-la"
CHRISTIE = "2014-christ-christie-campaign-documents-subpoenaed"
RICE = "2015-netanyahu-plans-to-deliver-a-speech-to-congress"
ARPAIO = "2011-joe-arpaio-endorsed-texas-governor-rick-perry-fo"


def _flagged(run_json, folder) -> dict[str, dict]:
    _, diagnostics = run_json(folder, "--select", "NL101")
    return {d["message"].split('"')[1]: d for d in diagnostics}


def test_a_garble_no_word_list_has_against_a_name_it_has(tmp_path, run_json):
    # The Times writes "Steny H. Hoyer", the Post "Steny Hoyer": one use each. "Setny" is in
    # no word list, "Steny" is (rarely): the garble is the one no list attests. The middle
    # initial is house style, so the two phrases are one name.
    assert span(COMITY, "nyt.md", 60, 16, 21) == "Steny"
    folder = article_copy(tmp_path, COMITY)
    assert _flagged(run_json, folder) == {}
    edit_line(folder, "nyt.md", 60, "Steny H. Hoyer", "Setny H. Hoyer")
    found = _flagged(run_json, folder)
    assert set(found) == {"Setny Hoyer"}
    assert '"Steny Hoyer"' in found["Setny Hoyer"]["message"]
    assert (found["Setny Hoyer"]["line"], found["Setny Hoyer"]["col"]) == (60, 16)


def test_a_given_name_misspelt_before_a_middle_initial(tmp_path, run_json):
    # Fox writes "Paul Fishman", the Times "Paul J. Fishman": "Paull" is a rare word, one
    # letter from a common given name, beside the same surname across the initial.
    assert span(CHRISTIE, "nyt.md", 20, 145, 149) == "Paul"
    folder = article_copy(tmp_path, CHRISTIE)
    assert "Paull" not in _flagged(run_json, folder)
    edit_line(folder, "nyt.md", 20, "Paul J. Fishman", "Paull J. Fishman")
    assert '"Paul"' in _flagged(run_json, folder)["Paull"]["message"]


def test_two_names_a_letter_apart_both_in_the_word_list_are_left_alone(tmp_path, run_json):
    # "Herman Cain" once in the Times, "Herman Cian" once in the Post: "Cian" is a name of
    # its own, in the word list as "Cain" is, and one use each ranks neither spelling.
    assert span(ARPAIO, "hpo.md", 22, 144, 155) == "Herman Cain"
    folder = article_copy(tmp_path, ARPAIO)
    before = _flagged(run_json, folder)
    edit_line(folder, "hpo.md", 22, "Herman Cain", "Herman Cian")
    assert _flagged(run_json, folder) == before


def test_a_sentence_opening_given_name_is_still_a_name(tmp_path, run_json):
    # "Susan Rce, President Barack Obama's national security adviser, said": the phrase
    # opens the paragraph, but "Susan" is a given name, not a word capitalised only
    # because the sentence starts there ("In Iowa").
    assert span(RICE, "hpo.md", 10, 1, 11) == "Susan Rice"
    folder = article_copy(tmp_path, RICE)
    edit_line(folder, "hpo.md", 10, "Susan Rice", "Susan Rce")
    found = _flagged(run_json, folder)
    assert set(found) == {"Susan Rce"}
    assert '"Susan Rice"' in found["Susan Rce"]["message"]


WEINER = "2011-weiner-denies-sending-photo"


def test_a_letter_written_three_times_is_the_slip(tmp_path, run_json):
    # Fox and the Times each name Gennette Cordova once: one use each ranks neither
    # spelling, and neither is in the word list, but English never triples a letter.
    assert "Gennette" in paragraph(WEINER, "nyt.md", 20)
    folder = article_copy(tmp_path, WEINER)
    assert "Gennettte" not in _flagged(run_json, folder)
    edit_line(folder, "nyt.md", 20, "Gennette", "Gennettte")
    found = _flagged(run_json, folder)["Gennettte"]
    assert found["line"] == 20 and '"Gennette"' in found["message"]


@given(st.text(alphabet="abcdeno", min_size=2, max_size=10), st.data())
@settings(max_examples=200, deadline=None)
def test_a_tripled_letter_is_written_back_twice(word, data):
    # A letter already doubled, typed once more, comes back as the word; a word with no
    # letter three times running has nothing to fix.
    from newslint.rules.name_slips import tripled_letter_fix

    doubled = [i for i in range(len(word) - 1) if word[i] == word[i + 1]]
    if any(word[i] == word[i + 1] == word[i + 2] for i in range(len(word) - 2)):
        return
    assert tripled_letter_fix("G" + word) is None
    if doubled:
        i = data.draw(st.sampled_from(doubled))
        assert tripled_letter_fix("G" + word[:i] + word[i] + word[i:]) == "G" + word
