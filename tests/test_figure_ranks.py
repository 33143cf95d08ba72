"""Ranks ("the No. 2 job", "the No. 3 spot") keyed by their holder, on real paragraphs of
basil and text in the style of real copy."""

from __future__ import annotations

from pathlib import Path

from realcopy import article_copy, edit_line
from test_figure_phrase_keys import _at

PELOSI = "2016-nancy-pelosi-wins-house-minority-leadership-agai"


def _links(found: list[dict]) -> list[set[tuple[str, int]]]:
    return [{(Path(d["path"]).name, d["line"]),
             *((Path(r["path"]).name, r["line"]) for r in d["related"])} for d in found]


def _article(body: str, date: str = "2016-11-30") -> str:
    return f"---\ndate: {date}\nsource: Wire\n---\n{body}\n"


def test_a_rank_is_keyed_by_its_holder_whatever_its_noun():
    # Fox: Hoyer "kept the No. 2 job of House minority whip"; The Times: Hoyer "of Maryland
    # as whip, the No. 2 position". Clyburn's No. 3 in the same sentences is another place.
    fox = _at(PELOSI, "fox.md", 58, "No. 2")
    nyt = _at(PELOSI, "nyt.md", 28, "No. 2")
    assert fox.head == nyt.head and fox.head.startswith("n:rank:")
    assert _at(PELOSI, "fox.md", 58, "No. 3").head != fox.head


def test_one_holders_rank_told_differently_is_flagged_at_info(tmp_path, run_json):
    folder = article_copy(tmp_path, PELOSI)
    _, before = run_json(str(folder), "--select", "NL401,NL403")
    assert not any(("fox.md", 58) in link for link in _links(before))
    edit_line(folder, "fox.md", 58, "No. 2 job", "No. 3 job")
    _, found = run_json(str(folder), "--select", "NL401")
    hits = [d for d, link in zip(found, _links(found), strict=True)
            if {("fox.md", 58), ("nyt.md", 28)} <= link]
    assert hits and all(d["severity"] == "info" for d in hits)
    assert "rank" in hits[0]["message"]


def test_ranks_of_two_holders_stay_apart(corpus, run_json):
    folder = corpus({
        "a.md": _article("Democrats re-elected Representative Steny Hoyer of Maryland as "
                         "whip, the No. 2 position in the caucus."),
        "b.md": _article("Representative James Clyburn of South Carolina kept the No. 3 "
                         "job, assistant leader."),
    })
    _, found = run_json(str(folder), "--select", "NL401,NL403")
    assert not found


def test_a_standing_is_compared_on_its_day_only(corpus, run_json):
    # A place in the polls moves daily: No. 2 on Oct. 20 and No. 1 on Oct. 23 may both be
    # right. Told the same day, the two places disagree.
    second = "Ben Carson, now No. 2 in the polls, spoke in Iowa."
    first = "Ben Carson, now No. 1 in the polls, spoke in Iowa."
    folder = corpus({"a.md": _article(second, "2015-10-20"),
                     "b.md": _article(first, "2015-10-23")})
    _, found = run_json(str(folder), "--select", "NL401")
    assert found == []
    folder = corpus({"a.md": _article(second, "2015-10-20"),
                     "b.md": _article(first, "2015-10-20")})
    _, found = run_json(str(folder), "--select", "NL401")
    (finding,) = found
    assert '"No. 1"' in finding["message"] and '"No. 2"' in finding["message"]
    assert 'rank given with "carson"' in finding["message"]


def test_a_rank_held_is_not_the_rank_run_for(corpus, run_json):
    # A place in an order moves (a leader resigns, the No. 3 moves up): the job he holds
    # and the one he runs for a day later are two places.
    folder = corpus({
        "a.md": _article("Representative Kevin McCarthy of California holds the No. 3 job "
                         "in the leadership.", "2014-06-10"),
        "b.md": _article("Representative Kevin McCarthy of California is running for the "
                         "No. 2 job in the leadership.", "2014-06-11"),
    })
    _, found = run_json(str(folder), "--select", "NL401")
    assert not found


LABRADOR = "2014-raul-labrador-challenges-kevin-mccarthy-for-hous"


def test_the_rank_sought_is_compared_a_day_apart(tmp_path, run_json):
    """HuffPost (June 13): Labrador "said Friday he would run for the No. 2 job in the
    chamber"; The Times (June 14): "Mr. McCarthy has been preparing for months to move up
    from No. 3 in the Republican leadership to No. 2". Both tell the place sought (would
    run; preparing ... to move up), a day apart: the real copy agrees, a changed rank is
    flagged at info."""
    folder = article_copy(tmp_path, LABRADOR)
    _, before = run_json(str(folder), "--select", "NL401")
    assert not any(("hpo.md", 10) in link for link in _links(before))
    edit_line(folder, "hpo.md", 10, "No. 2 job", "No. 4 job")
    _, found = run_json(str(folder), "--select", "NL401")
    hits = [d for d, link in zip(found, _links(found), strict=True)
            if {("hpo.md", 10), ("nyt.md", 26)} <= link]
    assert hits and all(d["severity"] == "info" for d in hits)


def test_a_rank_is_not_compared_a_week_apart(corpus, run_json):
    folder = corpus({
        "a.md": _article("Representative Kevin McCarthy said he would run for the No. 2 job "
                         "in the leadership.", "2014-06-10"),
        "b.md": _article("Representative Kevin McCarthy said he would run for the No. 3 job "
                         "in the leadership.", "2014-06-17"),
    })
    _, found = run_json(str(folder), "--select", "NL401")
    assert not found
    edit = folder / "b.md"
    edit.write_text(edit.read_text().replace("2014-06-17", "2014-06-11"))
    _, found = run_json(str(folder), "--select", "NL401")
    assert [d["severity"] for d in found] == ["info"]
