"""NL301 on a shape of real copy: a name after a quote closed by a full stop (`"...
Boehner." Durbin said.`) is the speaker of that quote and of the quote that continues it,
and the two quotes under that one name, credited to another person elsewhere, are one
finding over the passage. A real paragraph of basil (an unlabelled event, its name swapped as
an editor's slip would be) and a written example of the same shape."""

from __future__ import annotations

from pathlib import Path

from findings import related
from realcopy import article_copy, edit_line


def _nl301(run_json, folder) -> list[dict]:
    _, diagnostics = run_json(str(folder), "--select", "NL301")
    return diagnostics


def test_a_name_after_a_closed_quote_credited_to_another_elsewhere(corpus, run_json) -> None:
    first = "We offered the governor a chance to meet with every member of the committee"
    second = "His refusal to meet is disappointing to all of us who worked on this bill"
    root = corpus({
        "a.md": f'---\ndate: 2015-02-24\n---\nTom Reyes spoke on Monday.\n\n"{first}." Reyes '
                f'said. "{second}."\n',
        "b.md": f'---\ndate: 2015-02-24\n---\n"{first}," Senator Ann Ford said in a '
                f'statement. "{second}."\n',
    })
    (finding,) = _nl301(run_json, root)
    # over the passage, the name between its quotes, relating both quotes here and there
    name = {"a.md": "Reyes said", "b.md": "Ann Ford said"}[finding["path"].rsplit("/", 1)[-1]]
    lines = Path(finding["path"]).read_text(encoding="utf-8").split("\n")
    passage = lines[finding["line"] - 1][finding["col"] - 1:finding["end_col"] - 1]
    assert first in passage and name in passage and second in passage
    assert len(finding["related"]) == 4


def test_real_swapped_name_after_a_closed_quote(tmp_path, run_json) -> None:
    event = "2015-netanyahu-plans-to-deliver-a-speech-to-congress"  # unlabelled
    folder = article_copy(tmp_path, event)
    assert not _nl301(run_json, folder)
    edit_line(folder, "fox.md", 40, 'Boehner." Durbin said.', 'Boehner." Earnest said.')
    (finding,) = _nl301(run_json, folder)
    assert finding["path"].endswith("fox.md") and finding["line"] == 40
    assert finding["col"] < 117 < finding["end_col"]  # the name between the two quotes
    assert "Durbin" in finding["message"] and "Earnest" in finding["message"]
    assert set(related(finding)) == {
        ("nyt.md", 36), ("fox.md", 40)} and len(finding["related"]) == 4
