"""NL401's counts keyed by their counted noun (rules/figure_counts.py): mentions paired by
the seldom words their sentences share, graded by how specific the noun is."""

from __future__ import annotations

from pathlib import Path

from dated import dated_facts
from realcopy import article_copy, edit_line

EVENT = "2014-nebraska-and-oklahoma-fight-colorado-s-recreatio"


def _touched(found: list[dict]) -> list[set[tuple[str, int]]]:
    return [{(Path(d["path"]).name, d["line"]),
             *((Path(r["path"]).name, r["line"]) for r in d["related"])} for d in found]


def test_one_count_of_states_with_different_verbs_and_no_names(tmp_path, run_json):
    """Fox: "He said 23 states have enacted medical marijuana laws"; HuffPost: "23 states and
    the District of Columbia have legalized marijuana for medical purposes". No shared verb,
    no shared name; the story also counts two states that sue and four that allow
    recreational use. The real copy agrees and gives nothing; HuffPost's count changed is
    paired with Fox's, as info (a common noun), and the other counts of states are not."""
    folder = article_copy(tmp_path, EVENT)
    _, found = run_json(folder, "--select", "NL401")
    assert found == []
    edit_line(folder, "hpo.md", 26, "To date, 23 states", "To date, 24 states")
    _, found = run_json(folder, "--select", "NL401")
    assert [t for t in _touched(found) if {("fox.md", 52), ("hpo.md", 26)} <= t]
    assert len(found) == 1 and found[0]["severity"] == "info"
    assert '"23"' in found[0]["message"] and '"24"' in found[0]["message"]


def test_a_generic_noun_is_not_paired_by_its_sentence_words(corpus, run_json):
    """"people" is counted of anything: two sentences sharing a seldom word do not make
    two counts of people one measure; a rarer noun in the same sentences does."""
    def story(noun: str) -> dict[str, str]:
        return {
            "a.md": "---\ndate: 2024-03-01\n---\nOfficials said 40 " + noun + " gathered "
                    "outside the station on Friday.\n",
            "b.md": "---\ndate: 2024-03-01\n---\nAt the station, 70 " + noun
                    + " were evacuated by boat.\n",
        }
    _, found = run_json(corpus(story("people")), "--select", "NL401")
    assert found == []
    _, found = run_json(corpus(story("engineers")), "--select", "NL401")
    assert [d["severity"] for d in found] == ["info"]


def test_counts_a_unit_apart_differ(tmp_path, run_json):
    """HuffPost's "47-page indictment" and the "48-page indictment" of Fox and the Times:
    a count written as 47 reads 46.5 to 47.5, one written as 48 from 47.5; intervals that
    only touch are two different values, reported (as info: the gap is small)."""
    folder = article_copy(tmp_path, "2018-congressman-hunter-and-wife-indicted-on-corrupti")
    _, found = run_json(folder, "--select", "NL401")
    touched = _touched(found)
    assert [t for t in touched if {("hpo.md", 24), ("fox.md", 14)} <= t]
    assert all(d["severity"] == "info" for d in found)


def test_a_definite_figure_takes_the_head_of_its_earlier_mention():
    """Fox: "President Trump’s demand for $5.7 billion in funding" (line 22), then "Trump
    signaled that a "large down payment" on funding, potentially less than the $5.7
    billion, could be sufficient" (line 30): the second refers back to the first and is
    keyed as it is, not by "signaled". So does a misstated one of the same magnitude ("the
    $4.7 billion": the sum given before, with a digit changed), and the two then disagree;
    one of another magnitude, or differing in more than one digit ("the $4.5 billion": a
    sum of its own, never given before), keeps its own head, as does a slip of one digit
    in a sentence that does not repeat the sum's noun."""
    import datetime as dt

    from realcopy import paragraph

    event = "2019-donald-trump-announces-end-to-government-shutdow"
    first, second = paragraph(event, "fox.md", 22), paragraph(event, "fox.md", 30)
    for figure, head in (("$5.7 billion", "n:fund"), ("$4.7 billion", "n:fund"),
                         ("$470 million", "v:signal"), ("$4.5 billion", "v:signal"),
                         ("$4.7 billion", "v:signal")):
        if figure == "$4.7 billion" and head == "v:signal":
            second = second.replace("on funding", "on the wall")  # the noun not repeated
        body = first + "\n\n" + second.replace("the $5.7 billion", f"the {figure}")
        facts = dated_facts("a.md", dt.date(2019, 1, 25), body)
        heads = [q.head for q in facts.quantities if q.text in ("$5.7 billion", figure)]
        assert heads == ["n:fund", head]


def test_a_misstated_definite_sum_disagrees_with_the_sum_it_refers_to(tmp_path, run_json):
    """Fox gives "$5.7 billion in funding for a wall" (line 22), then "potentially less than
    the $5.7 billion" (line 30); HuffPost, "his demands for $5.7 billion in funds". The real
    copy gives no finding; the second Fox sum changed to "$7.7 billion" still refers back to
    the funding, and disagrees with HuffPost's."""
    folder = article_copy(tmp_path, "2019-donald-trump-announces-end-to-government-shutdow")
    _, found = run_json(folder, "--select", "NL401")
    assert found == []
    edit_line(folder, "fox.md", 30, "the $5.7 billion", "the $7.7 billion")
    _, found = run_json(folder, "--select", "NL401")
    assert [t for t in _touched(found) if {("fox.md", 30), ("hpo.md", 14)} <= t]
