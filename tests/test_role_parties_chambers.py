"""NL601 on parties and chambers: a party in apposition after an honorific ("Mr. Weiner,
a Democrat,"), as the Times writes it, is the person's party; a post at a chamber ("House
Minority Leader") puts its holder in that chamber (real copy of ../shared/corpora/basil,
skipped without it, and text in its style)."""

from __future__ import annotations

from findings import graded_places
from realcopy import article_copy, edit_line, paragraph

WEINER = "2011-weiner-denies-sending-photo"


def _roles(tmp_path, text: str):
    from newslint.extract import extract_article
    from newslint.load import load_article

    path = tmp_path / "a.txt"
    path.write_text(text + "\n", encoding="utf-8")
    article, _ = load_article(path, path.as_posix(), path.as_posix(), 10_000_000)
    return {(r.person_key, r.role_key) for r in extract_article(article).roles}


def test_a_party_after_an_honorific_and_surname(tmp_path):
    text = ("Representative Anthony D. Weiner of New York spoke on Wednesday. "
            "“It was a prank,” Mr. Weiner, a Democrat, said in an interview.")
    assert ("anthony d. weiner", "party:democrat") in _roles(tmp_path, text)
    # A surname no one in the article has in full is no person: nothing is read.
    assert not any(k == "party:democrat" for _, k in _roles(
        tmp_path, "“It was a prank,” Mr. Weiner, a Democrat, said in an interview."))


def test_a_party_swapped_against_the_times_honorific_apposition(tmp_path, run_json):
    # The Post tags Weiner (D-N.Y.); the Times calls him "Mr. Weiner, a Democrat". With the
    # Post's tag changed to R, the two articles disagree on his party.
    assert "Mr. Weiner, a Democrat," in paragraph(WEINER, "nyt.md", 12)
    folder = article_copy(tmp_path, WEINER)
    _, before = run_json(folder, "--select", "NL601")
    assert before == []
    edit_line(folder, "hpo.md", 10, "(D-N.Y.)", "(R-N.Y.)")
    _, after = run_json(folder, "--select", "NL601")
    assert len(after) == 1 and "Weiner" in after[0]["message"]
    assert "R-N.Y." in after[0]["message"] and "Democrat" in after[0]["message"]


TLAIB = "2019-democrats-react-to-rashida-tlaib-s-comments"


def test_a_chamber_post_against_the_other_chambers_office(tmp_path, run_json):
    # Fox: "House Minority Leader Kevin McCarthy"; the Times: "Representative Kevin
    # McCarthy of California, the Republican leader". Made "Senator", the Times puts the
    # House's leader in the Senate.
    assert "Representative Kevin McCarthy" in paragraph(TLAIB, "nyt.md", 48)
    folder = article_copy(tmp_path, TLAIB)
    _, before = run_json(folder, "--select", "NL601")
    assert before == []
    edit_line(folder, "nyt.md", 48, "Representative Kevin McCarthy", "Senator Kevin McCarthy")
    _, after = run_json(folder, "--select", "NL601")
    assert len(after) == 1 and "McCarthy" in after[0]["message"]
    assert "Senator" in after[0]["message"] and "Minority Leader" in after[0]["message"]


def test_posts_in_one_chamber_go_with_its_office(corpus, run_json):
    root = corpus({
        "a.txt": "Senate Majority Leader Mitch McConnell said the bill was dead on arrival.\n",
        "b.txt": "Sen. Mitch McConnell of Kentucky said the bill would not get a vote.\n",
        "c.txt": "House Speaker Paul Ryan said on Tuesday that the House would vote.\n",
        "d.txt": "Rep. Paul Ryan of Wisconsin said on Tuesday that the House would vote.\n",
    })
    _, diagnostics = run_json(root, "--select", "NL601")
    assert diagnostics == []
    (root / "b.txt").write_text("Rep. Mitch McConnell of Kentucky said the bill would not "
                                "get a vote.\n", encoding="utf-8")
    _, diagnostics = run_json(root, "--select", "NL601")
    assert len(diagnostics) == 1 and "McConnell" in diagnostics[0]["message"]


INAUGURATION = "2017-donald-trump-is-inaugurated"


def test_a_former_president_given_another_office_once(tmp_path, run_json):
    # The Times: "former President Barack Obama"; the Post: "President Barack Obama's
    # policies". Made "Judge Barack Obama's policies", the Post gives a former president an
    # office no article gives him: an info finding, as a president may hold one later.
    assert "President Barack Obama’s policies" in paragraph(INAUGURATION, "hpo.md", 14)
    folder = article_copy(tmp_path, INAUGURATION)
    _, before = run_json(folder, "--select", "NL601")
    assert before == []
    edit_line(folder, "hpo.md", 14, "President Barack Obama’s", "Judge Barack Obama’s")
    _, after = run_json(folder, "--select", "NL601")
    assert graded_places(after) == [("hpo.md", 14, "info")]
    assert "former" in after[0]["message"] and "nyt.md" in after[0]["message"]


def test_past_offices_beside_a_present_one_are_a_career(corpus, run_json):
    root = corpus({
        "a.txt": "Gov. Mike Pence of Indiana said on Monday that he would sign the bill.\n",
        "b.txt": "Mike Pence, a former Rep. from Indiana, said he would sign the bill.\n",
        "c.txt": "Former President George W. Bush said on Monday that he backed the bill.\n",
        "d.txt": "Gov. Jeb Bush of Florida said on Monday that he backed the bill too.\n",
    })
    _, diagnostics = run_json(root, "--select", "NL601")
    assert diagnostics == []
