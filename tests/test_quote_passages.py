"""NL302 on the shapes of real copy its injected misses showed: a quotation whose speaker is
found for one sentence of a passage only, a long quotation with the changed word inside
its run of shared words, an ellipsis standing for the other article's words, a short
sentence of a passage with a negation dropped. Real paragraphs of basil (unlabelled and dev
events), copied and edited as an editor's slip would be."""

from __future__ import annotations

from quote_findings import nl302
from realcopy import article_copy, edit_line, span


def _files(finding: dict) -> set[str]:
    return {finding["path"].rsplit("/", 1)[-1]} | {
        r["path"].rsplit("/", 1)[-1] for r in finding["related"]}


def _about(found: list[dict], line: int, file: str) -> list[dict]:
    """The findings at, or relating, `file`:`line`."""
    return [d for d in found if (d["path"].endswith("/" + file) and d["line"] == line)
            or any(r["path"].endswith("/" + file) and r["line"] == line
                   for r in d["related"])]


def test_the_second_sentence_of_a_passage_is_the_same_speaker_s(tmp_path, run_json) -> None:
    # Fox credits the report's words to "the report"; the Times to Bauer ("he wrote"). The
    # first sentences are one long quotation, so the second ones are his too.
    event = "2010-white-house-asked-bill-clinton-to-urge-joe-sesta"  # unlabelled
    folder = article_copy(tmp_path, event)
    assert not _about(nl302(run_json, folder), 28, "fox.md")
    edit_line(folder, "fox.md", 28, "fully consistent", "fully inconsistent")
    (finding,) = _about(nl302(run_json, folder), 28, "fox.md")
    assert _files(finding) == {"fox.md", "nyt.md"} and '"inconsistent"' in finding["message"]


def test_an_unfound_speaker_of_one_sentence_is_the_passage_s(tmp_path, run_json) -> None:
    # HuffPost's attribution is garbled ("said Akin said"): nothing names a speaker there,
    # but the next sentence of the passage is Fox's Akin quote word for word.
    event = "2012-romney-urges-akin-to-drop-out-of-senate-race"  # unlabelled
    span(event, "hpo.md", 26, 2, 57, "9ae3bb5a06")
    folder = article_copy(tmp_path, event)
    assert not _about(nl302(run_json, folder), 26, "hpo.md")
    edit_line(folder, "hpo.md", 26, "that's really rare", "it's extremely rare")
    (finding,) = _about(nl302(run_json, folder), 26, "hpo.md")
    assert _files(finding) == {"fox.md", "hpo.md"} and "Akin" in finding["message"]


def test_a_word_changed_inside_a_letter_s_long_run(tmp_path, run_json) -> None:
    # Fox gives "the letter stated"; the run of shared words is broken by the change itself
    event = "2019-house-intelligence-committee-demand-adam-schiff"  # unlabelled
    folder = article_copy(tmp_path, event)
    assert not _about(nl302(run_json, folder), 14, "fox.md")
    edit_line(folder, "fox.md", 14, "are incompatible with", "are consistent with")
    found = _about(nl302(run_json, folder), 14, "fox.md")
    assert found and all('"consistent"' in d["message"] for d in found)
    assert set().union(*(_files(d) for d in found)) == {"fox.md", "hpo.md", "nyt.md"}


def test_an_ellipsis_is_no_omission_beside_a_changed_word(tmp_path, run_json) -> None:
    # HuffPost cuts eighteen words with "...": they are no change, the word put in is
    event = "2014-bruce-braley-apologizes-for-farmer-comments"  # unlabelled
    folder = article_copy(tmp_path, event)
    assert not _about(nl302(run_json, folder), 14, "hpo.md")
    edit_line(folder, "fox.md", 20, "your experience", "your legal experience")
    (finding,) = _about(nl302(run_json, folder), 20, "fox.md")
    assert _files(finding) == {"fox.md", "hpo.md"} and '"legal"' in finding["message"]
    assert "someone" not in finding["message"].split("(")[-1]  # the cut is not listed


def test_a_short_sentence_of_a_passage_with_its_negation_dropped(tmp_path, run_json
                                                                 ) -> None:
    # five words, the first sentence of the Times's passage, against Fox's own sentence
    event = "2013-irs-official-who-refused-to-testify-facing-more"  # unlabelled
    folder = article_copy(tmp_path, event)
    assert not _about(nl302(run_json, folder), 14, "nyt.md")
    edit_line(folder, "nyt.md", 14, "I have not done anything", "I have done anything")
    (finding,) = _about(nl302(run_json, folder), 14, "nyt.md")
    assert finding["severity"] == "error" and _files(finding) == {"fox.md", "nyt.md"}


def test_an_organisation_and_the_person_who_speaks_for_it(tmp_path, run_json) -> None:
    # the Times: "the Obama campaign said that ... "would end Medicare as we know it"";
    # Fox: Lis Smith, "Obama campaign spokeswoman", says the same words
    event = "2012-obama-and-romney-campaigns-argue-on-medicare"  # dev
    folder = article_copy(tmp_path, event)
    assert not _about(nl302(run_json, folder), 12, "nyt.md")
    edit_line(folder, "nyt.md", 12, "as we know it", "as we love it")
    (finding,) = _about(nl302(run_json, folder), 12, "nyt.md")
    assert _files(finding) == {"fox.md", "nyt.md"} and "Lis Smith" in finding["message"]
