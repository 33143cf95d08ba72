"""A 22-article multi-outlet corpus (5 stories) with 8 planted discrepancies and many traps.

It was written by a reviewer who had not seen the rules' tuning, to measure precision on
fresh copy; its key is tests/data/corpora/multi_outlet_KEY.md. Every warning and error
must be a planted discrepancy, and all eight are found.
"""

from __future__ import annotations

from pathlib import Path

CORPUS = Path(__file__).parent / "data" / "corpora" / "multi_outlet"

PLANTED = {
    ("boe-yorkshirepost.md", "NL502"),  # P1 wrong weekday
    ("boe-bloomberg.md", "NL401"),  # P2 vote split 6-3 vs 7-2
    ("villa-athletic.md", "NL301"),  # P3 quote credited to the wrong person
    ("villa-birminghammail.md", "NL101"),  # P4 "Hartman"
    ("quake-dailysabah.md", "NL604"),  # P5 a count only in the mayor's post
    ("quake-ap.md", "NL304"),  # P6 long quote with no speaker
    ("halo-verge.md", "NL602"),  # P7 founding year
    ("meridian-health-ruling-sacbee.md", "NL302"),  # P8 reworded quote
}


def test_every_warning_and_error_is_a_planted_discrepancy(run_json):
    _, diagnostics = run_json(CORPUS, "--no-cache", "--fail-on", "warning")
    serious = [d for d in diagnostics if d["severity"] in ("warning", "error")]
    found = set()
    for d in serious:
        files = {Path(d["path"]).name, *(Path(r["path"]).name for r in d["related"])}
        hits = {(f, d["code"]) for f in files} & PLANTED
        assert hits, f"false positive: {d['path']}:{d['line']} {d['code']} {d['message']}"
        found |= hits
    assert found == PLANTED
