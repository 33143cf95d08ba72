"""The real-copy quality bench works end to end on a slice of it (bench/quality.py)."""

from __future__ import annotations

import dataclasses
import importlib.util
import json
import random
import sys
from pathlib import Path

import pytest
import yaml

from realcopy import BASIL, paragraph, span

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench" / "quality"))

import goldset  # noqa: E402
import injection  # noqa: E402
import plant_doers  # noqa: E402
import plant_text  # noqa: E402
import plants  # noqa: E402
import plants_dates  # noqa: E402
import plants_people  # noqa: E402
import plants_quotes  # noqa: E402
import score  # noqa: E402
from spans import Span, iter_spans, span_hash  # noqa: E402

pytestmark = pytest.mark.skipif(not BASIL.is_dir(), reason="real-copy corpus not available")
FIXTURE = Path(__file__).resolve().parent / "data" / "quality_gold"
GOLD_DIRS = [ROOT / "bench" / "quality" / "gold", FIXTURE]
EVENT = "2013-william-cowan-named-interim-senator-in-massachus"


def _gold_files() -> list[Path]:
    return sorted(p for d in GOLD_DIRS if d.is_dir() for p in d.glob("*.yaml"))


def _dev_events(n: int = 3) -> dict[str, goldset.Gold]:
    golds = goldset.load([d for d in GOLD_DIRS if d.is_dir()])
    dev = {e: g for e, g in golds.items() if g.split == "dev"}
    # EVENT first: its copy holds labelled discrepancies newslint finds, so the run has
    # findings to score whatever the other events give.
    ordered = sorted(dev.items(), key=lambda item: item[0] != EVENT)
    return dict(ordered[:n])


@pytest.mark.parametrize("path", _gold_files(), ids=lambda p: p.name)
def test_every_gold_span_matches_the_corpus(path: Path) -> None:
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    spans = list(iter_spans(doc))
    assert spans
    bad = [s for s in spans if not s.matches()]
    assert not bad, bad[:3]


def test_a_finding_must_link_two_spans_of_a_discrepancy() -> None:
    a = Span(EVENT, "nyt.md", 40, 58, 133, "x")
    b = Span(EVENT, "hpo.md", 16, 37, 109, "x")

    def finding(code: str, related_col: int) -> score.Finding:
        loc = score.Loc(EVENT, "nyt.md", 40, 58, 133)
        return score.Finding(code, "warning", "m", loc,
                             (score.Loc(EVENT, "hpo.md", 16, related_col, None),))

    assert score.found_by([a, b], [finding("NL302", 37)], ("NL302",))
    assert not score.found_by([a, b], [finding("NL301", 37)], ("NL302",))  # other family
    assert not score.found_by([a, b], [finding("NL302", 120)], ("NL302",))  # points elsewhere
    assert not score.found_by([a], [finding("NL302", 37)], ("NL302",))


def test_a_related_location_covers_the_text_its_message_quotes() -> None:
    part = Span(EVENT, "hpo.md", 16, 60, 70, "x")  # inside the other article's quote
    here = Span(EVENT, "nyt.md", 40, 58, 133, "x")

    def finding(message: str) -> score.Finding:
        return score.Finding.from_json({
            "code": "NL302", "path": f"/c/{EVENT}/nyt.md", "line": 40, "col": 58,
            "end_line": 40, "end_col": 133, "message": "m",
            "related": [{"path": f"/c/{EVENT}/hpo.md", "line": 16, "col": 37,
                         "message": message}]})

    assert score.found_by([here, part], [finding('"' + "w" * 40 + '" here')], ("NL302",))
    assert not score.found_by([here, part], [finding('"' + "w" * 10 + '" here')], ("NL302",))
    assert score.found_by([here, part], [finding('"' + "w" * 10 + '…" here')], ("NL302",))
    assert not score.found_by([here, part], [finding("credited to Murray here")], ("NL302",))


def test_speakers_match_up_to_name_form() -> None:
    assert score.same_speaker("Timothy Murray", "Murray")
    assert score.same_speaker("Timothy Murray", "Lt. Gov. Timothy Murray")
    assert not score.same_speaker("Timothy Murray", "Cowan")
    assert score.same_speaker("unknown", None)
    assert not score.same_speaker("William Cowan", None)
    # a possessive is the same word in either apostrophe
    assert score.same_speaker("special counsel's office", "special counsel")
    assert score.same_speaker("James Mattis", "Mr. Mattis’s")
    # and an apostrophe inside a name: typography, not another person
    assert score.same_speaker("Tom O'Halleran", "Tom O’Halleran")
    assert not score.same_speaker("Tom O'Halleran", "Tom O’Hara")


def test_quotes_sharing_one_common_phrase_are_not_one_quotation() -> None:
    """Two remarks that share only a stock phrase are no pair to plant a wording change
    in; a fragment cut from a longer quote is."""
    event = injection.Event("e", {
        "a.md": ['Smith said "the fact that the Constitution is a living document matters."'],
        "b.md": ['Jones said "I think that the Constitution is an important text for us all."'],
        "c.md": ['He called it "a living document" and said "the Constitution is a living '
                 'document" today.'],
    }, {"a.md": range(1), "b.md": range(1), "c.md": range(1)})
    partners = {(s[0], s[2].start()): sorted(p.file for p in s[4])
                for s in plants_quotes._shared_quotes(event)}
    assert all("b.md" not in files for files in partners.values())
    assert ["c.md"] in partners.values()


def test_a_title_in_quotation_marks_is_no_quote_to_plant_in() -> None:
    """A headline, a book title or a slogan ("The Queen of Rage", "Make America Great
    Again") is not speech: a word changed in it is no misquote, and a sentence that shares
    its words is not another copy of it."""
    event = injection.Event("e", {
        "a.md": ['The cover headline reads "The Queen of Rage Returns To Iowa Tonight."'],
        "b.md": ['Its cover is titled "The Queen of Rage Returns To Iowa Tonight."'],
    }, {"a.md": range(1), "b.md": range(1)})
    assert plants_quotes.quote_wording(event, random.Random(1)) is None


def test_a_fragment_of_a_longer_quote_is_a_copy_the_plant_may_be_found_against() -> None:
    """A third article that quotes a fragment of the statement holds the planted words
    too: a finding that links the plant to it found the plant, though such a fragment alone
    makes no site."""
    statement = ('"We hope he will do the right thing and step aside from the race," the '
                 'spokeswoman said.')
    event = injection.Event("e", {
        "a.md": [statement],
        "b.md": [statement],
        "c.md": ['The president has said for weeks that the candidate "should have known '
                 'better than to run, and everyone in the party has told him so for weeks on '
                 'end, and we hope he will do the right thing and step aside from the race '
                 'before the vote next month."'],
    }, {"a.md": range(1), "b.md": range(1), "c.md": range(1)})
    files = set()
    for seed in range(20):
        plan = plants_quotes.quote_wording(event, random.Random(seed))
        assert plan is not None and plan.planted.file in ("a.md", "b.md")
        files |= {p.file for p in plan.spans}
    assert "c.md" in files


def test_a_short_fragment_inside_the_statement_is_a_copy_too() -> None:
    """Six or seven words ("would end Medicare as we know it") of a longer quote, all in
    runs the two share, are the same quotation: a copy the plant may be found against."""
    statement = ('"The truth is that the Romney-Ryan budget would end Medicare as we know it '
                 'for every senior in the country," the spokeswoman said.')
    event = injection.Event("e", {
        "a.md": [statement],
        "b.md": [statement],
        "c.md": ['The campaign said the plan "would end Medicare as we know it" and shift '
                 'costs to beneficiaries.'],
    }, {"a.md": range(1), "b.md": range(1), "c.md": range(1)})
    files = set()
    for seed in range(30):
        plan = plants_quotes.quote_wording(event, random.Random(seed))
        assert plan is not None and plan.planted.file in ("a.md", "b.md")
        files |= {p.file for p in plan.spans}
    assert "c.md" in files


def test_a_straight_mark_closing_a_curly_one_leaves_the_next_quote_paired() -> None:
    """“A," she said. "B." (a copy mixing the marks): the straight quote B is well paired,
    a copy of the same words elsewhere, so a plant there may be found against it."""
    event = injection.Event("e", {
        "a.md": ['“Like most Americans, the president believes we cannot allow it," Ruiz '
                 'said. "However, the president believes Judge Moore will do the right thing '
                 'and step aside from the race."'],
        "b.md": ['Ruiz said that Judge Moore “will do the right thing and step aside from the '
                 'race” if the allegations are true.'],
    }, {"a.md": range(1), "b.md": range(1)})
    files = set()
    for seed in range(20):
        plan = plants_quotes.quote_wording(event, random.Random(seed))
        assert plan is not None
        files |= {plan.planted.file} | {p.file for p in plan.spans}
    assert files == {"a.md", "b.md"}


def test_a_planted_quote_wording_change_is_a_change_of_content() -> None:
    """The planter never changes, drops or adds a closed-class word alone ("that", "just",
    "and"): that is transcription noise NL302 leaves alone, not a misquote to find."""
    from newslint.index.quote_noise import noise_word

    lines = ['Ford said "that is just what we and they wanted to do for the city and all."']
    event = injection.Event("e", {"a.md": lines, "b.md": lines},
                            {"a.md": range(1), "b.md": range(1)})
    for seed in range(40):
        plan = plants_quotes.quote_wording(event, random.Random(seed))
        assert plan is not None
        (edit,) = plan.edits
        old = lines[0][edit.at.col - 1:edit.at.end_col - 1].strip()
        for word in (old, edit.new.strip()):
            assert not word or not noise_word(word), (seed, plan.op, word)


def test_a_planted_wording_change_has_shared_words_on_both_sides() -> None:
    """The planter changes a word the partner quotes with its neighbours: never the first
    or last word of a fragment the other article gives: a word added before "totally" is
    where one cut starts."""
    event = injection.Event("e", {
        "a.md": ['Ford wrote "Social media is totally discriminating against rural voices '
                 'across the state," on Friday.'],
        "b.md": ['Ford said it was "totally discriminating against rural voices across the '
                 'state."'],
    }, {"a.md": range(1), "b.md": range(1)})
    inside = {"discriminating", "against", "rural", "voices", "across"}
    for seed in range(40):
        plan = plants_quotes.quote_wording(event, random.Random(seed))
        assert plan is not None
        (edit,) = plan.edits
        line = event.files[edit.at.file][0]
        word = line[edit.at.col - 1:edit.at.end_col - 1].strip() or plant_text.WORD.search(
            line, edit.at.col - 1).group()
        assert word in inside, (seed, plan.op, word)


def test_a_speaker_swap_takes_the_whole_name_and_no_one_the_quote_names() -> None:
    """"said Acme Rights Group President Ann Bolt": the organisation's words are no
    speaker; and a swap to someone the quote itself names is no plant NL301 could judge."""
    line = '"We will win this fight in court," said Acme Rights Group President Ann Bolt.'
    m = plants_quotes.SPEAKER_AFTER.search(line)
    assert m is not None and not plants_quotes._whole_name(line, m, 1 if m.group(1) else 2)
    line = '"Secretary Clinton must appear before this committee soon," Gowdy wrote.'
    m = plants_quotes.SPEAKER_AFTER.search(line)
    assert m is not None and plants_quotes._whole_name(line, m, 1 if m.group(1) else 2)
    event = injection.Event("e", {
        "a.md": ['"Secretary Clinton must appear before this committee soon," Gowdy wrote.',
                 "Trey Gowdy spoke. Hillary Clinton said yes. Mr. Gowdy left. Ms. Clinton "
                 "stayed. Mark Meadows said no. Mr. Meadows left."],
        "b.md": ['"Secretary Clinton must appear before this committee soon," Gowdy said.'],
    }, {"a.md": range(2), "b.md": range(1)})
    import random
    for seed in range(6):
        plan = plants_quotes.quote_speaker(event, random.Random(seed))
        assert plan is not None and "Clinton" not in plan.edits[0].new


def test_scorer_runs_end_to_end_on_dev_events() -> None:
    spec = importlib.util.spec_from_file_location("quality_main", ROOT / "bench" / "quality.py")
    quality_main = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(quality_main)
    golds = _dev_events()
    assert EVENT in golds or len(golds) >= 2
    folders = [str(BASIL / e) for e in golds]
    findings = quality_main.run_newslint("findings", folders, procs=1)
    assert findings and all(f.event in golds for f in findings)
    nat = score.natural(golds, findings)
    items = sum(len(g.discrepancies) for g in golds.values())
    assert sum(c[1] for c in nat["recall"].values()) == items
    files = [str(BASIL / e / s.file) for e, g in golds.items() for s in {q.span for q in g.quotes}]
    facts = quality_main.run_newslint("quotes", sorted(set(files)), procs=1)
    quotes = score.quotes(golds, facts, BASIL)["dev"]
    assert quotes["gold"] == sum(q.kind in score.SPEECH for g in golds.values() for q in g.quotes)
    assert 0 < quotes["found"] <= quotes["gold"]
    assert quotes["speaker_ok"] <= quotes["found"]
    # Each quote also carries the speaker its story resolves it to, whichever process read it.
    assert all("resolved" in q for found in facts.values() for q in found)
    assert quotes["resolved_ok"] <= quotes["found"]


def _inject(work: Path, seed: int) -> dict:
    return injection.run([EVENT, "2010-glenn-beck-speaks-at-cpac"], [seed], work,
                         plants.PLANTERS, goldset.splits())


def test_injection_is_deterministic_for_a_seed(tmp_path: Path) -> None:
    one, two = _inject(tmp_path / "a", 5), _inject(tmp_path / "b", 5)
    assert one == two
    assert len(one["injections"]) >= 6
    files = sorted(p.relative_to(tmp_path / "a") for p in (tmp_path / "a").rglob("*.md"))
    for rel in files:
        assert (tmp_path / "a" / rel).read_bytes() == (tmp_path / "b" / rel).read_bytes()
    assert _inject(tmp_path / "c", 6) != one


def test_every_injected_change_alters_the_text_at_its_span(tmp_path: Path) -> None:
    manifest = _inject(tmp_path / "w", 3)
    assert {r["kind"] for r in manifest["injections"]} >= {"weekday", "name", "role", "spun"}
    for rec in manifest["injections"]:
        lines = (tmp_path / "w" / rec["dir"] / rec["file"]).read_text(encoding="utf-8").split("\n")
        planted = rec["planted"]
        assert planted["before"] != planted["after"], rec
        text = lines[planted["line"] - 1][planted["col"] - 1 : planted["end_col"] - 1]
        assert text == planted["after"], rec
        for edit in rec["edits"]:
            got = lines[edit["line"] - 1][edit["col"] - 1 : edit["end_col"] - 1]
            assert got == edit["after"] != edit["before"], rec
        for s in rec["spans"]:
            other = (tmp_path / "w" / rec["dir"] / s["file"]).read_text(encoding="utf-8")
            text = other.split("\n")[s["line"] - 1][s["col"] - 1 : s["end_col"] - 1]
            assert text and span_hash(text) == s["sha"], (rec["kind"], s)
        assert len(rec["spans"]) >= 2 or rec["kind"] == "spun"


def test_realcopy_reads_a_pinned_paragraph() -> None:
    assert "Tom Brady" in paragraph(EVENT, "nyt.md", 40)
    assert span(EVENT, "hpo.md", 16, 2, 12, "78ff4a8bdf") == "He's cool,"
    with pytest.raises(AssertionError):
        span(EVENT, "hpo.md", 16, 2, 12, "0000000000")


def test_manifest_is_json(tmp_path: Path) -> None:
    _inject(tmp_path / "w", 1)
    assert json.loads((tmp_path / "w" / "manifest.json").read_text())["injections"]


def test_the_ecosystem_check_reports_added_and_removed_findings() -> None:
    import ecosystem

    def finding(code: str, line: int, message: str = "m") -> score.Finding:
        return score.Finding(code, "warning", message, score.Loc(EVENT, "nyt.md", line, 1, 5), ())

    base = [finding("NL304", 10), finding("NL101", 12), finding("NL101", 12)]
    head = [finding("NL101", 12), finding("NL302", 14), finding("NL101", 12, "other words")]
    added, removed = ecosystem.compare(base, head)
    assert [(f.code, f.loc.line, f.message) for f in added] == [
        ("NL302", 14, "m"), ("NL101", 12, "other words")]
    assert [(f.code, f.loc.line) for f in removed] == [("NL304", 10), ("NL101", 12)]
    graded = [dataclasses.replace(f, severity="info") for f in head]
    added, removed = ecosystem.compare(head, graded)  # graded otherwise: shown both ways
    assert [f.severity for f in added] == ["info"] * 3
    assert [f.severity for f in removed] == ["warning"] * 3


def test_planted_dates_need_the_same_happening_and_figures_no_name():
    """A weekday is planted only where another article's sentence shares a name and a word;
    a number that is part of a name ("Amendment 64") is no figure to plant."""
    names, words = plants_dates._sentence_words(
        "Gov. Deval Patrick on Wednesday appointed William Cowan to the seat.", 20)
    assert {"Patrick", "Cowan"} <= names and "Wednesday" not in names and "appoi" in words
    assert plant_text.NAMED_NUMBER.search("the measure known as Amendment ")
    assert not plant_text.NAMED_NUMBER.search("Fifteen of the ")


def test_a_weekday_of_another_week_is_no_repeat_of_the_plain_weekday() -> None:
    """"next Tuesday's debate" and "the debate on Tuesday" are two days (the second of the
    debates and the one the story reports): a change of either is no discrepancy with the
    other, while two plain Tuesdays of one happening are a site."""
    def event(first: str) -> injection.Event:
        return injection.Event("e", {
            "a.md": [f"Mr. Obama will meet Mr. Romney at the debate {first} in Denver."],
            "b.md": ["Mr. Obama met Mr. Romney at the debate on Tuesday in Denver."],
        }, {"a.md": range(1), "b.md": range(1)})

    assert plants.weekday(event("next Tuesday"), random.Random(1)) is None
    plan = plants.weekday(event("on Tuesday"), random.Random(1))
    assert plan is not None and {p.file for p in plan.spans} == {"a.md", "b.md"}


def test_a_time_of_day_or_a_speech_verb_alone_is_no_shared_act() -> None:
    """"Republicans confronted Schiff at a hearing Thursday morning" and "Trump called on
    Schiff to resign Thursday in an early-morning tweet" share a name and "morning", which
    tells no act; "Ingraham told Fox News on Wednesday night" and "Brat celebrated his
    victory Tuesday night, he told Fox News" share names and a speech verb: no site either.
    The same act of the same name is one."""
    def event(a: str, b: str) -> injection.Event:
        return injection.Event("e", {"a.md": [a], "b.md": [b]},
                               {"a.md": range(1), "b.md": range(1)})

    hearing = event("Republicans confronted Schiff at the start of a hearing Thursday morning.",
                    "Trump called on Schiff to resign Thursday in an early-morning tweet.")
    speech = event("Ms. Ingraham told Fox News on Wednesday night that it was a repudiation.",
                   "Mr. Brat told Fox News on Wednesday night about the victory.")
    act = event("Republicans confronted Schiff at the start of a hearing Thursday morning.",
                "Republicans confronted Schiff at a hearing on Thursday.")
    assert plants.weekday(hearing, random.Random(1)) is None
    assert plants.weekday(speech, random.Random(1)) is None
    assert plants.weekday(act, random.Random(1)) is not None


def test_an_initialism_is_one_word_of_the_ten_near_a_date() -> None:
    """"Trump on Monday said the F.B.I. ruined the life of his former national security
    adviser" dates the act "Trump on Monday defended his former national security adviser"
    does: "former" is the seventh word after the day, not the tenth."""
    fbi = "President Trump on Monday said the F.B.I. ruined the life of his former adviser."
    defended = "President Trump on Monday defended his former adviser, Michael Flynn."
    near = plants_dates._near_words(fbi, fbi.index("Monday"), fbi.index("Monday") + 6)
    assert "forme" in near
    event = injection.Event("e", {"a.md": [defended], "b.md": [fbi]},
                            {"a.md": range(1), "b.md": range(1)})
    plan = plants.weekday(event, random.Random(1))
    assert plan is not None and {p.file for p in plan.spans} == {"a.md", "b.md"}


def test_a_planted_quote_change_is_found_against_any_copy_of_the_quotation() -> None:
    """The planted quote (hpo) may be flagged against fox's or nyt's copy of the same
    quotation; a finding that links only the two untouched copies does not find it."""
    planted = Span(EVENT, "hpo.md", 16, 37, 109, "x")
    fox = Span(EVENT, "fox.md", 12, 5, 60, "x")
    nyt = Span(EVENT, "nyt.md", 40, 58, 133, "x")

    def finding(file: str, line: int, col: int, rfile: str, rline: int, rcol: int
                ) -> score.Finding:
        return score.Finding("NL302", "info", "m", score.Loc(EVENT, file, line, col, col + 5),
                             (score.Loc(EVENT, rfile, rline, rcol, None),))

    spans = [planted, fox, nyt]
    assert score.found_by(spans, [finding("nyt.md", 40, 60, "hpo.md", 16, 40)], ("NL302",),
                          "hpo.md")
    assert score.found_by(spans, [finding("hpo.md", 16, 40, "fox.md", 12, 10)], ("NL302",),
                          "hpo.md")
    assert not score.found_by(spans, [finding("nyt.md", 40, 60, "fox.md", 12, 10)],
                              ("NL302",), "hpo.md")


def test_a_quote_plant_records_every_copy_of_its_quotation() -> None:
    """Two articles quote the same line: the planted copy's spans name both."""
    event = injection.Event("e", {
        "a.md": ['He said: "we will not raise taxes on working families this year," today.'],
        "b.md": ['"We will not raise taxes on working families," Smith said.'],
        "c.md": ['Smith added, "we will not raise taxes on working families" again.'],
    }, {"a.md": range(1), "b.md": range(1), "c.md": range(1)})
    sites = list(plants_quotes._shared_quotes(event))
    first = next(s for s in sites if s[0] == "a.md")
    assert sorted(p.file for p in first[4]) == ["b.md", "c.md"]


def test_a_role_plant_counts_possessive_mentions_of_the_surname():
    """"President Barack Obama’s" mentions Obama: a title conflict found against it is a
    hit, and the span is the surname without the possessive."""
    text = "Critics of President Barack Obama’s plan met Obama's aides and Obama."
    found = [m.group() for m in plant_text.SURNAME.finditer(text)]
    assert found == ["Critics", "President", "Barack", "Obama", "Obama", "Obama"]
    assert [m.group() for m in plant_text.CAPWORD.finditer(text)].count("Obama") == 1


def test_a_past_title_at_no_named_place_is_no_role_site():
    """"former Rep. Barney Frank" may also have been a governor: no discrepancy to plant;
    "former New York City Mayor" names the place, so a swap there is one."""
    assert plant_text.PAST_NO_PLACE.search("he had not picked former ")
    assert plant_text.PAST_NO_PLACE.search("“Former ")
    assert not plant_text.PAST_NO_PLACE.search("Former New York City ")
    assert not plant_text.PAST_NO_PLACE.search("a spokesman for ")


def test_a_name_plant_disagrees_with_uses_after_a_titles_stop() -> None:
    """A misspelt "Mike" disagrees with "Gov. Mike Huckabee" too: a finding that names that
    use as the right spelling is a hit, though the site itself must be mid-sentence."""
    event = injection.Event("e", {
        "a.md": ["The idea came from Fox News contributor Mike Huckabee last week."],
        "b.md": ["Supporters like former Arkansas Gov. Mike Huckabee lined up."],
        "c.md": ["A call from Mike Huckabee drew crowds, and Huckabee cheered."],
    }, {"a.md": range(1), "b.md": range(1), "c.md": range(1)})
    sites = plants_people._name_sites(event)
    assert {p.file for p in sites["Mike"]} == {"a.md", "c.md"}
    uses = plants_people._all_uses(event, "Mike")
    assert {p.file for p in uses} == {"a.md", "b.md", "c.md"}
    assert uses[-1].file == "b.md"  # mid-sentence uses first



def test_a_name_plant_disagrees_with_possessives_and_pairs_after_a_capital() -> None:
    """A misspelt "Clinton" disagrees with "Clinton’s" too, and a joined "Ryanzinke" with
    "Secretary Ryan Zinke", which the pair search reads as "Secretary Ryan" and "Zinke"."""
    event = injection.Event("e", {
        "a.md": ["The panel said Clinton would testify, and Ryan Zinke agreed on Monday."],
        "b.md": ["Aides to Clinton’s campaign met Interior Secretary Ryan Zinke last week."],
    }, {"a.md": range(1), "b.md": range(1)})
    assert {p.file for p in plants_people._all_uses(event, "Clinton")} == {"a.md", "b.md"}
    assert [(p.file, p.col) for p in plants_people._pair_uses(event, "Ryan Zinke")] == [
        ("a.md", 43), ("b.md", 52)]

def test_a_role_plant_needs_another_article_that_states_a_title_or_party() -> None:
    """A party swapped where no other article gives the person's party disagrees with the
    reader's knowledge, not with another article: no site. A title or party another article
    gives, before or after the name, makes one."""
    def event(other: str) -> injection.Event:
        return injection.Event("e", {
            "a.md": ["On Wednesday, Senate Majority Leader Harry Reid (D-Nev.) got a letter."],
            "b.md": [other]}, {"a.md": range(1), "b.md": range(1)})

    rng = random.Random(1)
    no_party = "The letter went to the Senate majority leader, Harry Reid of Nevada."
    plan = plants.role(event(no_party), rng)
    assert plan is not None and plan.op == "title changed"  # b gives his title, not his party
    assert plants.role(event("A memo said Reid had not peeled off any Republicans."), rng) is None
    for stated in ("Harry Reid, Democrat of Nevada, spoke.", "Democratic Sen. Harry Reid spoke.",
                   "Sen. Harry Reid (D-Nev.) spoke.", "Harry Reid, a Nevada Democrat, spoke."):
        assert plants_people._states_party(
            injection.Event("e", {"b.md": [stated]}, {"b.md": range(1)}),
            injection.Pos("b.md", 1, stated.index("Reid") + 1, stated.index("Reid") + 5)), stated


def test_a_title_plant_needs_another_article_that_gives_that_title() -> None:
    """A title swapped where the other article gives the person another title ("a former
    governor") or gives the title to another person of the surname ("Liz Cheney") disagrees
    with nothing a reader can see: no site. The same title in another form makes one."""
    def event(other: str) -> injection.Event:
        return injection.Event("e", {
            "a.md": ["He took the oath with Vice President Mike Pence on Friday."],
            "b.md": [other]}, {"a.md": range(1), "b.md": range(1)})

    rng = random.Random(1)
    for unseen in ("Mike Pence, a former governor of Indiana, was sworn in.",
                   "Former Vice President Dick Pence spoke on Friday."):
        assert plants.role(event(unseen), rng) is None, unseen
    for seen in ("Vice President Pence was sworn in.", "Mike Pence, the vice president, spoke."):
        plan = plants.role(event(seen), rng)
        assert plan is not None and plan.op == "title changed", seen


def test_titles_held_together_follow_the_role_vocabulary() -> None:
    """Every pair of titles the bench treats as held at once is a pair rules/roles.yaml
    lists as compatible (or one office under two stylings): the bench plants no swap the
    vocabulary would call consistent, and calls none consistent that it would not."""
    vocab = yaml.safe_load((ROOT / "rules" / "roles.yaml").read_text(encoding="utf-8"))
    forms = {form.lower(): key for key, role in vocab["roles"].items()
             for form in role["forms"]}
    compatible = {frozenset(pair) for pair in vocab["compatible"]}
    for held in plant_text.HELD_TOGETHER:
        keys = {forms[t.lower()] for t in held}
        for a in keys:
            for b in keys - {a}:
                assert frozenset((a, b)) in compatible, (a, b)


def test_a_name_finding_may_name_any_use_of_the_right_spelling() -> None:
    """Gold gives one use of the article's own right spelling ("Cowan", fox.md:22); the
    finding at the slip ("Cowmen", fox.md:32) shows the nearest one before it (fox.md:24):
    the same spelling in the same article, so the discrepancy is found."""
    if not BASIL.is_dir():
        pytest.skip("real-copy corpus not available")
    event = "2013-william-cowan-named-interim-senator-in-massachus"
    gold = goldset.load()[event]
    (item,) = [i for i in gold.discrepancies if i.kind == "name"
               and {s.file for s in i.spans} == {"fox.md"}]
    slip = score.Loc(event, "fox.md", 32, 1, 7)
    finding = score.Finding("NL101", "warning", "m", slip,
                            (score.Loc(event, "fox.md", 24, 1, 6),))
    assert not score.found_by(item.spans, [finding], ("NL101",))
    uses = score.spelling_uses(item.spans, BASIL)
    assert score.found_by(uses, [finding], ("NL101",))
    assert all(u.file == "fox.md" for u in uses)
    assert score.natural({event: gold}, [finding], BASIL)["recall"][("name", "dev")][0] == 1


def test_a_role_plant_records_every_mention_it_disagrees_with() -> None:
    """A person named thirty times in another article: a finding placed at the last of
    those mentions (one finding for a tie may sit at either article) is still a hit."""
    other = ["Gov. Jane Roe spoke on Friday."] + [
        f"Roe said item {n} mattered, and Roe meant it." for n in range(29)]
    event = injection.Event("e", {"a.md": ["Gov. Jane Roe signed the bill on Friday."],
                                  "b.md": other},
                            {"a.md": range(1), "b.md": range(30)})
    plan = None
    for seed in range(50):
        plan = plants.role(event, random.Random(seed))
        if plan and plan.planted.file == "a.md":
            break
    assert plan is not None and plan.planted.file == "a.md"
    assert sum(p.file == "b.md" for p in plan.spans) == 59


def test_a_weekday_in_a_name_or_a_quotation_is_no_site_and_a_month_day_is_a_counterpart(
) -> None:
    """"Fox News Sunday" is a show, "Super Tuesday" a name, a weekday inside quotation marks
    a quote's wording: none is planted. A plain weekday is, and the other article's
    month-day for the same happening is listed, since a finding against it finds the plant."""
    def event(first: str, second: str) -> injection.Event:
        return injection.Event("e", {
            "a.md": [first], "b.md": [second],
            "c.md": ["Senator Corker said on December 2 that the leverage would shift."],
        }, {"a.md": range(1), "b.md": range(1), "c.md": range(1)})

    shows = event("Senator Corker said on “Fox News Sunday” that the leverage would shift.",
                  "Senator Corker said on “Fox News Sunday” that the leverage would shift.")
    assert plants.weekday(shows, random.Random(1)) is None
    quoted = event("Corker said: “The leverage would shift on Sunday,” in an interview.",
                   "Corker said: “The leverage would shift on Sunday,” in an interview.")
    assert plants.weekday(quoted, random.Random(1)) is None
    plain = event("Senator Corker said on Sunday that the leverage would shift.",
                  "Senator Corker said Sunday that the leverage would shift soon.")
    plan = plants.weekday(plain, random.Random(1))
    assert plan is not None and {p.file for p in plan.spans} == {"a.md", "b.md", "c.md"}


def test_a_shared_word_far_from_both_dates_makes_no_same_happening() -> None:
    """"show support" a dozen words after one date and right before the other is no sign
    that the two sentences date one happening (a crowd's visit and one politician's post)."""
    event = injection.Event("e", {
        "a.md": ["Rep. Bachmann showed her support for Chick-fil-A Thursday when she posted."],
        "b.md": ["Crowds headed to Chick-fil-A restaurants on Wednesday, answering a call from "
                 "the former governor of Arkansas, a radio host, to show their support."],
    }, {"a.md": range(1), "b.md": range(1)})
    a, b = _weekday_mentions(event)
    assert not plants_dates._same_happening(a, b, weekday=True)
    assert plants_dates._same_happening(a, a, weekday=True)


def _weekday_mentions(event: injection.Event) -> list[plants_dates.Mention]:
    names = plant_doers.mid_sentence_names(event)
    return [plants_dates._mention(event.files[file][line - 1], m, names, weekday=True)
            for file, line, m in plant_text._occurrences(event, plant_text.WEEKDAY)]


def test_a_planted_dates_sentence_runs_past_abbreviations() -> None:
    """"Dec. 2" and "Sen. Reid" end no sentence: the names and words after them are the
    date's sentence's; a full stop before a capital still ends one."""
    text = ("The vote came late. On Dec. 2, Sen. Harry Reid met Gov. Jan Brewer in the U.S. "
            "Capitol to discuss the budget. Reporters waited outside.")
    names, words = plants_dates._sentence_words(text, text.index("Dec."))
    assert {"Harry", "Reid", "Brewer", "Capitol"} <= names
    assert {"discu", "budge"} <= words and "waite" not in words and "Reporters" not in names
    assert plant_text.sentence_ends("He left. She came? Yes.") == [(8, 9), (18, 19)]


def test_a_group_opening_a_sentence_is_no_speaker_to_swap_in() -> None:
    """"Other Democrats said" names a group: "Other" is a word the event writes in lower
    case. A leading word like that is dropped, so "As Donald Trump said" is Donald Trump."""
    event = injection.Event("e", {
        "a.md": ["Other Democrats said the plan would fail, as other members agreed.",
                 "As Donald Trump said on Monday, the wall would be built."],
        "b.md": ["Democrats said the vote was close. Trump said he would sign it.",
                 "Sen. Ann Cole said the bill was fine, and Cole said so again."]},
        {"a.md": range(2), "b.md": range(2)})
    assert plants_quotes._speakers(event) == ["Ann Cole", "Donald Trump"]


def test_a_name_plant_disagrees_with_the_headlines_too() -> None:
    event = injection.Event("e", {
        "a.md": ["# Pelosi Wins the House Vote", "",
                 "The vote went to Nancy Pelosi on Monday, and the caucus cheered."],
        "b.md": ["Lawmakers backed Nancy Pelosi on Monday after a long night."]},
        {"a.md": range(3), "b.md": range(1)})
    plan = None
    for seed in range(30):
        plan = plants.name(event, random.Random(seed))
        if plan is not None and event.text(plan.planted) == "Pelosi":
            break
    assert plan is not None and event.text(plan.planted) == "Pelosi"
    assert injection.Pos("a.md", 1, 3, 9) in plan.spans


def test_a_figure_said_under_a_condition_is_no_site() -> None:
    """"If majority Republicans change the threshold, Gorsuch could be approved with a
    simple majority of 51 votes" gives a scenario, not the party's count ("has only 51
    votes right now"): a change of either is no discrepancy an editor could see. The same
    count stated twice is a site."""
    event_name = "2017-supreme-court-nomination-of-judge-neil-m-gorsuch"
    threshold = paragraph(event_name, "fox.md", 28)
    count = paragraph(event_name, "nyt.md", 40)
    assert plants._scenario(threshold, threshold.index("51"))
    assert not plants._scenario(count, count.index("51"))

    def event(a: str, b: str) -> injection.Event:
        return injection.Event("e", {"a.md": [a], "b.md": [b]},
                               {"a.md": range(1), "b.md": range(1)})

    assert plants.figure(event(threshold, count), random.Random(1)) is None
    stated = "The party effectively has 51 votes in the Senate right now."
    plan = plants.figure(event(stated, count), random.Random(1))
    assert plan is not None and {p.file for p in plan.spans} == {"a.md", "b.md"}
    asked = "Could any judge be approved with 60 or more votes in the Senate?"
    assert plants._scenario(asked, asked.index("60"))


def test_the_words_of_a_quotation_make_no_shared_act_near_a_date() -> None:
    """"... would cut benefits for future retirees," the spokesman said Wednesday, and "the
    lobby said on Wednesday it was open to smaller benefits for future retirees": the words
    the two share are the quotation's, what one side said, not the act either date tells;
    no site. The same words told by the reporter on both sides are one."""
    def event(a: str, b: str) -> injection.Event:
        return injection.Event("e", {"a.md": [a], "b.md": [b]},
                               {"a.md": range(1), "b.md": range(1)})

    quoted = event("“The plan would cut benefits for future retirees,” Social Security "
                   "spokesman Jay Carney said Wednesday.",
                   "The Social Security lobby said on Wednesday it was open to smaller benefits "
                   "for future retirees.")
    told = event("Social Security spokesman Jay Carney said Wednesday the plan would cut "
                 "benefits for future retirees.",
                 "The Social Security lobby said on Wednesday it was open to smaller benefits "
                 "for future retirees.")
    assert "benef" not in plants_dates._near_words(quoted.files["a.md"][0], 93, 102)
    assert plants.weekday(quoted, random.Random(1)) is None
    assert plants.weekday(told, random.Random(1)) is not None
