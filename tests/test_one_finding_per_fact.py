"""One discrepancy is one finding, even when two rules each see it in their own terms."""

from __future__ import annotations

import json

from newslint.cli import main

FOUNDED = "Orbit Labs, founded in {year} by former chip designers, released its Lumen 3 chip."


def _corpus(tmp_path):
    for name, year in (("a.md", 2023), ("b.md", 2023), ("c.md", 2021)):
        (tmp_path / name).write_text(
            f"---\ndate: 2025-03-05\n---\n{FOUNDED.format(year=year)}\n", encoding="utf-8")
    return tmp_path


def _codes(capsys, *args) -> list[tuple[str, str, int]]:
    main([*args, "--format", "json", "--exit-zero", "--no-cache"])
    found = json.loads(capsys.readouterr().out)["diagnostics"]
    return sorted((d["code"], d["path"].rsplit("/", 1)[-1], d["line"]) for d in found)


def test_a_founding_year_edit_is_one_finding(tmp_path, capsys):
    corpus = str(_corpus(tmp_path))
    assert _codes(capsys, corpus) == [("NL602", "c.md", 4)]


def test_with_the_attribute_rule_off_the_date_rule_reports_it(tmp_path, capsys):
    corpus = str(_corpus(tmp_path))
    assert _codes(capsys, corpus, "--ignore", "NL602") == [("NL501", "c.md", 4)]
    assert _codes(capsys, corpus, "--select", "NL501") == [("NL501", "c.md", 4)]
