"""Binding dates to events: what gets an (event, subject) and what must not."""

from __future__ import annotations

import datetime as dt

import pytest

from newslint.extract.dates.mentions import extract_dates
from test_dates_table import make_article

REFERENCE = dt.date(2025, 1, 28)


def bindings(text: str) -> list[tuple[str, str | None, str | None]]:
    mentions, _, _ = extract_dates(make_article(text + "\n", REFERENCE))
    return [(m.text, m.event, m.subject) for m in mentions]


@pytest.mark.parametrize(("text", "expected"), [
    ("DeepSeek released its reasoning model R1 earlier this week.",
     [("earlier this week", "release", "r1")]),
    ("Earlier this week, Chinese AI company DeepSeek launched its model R1, sparking debate.",
     [("Earlier this week", "release", "r1")]),
    ("R1, unveiled in late 2024 and launched in early 2025, has been praised.",
     [("late 2024", "release", "r1"), ("early 2025", "release", "r1")]),
    ("DeepSeek, founded in 2023 by Liang Wenfeng, has no outside investors.",
     [("2023", "founding", "deepseek")]),
    ("DeepSeek was founded in 2023 by Liang Wenfeng.", [("2023", "founding", "deepseek")]),
    ("Apple on Monday unveiled Apple Intelligence, its AI push.",
     [("Monday", "release", "apple intelligence")]),
    ("The company introduced the iPhone 15 in 2023 and launched the Vision Pro in February.",
     [("2023", "release", "iphone 15"), ("February", "release", "vision pro")]),
    ("Willie Mays, who died on June 18, played for the Giants.",
     [("June 18", "death", "willie mays")]),
    ("The launch of Lumen 5 in May 2025 is planned.", [("May 2025", "release", "lumen 5")]),
])
def test_bound(text, expected):
    assert bindings(text) == expected


@pytest.mark.parametrize("text", [
    "The Labor Department released its CPI report on Tuesday.",  # recurring: one of many
    "The fund bought Nvidia shares in 2020.",
    "The fund bought shares of Nvidia in 2021.",
    "DeepSeek released a statement on Monday.",  # nothing named
    "DeepSeek released R1 after Nvidia shares fell on Monday.",  # another clause
    "DeepSeek released R1, and shares fell on Monday.",
    "Nvidia shares fell 17% on Monday after the launch.",
    "DeepSeek grabbed attention last week when it launched a research paper.",
    "As of Sunday afternoon, its assistant topped the App Store charts.",
])
def test_not_bound(text):
    assert all(event is None for _, event, _ in bindings(text))


def test_weekday_without_year_checks_the_nearest_year(corpus, run_json):
    def md(body: str) -> str:
        return f"---\ndate: 2024-12-20\n---\n{body}\n"

    files = {"ok.md": md("The court will sit on Friday, Jan. 3, its clerk said."),
             "bad.md": md("The court will sit on Wednesday, Jan. 3, its clerk said.")}
    _, diagnostics = run_json(corpus(files), "--select", "NL502")
    assert [(d["path"].rsplit("/", 1)[-1], d["severity"]) for d in diagnostics] == [
        ("bad.md", "error")]
    assert "January 3, 2025 is a Friday, not a Wednesday" in diagnostics[0]["message"]


def test_weekends_agree_across_articles(corpus, run_json):
    files = {"a.md": "---\ndate: 2025-01-27\n---\nDeepSeek launched the R1 app on Sunday.\n",
             "b.md": "---\ndate: 2025-01-28\n---\nDeepSeek launched the R1 app on Sunday "
                     "afternoon, officials said.\n"}
    _, diagnostics = run_json(corpus(files), "--select", "NL5")
    assert diagnostics == []


def test_findings_do_not_depend_on_file_order(corpus, run_json):
    root = corpus({
        "a.md": "---\ndate: 2025-03-05\n---\nOrbit Labs released the Lumen 3 on Monday.\n",
        "b.md": "---\ndate: 2025-03-06\n---\nOrbit Labs launched the Lumen 3 on Monday.\n",
        "c.md": "---\ndate: 2025-03-07\n---\nOrbit Labs unveiled the Lumen 3 in late 2024.\n",
    })
    paths = [root / name for name in ("a.md", "b.md", "c.md")]
    _, forward = run_json(*paths, "--select", "NL501")
    _, backward = run_json(*reversed(paths), "--select", "NL501")
    assert forward == backward
    assert [(d["path"].rsplit("/", 1)[-1], d["line"]) for d in forward] == [("c.md", 4)]


def test_names_with_of_are_kept_whole(corpus, run_json):
    files = {"a.md": "---\ndate: 2025-03-05\n---\nBank of America was founded in 1904.\n",
             "b.md": "---\ndate: 2025-03-05\n---\nVoice of America was founded in 1942.\n",
             "c.md": "---\ndate: 2025-03-05\n---\nAmerica was founded in 1776, he said.\n"}
    _, diagnostics = run_json(corpus(files), "--select", "NL501")
    assert diagnostics == []

