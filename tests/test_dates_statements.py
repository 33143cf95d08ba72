"""A statement's day keyed by what was said (index/date_agreement.py): "Trump said Friday
that he will support a bill to reopen the government" and "Trump agreed on Friday to
reopen the government" date one act, and so do two statements of one speaker with the same
words; an act and a statement that share less do not."""

from __future__ import annotations

import datetime as dt
import json

from dated import dated_facts
from newslint.index.date_agreement import STRONG, SURE, statement_agreement
from newslint.index.date_conflicts import keyed_conflicts
from realcopy import article_copy, edit_line

SHUTDOWN = "2019-donald-trump-announces-end-to-government-shutdow"
AARP = "2011-aarp-drops-its-opposition-to-social-security-cut"


def _facts(name: str, body: str):
    return dated_facts(name, dt.date(2019, 1, 25), body)  # a Friday


_SAID = ("President Trump said {day} that he will support a short-term spending bill to "
         "re-open the government.")
_ACT = ("President Trump announced {day} a short-term plan that will reopen the government "
        "for three weeks.")


def test_a_statement_and_the_act_it_tells_dated_apart_conflict():
    articles = [_facts("a.md", _SAID.format(day="Wednesday")),
                _facts("b.md", _ACT.format(day="Friday"))]
    conflicts = keyed_conflicts(articles)
    # two articles, one against one: the pair is flagged once, less surely than a shared
    # head (info)
    assert sorted(c.entry.article.path for c in conflicts) == ["a.md"]
    assert [o.article.path for o in conflicts[0].others] == ["b.md"]
    assert all(STRONG <= c.agreement < SURE for c in conflicts)


def test_the_same_day_agrees():
    articles = [_facts("a.md", _SAID.format(day="Friday")),
                _facts("b.md", _ACT.format(day="Friday"))]
    assert keyed_conflicts(articles) == []


def test_one_speakers_statement_with_the_same_words_on_two_days_is_checked_at_info():
    """A statement is its speaker's act: told by two articles of one story on two days, one
    of them is likely wrong, though a speaker may repeat himself; so less surely (info).
    Another speaker's statement stays apart (tests/test_dates_one_speaker.py)."""
    articles = [_facts("a.md", _SAID.format(day="Wednesday")),
                _facts("b.md", _SAID.format(day="Friday"))]
    conflicts = keyed_conflicts(articles)
    assert [c.entry.article.path for c in conflicts] == ["a.md"]
    assert all(STRONG <= c.agreement < SURE for c in conflicts)


def test_an_act_that_shares_two_words_with_a_statement_is_another_act():
    """The group that launched an ad campaign against benefit cuts on Thursday and said on
    Friday it was open to them: two acts of one actor, sharing "benefits" and "recipients"."""
    articles = [
        _facts("a.md", "The AARP launched a national ad campaign Thursday warning Congress not "
                       "to reduce benefits for recipients of Social Security."),
        _facts("b.md", "The AARP said on Friday that it was open to modest reductions in "
                       "benefits for future recipients of Social Security."),
    ]
    assert keyed_conflicts(articles) == []
    a, b = (f.dates[0] for f in articles)
    assert statement_agreement(a, b, (False, False)) == 0.0


def _nl502(run_cli, folder) -> list[dict]:
    code, out, _ = run_cli(folder, "--select", "NL502", "--format", "json", "--no-cache",
                           "--exit-zero")
    assert code == 0
    return json.loads(out)["diagnostics"]


def test_a_statement_dated_on_another_day_is_found_on_real_copy(tmp_path, run_cli):
    """Fox has Trump say on Friday that he will support a bill to reopen the government,
    HuffPost has him announce the plan on Friday: Fox moved to Sunday is flagged."""
    folder = article_copy(tmp_path, SHUTDOWN)
    assert not [d for d in _nl502(run_cli, folder) if d["path"].endswith("fox.md")]
    edit_line(folder, "fox.md", 10, "said Friday", "said Sunday")
    (found,) = [d for d in _nl502(run_cli, folder) if d["path"].endswith("fox.md")
                and d["line"] == 10]
    assert found["severity"] == "info"
    assert any(r["path"].endswith("hpo.md") and r["line"] == 10 for r in found["related"])


def test_an_ad_campaign_and_a_later_statement_are_two_acts_on_real_copy(tmp_path, run_cli):
    """HuffPost dates the group's ad campaign Thursday, the Times its statement Friday."""
    folder = article_copy(tmp_path, AARP)
    assert _nl502(run_cli, folder) == []
