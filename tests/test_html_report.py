"""--format html: one self-contained page, checked as text and as rendered by headless Chromium.

The browser tests drive the system Chromium (Debian's `chromium`) through playwright; they
skip, saying why, where either is missing (the README's test command needs only Python).
`.ci/run` installs both, so CI runs them. Screenshots are kept under $TMPDIR.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
from pathlib import Path

import pytest

from conftest import SEEDS, seed
from test_facts_view import BASIL, needs_basil

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu",
                  "--disable-background-networking", "--disable-component-update",
                  "--no-first-run"]
SHOTS = Path(os.environ.get("TMPDIR") or tempfile.gettempdir()) / "newslint-screenshots"


def html_report(run_cli, tmp_path, *paths) -> Path:
    target = tmp_path / "report.html"
    code, _, err = run_cli(*paths, "--format", "html", "--output", target, "--no-cache")
    assert code == 1, err
    return target


def test_page_is_self_contained(run_cli, tmp_path):
    page = html_report(run_cli, tmp_path, SEEDS).read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    # Nothing to fetch: no external script, stylesheet, image, font or frame.
    assert not re.search(r"<(?:link|img|iframe)\b|<script\s+src|url\(", page)
    assert not re.search(r"(?:src|href)=\"(?:https?:)?//", page)
    assert "default-src 'none'" in page
    # Every reported rule's documentation is in the page.
    for code in ("NL202", "NL302", "NL401"):
        assert f'id="doc-{code}"' in page
    assert "## What it flags" in page


def test_page_shows_one_finding_per_discrepancy(run_cli, tmp_path):
    page = html_report(run_cli, tmp_path, SEEDS).read_text(encoding="utf-8")
    _, out, _ = run_cli(SEEDS, "--format", "json", "--no-cache")
    assert page.count('<article class="finding') == len(json.loads(out)["diagnostics"])
    assert page.count('data-code="NL202"') == 1 and 'data-code="NL201"' not in page


browser = pytest.mark.skipif(CHROMIUM is None, reason="no chromium on PATH (apt-get install "
                             "chromium; .ci/run does)")


@pytest.fixture(scope="module")
def page_of():
    playwright_api = pytest.importorskip(
        "playwright.sync_api", reason="playwright is not installed (pip install '.[browser]')")
    if CHROMIUM is None:
        pytest.skip("no chromium on PATH (apt-get install chromium; .ci/run does)")
    with playwright_api.sync_playwright() as driver:
        chromium = driver.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        requests: list[str] = []

        def open_page(path: Path):
            page = chromium.new_page(viewport={"width": 1400, "height": 1000})
            page.on("request", lambda request: requests.append(request.url))
            page.goto(path.as_uri())
            return page

        open_page.requests = requests  # type: ignore[attr-defined]
        yield open_page
        chromium.close()


def passages_of(finding) -> list[tuple[str, str]]:
    """(where, marked words) of each passage shown side by side in a finding."""
    row = finding.locator(":scope > .passages > .passage")
    return [(row.nth(i).locator(".where").inner_text(),
             " ".join(row.nth(i).locator("mark.diff").all_inner_texts()))
            for i in range(row.count())]


@browser
def test_seeds_report_in_chromium(page_of, run_cli, run_json, tmp_path):
    _, diagnostics = run_json(SEEDS, "--exit-zero")
    total = len(diagnostics)  # the page shows every finding the JSON report gives
    page = page_of(html_report(run_cli, tmp_path, SEEDS))
    findings = page.locator(".finding")
    assert findings.count() == total
    assert page.locator("#shown").inner_text() == f"{total} of {total} shown"

    # The Sputnik-moment conflict: both quotes side by side, the differing words marked.
    sputnik = page.locator('.finding[data-code="NL302"]').filter(
        has=page.locator(".message", has_text="Sputnik moment"))
    assert sputnik.count() == 1
    places = passages_of(sputnik)
    # the spun copy ("Sputnik Second") is the one flagged, the faithful one beside it
    assert [where.split(":")[0] for where, _ in places] == [seed("004"), seed("003")]
    assert places[0][1] == "Second" and places[1][1] == "AI’s moment"
    assert sputnik.locator(".passage").last.locator("blockquote").inner_text().count(
        "Sputnik moment") == 1

    # The market move: Nasdaq's fall as 1.9% here and 3.5 p.c. there, side by side.
    nasdaq = page.locator('.finding[data-code="NL401"]').filter(
        has=page.locator(".message", has_text="Nasdaq 100 futures vs Nasdaq"))
    values = [marks for _, marks in passages_of(nasdaq)]
    assert values == ["1.9%", "3.5 p.c."]

    # The why panel shows the facts: both quotes with their speaker.
    sputnik.locator("details.why > summary").click()
    why = sputnik.locator("details.why").inner_text()
    assert "AI’s Sputnik moment" in why and "Sputnik Second" in why
    assert why.count("Marc Andreessen") == 2

    # Filters: by code, then by article.
    page.select_option("#filter-code", "NL101")
    assert page.locator(".finding:not(.hidden)").count() == 3
    page.select_option("#filter-code", "")
    page.select_option("#filter-article", seed("002"))
    visible = page.locator(".finding:not(.hidden)")
    assert 0 < visible.count() < total
    for i in range(visible.count()):
        assert seed("002") in json.loads(visible.nth(i).get_attribute("data-articles"))
    page.select_option("#filter-article", "")
    page.select_option("#filter-severity", "error")
    assert page.locator(".finding:not(.hidden)").count() == 1

    # A rule's documentation is one click away.
    page.select_option("#filter-severity", "")
    sputnik.locator("a.code").click()
    dialog = page.locator("#doc-dialog")
    assert dialog.is_visible() and "What it flags" in dialog.inner_text()
    assert "NL302 quote-wording" in dialog.inner_text()
    page.keyboard.press("Escape")

    SHOTS.mkdir(parents=True, exist_ok=True)
    sputnik.scroll_into_view_if_needed()
    page.screenshot(path=str(SHOTS / "seeds-report.png"))
    assert (SHOTS / "seeds-report.png").stat().st_size > 10_000
    # Nothing but the page itself was requested.
    assert {url.split(":", 1)[0] for url in page_of.requests} == {"file"}


# A dev event whose copy dates one apology on two weekdays (NL502).
LAUTEN = BASIL / "2014-elizabeth-lauten-apologizes-for-criticizing-obam"


@browser
@needs_basil
def test_real_copy_report_in_chromium(page_of, run_cli, tmp_path):
    page = page_of(html_report(run_cli, tmp_path, LAUTEN))
    _, out, _ = run_cli(LAUTEN, "--format", "json", "--no-cache")
    assert page.locator(".finding").count() == len(json.loads(out)["diagnostics"])
    outlets = set(page.locator(".passage .outlet").all_inner_texts())
    assert outlets <= {"Fox News", "HuffPost", "The New York Times"} and len(outlets) >= 2
    # The weekday conflict: Fox's Saturday apology beside HuffPost's Friday.
    weekday = page.locator('.finding[data-code="NL502"]').first
    sides = weekday.locator(":scope > .passages > .passage .outlet").all_inner_texts()
    assert sorted(sides) == ["Fox News", "HuffPost"]
    assert "2014-11-" in weekday.locator(".passage .date").first.inner_text()
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "real-copy-report.png"), full_page=True)
