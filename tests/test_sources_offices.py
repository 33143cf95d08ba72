"""NL603 for one unnamed source, before or after its verb; NL601 for one person given two
public offices at once. Text written in the style of wire copy."""

from __future__ import annotations


def _found(run_json, root, code):
    _, diagnostics = run_json(root, "--select", code)
    return [(d["path"].rsplit("/", 1)[-1], d["message"].split('"')[1]) for d in diagnostics]


def test_single_and_inverted_anonymous_sources(corpus, run_json):
    root = corpus({"a.txt": (
        "The strike hit the base on Monday, a military source said.\n\n"
        "Casualties were rising, said local sources.\n\n"
        "One source told reporters the toll was higher.\n\n"
        "The mayor said the city would rebuild the bridge by June.\n\n"
        "Officials said 12 people were hurt.\n"
    )})
    assert _found(run_json, root, "NL603") == [
        ("a.txt", "a military source said"), ("a.txt", "said local sources"),
        ("a.txt", "One source told")]


def test_one_person_in_two_public_offices(corpus, run_json):
    root = corpus({
        "a.txt": "Gov. Mike Pence signed the bill on Thursday. Pence said it was fair.\n",
        "b.txt": "Indiana Gov. Mike Pence defended the law. Pence spoke in Indianapolis.\n",
        "c.txt": "Sen. Mike Pence defended the law on Thursday in Indianapolis.\n",
    })
    # "Gov." and "Indiana Gov." are one post: the one article that differs is flagged.
    _, diagnostics = run_json(root, "--select", "NL601")
    assert [(d["path"].rsplit("/", 1)[-1], d["col"]) for d in diagnostics] == [("c.txt", 1)]
    assert '"Sen."' in diagnostics[0]["message"]


def test_a_bare_surname_may_be_two_people(corpus, run_json):
    # "Sen. Brown" and "Rep. Brown" with no first name: two members of Congress may share it.
    root = corpus({
        "a.txt": "Sen. Brown voted against the bill on Thursday, and Brown said so.\n",
        "b.txt": "Rep. Brown voted for the bill on Thursday in the House.\n",
    })
    assert _found(run_json, root, "NL601") == []


_POST = (
    "At least 90 buildings have collapsed in the city centre. Stay safe "
    "pic.twitter.com/abc123\n"
    "— Mayor Ayse Kaya (@ayse_kaya) February 6, 2023\n"
)


def test_a_post_figure_the_article_gives_in_another_form_is_not_post_only(corpus, run_json):
    # The article's own reporting counts the same 90 under another noun.
    root = corpus({"a.txt": (
        "Rescuers said 90 structures had collapsed in the city centre by Monday night.\n\n"
        + _POST)})
    assert _found(run_json, root, "NL604") == []


def test_a_post_figure_the_article_never_gives_is_flagged(corpus, run_json):
    root = corpus({"a.txt": (
        "Rescuers worked through the night in the city centre, the governor said.\n\n"
        + _POST)})
    assert [f[0] for f in _found(run_json, root, "NL604")] == ["a.txt"]


def test_one_person_under_two_parties(corpus, run_json):
    root = corpus({
        "a.txt": "Sen. John McCain (R-Ariz.) voted against the bill on Thursday.\n",
        "b.txt": "Sen. John McCain (R-Ariz.) said the vote would be close.\n",
        "c.txt": "Sen. John McCain (D-Ariz.) spoke against the bill on Thursday.\n",
    })
    _, diagnostics = run_json(root, "--select", "NL601")
    assert [(d["path"].rsplit("/", 1)[-1], d["message"].split('"')[1]) for d in diagnostics] \
        == [("c.txt", "D-Ariz.")]


def test_a_title_one_article_gives_once_against_its_own_and_the_story(corpus, run_json):
    root = corpus({
        "a.txt": ("President Barack Obama spoke in Ohio on Thursday.\n\n"
                  "Critics said Governor Obama had ignored the jobs bill.\n\n"
                  "President Obama left for Washington in the evening.\n"),
        "b.txt": "President Obama told the crowd in Ohio that the bill would pass.\n",
    })
    _, diagnostics = run_json(root, "--select", "NL601")
    assert [(d["path"].rsplit("/", 1)[-1], d["line"]) for d in diagnostics] == [("a.txt", 3)]
    assert "this article and b.txt" in diagnostics[0]["message"]
    # The related lines point at the person, so the reader sees who is meant.
    assert diagnostics[0]["related"][0]["message"].startswith('"')


def test_posts_held_together_are_no_conflict(corpus, run_json):
    # The Speaker is a member of the House; a committee chairman is a member of Congress.
    root = corpus({
        "a.txt": "Speaker John Boehner said on Friday that the House would vote.\n",
        "b.txt": "Rep. John Boehner (R-Ohio) said the House would vote on Friday.\n",
        "c.txt": "Chairman Adam Schiff and Rep. John Boehner met on Friday.\n",
        "d.txt": "Rep. Adam Schiff said on Friday that the committee would meet.\n",
    })
    assert _found(run_json, root, "NL601") == []


def test_a_misspelt_holder_is_not_a_second_holder(corpus, run_json):
    root = corpus({
        "a.txt": "Reince Priebus, chairman of the Wisconsin Republican Party, spoke Monday.\n",
        "b.txt": "Reince Preibus, chairman of the Wisconsin Republican Party, spoke Monday.\n",
    })
    assert _found(run_json, root, "NL601") == []


def test_a_titled_surname_is_the_titled_person_not_a_relative(corpus, run_json):
    # b.txt writes only Malia Obama in full: "President Obama" there is still the president.
    root = corpus({
        "a.txt": "President Barack Obama pardoned two turkeys on Wednesday.\n",
        "b.txt": ("Malia Obama stood beside her father as Governor Obama spoke on "
                  "Wednesday.\n"),
        "c.txt": "President Obama joked about the turkeys on Wednesday.\n",
    })
    assert _found(run_json, root, "NL601") == [("b.txt", "Governor")]


def test_one_person_under_a_nickname(corpus, run_json):
    root = corpus({
        "a.txt": "Sen. Chuck Schumer, D-N.Y., spoke on the Senate floor on Wednesday.\n",
        "b.txt": "Senator Charles E. Schumer of New York spoke before the vote on Wednesday.\n",
        "c.txt": "Gov. Charles Schumer said on Wednesday that the bill would pass.\n",
    })
    assert _found(run_json, root, "NL601") == [("c.txt", "Gov.")]


def test_two_past_offices_at_one_place(corpus, run_json):
    root = corpus({
        "a.txt": "Former New York City Mayor Michael Bloomberg endorsed her on Wednesday.\n",
        "b.txt": ("Michael Bloomberg, the former New York mayor, spoke on Wednesday in "
                  "Philadelphia.\n"),
        "c.txt": "Former New York City Governor Michael Bloomberg spoke on Wednesday.\n",
    })
    assert _found(run_json, root, "NL601") == [("c.txt", "Governor")]


def test_past_offices_at_no_named_place_may_all_be_true(corpus, run_json):
    root = corpus({
        "a.txt": "Former Secretary of State Hillary Clinton spoke in Ohio on Monday.\n",
        "b.txt": "Former Sen. Hillary Clinton spoke in Ohio on Monday, aides said.\n",
        "c.txt": "Former Arkansas first lady Hillary Clinton and former Illinois Gov. Pat "
                 "Quinn spoke on Monday.\n",
    })
    assert _found(run_json, root, "NL601") == []


def test_an_office_at_an_organisation_where_the_person_holds_a_post(corpus, run_json):
    root = corpus({
        "a.txt": "NAACP President Benjamin Jealous said the resolution passed on Tuesday.\n",
        "b.txt": "Benjamin Jealous, the president of the N.A.A.C.P., spoke in Kansas City.\n",
        "c.txt": "NAACP Senator Benjamin Jealous said the resolution passed on Tuesday.\n",
        # A governor who chairs a governors' group holds both posts.
        "d.txt": "Gov. Nikki Haley of South Carolina spoke on Tuesday in Columbia.\n",
        "e.txt": "Nikki Haley, chairwoman of the Republican Governors Association, spoke.\n",
    })
    assert _found(run_json, root, "NL601") == [("c.txt", "Senator")]


def test_a_seat_its_holder_has_left_is_no_current_title(corpus, run_json):
    # The Massachusetts appointment of 2013, in the style of its coverage.
    root = corpus({
        "a.txt": "Patrick named Cowan to fill Sen. John Kerry's open seat until June.\n",
        "b.txt": "The seat was vacated by Secretary of State John Kerry this month.\n",
        "c.txt": "Secretary of State John Kerry left the Senate this month.\n",
    })
    assert _found(run_json, root, "NL601") == []


def test_a_bare_surname_under_a_one_holder_office(corpus, run_json):
    """With no first name, "President Obama" is the story's one president: a
    "Representative Obama" elsewhere is his title changed, while "Sen. Brown" and "Rep.
    Brown" may still be two people (above)."""
    root = corpus({
        "a.txt": "The student asked whether he supported President Obama's agenda.\n",
        "b.txt": "He voted for President Obama's health care overhaul last year.\n",
        "c.txt": "He voted for Representative Obama's health care overhaul last year.\n",
    })
    _, diagnostics = run_json(root, "--select", "NL601")
    assert [(d["path"].rsplit("/", 1)[-1], d["line"]) for d in diagnostics] == [("c.txt", 1)]
