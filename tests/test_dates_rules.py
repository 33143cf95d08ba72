"""NL501-NL503 on the seeds and on a small dated Markdown corpus written with traps."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import SEEDS, seed
from newslint.extract.dates.mentions import extract_dates
from newslint.load import Article, load_article
from newslint.load.segment import segment


def found(diagnostics, code):
    return sorted((d["path"].rsplit("/", 1)[-1], d["line"], d["col"]) for d in diagnostics
                  if d["code"] == code)


def test_seeds_tie_late_2024_to_released_earlier_this_week(run_json):
    _, diagnostics = run_json(SEEDS, "--select", "NL5")
    assert [d["code"] for d in diagnostics] == ["NL501"]
    (finding,) = diagnostics
    assert (finding["path"], finding["line"]) == (seed("003"), 8)
    assert "late 2024" in finding["message"]
    assert "inferred" in finding["message"]
    assert finding["severity"] == "info"  # it rests on dates inferred from the corpus
    related = {(r["path"], r["line"]) for r in finding["related"]}
    assert related == {(seed("000"), 3), (seed("001"), 1)}


def test_seeds_founded_in_2023_is_not_flagged(run_json):
    _, diagnostics = run_json(SEEDS, "--select", "NL5")
    assert not any("2023" in d["message"] or "founded" in d["message"] for d in diagnostics)


def _md(date: str, body: str) -> str:
    return f"---\ntitle: Orbit\ndate: {date}\nsource: Wire\n---\n{body}\n"


WIRE = {
    "a.md": _md("2025-03-05", (
        "SAN JOSE (Wire) - Orbit Labs released its Lumen 3 chip on Monday, two years after "
        "Orbit Labs was founded in 2023 by former chip designers.\n\n"
        "The export committee met on Monday, March 4, 2025, to review the rules. Analysts "
        "may revise forecasts in March, the Sun reported. By Sunday afternoon the app led "
        "the charts. Futures fell 1.9% and the index lost $60 billion.")),
    "b.md": _md("2025-03-06", (
        "Orbit Labs, founded in 2023, launched the Lumen 3 on Monday at an event in San "
        "Jose. By Sunday afternoon the app led the charts. Shares rose 17% last week.")),
    "c.md": _md("2025-03-07", (
        "Orbit Labs unveiled the Lumen 3 in late 2024, according to a filing. The Lumen 2 "
        "was released in 2022. Orbit will ship the Lumen 4 on March 20, 2025.")),
    "d.md": _md("2025-03-06", (
        "The Helios Accord was signed on March 12, 2025, officials said. The filing is "
        "dated February 30. Rival Nimbus released its Cirrus 2 earlier this week.")),
}


def test_dated_corpus_findings(corpus, run_json):
    _, diagnostics = run_json(corpus(WIRE), "--select", "NL5")
    assert found(diagnostics, "NL501") == [("c.md", 6, 12)]
    assert found(diagnostics, "NL502") == [("a.md", 8, 29), ("d.md", 6, 85)]
    assert found(diagnostics, "NL503") == [("d.md", 6, 33)]
    (conflict,) = [d for d in diagnostics if d["code"] == "NL501"]
    assert conflict["severity"] == "warning"  # every date involved is stated
    assert "Lumen 3 unveiled late 2024" in conflict["message"]
    assert {r["path"].rsplit("/", 1)[-1] for r in conflict["related"]} == {"a.md", "b.md"}
    (weekday,) = [d for d in diagnostics if d["code"] == "NL502" and d["path"].endswith("a.md")]
    assert "is a Tuesday, not a Monday" in weekday["message"]


def test_dates_a_day_apart_are_not_a_conflict(corpus, run_json):
    files = {
        "a.md": _md("2025-03-05", "Orbit Labs released its Lumen 3 chip on Monday."),
        "b.md": _md("2025-03-05", "Orbit Labs released the Lumen 3 on Tuesday in Beijing."),
    }
    _, diagnostics = run_json(corpus(files), "--select", "NL501")
    assert diagnostics == []


def test_inferred_reference_from_posts_lowers_severity(corpus, run_json):
    post = "Big day for chips pic.twitter.com/abc123\n— Orbit Fan (@orbitfan) March 4, 2025\n"
    files = {
        "a.txt": ("Orbit Labs released its Lumen 3 chip earlier this week.\n\n"
                  "Fans welcomed it online, and several analysts said the chip would test "
                  "rivals that have spent heavily on their own designs over the past two "
                  "years, though none would say by how much prices might fall or when the "
                  "first devices using it would reach shops in Europe and North America, "
                  "where demand for such parts has been strong.\n\n" + post),
        "b.md": _md("2025-03-06", "The Lumen 3 was released in 2023, its maker said."),
    }
    _, diagnostics = run_json(corpus(files), "--select", "NL501")
    # One version each: the conflict is reported once, at the earlier date, the other
    # article being its related location.
    assert [(d["path"].rsplit("/", 1)[-1], d["severity"]) for d in diagnostics] == [
        ("b.md", "info")]
    assert [r["path"].rsplit("/", 1)[-1] for r in diagnostics[0]["related"]] == ["a.txt"]
    assert "inferred from post dates" in diagnostics[0]["message"]


def test_undatable_corpus_gets_one_info_per_article(corpus, run_json):
    files = {"a.txt": "Shares fell on Monday. Earlier this week the firm launched its app.\n",
             "b.txt": "Analysts may revise the forecast.\n"}
    _, diagnostics = run_json(corpus(files), "--select", "NL5")
    assert [(d["code"], d["severity"], d["path"].rsplit("/", 1)[-1]) for d in diagnostics] == [
        ("NL503", "info", "a.txt")]


def test_future_tense_after_publication_is_fine(corpus, run_json):
    files = {"a.md": _md("2025-03-05", "Orbit will launch the Lumen 4 on April 2, 2025. "
                                       "The launch of Lumen 5 in May 2025 is planned.")}
    _, diagnostics = run_json(corpus(files), "--select", "NL5")
    assert diagnostics == []


DATEISH = st.sampled_from(["Monday", "March", "May", "2024", "late", "earlier", "this", "week",
                           "last", "Q3", "the", "1950s", " ", ", ", ".", "\n", "30", "February",
                           "released", "R1", "was", "unveiled", "in", "on", "Sunday", "’s",
                           "final", "ago", "two", "2025-02-30", "of"])


@settings(max_examples=200, deadline=None)
@given(text=st.one_of(st.text(), st.lists(DATEISH, max_size=40).map("".join)),
       date=st.one_of(st.none(), st.dates()))
def test_extraction_never_raises_and_stays_inside_the_text(text, date):
    article = Article(path="a.txt", id="a.txt", text=text, analysis=text,
                      meta={"date": date} if date else {})
    segment(article)
    mentions, reference, _ = extract_dates(article)
    for mention in mentions:
        assert 0 <= mention.span.start < mention.span.end <= len(text)
        assert text[mention.span.start:mention.span.end] == mention.text
        if mention.start is not None:
            assert mention.start <= mention.end
    if date is not None:
        assert reference == date
    assert isinstance(reference, dt.date | None)


def test_spun_final_week_reads_as_last_week_only_in_a_spun_article():
    from newslint.extract import extract_article

    path = SEEDS / seed("004").rsplit("/", 1)[-1]
    article, _ = load_article(path, str(path), "004")
    facts = extract_article(article)
    spun = [(m.span.line, m.key) for m in facts.dates if m.text.lower() == "final week"]
    assert spun == [(2, "last week"), (6, "last week")]
    plain = Article(path="a.txt", id="a.txt", text="It was the final week of the race.\n",
                    analysis="It was the final week of the race.\n")
    segment(plain)
    assert extract_dates(plain)[0] == ()


def test_configured_date_is_a_stated_reference(corpus):
    from newslint.engine.file_task import check_file
    from newslint.settings import Settings

    root = corpus({"a.txt": "DeepSeek released R1 earlier this week.\n"})
    display = (root / "a.txt").as_posix()
    facts = check_file(root / "a.txt", Settings(dates={display: dt.date(2025, 1, 22)})).facts
    assert facts is not None
    assert (facts.reference_date, facts.reference_basis) == (dt.date(2025, 1, 22), "stated")
    (mention,) = facts.dates
    assert (mention.start, mention.end) == (dt.date(2025, 1, 20), dt.date(2025, 1, 22))
