"""The occasion a quote's attribution names ("said in a statement", "in his video, he
added"), and NL302 leaving alone two close lines credited to occasions of two kinds: a line
of a written statement and one said on camera are two remarks, each of which may be exact."""

from __future__ import annotations

from pathlib import Path

from newslint.engine.file_task import check_file
from newslint.settings import Settings
from realcopy import BASIL, article_copy, paragraph

FARENTHOLD = "2018-blake-farenthold-resigns-from-congress"  # unlabelled


def _occasions(path: Path) -> dict[int, set[str | None]]:
    facts = check_file(path, Settings(cache=False)).facts
    out: dict[int, set[str | None]] = {}
    for quote in facts.quotes:
        out.setdefault(quote.span.line, set()).add(quote.occasion)
    return out


def test_real_video_line_and_written_statement_are_two_occasions() -> None:
    # HuffPost: "In his video, ..., he added: "... It's been an honor and a privilege to
    # serve. ..."" Fox: the statement ("said in a statement" one paragraph before, then
    # "Farenthold said" in a paragraph that opens with the quote)
    assert "video" in paragraph(FARENTHOLD, "hpo.md", 18)
    hpo = _occasions(BASIL / FARENTHOLD / "hpo.md")
    fox = _occasions(BASIL / FARENTHOLD / "fox.md")
    assert hpo[18] == {"spoken"} and hpo[16] == {"written"}
    assert fox[16] == {"written"} and fox[18] == {"written"}  # kept from the paragraph before
    assert hpo[24] == {None}  # "the four-term congressman said in December": none named


def test_real_video_line_is_no_misquote_of_the_statement(tmp_path, run_json) -> None:
    folder = article_copy(tmp_path, FARENTHOLD)
    _, found = run_json(str(folder), "--select", "NL302")
    assert not [d for d in found if d["path"].endswith("hpo.md") and d["line"] == 18]


STATEMENT = ("---\ndate: 2018-04-06\n---\nRep. Dana Whitfield resigned on Friday.\n\n"
             "“It has been an honor and a privilege to serve the people of this district,” "
             "Whitfield said {}.\n")


def test_two_kinds_of_occasion_are_two_remarks(corpus, run_json) -> None:
    root = corpus({"a.md": STATEMENT.format("in a statement"),
                   "b.md": STATEMENT.format("in a video posted online").replace(
                       "an honor and a privilege", "an honor and a pleasure")})
    _, found = run_json(str(root), "--select", "NL302")
    assert not found  # the same change under one kind of occasion is found (next test)


def test_one_kind_of_occasion_is_compared(corpus, run_json) -> None:
    root = corpus({"a.md": STATEMENT.format("in a statement"),
                   "b.md": STATEMENT.format("in a written statement").replace(
                       "an honor and a privilege", "an honor and a pleasure")})
    _, found = run_json(str(root), "--select", "NL302")
    assert len(found) == 1 and '"pleasure"' in found[0]["message"]
