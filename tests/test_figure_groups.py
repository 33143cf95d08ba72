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


def _letter(body: str) -> str:
    return f"---\ndate: 2017-03-10\nsource: Wire\n---\n{body}\n"


def test_a_caucus_that_names_members_outside_its_party_is_not_the_party(corpus, run_json):
    # Independents caucus with a party: 47 members of the Democratic caucus, counting two
    # independents, and 46 Senate Democrats plus one independent may both be right.
    folder = corpus({
        "nyt.md": _letter("A letter opposing the nominee was signed on Thursday by all 47 "
                          "members of the Democratic caucus, including the independents "
                          "Bernie Sanders and Angus King."),
        "fox.md": _letter("A letter opposing the nominee was signed on Thursday by all 46 "
                          "Senate Democrats and one independent, Bernie Sanders."),
    })
    _, found = run_json(folder, "--select", "NL4")
    assert found == []
    # Either sentence naming an independent is enough to tell them apart.
    folder = corpus({
        "nyt.md": _letter("A letter opposing the nominee was signed on Thursday by all 47 "
                          "members of the Democratic caucus."),
        "fox.md": _letter("A letter opposing the nominee was signed on Thursday by all 46 "
                          "Senate Democrats and one independent, Bernie Sanders."),
    })
    _, found = run_json(folder, "--select", "NL4")
    assert found == []
