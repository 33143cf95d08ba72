"""NL401's comparison of figures keyed by their context, and NL403, end to end: wire-style
corpora with traps, the NL403 fixture folder, and real paragraphs of basil."""

from __future__ import annotations

from pathlib import Path

from newslint.extract.figures.keys import QUOTED_TERM, figure_keys
from newslint.extract.figures.read import read_figures
from newslint.facts.context import clause_context
from realcopy import article_copy, edit_line

FIXTURES = Path(__file__).parent / "fixtures"


def _codes(found: list[dict]) -> list[str]:
    return [d["code"] for d in found]


def test_count_of_one_noun_differs_across_articles(corpus, run_json):
    root = corpus({
        "a.md": "---\ndate: 2024-03-01\n---\nThe Boeing jet lost 14 engines in the test, "
                "Boeing said on Friday.\n",
        "b.md": "---\ndate: 2024-03-01\n---\nBoeing said 24 engines were lost in the "
                "test on Friday.\n",
    })
    _, found = run_json(root, "--select", "NL401")
    (finding,) = found
    assert '"14"' in finding["message"] and '"24"' in finding["message"]
    assert "the number of engines" in finding["message"]  # the noun as written, not its stem
    assert finding["severity"] in ("warning", "error")


def test_hedged_values_compared_as_written(corpus, run_json):
    root = corpus({
        "a.md": "---\ndate: 2024-03-01\n---\nPolice in Portland said more than 150 "
                "protesters were arrested.\n",
        "b.md": "---\ndate: 2024-03-01\n---\nMore than 190 protesters were arrested in "
                "Portland, police said.\n",
    })
    _, found = run_json(root, "--select", "NL401")
    assert _codes(found) == ["NL401"]


def test_modifiers_tense_and_agreeing_mentions_leave_no_finding(corpus, run_json):
    root = corpus({
        # The old and the new offer, told apart by their modifiers.
        "a.md": "---\ndate: 2024-03-01\n---\nDisney rejected the initial offer of $30 a "
                "share from Comcast.\n\nComcast then made a revised offer of $35 a share.\n",
        "b.md": "---\ndate: 2024-03-01\n---\nComcast raised its bid for Disney to a "
                "revised offer of $35 a share.\n",
        # Rounding and units: 2,000 troops, "five weeks" and "35 days" agree.
        "c.md": "---\ndate: 2024-03-01\n---\nThe Pentagon will pull all 2,000 troops from "
                "Syria. Workers went 35 days without pay.\n",
        "d.md": "---\ndate: 2024-03-01\n---\nThe Pentagon will withdraw roughly 2,000 "
                "troops from Syria. Workers went five weeks without pay.\n",
    })
    _, found = run_json(root, "--select", "NL4")
    assert found == []


def test_amounts_of_different_days_are_not_compared(corpus, run_json):
    root = corpus({
        "a.md": "---\ndate: 2024-03-01\n---\nThe fund raised $5.7 billion for the wall, "
                "Trump said.\n",
        "b.md": "---\ndate: 2024-03-04\n---\nThe fund raised $8.7 billion for the wall, "
                "Trump said.\n",
    })
    _, found = run_json(root, "--select", "NL401")
    assert found == []


def test_nl403_fixture(run_json):
    _, found = run_json(FIXTURES / "NL403", "--select", "NL403")
    (finding,) = found
    assert Path(finding["path"]).parent.name == "flag"
    assert '"35-year-old"' in finding["message"] and '"53"' in finding["message"]


def test_real_copy_natural_figure_discrepancy(tmp_path, run_json):
    # Fox counts 15 stalled jobs bills, the Times "some 16" House-passed measures (gold).
    event = "2011-obama-taunts-gop-for-ignoring-jobs"
    _, found = run_json(article_copy(tmp_path, event), "--select", "NL401")
    touched = [{(Path(d["path"]).name, d["line"]),
                *((Path(r["path"]).name, r["line"]) for r in d["related"])} for d in found]
    assert {("fox.md", 30), ("nyt.md", 34)} in touched


def test_real_copy_lookalikes_stay_unflagged(tmp_path, run_json):
    # Rounding ("all 2,000 troops", "roughly 2,000"), parts of a total ("some 7,000
    # soldiers" are half the force), a chamber's 221-year history and 223 years of debate,
    # five weeks and 35 days of one shutdown.
    for event, files in [
        ("2018-james-mattis-quits-as-defense-secretary", None),
        ("2011-house-reading-of-constitution-is-not-without-iss", ["hpo.md"]),
        ("2019-donald-trump-announces-end-to-government-shutdow", None),
    ]:
        _, found = run_json(article_copy(tmp_path, event, files), "--select", "NL4")
        assert found == [], event


def test_a_shared_sentence_name_keys_an_amount_whose_clause_names_another(corpus, run_json):
    """The clause of one mention names the border, the other none but the sentence names
    whose demand it is: one measure, and $6.7 billion against $5.7 billion is flagged."""
    root = corpus({
        "a.md": "---\ndate: 2019-01-25\n---\nThe deal is a clear cave by Trump, whose "
                "impasse stems from his demands for $5.7 billion in funds for a wall along "
                "the U.S.-Mexico border.\n",
        "b.md": "---\ndate: 2019-01-25\n---\nThe shutdown was sparked by Trump's demand "
                "for $6.7 billion in funding for a wall.\n",
    })
    _, found = run_json(root, "--select", "NL401")
    (finding,) = found
    assert '"$5.7 billion"' in finding["message"] and '"$6.7 billion"' in finding["message"]



def test_sentences_sharing_rare_words_compare_one_count_over_a_wide_gap(tmp_path, run_json):
    """The Times's "100 pages of e-mails showed" and HuffPost's "used the 100 pages of
    emails to show" share no name and no verb, but two words the story seldom uses: one
    measure. Made 400 in one copy (a gap of four, beyond the gap names alone allow), it is
    reported; the real copy, which agrees, is not."""
    event = "2013-e-mails-show-jostling-over-benghazi-talking-poin"
    folder = article_copy(tmp_path, event)
    _, found = run_json(str(folder), "--select", "NL401")
    assert found == []
    edit_line(folder, "nyt.md", 12, "The 100 pages", "The 400 pages")
    _, found = run_json(str(folder), "--select", "NL401")
    assert [(d["path"].rsplit("/", 1)[-1], d["line"]) for d in found] == [("hpo.md", 12)] \
        or [(d["path"].rsplit("/", 1)[-1], d["line"]) for d in found] == [("nyt.md", 12)]
    assert '"400"' in found[0]["message"] and '"100"' in found[0]["message"]


def test_one_rare_shared_word_does_not_widen_the_gap_on_real_copy(tmp_path, run_json):
    """Fox's "eight years of tax returns" (Clinton's) and HuffPost's "33 years" (Jeb
    Bush's) share one word the story seldom uses ("presidential"); "33 Senate Democrats
    voted to advance the agreement" and "10 Democrats" likewise: different measures, far
    apart, left alone."""
    for event in ("2015-hillary-clinton-releases-tax-returns",
                  "2018-schumer-bashed-by-the-left-over-shutdown-ending"):
        _, found = run_json(str(article_copy(tmp_path, event)), "--select", "NL401")
        assert found == [], event


def test_seldom_words_are_counted_over_the_whole_story(tmp_path, run_json):
    """The $447 billion jobs package: Fox gives it once, the Times twice (the plan Mr.
    Obama's opponents oppose, the full package the Senate blocked). Over the three articles
    "package" is a seldom word; counted over the two that give the amount, it is not, and
    a changed figure went unflagged."""
    event = "2011-obama-taunts-gop-for-ignoring-jobs"
    folder = article_copy(tmp_path, event)
    nyt = folder / "nyt.md"
    lines = nyt.read_text(encoding="utf-8").split("\n")
    assert lines[21][140:152] == "$447 billion"
    lines[21] = lines[21][:140] + "$647 billion" + lines[21][152:]
    nyt.write_text("\n".join(lines), encoding="utf-8")
    _, found = run_json(folder, "--select", "NL401")
    touched = [{(Path(d["path"]).name, d["line"]),
                *((Path(r["path"]).name, r["line"]) for r in d["related"])} for d in found]
    assert any({("fox.md", 30), ("nyt.md", 22)} <= t for t in touched)


def test_what_could_not_be_done_is_told_of_the_past(tmp_path, run_json):
    """The Times: Senate Democrats "could not muster the 60 votes needed to block" a
    filibuster against the full $447 billion package, a past failure, not a plan; Fox gives
    the package failing as a whole. The Times's figure changed is compared with Fox's."""
    sentence = "Democrats could not muster the votes to pass the full $447 billion package."
    at = sentence.index("$447")
    assert not clause_context(sentence, at, at + 12, (0, len(sentence))).future
    # "could" alone is no tense either (a modal of possibility); "would" is.
    sentence = sentence.replace("could not", "could")
    assert not clause_context(sentence, at, at + 12, (0, len(sentence))).future
    sentence = sentence.replace("could", "would")
    assert clause_context(sentence, at, at + 12, (0, len(sentence))).future
    folder = article_copy(tmp_path, "2011-obama-taunts-gop-for-ignoring-jobs")
    edit_line(folder, "nyt.md", 26, "full $447 billion", "full $747 billion")
    _, found = run_json(folder, "--select", "NL401")
    touched = [{(Path(d["path"]).name, d["line"]),
                *((Path(r["path"]).name, r["line"]) for r in d["related"])} for d in found]
    assert any({("fox.md", 30), ("nyt.md", 26)} <= t for t in touched)


def test_a_figure_that_is_a_quoted_term_is_keyed_by_the_term(tmp_path, run_json):
    """Fox: the "47 percent" of Americans who pay no income tax; the Times: Mr. Romney's
    remark about the “47 percent,” then Mr. Ryan reminded... The figure is the whole of a
    quotation, a term, whatever follows the closing mark; the Times's changed is compared
    with Fox's. A figure a quotation merely contains is keyed by its clause as before."""
    for text, term in (("He mocked the “47 percent” of voters.", True),
                       ("He mocked the '47 percent,' he said.", True),
                       ("“We lost 47 percent of the vote,” he said.", False)):
        (figure,) = read_figures(text)
        assert (figure_keys(text, figure, (0, len(text))).head == QUOTED_TERM) is term, text
    event = "2012-biden-and-ryan-debate"
    folder = article_copy(tmp_path, event)
    _, found = run_json(folder, "--select", "NL401")
    assert found == []
    edit_line(folder, "nyt.md", 28, "“47 percent,”", "“57 percent,”")
    _, found = run_json(folder, "--select", "NL401")
    touched = [{(Path(d["path"]).name, d["line"]),
                *((Path(r["path"]).name, r["line"]) for r in d["related"])} for d in found]
    assert any({("fox.md", 18), ("nyt.md", 28)} <= t for t in touched)
    assert QUOTED_TERM.removeprefix("n:") in found[0]["message"]
