"""NL301 compares a quote credited by name in one article with the same words credited
through a pronoun in its own paragraph in another ('“...,” she said' after the person is
named): the pronoun's person is a speaker too. Two pronouns alone, or a quote standing
alone after someone's quoted paragraph, are no conflict."""

from __future__ import annotations

from realcopy import article_copy, edit_line

WIRE = ("Mayor Ann Ford defended the budget on Tuesday. “We will keep the plant open for as "
        "long as the workers need it,” she said.\n")
NAMED = ("“We will keep the plant open for as long as the workers need it,” said Tom Reyes, "
         "the union leader.\n")


def test_a_pronoun_in_the_quotes_paragraph_is_compared_with_a_name(corpus, run_json) -> None:
    root = corpus({"a.txt": WIRE, "b.txt": NAMED})
    _, found = run_json(str(root), "--select", "NL301")
    (finding,) = found
    assert "Ann Ford" in finding["message"] and "Tom Reyes" in finding["message"]
    assert finding["severity"] == "warning"  # found through a pronoun: never an error


def test_two_pronouns_are_no_conflict(corpus, run_json) -> None:
    other = ("Union leader Tom Reyes answered at once. “We will keep the plant open for as long "
             "as the workers need it,” he said.\n")
    root = corpus({"a.txt": WIRE, "b.txt": other})
    _, found = run_json(str(root), "--select", "NL301")
    assert found == []


def test_the_same_person_by_pronoun_and_name_is_no_conflict(corpus, run_json) -> None:
    same = "“We will keep the plant open for as long as the workers need it,” Ms. Ford said.\n"
    root = corpus({"a.txt": WIRE, "b.txt": same})
    _, found = run_json(str(root), "--select", "NL301")
    assert found == []


ETHERIDGE = "2010-rep-etheridge-apologizes-for-grabbing-a-young-ma"


def test_a_quote_alone_after_someones_paragraph_is_not_theirs(tmp_path, run_json) -> None:
    # fox.md:32 quotes the Republican spokesman's words with no attribution, right after
    # Etheridge's '..., he added'; nyt.md:24 names the spokesman. Fox credits no one.
    folder = article_copy(tmp_path, ETHERIDGE, ["fox.md", "nyt.md"])
    _, found = run_json(str(folder), "--select", "NL301")
    assert found == []


def test_a_swapped_name_against_a_pronoun_is_found(tmp_path, run_json) -> None:
    # hpo.md:32 credits Pelosi through "she added"; nyt.md:22 names her: swapped, flagged
    folder = article_copy(tmp_path, "2016-nancy-pelosi-wins-house-minority-leadership-agai",
                          ["hpo.md", "nyt.md"])
    _, untouched = run_json(str(folder), "--select", "NL301")
    assert untouched == []
    edit_line(folder, "nyt.md", 22, "Ms. Pelosi said", "Ms. Dingell said")
    _, found = run_json(str(folder), "--select", "NL301")
    assert any(f["path"].endswith("nyt.md") and f["line"] == 22 for f in found)


def test_a_description_is_not_compared_with_a_name(corpus, run_json) -> None:
    # "the union leader" is resolved by office, which the other article may give another
    described = ("Some members, including Tom Reyes, spoke. “We will keep the plant open for "
                 "as long as the workers need it,” the union leader said.\n")
    named = "“We will keep the plant open for as long as the workers need it,” Ann Ford said.\n"
    root = corpus({"a.txt": described, "b.txt": named})
    _, found = run_json(str(root), "--select", "NL301")
    assert found == []


def test_a_pronoun_against_a_garbled_name_is_one_person(corpus, run_json) -> None:
    # "she" is Lis Smith; "Smth" elsewhere is her name misspelt, not a second speaker
    pronoun = ("Lis Smith, a campaign spokeswoman, answered. “The savings do not cut a single "
               "guaranteed benefit,” she said.\n")
    garbled = "“The savings do not cut a single guaranteed benefit,” Smth said.\n"
    root = corpus({"a.txt": pronoun, "b.txt": garbled})
    _, found = run_json(str(root), "--select", "NL301")
    assert found == []
    root = corpus({"a.txt": pronoun, "b.txt": garbled.replace("Smth", "Ann Ford")})
    _, found = run_json(str(root), "--select", "NL301")
    assert len(found) == 1
