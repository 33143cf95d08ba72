"""Quote discrepancies that real copy hides from NL301 and NL302: one senator under a first
name and its nickname, and two quotes of one paragraph each changed against their own
counterpart elsewhere (two misquotes, not one)."""

from __future__ import annotations

from pathlib import Path

from findings import places
from newslint.index.quote_diff import word_diff
from newslint.index.quote_match import one_speaker
from realcopy import article_copy, span

NETANYAHU = "2015-netanyahu-plans-to-deliver-a-speech-to-congress"  # not labelled
LEPAGE = "2016-paul-lepage-remains-in-office"  # not labelled


def _replace(path: Path, line: int, old: str, new: str) -> None:
    lines = path.read_text(encoding="utf-8").split("\n")
    assert old in lines[line - 1]
    lines[line - 1] = lines[line - 1].replace(old, new, 1)
    path.write_text("\n".join(lines), encoding="utf-8")


def test_a_nickname_and_the_given_name_are_one_speaker() -> None:
    assert one_speaker("Dick Durbin", "Richard J. Durbin")
    assert one_speaker("Mike Thibodeau", "Michael Thibodeau")
    assert not one_speaker("Dick Durbin", "Robert Durbin")  # another given name
    assert not one_speaker("Dick Durbin", "Richard Burr")  # another surname


def test_a_misquote_of_a_senator_styled_by_nickname_in_one_outlet(tmp_path, run_json) -> None:
    # Fox credits the statement to "Durbin" (Dick Durbin elsewhere in its story), the
    # Times to "Mr. Durbin" (Richard J. Durbin): the same senator, so a word changed in the
    # Times's copy of his statement is a misquote.
    assert span(NETANYAHU, "fox.md", 40, 183, 219, "f408346d71") == span(
        NETANYAHU, "nyt.md", 36, 309, 345, "f408346d71")
    root = article_copy(tmp_path, NETANYAHU)
    _replace(root / "nyt.md", 36, "stood by Israel for decades", "stood by Israel for years")
    _, found = run_json(str(root), "--select", "NL302")
    assert any({("nyt.md", 36), ("fox.md", 40)} <= places(f) and "years" in f["message"]
               for f in found)


def test_written_nickname_speakers_are_compared(corpus, run_json) -> None:
    root = corpus({
        "a.txt": 'WASHINGTON (Wire) - "We will not vote for a budget that cuts the '
                 'school lunch program," Sen. Bob Casey said on Monday.\n',
        "b.txt": 'WASHINGTON - Senator Robert P. Casey Jr. said on Monday, "We will not vote '
                 'for a budget that cuts the school breakfast program."\n'})
    _, found = run_json(str(root), "--select", "NL302")
    assert [f for f in found if "breakfast" in f["message"]]


def test_two_quotes_of_one_paragraph_changed_apart_are_two_findings(tmp_path,
                                                                     run_json) -> None:
    # Thibodeau's statement, two quotes a paragraph in each outlet: the first differs
    # already ("Representative Fredette" / "Fredette"); a word changed in the second is
    # a misquote of its own, with its own finding at its own quote.
    assert span(LEPAGE, "nyt.md", 28, 254, 289, "7ecdd50bfb") == span(
        LEPAGE, "hpo.md", 34, 228, 263, "7ecdd50bfb")
    root = article_copy(tmp_path, LEPAGE)
    _replace(root / "nyt.md", 28, "before the determination of", "before the vote of")
    _, found = run_json(str(root), "--select", "NL302")
    changed = [f for f in found if '"vote"' in f["message"]]
    assert changed and {("nyt.md", 28), ("hpo.md", 34)} <= places(changed[0])
    assert [f for f in found if "Representative" in f["message"]]


def test_written_paragraph_of_two_quotes_gives_two_findings(corpus, run_json) -> None:
    one = ('"We have asked the board to delay the vote until the audit is complete," Mayor '
           'Ana Ruiz said. "The {0} deserve to see every figure before a single dollar is '
           'spent."\n')
    root = corpus({
        "a.txt": "CITY HALL - " + one.format("residents"),
        "b.txt": "CITY HALL - " + one.format("taxpayers").replace(
            "delay the vote", "postpone the vote"),
    })
    _, found = run_json(str(root), "--select", "NL302")
    assert len(found) == 2, [f["message"] for f in found]


NETANYAHU_AD = "2012-benjamin-netanyahu-used-in-conservative-attack-a"  # not labelled
TLAIB = "2019-democrats-react-to-rashida-tlaib-s-comments"  # not labelled


def test_a_quote_one_outlet_leaves_unnamed_is_the_named_speakers(tmp_path, run_json) -> None:
    # The ad's words: Fox names Netanyahu beside them; the Times's "is shown saying" names
    # no one the quote extractor can take. Same remark, "a nuclear bomb" / "nuclear arms".
    span(NETANYAHU_AD, "fox.md", 14, 52, 87, "74360d8f5d")
    span(NETANYAHU_AD, "nyt.md", 12, 52, 85, "749859a621")
    _, found = run_json(str(article_copy(tmp_path, NETANYAHU_AD)), "--select", "NL302")
    assert any({("fox.md", 14), ("nyt.md", 12)} <= places(f) and "bomb" in f["message"]
               for f in found)


def test_a_short_sentence_of_a_passage_is_not_taken_for_an_unnamed_quote(tmp_path,
                                                                         run_json) -> None:
    # Pelosi's "I don't like that language." (HuffPost) and Nadler's "I don't really like
    # that kind of language" (the Times, his name too far for the extractor): two people.
    span(TLAIB, "hpo.md", 16, 2, 29, "33f2297ca8")
    span(TLAIB, "nyt.md", 36, 2, 43, "4f58d140cf")
    _, found = run_json(str(article_copy(tmp_path, TLAIB)), "--select", "NL302")
    assert not [f for f in found if {("hpo.md", 16), ("nyt.md", 36)} <= places(f)]


def test_written_quote_unnamed_in_one_article(corpus, run_json) -> None:
    said = ('"We will not close a single school in this district before the end of the '
            'year," Superintendent Maria Lopez said on Monday.\n')
    root = corpus({
        "a.txt": "SPRINGFIELD - " + said,
        "b.txt": 'SPRINGFIELD - No school will shut this year. "We will not close a single '
                 'school in this county before the end of the year."\n',
        "c.txt": 'SPRINGFIELD - The board met. "I don\'t like that language," one member '
                 'said.\n'})
    _, found = run_json(str(root), "--select", "NL302")
    (finding,) = found
    assert "county" in finding["message"] and "Maria Lopez" in finding["message"]


def test_a_group_and_one_person_credited_with_the_same_words_are_no_conflict(
        corpus, run_json) -> None:
    # Officials of a body warn in words one of them gives elsewhere: not two sources; a
    # single word ("Treasury") may be a surname, and stays a person.
    root = corpus({
        "a.txt": 'WASHINGTON (Wire) - Senior White House officials raised the stakes on '
                 'Wednesday, warning that a delay would "sharply raise the cost of borrowing '
                 'for every family in the country."\n',
        "b.txt": 'WASHINGTON - "It would sharply raise the cost of borrowing for every family '
                 'in the country," Ann Ford said on Monday.\n',
        "c.txt": 'WASHINGTON - "It would sharply raise the cost of borrowing for every family '
                 'in the country," Senator John Reed said on Monday.\n'})
    _, found = run_json(str(root), "--select", "NL301")
    # Ann Ford and John Reed are two people: that conflict stays, the officials are no party
    (finding,) = found
    assert "Ann Ford" in finding["message"] and "John Reed" in finding["message"]
    (root / "c.txt").unlink()
    _, found = run_json(str(root), "--select", "NL301")
    assert found == []


def test_a_neutral_change_list_blames_neither_version() -> None:
    here, there = "what have you been doing, John?", "what have you been debating, John?"
    assert word_diff(here, there) == '"doing" instead of "debating"'
    assert word_diff(here, there, neutral=True) == '"doing" here, "debating" there'
    assert word_diff("the CCP state psyop", "the state psyop", True) == '"CCP" here only'
    assert word_diff("the state psyop", "the CCP state psyop", True) == '"CCP" there only'


def test_an_ellipsis_put_for_a_word_is_no_change_of_wording() -> None:
    # Fox writes "knows ... sometimes" where the others have "knows that sometimes": the
    # ellipsis marks the cut; its "As the" for "I think the" is the change to show.
    assert word_diff("As the vice president very well knows ... sometimes the words",
                     "I think the vice president very well knows that sometimes the words"
                     ) == '"As" instead of "I think"'
    assert word_diff("knows … sometimes the words", "knows that sometimes the words") == \
        "differs in punctuation"


def test_the_real_change_is_shown_beside_an_ellipsis(tmp_path, run_json) -> None:
    root = article_copy(tmp_path, "2012-biden-and-ryan-debate")  # a dev event
    _, found = run_json(str(root), "--select", "NL302")
    (ryan,) = [d for d in found if d["path"].endswith("fox.md") and d["line"] == 22]
    assert '"As" instead of' in ryan["message"] and '"..." instead of' not in ryan["message"]
