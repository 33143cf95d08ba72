"""One speaker's statement dated in two articles (index/date_agreement.py,
statement_agreement): two statements that name the same speaker as who spoke, about the same
words, are one act of one day (info); another speaker's, or fewer shared words, stay two."""

from __future__ import annotations

import datetime as dt

from dated import dated_facts
from findings import graded_places, related
from newslint.index.date_conflicts import keyed_conflicts
from realcopy import article_copy, edit_line

_LIEBERMAN = "2017-donald-trump-considers-joe-lieberman-for-fbi-dir"


def _facts(name: str, body: str):
    return dated_facts(name, dt.date(2017, 5, 19), body)  # a Friday


_A = ("Governor Tom Baker said {} that he was close to naming a new director to replace "
      "Jane Miller at the agency.")
_B = ("Governor Tom Baker told reporters {} that he was close to choosing a new director, "
      "a successor to Jane Miller.")


def test_one_speakers_statement_on_two_days_is_a_conflict():
    conflicts = keyed_conflicts([_facts("a.md", _A.format("Thursday")),
                                 _facts("b.md", _B.format("Wednesday"))])
    assert [(c.entry.article.path, [o.article.path for o in c.others]) for c in conflicts] \
        == [("b.md", ["a.md"])]
    assert keyed_conflicts([_facts("a.md", _A.format("Thursday")),
                            _facts("b.md", _B.format("Thursday"))]) == []


def test_another_speaker_or_other_words_stay_apart():
    other_speaker = _B.format("Wednesday").replace("Governor Tom Baker", "Mayor Ann Cole")
    assert keyed_conflicts([_facts("a.md", _A.format("Thursday")),
                            _facts("b.md", other_speaker)]) == []
    other_words = ("Governor Tom Baker told reporters Wednesday that Jane Miller had "
                   "served the agency well.")
    assert keyed_conflicts([_facts("a.md", _A.format("Thursday")),
                            _facts("b.md", other_words)]) == []


def test_one_speakers_statement_on_real_copy(tmp_path, run_json):
    """Fox: Trump "said Thursday" he was close to naming a new F.B.I. director; the Times:
    Trump "told reporters on Thursday" he was close to choosing one. Fox moved to Wednesday
    is found, at info; untouched, the two agree."""
    folder = article_copy(tmp_path, _LIEBERMAN)
    _, untouched = run_json(str(folder), "--select", "NL502")
    assert untouched == []
    edit_line(folder, "fox.md", 10, "said Thursday", "said Wednesday")
    _, diagnostics = run_json(str(folder), "--select", "NL502")
    assert graded_places(diagnostics) == [("fox.md", 10, "info")]
    assert ("nyt.md", 10) in related(diagnostics[0])
