from __future__ import annotations

import io
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest

from newslint.engine.pipeline import run
from newslint.report.github import escape_data, escape_property, write_github
from newslint.report.text import write_text
from newslint.settings import Settings
from wire import corpus_files

SCHEMA = Path(__file__).parent / "data" / "sarif-schema-2.1.0.json"


@pytest.fixture
def project(corpus, monkeypatch):
    root = corpus({f"wire/{name}": text for name, text in corpus_files().items()})
    (root / "newslint.yaml").write_text("{}\n")
    monkeypatch.chdir(root / "wire")  # paths in reports must still start at the root
    return root


def test_sarif_validates_and_links_the_other_articles(project, run_cli):
    code, out, _ = run_cli(".", "--format", "sarif", "--no-cache")
    assert code == 1
    document = json.loads(out)
    jsonschema.validate(document, json.loads(SCHEMA.read_text(encoding="utf-8")))
    (sarif_run,) = document["runs"]
    rules = sarif_run["tool"]["driver"]["rules"]
    assert {"NL101", "NL009"} <= {r["id"] for r in rules}
    assert all(r["help"]["text"] for r in rules)
    (result,) = sarif_run["results"]
    assert result["ruleId"] == "NL101" and rules[result["ruleIndex"]]["id"] == "NL101"
    location = result["locations"][0]["physicalLocation"]
    assert location["artifactLocation"] == {"uri": "wire/c.md", "uriBaseId": "%SRCROOT%"}
    assert location["region"]["startLine"] == 10
    # The right spelling in another article (and, where it has one, in the same article).
    (related,) = [r for r in result["relatedLocations"]
                  if r["physicalLocation"]["artifactLocation"]["uri"] == "wire/a.md"]
    assert f"[wire/a.md:6]({related['id']})" in result["message"]["text"]
    assert result["partialFingerprints"]["newslint/v1"]
    # The schema is strict enough to catch a wrong level.
    result["level"] = "fatal"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(document, json.loads(SCHEMA.read_text(encoding="utf-8")))


def test_sarif_of_the_seeds_validates(run_cli):
    code, out, _ = run_cli("seeds", "--format", "sarif")
    document = json.loads(out)
    jsonschema.validate(document, json.loads(SCHEMA.read_text(encoding="utf-8")))
    assert code == 1 and len(document["runs"][0]["results"]) > 10


def test_github_annotations(project, run_cli):
    code, out, _ = run_cli(".", "--format", "github", "--no-cache")
    assert code == 1
    (line,) = out.splitlines()
    assert line.startswith("::warning file=wire/c.md,line=10,col=17,")
    assert ",title=NL101::" in line
    assert "%0Asee%3A" not in line and "%0Asee: wire/a.md:6:47" in line


def test_github_escaping():
    assert escape_data("50% up\r\nnext") == "50%25 up%0D%0Anext"
    assert escape_property("a:b,c%") == "a%3Ab%2Cc%25"


def test_github_prints_errors_first_and_counts_the_rest(run_cli):
    settings = Settings(cache=False)
    result = run(["seeds"], settings)
    stream = io.StringIO()
    write_github(result, stream)
    lines = stream.getvalue().splitlines()
    assert len(lines) == 11
    assert lines[0].startswith("::error ")  # NL202, the only error, though not first in file
    hidden = len(result.diagnostics) - 10
    assert lines[-1].startswith(f"::notice title=newslint::{hidden} more findings not shown")


def test_junit(project, run_cli):
    code, out, _ = run_cli(".", "--format", "junit", "--no-cache")
    assert code == 1
    suites = ET.fromstring(out)
    assert suites.get("tests") == "3" and suites.get("failures") == "1"
    (failure,) = suites.iter("failure")
    assert failure.get("type") == "NL101" and "10:17: NL101" in failure.text


def test_output_file(project, run_cli, tmp_path):
    target = tmp_path / "report.json"
    code, out, _ = run_cli(".", "--format", "json", "--output", str(target), "--no-cache")
    assert code == 1 and out == ""
    assert json.loads(target.read_text())["diagnostics"][0]["code"] == "NL101"


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_colour_only_on_a_terminal_and_never_with_no_color(monkeypatch):
    result = run(["seeds"], Settings(select=("NL101",), cache=False))
    monkeypatch.delenv("NO_COLOR", raising=False)
    terminal, plain = _Terminal(), io.StringIO()
    write_text(result, terminal)
    write_text(result, plain)
    assert "\033[" in terminal.getvalue() and "\033[" not in plain.getvalue()
    monkeypatch.setenv("NO_COLOR", "1")
    terminal = _Terminal()
    write_text(result, terminal)
    assert "\033[" not in terminal.getvalue()


def test_sarif_is_capped_errors_first_and_says_what_it_left_out(run_cli, monkeypatch):
    import newslint.report.sarif as sarif

    _, out, _ = run_cli("seeds", "--format", "sarif", "--no-cache")
    everything = json.loads(out)["runs"][0]["results"]
    levels = [r["level"] for r in everything]
    assert "error" in levels and "warning" in levels
    monkeypatch.setattr(sarif, "MAX_RESULTS", 3)
    monkeypatch.setattr(sarif, "MAX_RELATED", 1)
    code, out, err = run_cli("seeds", "--format", "sarif", "--no-cache")
    document = json.loads(out)
    jsonschema.validate(document, json.loads(SCHEMA.read_text(encoding="utf-8")))
    (sarif_run,) = document["runs"]
    kept = [r["level"] for r in sarif_run["results"]]
    rank = {"error": 0, "warning": 1, "note": 2}
    assert len(kept) == 3 and kept == sorted(kept, key=rank.get)
    assert kept[0] == "error"
    assert all(len(r.get("relatedLocations", [])) <= 1 for r in sarif_run["results"])
    (note,) = sarif_run["invocations"][0]["toolExecutionNotifications"]
    left = f"{len(everything) - 3} of {len(everything)} findings left out"
    assert left in note["message"]["text"] and left in err and code == 1
