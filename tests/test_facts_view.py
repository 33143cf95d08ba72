"""`newslint facts FILE` and `newslint explain PATH:LINE` on the seeds and on real copy."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import ROOT, SEEDS, seed

BASIL = ROOT.parent / "shared" / "corpora" / "basil"
# A dev-split event (bench/quality/splits.yaml): three outlets, a role conflict.
NAACP = BASIL / "2010-n-a-a-c-p-challenges-tea-party-on-racism"
needs_basil = pytest.mark.skipif(not NAACP.is_dir(), reason=f"{BASIL} is not on this machine")


def facts_json(run_cli, path) -> dict:
    code, out, err = run_cli("facts", path, "--format", "json")
    assert code == 0, err
    return json.loads(out)


def assert_items_point_at_their_text(path: Path, data: dict, at_least: int = 20) -> None:
    """Every item's line and column point at its text in the file (when it is a slice)."""
    lines = path.read_text(encoding="utf-8").split("\n")
    checked = 0
    for kind, items in data["facts"].items():
        for item in items:
            if kind == "set_aside" and item["kind"] == "front matter":
                continue
            line = lines[item["line"] - 1]
            if item["end_line"] == item["line"]:
                assert line[item["col"] - 1:item["end_col"] - 1] == item["text"], (kind, item)
                checked += 1
    assert checked >= at_least


def test_facts_json_of_a_seed(run_cli):
    data = facts_json(run_cli, seed("003"))
    assert set(data["facts"]) == {"quotes", "figures", "dates", "names", "roles", "attributes",
                                  "sourcing", "set_aside"}
    (sputnik,) = [q for q in data["facts"]["quotes"] if "Sputnik" in q["text"]]
    assert sputnik["text"] == "AI’s Sputnik moment" and sputnik["line"] == 19
    assert sputnik["speaker"] == "Marc Andreessen" and sputnik["speaker_found_by"] == "name"
    (trillion,) = [f for f in data["facts"]["figures"] if f["text"] == "$1 trillion"]
    assert trillion["key"] == "us stocks|market value|USD|-1" and trillion["context"] == "post"
    unveiled = [d for d in data["facts"]["dates"] if d["text"] == "late 2024"]
    assert unveiled[0]["key"] == "release|r1" and unveiled[0]["event_text"] == "unveiled"
    aside = {(i["kind"], i["line"]) for i in data["facts"]["set_aside"]}
    assert {("heading", 3), ("heading", 9), ("post", 22)} <= aside
    # A capitalised word opening a sentence is not listed as a name.
    assert "The" not in {n["text"] for n in data["facts"]["names"]}
    assert_items_point_at_their_text(Path(seed("003")), data)


def test_facts_text_lists_every_kind(run_cli):
    code, out, _ = run_cli("facts", seed("004"))
    assert code == 0 and out.startswith(seed("004"))
    for heading in ("quotes (", "figures (", "dates (", "names (", "roles (", "sourcing (",
                    "set aside ("):
        assert f"\n{heading}" in out
    assert '"Sputnik Second" — Marc Andreessen [name]' in out


def test_facts_text_says_how_a_post_is_compared(corpus, run_cli):
    root = corpus({"a.txt": "Former FBI Director James Comey met acting FBI Director Andrew "
                            "McCabe and CIA Director Gina Haspel on Monday.\n"})
    code, out, _ = run_cli("facts", str(root / "a.txt"))
    assert code == 0
    assert "James Comey: Director (FBI) key=director [former]" in out
    assert "Andrew McCabe: Director (FBI) key=director [acting]" in out
    assert "Gina Haspel: Director (CIA) key=director\n" in out
    # The article has no date: its "Monday" is no day, said in words.
    assert '"Monday" = (no day) key=(no event)' in out


def test_markup_is_set_aside(corpus, run_cli):
    root = corpus({"a.md": "---\ntitle: T\nsource: Wire\n---\n# Markets fall\n\n"
                   "Stocks fell 2 percent on Monday, traders said.\n\n"
                   "![Traders on the floor on Monday](https://example.org/floor.jpg)\n\n"
                   "See [the filing](https://example.org/f) for the figures. "
                   "<!-- check the figure -->\n"})
    data = facts_json(run_cli, root / "a.md")
    aside = [(i["kind"], i["line"], i["col"]) for i in data["facts"]["set_aside"]]
    assert aside == [("front matter", 1, 1), ("heading", 5, 3), ("image", 9, 1),
                     ("link target", 11, 16), ("comment", 11, 58)]
    image = data["facts"]["set_aside"][2]
    assert image["caption"] == "Traders on the floor on Monday"
    # The caption's "Monday" is not read as a date of the copy.
    assert [d["line"] for d in data["facts"]["dates"]] == [7]
    assert_items_point_at_their_text(root / "a.md", data, at_least=5)


def test_facts_of_a_missing_file_is_a_usage_error(run_cli, tmp_path):
    code, _, err = run_cli("facts", tmp_path / "nope.md")
    assert code == 2 and "not a file" in err


@needs_basil
def test_facts_on_real_copy_point_at_the_text(run_cli):
    for outlet in ("fox.md", "hpo.md", "nyt.md"):
        path = NAACP / outlet
        data = facts_json(run_cli, path)
        assert data["source"] and data["date"] and data["title"]
        assert data["facts"]["quotes"], outlet
        # Front matter is set aside, never read as facts.
        assert data["facts"]["set_aside"][0]["kind"] == "front matter"
        assert all(item["line"] > data["facts"]["set_aside"][0]["end_line"] - 1
                   for kind in ("quotes", "figures", "dates") for item in data["facts"][kind])
        assert_items_point_at_their_text(path, data)


def test_explain_sputnik_moment_shows_both_quotes_and_speakers(run_cli):
    code, out, _ = run_cli("explain", f"{seed('003')}:19", SEEDS)
    assert code == 1
    block = out.split("NL302")[1]
    assert '19:157 "AI’s Sputnik moment" — Marc Andreessen [name]' in block
    assert '17:75 "Sputnik Second" — Marc Andreessen [name]' in block
    assert seed("004") in block


def test_explain_a_misspelling_shows_the_names_not_a_quote_that_holds_one(run_cli):
    code, out, _ = run_cli("explain", f"{seed('004')}:3", SEEDS)
    assert code == 1
    block = out.split("NL101")[1]
    assert '3:1 "DeekSeek"' in block and '3:288 "DeepSeek"' in block
    assert "quotes:" not in block and "attributes:" not in block


def test_explain_json_market_move(run_cli):
    code, out, _ = run_cli("explain", f"{seed('004')}:8", SEEDS, "--format", "json")
    data = json.loads(out)
    assert code == 1
    nasdaq = next(f for f in data["findings"]
                  if f["code"] == "NL401" and "Nasdaq" in f["message"])
    keys = {item["key"] for article in nasdaq["why"]
            for item in article["facts"].get("figures", [])}
    assert {"nasdaq|change|%|-1"} <= keys
    assert {a["path"] for a in nasdaq["why"]} == {seed("001"), seed("004")}


def test_explain_at_a_quiet_line(run_cli):
    code, out, _ = run_cli("explain", f"{seed('002')}:3", SEEDS)
    assert code == 0 and out.startswith("No findings at")
    assert run_cli("explain", "seeds-no-line")[0] == 2


def test_explain_past_the_end_of_the_file_says_so(run_cli):
    # "No findings" at a line the file does not have would read as a clean bill of health.
    lines = len(Path(seed("004")).read_text(encoding="utf-8").splitlines())
    code, out, err = run_cli("explain", f"{seed('004')}:{lines + 5}", SEEDS)
    assert code == 2 and not out
    assert f"has {lines} lines; there is no line {lines + 5}" in err


def test_facts_show_the_furniture_the_loader_set_aside(run_cli):
    """Share buttons, player strings and photo captions are listed as set aside,
    each with its kind and the shape that made it furniture."""
    path = ROOT / "tests" / "data" / "crawled" / "harbor_page.md"
    data = facts_json(run_cli, path)
    kinds = {item["kind"] for item in data["facts"]["set_aside"]}
    assert {"furniture", "caption"} <= kinds
    lines = path.read_text(encoding="utf-8").split("\n")
    for item in data["facts"]["set_aside"]:
        if item["kind"] in ("furniture", "byline", "caption", "dateline"):
            assert item["reason"]
            assert lines[item["line"] - 1][item["col"] - 1:].startswith(item["text"][:20])
    assert_items_point_at_their_text(path, data, at_least=1)


def test_explain_a_date_conflict_shows_the_dates_it_compares(run_cli):
    """NL501 points at the event ("R1 unveiled") and quotes the date it read beside it
    ("late 2024"): the why shows that date and its key, not "no extracted fact"."""
    code, out, _ = run_cli("explain", f"{seed('003')}:8", SEEDS, "--format", "json")
    assert code == 1
    data = json.loads(out)
    conflict = next(f for f in data["findings"] if f["code"] == "NL501")
    here = next(a for a in conflict["why"] if a["path"] == seed("003"))
    assert [(d["text"], d["key"]) for d in here["facts"]["dates"]] == [
        ("late 2024", "release|r1")]


@needs_basil
def test_facts_show_the_occasion_a_quote_was_given_on(run_cli):
    # Farenthold's resignation: a written statement, then remarks in a video.
    path = BASIL / "2018-blake-farenthold-resigns-from-congress" / "hpo.md"
    quotes = {q["line"]: q for q in facts_json(run_cli, path)["facts"]["quotes"]}
    assert quotes[16]["occasion"] == "written" and quotes[18]["occasion"] == "spoken"
    code, out, _ = run_cli("facts", path)
    assert code == 0 and "[pronoun, written]" in out and "[pronoun, spoken]" in out
