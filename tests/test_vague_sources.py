"""NL603: vague sources, without flagging ordinary attribution to officials."""

from __future__ import annotations


def test_bare_officials_said_is_wire_style_but_quantified_is_vague(corpus, run_json):
    root = corpus({
        "a.md": "---\ntitle: Quake\ndate: 2025-03-10\n---\n"
                "At least 41 people were killed, officials said on Tuesday.\n\n"
                "Some officials said the toll could rise further.\n\n"
                "Analysts warn that rebuilding will take years.\n",
    })
    _, diagnostics = run_json(root, "--select", "NL603")
    assert [(d["line"], d["message"].split('"')[1]) for d in diagnostics] == [
        (7, "Some officials"),
        (9, "Analysts warn"),
    ]


def test_a_count_only_in_a_post_is_flagged_unless_the_reporting_gives_it(corpus, run_json):
    body = ("---\ntitle: Quake\ndate: 2025-03-10\n---\n"
            "Rescuers said 612 people were injured across the province.\n\n"
            "> At least 90 buildings have collapsed in our city. "
            "— Sami Er (@samier44), March 10, 2025\n")
    root = corpus({"a.md": body,
                   "b.md": body.replace("612 people were injured", "about 90 buildings fell")})
    _, diagnostics = run_json(root, "--select", "NL604")
    assert [(d["path"].rsplit("/", 1)[-1], d["line"]) for d in diagnostics] == [("a.md", 7)]
    assert "(buildings)" in diagnostics[0]["message"]


def test_a_quantified_group_is_vague_only_as_the_subject_of_a_speech_or_belief_verb(
        corpus, run_json):
    """"Some lawmakers were scrambling" says what lawmakers did and sources nothing; "Other
    lawmakers complained" and "citing unnamed sources" put a claim on no one in particular.
    (The first shape is the one an editor judged false on basil's 9/11-override copy.)"""
    root = corpus({
        "a.md": "---\ntitle: Override\ndate: 2016-09-28\n---\n"
                "Some lawmakers were scrambling to limit the bill's reach.\n\n"
                "Other lawmakers complained that the bill would invite lawsuits abroad.\n\n"
                "The paper reported the plan, citing unnamed sources.\n",
    })
    _, diagnostics = run_json(root, "--select", "NL603")
    assert [(d["line"], d["message"].split('"')[1]) for d in diagnostics] == [
        (7, "Other lawmakers"),
        (9, "unnamed sources"),
    ]


def test_a_source_inside_a_quoted_excerpt_is_not_the_writers(tmp_path, run_json):
    # hpo.md:14 is the first paragraph of a Politico excerpt ("Politico reports:"): it opens
    # a quotation that runs on, and its "a media-tracking source said" is Politico's.
    from realcopy import article_copy, paragraph

    event = "2012-benjamin-netanyahu-used-in-conservative-attack-a"
    text = paragraph(event, "hpo.md", 14)
    assert text.startswith("“") and text.count("”") == 0
    assert "a media-tracking source said" in text
    _, diagnostics = run_json(article_copy(tmp_path, event, ["hpo.md"]), "--select", "NL603")
    assert not [d for d in diagnostics if d["line"] == 14]


def test_a_running_quotation_is_someone_elses_but_the_writers_prose_is_not(corpus, run_json):
    root = corpus({"a.txt": (
        "The magazine reported:\n\n"
        "“The ad is airing in three cities, a media-tracking source said.\n\n"
        "The buy is growing, analysts said, in its second week.\n"
    )})
    _, diagnostics = run_json(root, "--select", "NL603")
    assert [d["line"] for d in diagnostics] == [5]


def test_a_group_inside_a_named_speakers_reported_speech_is_his(corpus, run_json):
    root = corpus({"a.txt": (
        "Speaking in Warsaw, Obama said economists predict faster job growth next year.\n\n"
        "He said that some experts expect the bill to pass.\n\n"
        "Economists predict faster job growth next year.\n"
    )})
    _, diagnostics = run_json(root, "--select", "NL603")
    assert [d["line"] for d in diagnostics] == [5]
