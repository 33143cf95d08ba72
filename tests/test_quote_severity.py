"""NL302's severity follows what a change does to the meaning: a personal pronoun of
another person (who did it), a modal for another (how sure) or a content word is a warning;
one function word put in or left out, or another form of one word ("any" / "anything"), is
info. The message tells the weightiest change first and leaves slight ones out beside it.
Real dev paragraphs of basil, and pairs written in the style of wire copy."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newslint.index.quote_diff import word_diff
from newslint.index.quote_noise import Change, change_weight, filler_word
from quote_findings import nl302_at


def test_real_compound_of_one_function_word_is_info(tmp_path, run_json) -> None:
    # Pelosi: "it's any worse than" / "it's anything worse than": one stem, no new sense
    found = nl302_at(tmp_path, run_json, "2019-democrats-react-to-rashida-tlaib-s-comments",
                     "hpo.md", 18)  # dev
    assert found["severity"] == "info" and '"anything"' in found["message"]


def test_real_pronoun_of_another_person_is_a_warning(tmp_path, run_json) -> None:
    # Trump on Flynn: "it destroyed his life" / "they destroyed his life": who did it
    found = nl302_at(tmp_path, run_json, "2017-flynn-pleaded-guilty", "hpo.md", 16)  # dev
    assert found["severity"] == "warning"
    assert '("it" instead of "they")' in found["message"]


def test_real_content_word_stays_a_warning(tmp_path, run_json) -> None:
    # Boehner: "a real challenge" / "a big challenge": a content word put for another
    found = nl302_at(tmp_path, run_json, "2012-john-boehner-discusses-chance-gop-will-lose-hous",
                     "nyt.md", 24)  # dev
    assert found["severity"] == "warning" and '"real" instead of "big"' in found["message"]


def _diff(here: str, there: str) -> str:
    return word_diff(here, there, filler=filler_word, weight=change_weight)


def test_the_modal_is_told_before_and_without_the_slight_word(corpus, run_json) -> None:
    # in the style of a budget quote: "couple weeks" / "couple of weeks" beside "it will" /
    # "would": the modal is what an editor checks
    here = "If they don't pass it in the next couple weeks it will materially increase the risk"
    there = "If they don't pass it in the next couple of weeks would materially increase the risk"
    assert _diff(here, there) == '"it will" instead of "would"'
    quote = ('---\ndate: 2010-12-01\n---\nLarry Summers said: "{}," in a speech on Monday.\n')
    root = corpus({"a.md": quote.format(here), "b.md": quote.format(there)})
    _, diagnostics = run_json(root, "--select", "NL302")
    (finding,) = diagnostics
    assert finding["severity"] == "warning"
    told = finding["message"].split("differ: ")[-1]
    assert told.startswith(('"it will"', '"would"')) and '"of"' not in told


def test_a_slight_change_alone_is_still_told() -> None:
    assert _diff("the next couple of weeks will tell", "the next couple weeks will tell") \
        == 'adds "of"'


PRONOUNS = ["i", "we", "you", "he", "she", "it", "they"]


@given(st.sampled_from(PRONOUNS), st.sampled_from(PRONOUNS))
def test_a_personal_pronoun_for_another_is_content(a: str, b: str) -> None:
    grade = change_weight([a], [b])
    assert grade is (Change.NOISE if a == b else Change.CONTENT)
    # put in or left out alone, a pronoun stays slight
    assert change_weight([a], []) is Change.MINOR
