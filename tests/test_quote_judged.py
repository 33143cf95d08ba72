"""NL302 on the findings an editor judged on basil: a fragment that the writer's sentence
joins to its own verb ("wants to "find out what's in it and make it"") is no misquote of
"let's find out what's in it, and let's make it"; a lone article put in or left out is a
slight change (info); a number changed inside one quotation is a changed fact (warning,
both numbers shown). Real paragraphs of basil (dev events) and written pairs."""

from __future__ import annotations

from newslint.index.quote_remarks import coordination_cut
from newslint.index.quote_text import normalise
from quote_findings import nl302
from realcopy import article_copy, span

CLINTON = "2015-questions-raised-about-clinton-s-stance-on-the-t"  # dev
SHUTDOWN = "2019-donald-trump-announces-end-to-government-shutdow"  # dev


def _at(found: list[dict], file: str, line: int) -> list[dict]:
    return [d for d in found if d["path"].endswith("/" + file) and d["line"] == line]


def test_real_fragment_joined_to_the_writer_s_verb(tmp_path, run_json) -> None:
    # HuffPost: Clinton said she wants to "find out what's in it and make it as good as it
    # can be"; the Times: "Let's find out what's in it, and let's make it as good as it can
    # be before we make the decision." Fox and the Times differ from each other: that split
    # is the finding, at Fox, relating the Times.
    span(CLINTON, "hpo.md", 18, 28, 82, "c20ad699f9")
    found = nl302(run_json, article_copy(tmp_path, CLINTON))
    assert not _at(found, "hpo.md", 18)
    (split,) = _at(found, "fox.md", 22)
    assert any(r["path"].endswith("/nyt.md") and r["line"] == 32 for r in split["related"])


def test_conjunction_reduction_needs_a_fragment_and_only_subject_words() -> None:
    whole = normalise("Let's find out what's in it, and let's make it as good as it can be")
    cut = normalise("find out what's in it and make it as good as it can be")
    assert coordination_cut(cut, whole, (True, False))
    assert not coordination_cut(cut, whole, (False, False))  # a full sentence: a change
    other = normalise("find out what's in it and then make it as good as it can be")
    assert not coordination_cut(other, whole, (True, False))  # "then" is no subject word


def test_real_lone_article_is_a_slight_change(tmp_path, run_json) -> None:
    # HuffPost "a powerful wall or a steel barrier", the Times "a powerful wall or steel
    # barrier": the same line, one article put in: shown, at info
    found = nl302(run_json, article_copy(tmp_path, SHUTDOWN))
    (finding,) = [d for d in _at(found, "hpo.md", 32) + _at(found, "nyt.md", 18)]
    assert finding["severity"] == "info"


def test_a_number_changed_inside_a_quotation_is_a_warning(corpus, run_json) -> None:
    text = ("---\ndate: 2019-01-25\n---\nThe president spoke in the Rose Garden.\n\n"
            "“If we don’t get a fair deal from Congress, the government will shut down on "
            "Feb. {},” President Ana Ruiz said.\n")
    root = corpus({"a.md": text.format(15), "b.md": text.format(25)})
    (finding,) = nl302(run_json, root)
    assert finding["severity"] == "warning"
    assert '"25"' in finding["message"] and '"15"' in finding["message"]


def test_a_compound_number_changed_beside_a_slight_word(corpus, run_json) -> None:
    text = ("---\ndate: 2017-01-20\n---\nThe chief justice spoke after the ceremony.\n\n"
            "“He took {} oath without a single stumble,” Chief Justice Ana Ruiz said.\n")
    root = corpus({"a.md": text.format("the 38-word"), "b.md": text.format("a 35-word")})
    (finding,) = nl302(run_json, root)
    assert finding["severity"] == "warning"
    assert "38-word" in finding["message"] and "35-word" in finding["message"]


def test_a_change_made_twice_is_listed_once_with_its_count() -> None:
    """basil 2016 Bloomberg at the DNC, fox.md:20 against hpo.md:16: Fox's copy puts "and"
    in twice where HuffPost has commas; the message says so once, not as a stutter."""
    from newslint.index.quote_diff import word_diff

    here = "record of bankruptcies and thousands of lawsuits and angry shareholders"
    there = "record of bankruptcies, thousands of lawsuits, angry stockholders"
    assert word_diff(here, there, neutral=True) == (
        '"and" here only (twice), "shareholders" here, "stockholders" there')
