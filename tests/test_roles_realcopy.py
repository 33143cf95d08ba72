"""NL601 on real copy (read from ../shared/corpora/basil by event, file and line; skipped
without it) and on text written in its style."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from realcopy import article_copy, edit_line, paragraph


def _flagged(run_json, root):
    _, diagnostics = run_json(root, "--select", "NL601")
    return [(d["path"].rsplit("/", 1)[-1], d["line"], d["message"]) for d in diagnostics]


def test_a_party_tag_under_a_name_without_its_accents(corpus, run_json):
    root = corpus({
        "a.txt": "Rep. Raúl Grijalva (D-Ariz.) said the wall would split the valley.\n",
        "b.txt": "Rep. Raúl Grijalva (D-Ariz.) toured the border on Friday.\n",
        "c.txt": "Rep. Raul Grijalva (R-Ariz.) said the plan was a waste of money.\n",
    })
    (finding,) = _flagged(run_json, root)
    assert finding[:2] == ("c.txt", 1) and "R-Ariz." in finding[2]


def _roles(tmp_path, text: str):
    from newslint.extract import extract_article
    from newslint.load import load_article

    path = tmp_path / "a.txt"
    path.write_text(text + "\n", encoding="utf-8")
    article, _ = load_article(path, path.as_posix(), path.as_posix(), 10_000_000)
    return {(r.person_key, r.role_key, r.where, r.current) for r in extract_article(article).roles}


def test_the_place_after_a_past_title_is_where_it_was_held(tmp_path):
    # "Mike Huckabee, the former governor of Arkansas," (the Times): a past office at a
    # named place, to compare with "former Arkansas Gov. Mike Huckabee" elsewhere.
    text = paragraph("2012-michele-bachmann-and-other-gop-reps-show-support", "nyt.md", 10)
    assert ("mike huckabee", "governor", "Arkansas", False) in _roles(tmp_path, text)


def test_two_past_offices_at_one_place_written_before_and_after(corpus, run_json):
    root = corpus({
        "a.txt": "Former New York City Mayor Michael Bloomberg spoke on Thursday night.\n",
        "b.txt": "Michael Bloomberg, the former mayor of New York City, spoke on Thursday.\n",
        "c.txt": "Michael Bloomberg, the former governor of New York City, spoke on Thursday.\n",
    })
    (finding,) = _flagged(run_json, root)
    assert finding[:2] == ("c.txt", 1) and '"governor"' in finding[2]


PENCE = "2015-mike-pence-seeks-legislation-to-clarify-the-reli"


def test_a_definite_post_before_its_holder_between_commas(tmp_path):
    # The Times' style: "the N.C.A.A. president, Mark Emmert," and "the Senate majority
    # leader, Harry Reid of Nevada": the post and its holder, not a list.
    emmert = _roles(tmp_path, paragraph(PENCE, "nyt.md", 30))
    assert ("mark emmert", "president", "N.C.A.A", True) in emmert
    reid = _roles(tmp_path, paragraph(
        "2010-republicans-sign-letter-to-stop-legislature-unti", "nyt.md", 12))
    assert ("harry reid", "leader", "Senate", True) in reid


def test_a_second_title_is_not_part_of_the_name(tmp_path):
    # "the committee's chairman, Representative Trey Gowdy": both titles are his.
    gowdy = _roles(tmp_path, paragraph(
        "2015-benghazi-committee-wants-to-interview-clinton-ab", "nyt.md", 12))
    assert {("trey gowdy", "chairman", None, True),
            ("trey gowdy", "representative", None, True)} <= gowdy


def test_a_title_followed_by_its_verb_is_the_next_clause_subject(tmp_path):
    # "... with The Star and Mr. Stephanopoulos, the governor pointed to": the governor is
    # Pence, not the interviewer.
    roles = _roles(tmp_path, paragraph(PENCE, "nyt.md", 36))
    assert not [r for r in roles if r[0].endswith("stephanopoulos")]
    written = _roles(tmp_path, "After a call with Tim Cook, the chancellor praised the plan.")
    assert not [r for r in written if r[0] == "tim cook"]
    kept = _roles(tmp_path, "Tim Cook, the chief executive of Apple, praised the plan.")
    assert ("tim cook", "ceo", "Apple", True) in kept


def test_two_holders_of_one_post_written_before_and_after_the_name(corpus, run_json):
    root = corpus({
        "a.txt": "Apple CEO Tim Cook said the company would appeal the ruling.\n",
        "b.txt": "The Apple chief executive, Tim Cook, said the company would appeal.\n",
        "c.txt": "The Apple chief executive, Jane Doe, said the company would appeal.\n",
    })
    (finding,) = _flagged(run_json, root)
    assert finding[:2] == ("c.txt", 1) and "Tim Cook" in finding[2]


def test_one_article_giving_a_bare_surname_two_offices(tmp_path, corpus, run_json):
    # No article names Obama in full; the Times calls him "President Obama" and, after a
    # slip, "Mayor Obama": one article does not call two people by one bare surname.
    folder = article_copy(tmp_path, "2010-republicans-sign-letter-to-stop-legislature-unti")
    assert _flagged(run_json, folder) == []
    edit_line(folder, "nyt.md", 16, "President Obama", "Mayor Obama")
    (finding,) = _flagged(run_json, folder)
    assert finding[:2] == ("nyt.md", 16) and '"Mayor"' in finding[2]
    root = corpus({
        "a.txt": "Gov. Brown signed the water bill. Later Sen. Brown said he was proud of it.\n",
        "b.txt": "Gov. Brown signed the water bill on Friday in Sacramento.\n",
    })
    # a.txt gives one Brown both offices; b.txt has the one a.txt gives first.
    assert [f[:2] for f in _flagged(run_json, root)] == [("a.txt", 1)]


def test_one_article_each_way_is_one_finding_naming_both(tmp_path, run_json):
    # HuffPost's "former Arkansas Gov. Mike Huckabee" made "Sen.", against the Times'
    # "the former governor of Arkansas": the corpus cannot tell which is right, so one
    # finding names both articles, placed by the posts whatever the file names.
    folder = article_copy(tmp_path, "2012-michele-bachmann-and-other-gop-reps-show-support")
    edit_line(folder, "hpo.md", 14, "Arkansas Gov. Mike", "Arkansas Sen. Mike")
    _, diagnostics = run_json(folder, "--select", "NL601")
    (finding,) = diagnostics
    files = {finding["path"].rsplit("/", 1)[-1]} | {
        r["path"].rsplit("/", 1)[-1] for r in finding["related"]}
    assert files == {"hpo.md", "nyt.md"}


def test_a_party_word_statement_runs_from_the_name(tmp_path):
    # "Adam B. Schiff, Democrat of California" (the Times) and "Democratic Sen. Chris
    # Coons": a finding on the party shows whose party it is, as a tag's "(D-Calif.)" does.
    from newslint.extract import extract_article
    from newslint.load import load_article

    texts = [paragraph("2019-mueller-s-office-disputes-buzzfeed-report", "nyt.md", 32),
             "Democratic Sen. Chris Coons said the bill would pass."]
    for n, text in enumerate(texts):
        path = tmp_path / f"{n}.txt"
        path.write_text(text + "\n", encoding="utf-8")
        article, _ = load_article(path, path.as_posix(), path.as_posix(), 10_000_000)
        (party,) = [r for r in extract_article(article).roles if r.role_key == "party:democrat"]
        written = article.analysis[party.span.start:party.span.end]
        assert party.person in written and "Democrat" in written, written


def test_two_offices_at_one_named_place_conflict_on_real_copy(tmp_path, run_json):
    """basil 2016 LePage: "Maine Gov. Paul LePage" (hpo.md:10). A place named before two
    offices ("Maine Rep.") is where they are held, not two employers the person may serve
    at once: the offices are compared."""
    folder = article_copy(tmp_path, "2016-paul-lepage-remains-in-office", ["fox.md", "hpo.md"])
    assert _flagged(run_json, folder) == []
    edit_line(folder, "fox.md", 10, "Maine Gov. Paul", "Maine Rep. Paul")
    assert [f[:2] for f in _flagged(run_json, folder)] == [("hpo.md", 10)]


def test_a_person_known_by_the_middle_name_on_real_copy(tmp_path, run_json):
    """basil 2019 Schiff: the Times' "Representative K. Michael Conaway" (nyt.md:32) is
    Fox's "Rep. Michael Conaway": one person, whose titles are compared."""
    event = "2019-house-intelligence-committee-demand-adam-schiff"
    folder = article_copy(tmp_path, event, ["fox.md", "nyt.md"])
    assert _flagged(run_json, folder) == []
    edit_line(folder, "fox.md", 32, "Rep. Michael Conaway", "Sen. Michael Conaway")
    assert ("fox.md", 32) in [f[:2] for f in _flagged(run_json, folder)] or \
        ("nyt.md", 32) in [f[:2] for f in _flagged(run_json, folder)]


def test_a_whip_is_a_public_office(corpus, run_json):
    """"Majority Whip Kevin McCarthy" (basil 2014 McCarthy, fox.md:12) is an office held
    as a member of the House: "Rep." goes with it, "President" does not."""
    root = corpus({
        "a.txt": "House Majority Whip Kevin McCarthy said he would back a vote on the bill.\n",
        "b.txt": "Majority Whip Kevin McCarthy (R-Calif.) met activists on Tuesday.\n",
        "d.txt": "President Kevin McCarthy of California said he was open to the bill.\n",
    })
    assert [f[:2] for f in _flagged(run_json, root)] == [("d.txt", 1)]
    (root / "d.txt").write_text("Rep. Kevin McCarthy of California said he was open to the "
                                "bill.\n", encoding="utf-8")
    assert _flagged(run_json, root) == []


def test_director_and_president_still_go_together_at_a_company(corpus, run_json):
    root = corpus({
        "a.txt": "Former Acme Corp. Director Jane Roe said the merger was rushed.\n",
        "b.txt": "Former Acme Corp. President Jane Roe told investors the deal was rushed.\n",
    })
    assert _flagged(run_json, root) == []


def test_an_organisation_word_after_a_title_word_is_no_person(tmp_path):
    # "the Justice Department" (the Times) is an organisation, not a judge named Department.
    text = paragraph("2010-white-house-asked-bill-clinton-to-urge-joe-sesta", "nyt.md", 40)
    assert "Justice Department" in text
    assert not any(key == "department" for key, *_ in _roles(tmp_path, text))
    written = "Justice Department lawyers and Speaker John Boehner met on Friday."
    assert _roles(tmp_path, written) == {("john boehner", "speaker", None, True)}


def test_one_acting_post_and_one_past_post_are_not_compared(corpus, run_json):
    root = corpus({
        "a.txt": "Acting FBI Director Andrew McCabe met the president on Wednesday.\n",
        "b.txt": "Former FBI Chairman Andrew McCabe met the president on Wednesday.\n",
    })
    assert _flagged(run_json, root) == []




@dataclass(frozen=True)
class Edit:
    """A title changed on one line of real copy: no finding before, one after."""

    why: str
    event: str
    file: str
    line: int
    old: str
    new: str
    words: tuple[str, ...]  # each in the finding's message
    files: tuple[str, ...] | None = None  # the articles copied; None: all three
    at: tuple[tuple[str, int], ...] = ()  # where the finding may stand; (): anywhere


EDITS = [
    Edit("Fox writes 'Pena Nieto', HuffPost and the Times 'Peña Nieto': one person, so a "
         "title Fox gets wrong is compared with theirs",
         "2016-trump-gets-into-twitter-feud-with-vicente-fox", "fox.md", 12,
         "President Enrique Pena", "Judge Enrique Pena", ('"Judge"',), at=(("fox.md", 12),)),
    Edit("the Times writes 'Judge Gorsuch' throughout and once 'Neil M. Gorsuch'; a title and "
         "surname read as a full name is no second Gorsuch",
         "2017-supreme-court-nomination-of-judge-neil-m-gorsuch", "nyt.md", 18,
         "Judge Gorsuch", "Director Gorsuch", ('"Director"',), at=(("nyt.md", 18),)),
    Edit("Fox News writes 'Vincente Fox', HuffPost 'Vicente Fox': one person under a slip "
         "(NL101's finding), whose past offices are compared",
         "2016-fox-and-calder-say-mexico-isn-t-paying-for-borde", "hpo.md", 10,
         "Mexican President Vicente", "Mexican Speaker Vicente", ('"Speaker"',),
         files=("fox.md", "hpo.md"), at=(("fox.md", 10), ("hpo.md", 10))),
    Edit("'Representative Todd Akin, the Republican Senate candidate in Missouri' (the Times) "
         "gives his party; HuffPost's '(R-Mo.)' turned '(D-Mo.)' disagrees with it",
         "2012-romney-urges-akin-to-drop-out-of-senate-race", "hpo.md", 10,
         "(R-Mo.)", "(D-Mo.)", ("D-Mo.",), files=("hpo.md", "nyt.md"), at=(("hpo.md", 10),)),
    Edit("the Times' 'President Obama's agenda' and Fox's 'President Obama's health care "
         "overhaul' name no Obama in full; one article each way is one finding naming both",
         "2010-rep-etheridge-apologizes-for-grabbing-a-young-ma", "fox.md", 40,
         "President Obama", "Representative Obama", ('"Representative"', '"President"'),
         files=("fox.md", "nyt.md")),
    Edit("Fox and HuffPost both write 'then-FBI Director James Comey': a past post at the "
         "FBI, read with its organisation",
         "2017-flynn-pleaded-guilty", "hpo.md", 28, "then-FBI Director", "then-FBI Leader",
         ('"Leader"', '"Director"'), files=("fox.md", "hpo.md")),
    Edit("at a company a director may be its president too; the FBI's director is its head",
         "2018-trump-accuses-former-clinton-aide-of-failing-to", "fox.md", 24,
         "Former FBI Director", "Former FBI President", ('"President"', '"Director"'),
         files=("fox.md", "hpo.md")),
    Edit("Fox and HuffPost both write 'acting FBI Director Andrew McCabe': an acting post is "
         "compared with the person's other acting posts",
         "2017-donald-trump-considers-joe-lieberman-for-fbi-dir", "fox.md", 16,
         "acting FBI Director", "acting FBI Chairman", ("acting FBI", '"Chairman"'),
         files=("fox.md", "hpo.md")),
    Edit("HuffPost: 'FBI Deputy Director David Bowdich'; Fox: 'bureau Deputy Director David "
         "Bowdich', with no organisation written: one deputy post all the same",
         "2018-trump-critic-peter-strzok-fired-from-fbi", "fox.md", 12,
         "Deputy Director David", "Deputy Senator David", ('"Senator"', '"Director"'),
         files=("fox.md", "hpo.md")),
    Edit("Fox: 'House Speaker Nancy Pelosi'; the Times: 'Speaker Nancy Pelosi'. A director of "
         "the House is an office there, not a board seat to hold beside it",
         "2019-lawmakers-react-to-trump-s-immigration-proposal", "fox.md", 18,
         "House Speaker Nancy", "House Director Nancy", ('"Director"', '"Speaker"'),
         files=("fox.md", "nyt.md")),
]


@pytest.mark.parametrize("edit", EDITS, ids=lambda e: f"{e.event[:24]}-{e.file}:{e.line}")
def test_a_title_changed_on_real_copy_is_one_finding(edit: Edit, tmp_path, run_json):
    folder = article_copy(tmp_path, edit.event, list(edit.files) if edit.files else None)
    assert _flagged(run_json, folder) == [], edit.why
    edit_line(folder, edit.file, edit.line, edit.old, edit.new)
    (finding,) = _flagged(run_json, folder)
    assert not edit.at or finding[:2] in edit.at, edit.why
    assert all(word in finding[2] for word in edit.words), (edit.why, finding[2])


def test_two_past_offices_at_one_state_are_a_career_on_real_copy(tmp_path, run_json):
    """basil 2013 NRA school report: "Former Arkansas Rep. Asa Hutchinson" (fox.md:16).
    Another article calling him a former Arkansas senator may give a career (the House,
    then the Senate: offices on one level): a note at info level, never a warning; a
    state's office against a city's at one place stays a warning."""
    event = "2013-nra-and-hutchinson-recommends-schools-to-have-ar"
    assert "Former Arkansas Rep. Asa Hutchinson" in paragraph(event, "fox.md", 16)
    folder = article_copy(tmp_path, event, ["fox.md", "hpo.md"])

    def severities():
        _, diagnostics = run_json(folder, "--select", "NL601")
        return [d["severity"] for d in diagnostics]

    assert severities() == []
    edit_line(folder, "hpo.md", 12, "Former Rep. Asa", "Former Arkansas Sen. Asa")
    assert severities() == ["info"]
    edit_line(folder, "hpo.md", 12, "Former Arkansas Sen. Asa", "Former Arkansas Mayor Asa")
    assert severities() == ["warning"]
