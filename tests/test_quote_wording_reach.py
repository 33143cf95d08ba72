"""NL302 on the shapes of real copy it used to miss: a short fragment with a word the other
article leaves out, one long quotation whose speaker one article only describes ("the
report read"), and one change found in a whole quote and in its sentence elsewhere (one
finding, not one per pair). Real paragraphs of basil (dev and unlabelled events, copied and
edited as an editor's slip would be) and written pairs of the same shape."""

from __future__ import annotations

from realcopy import article_copy, edit_line


def _nl302(run_json, folder) -> list[dict]:
    _, diagnostics = run_json(str(folder), "--select", "NL302")
    return diagnostics


def _files(finding: dict) -> set[str]:
    return {finding["path"].rsplit("/", 1)[-1]} | {
        r["path"].rsplit("/", 1)[-1] for r in finding["related"]}


# --- a short fragment with a word the other article leaves out -------------------------

def test_a_fragment_with_a_word_the_longer_quote_lacks_is_a_change(corpus, run_json) -> None:
    root = corpus({
        "a.md": "---\ndate: 2012-03-02\n---\nParty chairman Tom Reyes wrote to invite "
                "members \"for a private conference call\" on Monday evening.\n",
        "b.md": "---\ndate: 2012-03-02\n---\nThe chairman wrote to members on Friday.\n\n"
                "\"Dear Members, please join me for a conference call,\" chairman Tom Reyes "
                "wrote.\n\nTom Reyes is the party chairman.\n",
    })
    (finding,) = _nl302(run_json, root)
    assert _files(finding) == {"a.md", "b.md"} and '"private"' in finding["message"]


def test_a_short_sentence_beside_a_longer_remark_is_another_remark(corpus, run_json) -> None:
    # a whole sentence of five words is not a fragment cut from the longer one
    root = corpus({
        "a.md": "---\ndate: 2017-05-30\n---\nThe comedian Ana Ruiz apologized in a video.\n\n"
                "“I went way too far,” Ruiz said in the video.\n",
        "b.md": "---\ndate: 2017-05-30\n---\nThe comedian Ana Ruiz apologized in a video.\n\n"
                "“I went too far and I was wrong,” Ruiz said later.\n",
    })
    assert not _nl302(run_json, root)


def test_real_fragment_with_a_word_dropped_elsewhere(tmp_path, run_json) -> None:
    event = "2010-michael-steele-about-to-announce-whether-he-ll-r"  # dev
    folder = article_copy(tmp_path, event)
    assert not [d for d in _nl302(run_json, folder) if d["line"] in (16, 18)]
    edit_line(folder, "nyt.md", 18, "for a private conference call", "for a conference call")
    found = [d for d in _nl302(run_json, folder) if {"fox.md", "nyt.md"} <= _files(d)]
    assert len(found) == 1 and '"private"' in found[0]["message"]


# --- one long quotation, its speaker described in one article only ----------------------

REPORT = ("The White House counsel's report said such offers were routine. \"There have been "
          "many reported instances in the past when prior administrations discussed other "
          "paths to service for qualified people also considering campaigns for {} office,\" "
          "the report read.\n")


def test_a_long_quotation_credited_to_a_document_and_its_author(corpus, run_json) -> None:
    root = corpus({
        "a.md": "---\ndate: 2010-06-02\n---\n" + REPORT.format("public"),
        "b.md": "---\ndate: 2010-06-02\n---\nThe counsel, Robert Bauer, wrote the report. "
                "\"There have been many reported instances in the past when prior "
                "administrations discussed other paths to service for qualified people also "
                "considering campaigns for federal office,\" Mr. Bauer wrote.\n",
    })
    (finding,) = _nl302(run_json, root)
    assert _files(finding) == {"a.md", "b.md"} and "Bauer" in finding["message"]
    assert '"federal"' in finding["message"] and '"public"' in finding["message"]


def test_a_short_phrase_of_a_document_and_a_person_is_not_one_quotation(corpus, run_json
                                                                        ) -> None:
    # fewer than ten words in a row in common: the person may say it otherwise
    root = corpus({
        "a.md": "---\ndate: 2010-06-02\n---\nThe report called the offers \"fully consistent "
                "with the law,\" the report read.\n",
        "b.md": "---\ndate: 2010-06-02\n---\n\"It is fully consistent with the rules,\" "
                "Robert Bauer said.\n",
    })
    assert not _nl302(run_json, root)


def test_real_report_quoted_by_its_author_elsewhere(tmp_path, run_json) -> None:
    event = "2010-white-house-asked-bill-clinton-to-urge-joe-sesta"  # unlabelled
    folder = article_copy(tmp_path, event)
    before = _nl302(run_json, folder)
    edit_line(folder, "fox.md", 28, "campaigns for public office", "campaigns for federal office")
    found = [d for d in _nl302(run_json, folder) if d not in before]
    assert len(found) == 1 and {"fox.md", "nyt.md"} <= _files(found[0])
    assert "Bauer" in found[0]["message"]


def test_real_statement_echoing_a_letter_is_not_its_misquote(tmp_path, run_json) -> None:
    # a priest's own words ("his budget reflects the values") echo a letter that reads
    # "your budget appears to reflect the values": ten words alike, but not one quotation
    event = "2012-georgetown-catholics-challenge-paul-ryan"  # unlabelled
    found = _nl302(run_json, article_copy(tmp_path, event, ["hpo.md", "nyt.md"]))
    assert not [d for d in found if d["path"].endswith("hpo.md") and d["line"] == 18]


def test_a_speaker_found_through_a_pronoun_yields_to_one_named(corpus, run_json) -> None:
    # "He added" after a paragraph about someone else: the pronoun finds the wrong man;
    # the other article names the lawyer beside the same long quotation
    root = corpus({
        "a.md": "---\ndate: 2018-08-13\n---\nThe agent Peter Strzok was fired on Monday.\n\n"
                "He added, \"A long inquiry and many rounds of testimony failed to produce "
                "a shred of evidence that his personal views ever affected his work.\"\n",
        "b.md": "---\ndate: 2018-08-13\n---\n\"A long inquiry and many rounds of testimony "
                "failed to produce a shred of evidence that his political views ever "
                "affected his work,\" said Aitan Goelman, his lawyer.\n",
    })
    (finding,) = _nl302(run_json, root)
    assert "Aitan Goelman" in finding["message"] and '"political"' in finding["message"]


def test_real_quote_credited_through_a_pronoun_elsewhere(tmp_path, run_json) -> None:
    event = "2018-trump-critic-peter-strzok-fired-from-fbi"  # unlabelled
    folder = article_copy(tmp_path, event)
    before = _nl302(run_json, folder)
    edit_line(folder, "fox.md", 44, "failed to produce a shred", "failed to produce any shred")
    found = [d for d in _nl302(run_json, folder) if d not in before]
    assert len(found) == 1 and "fox.md" in _files(found[0])
    assert "Goelman" in found[0]["message"]


# --- one change, in a whole quote against one article and its sentence against another ---

def test_real_pronoun_changed_in_one_of_three_is_one_finding(tmp_path, run_json) -> None:
    # hpo gives "it destroyed his life" in a long quote; fox (the whole passage) and nyt
    # (the sentence alone) give "they destroyed": one finding at hpo naming both
    found = _nl302(run_json, article_copy(tmp_path, "2017-flynn-pleaded-guilty"))  # dev
    at_hpo = [d for d in found if d["path"].endswith("hpo.md") and d["line"] == 16]
    assert len(at_hpo) == 1
    assert {"fox.md", "nyt.md"} <= _files(at_hpo[0])
    assert "2 other articles" in at_hpo[0]["message"]


def test_one_change_in_a_passage_and_its_sentence_is_one_finding(corpus, run_json) -> None:
    passage = ("\"The agency ignored every warning for years. Then {} cut the inspection "
               "budget in half without telling anyone,\" Ann Ford said.\n")
    root = corpus({
        "a.md": "---\ndate: 2019-04-02\n---\n" + passage.format("it"),
        "b.md": "---\ndate: 2019-04-02\n---\n" + passage.format("they"),
        "c.md": "---\ndate: 2019-04-02\n---\nAnn Ford was blunt. \"Then they cut the "
                "inspection budget in half without telling anyone. Nobody in this state "
                "was ever asked about any of it,\" she said.\n",
    })
    (finding,) = _nl302(run_json, root)
    assert finding["path"].endswith("a.md") and _files(finding) == {"a.md", "b.md", "c.md"}


def test_two_changes_in_two_sentences_of_a_passage_stay_two(corpus, run_json) -> None:
    passage = ("\"The agency ignored every {} for years. Then it cut the inspection "
               "budget in {} without telling anyone,\" Ann Ford said.\n")
    root = corpus({
        "a.md": "---\ndate: 2019-04-02\n---\n" + passage.format("warning", "half"),
        "b.md": "---\ndate: 2019-04-02\n---\nAnn Ford was blunt. \"The agency ignored every "
                "complaint for years,\" she said.\n",
        "c.md": "---\ndate: 2019-04-02\n---\nAnn Ford was blunt. \"Then it cut the "
                "inspection budget in three without telling anyone,\" she said.\n",
    })
    assert len(_nl302(run_json, root)) == 2


def test_a_passage_finding_relates_no_other_sentence_of_its_own_article(
        tmp_path, run_json) -> None:
    # basil 2014 Lauten: Fox gives her apology as three quotes in one paragraph (fox.md:18),
    # HuffPost as one (hpo.md:22). The finding at Fox's first sentence relates HuffPost's
    # quote, not Fox's own other sentences as if they were other wordings.
    folder = article_copy(tmp_path, "2014-elizabeth-lauten-apologizes-for-criticizing-obam")
    found = [d for d in _nl302(run_json, folder)
             if d["path"].endswith("fox.md") and d["line"] == 18]
    assert found
    for finding in found:
        assert all(not r["path"].endswith("fox.md") for r in finding["related"])
