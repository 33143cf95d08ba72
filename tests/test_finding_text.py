"""How figure and date findings read to an editor: one finding per conflicting pair, every
article that agrees named, dates written as the article's precision allows, and no
internal key terms, on real copy (../shared/corpora/basil)."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from newslint.facts.calendar import describe
from realcopy import article_copy

COWAN = "2013-william-cowan-named-interim-senator-in-massachus"
HUNTER = "2018-congressman-hunter-and-wife-indicted-on-corrupti"
JOBS = "2011-obama-taunts-gop-for-ignoring-jobs"


def _name(path: str) -> str:
    return path.rsplit("/", 1)[-1]


def test_dates_are_written_as_precise_as_their_value():
    d = dt.date
    assert describe(d(2013, 4, 30), d(2013, 4, 30)) == "on 30 April 2013"
    assert describe(d(2013, 5, 1), d(2013, 5, 31)) == "in May 2013"
    assert describe(d(2012, 1, 1), d(2012, 12, 31)) == "in 2012"
    assert describe(d(2024, 9, 1), d(2024, 12, 31)) == "between September and December 2024"
    assert describe(d(2013, 1, 1), d(2013, 1, 30)) == "between 1 and 30 January 2013"
    assert describe(d(2024, 12, 28), d(2025, 1, 3)) == (
        "between 28 December 2024 and 3 January 2025")


@given(st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)), st.integers(0, 800))
def test_every_interval_reads_as_words(start: dt.date, days: int):
    text = describe(start, start + dt.timedelta(days=days))
    assert text.split(" ", 1)[0] in {"on", "in", "between"}
    assert ".." not in text and start.isoformat() not in text
    assert str(start.year) in text


def test_one_against_one_date_conflict_is_one_finding_on_real_copy(tmp_path, run_json):
    """Fox has Cowan quit the Patrick administration "earlier this month", the Times "last
    year": one finding for the pair, its dates in words, no key terms ("(patrick)")."""
    folder = article_copy(tmp_path, COWAN)
    _, found = run_json(str(folder), "--select", "NL501")
    # the other finding is Edward Brooke's Senate years (tests/test_dates_year_ranges.py)
    found = [d for d in found if d["line"] != 16]
    assert [(_name(d["path"]), d["line"]) for d in found] == [("nyt.md", 42)]
    assert [(_name(r["path"]), r["line"]) for r in found[0]["related"]] == [("fox.md", 22)]
    message = found[0]["message"]
    assert message.startswith('"left ... last year" puts it in 2012 here, but fox.md '
                              '("quit ... earlier this month") puts it between 1 and 30 '
                              "January 2013.")
    assert ".." not in message.replace("...", "") and "(patrick)" not in message


def test_figure_conflict_names_the_measure_in_words_on_real_copy(tmp_path, run_json):
    """HuffPost's 47-page indictment against the 48 pages of Fox and the Times, and the 15
    jobs bills of Fox against the Times's "some 16": the measure in words, no "keys"."""
    folder = article_copy(tmp_path, HUNTER)
    _, found = run_json(str(folder), "--select", "NL401")
    assert len(found) == 1
    assert found[0]["message"].startswith(
        'Different figures for the page count: "47-page" in hpo.md:24; "48-page" in '
        'fox.md:14; "48-page" in nyt.md:12.')
    folder = article_copy(tmp_path / "jobs", JOBS)
    _, found = run_json(str(folder), "--select", "NL401")
    assert [d["message"].split(":")[0] for d in found] == [
        "Different figures for the number of bills"]
    assert "keys" not in found[0]["message"]


def test_the_weekday_rule_is_named_for_what_it_reports(run_cli):
    """NL502 mostly reports a weekday at odds with another article's day for one event."""
    code, out, _ = run_cli("rule", "NL502")
    assert code == 0
    assert out.startswith("# NL502 weekday-conflict ")
    assert "impossible-date" not in out
