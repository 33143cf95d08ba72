"""A count of members of a party's body counts the party's members: "all 42 members of the
GOP caucus" are the "all 42 Senate Republicans" another article counts."""

from __future__ import annotations

from newslint.facts.figure_groups import member_group
from realcopy import article_copy, edit_line, paragraph

LETTER = "2010-republicans-sign-letter-to-stop-legislature-unti"


def _group(text: str, figure: str) -> str | None:
    end = text.index(figure) + len(figure)
    return member_group(text, end, len(text))


def test_members_of_a_party_body_are_the_party_members():
    assert _group(paragraph(LETTER, "fox.md", 12), "all 42") == "republican"  # GOP caucus
    assert _group(paragraph(LETTER, "nyt.md", 12), "the 42") == "republican"
    assert _group("The 40 members of the Senate Democratic caucus", "40") == "democrat"
    assert _group("Some 30 members of the Democratic Party. Others", "30") == "democrat"
    # Members of a chamber or of a body named no party's are no party's members.
    assert _group("All 100 members of the Senate voted", "100") is None
    assert _group("The 40 members of the House Freedom Caucus", "40") is None


def test_a_party_count_slipped_meets_the_counts_of_its_caucus(tmp_path, run_json):
    folder = article_copy(tmp_path, LETTER)
    _, found = run_json(folder, "--select", "NL4")
    assert found == []  # the three articles agree: 42
    edit_line(folder, "hpo.md", 12, "all 42 Senate Republicans", "all 52 Senate Republicans")
    _, found = run_json(folder, "--select", "NL4")
    (finding,) = found
    assert '"52"' in finding["message"] and '"42"' in finding["message"]
    assert finding["severity"] == "info"  # the verbs differ: "signed", "are sending"
