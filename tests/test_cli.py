"""The command line end to end: exit codes, formats, subcommands, bad input."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from conftest import SEEDS, seed


def test_seeds_text_output(run_cli):
    code, out, err = run_cli(SEEDS)
    assert code == 1 and err == ""
    lines = out.splitlines()
    assert f'{seed("004")}:3:1: NL101 [warning] "DeekSeek" looks like a misspelling' in out
    # related locations are indented under their finding and name another article
    index = next(i for i, line in enumerate(lines) if ':3:1: NL101' in line)
    assert lines[index + 1].startswith(f"  --> {SEEDS.as_posix()}/000_")
    assert lines[-1].startswith("Found ") and lines[-1].endswith(" in 5 files.")


def test_json_document_shape(run_cli):
    code, out, _ = run_cli(SEEDS, "--format", "json")
    document = json.loads(out)
    assert code == 1
    assert set(document) == {"version", "diagnostics", "summary"}
    first = document["diagnostics"][0]
    assert set(first) == {"code", "rule", "severity", "message", "path", "line", "col",
                          "end_line", "end_col", "related", "fingerprint", "doc_url", "fixable"}
    # No published rule pages for this install and no NEWSLINT_DOCS_URL: no link, not a dead one.
    assert first["doc_url"] is None
    assert document["summary"]["files"] == 5
    assert document["summary"]["findings"] == len(document["diagnostics"])
    deek = next(d for d in document["diagnostics"] if "DeekSeek" in d["message"])
    assert (deek["line"], deek["col"], deek["end_line"], deek["end_col"]) == (3, 1, 3, 9)
    assert set(deek["related"][0]) == {"path", "line", "col", "message"}


def test_no_findings_exits_zero(corpus, run_cli):
    root = corpus({"a.md": "---\ntitle: Calm\ndate: 2025-01-28\n---\nMarkets were calm.\n"})
    code, out, _ = run_cli(root)
    assert code == 0 and out.strip() == "No findings in 1 file."


def test_select_and_ignore(run_json):
    _, only_names = run_json(SEEDS, "--select", "NL1")
    assert {d["code"] for d in only_names} == {"NL101"}
    _, without_spin = run_json(SEEDS, "--ignore", "NL2")
    assert not any(d["code"].startswith("NL2") for d in without_spin)
    _, spin_but_not_phrases = run_json(SEEDS, "--select", "NL2", "--ignore", "NL201")
    assert {d["code"] for d in spin_but_not_phrases} == {"NL202", "NL203"}


def test_fail_on_error_ignores_warnings(corpus, run_cli):
    root = corpus({"a.txt": "The index rose 2 p.c. on Friday.\n"})
    assert run_cli(root)[0] == 1
    assert run_cli(root, "--fail-on", "error")[0] == 0


def test_missing_path_is_a_usage_error(run_cli, tmp_path):
    code, out, err = run_cli(tmp_path / "nope")
    assert code == 2 and out == ""
    assert err.strip() == f"newslint: error: path not found: {tmp_path / 'nope'}"


def test_bad_option_is_one_line_on_stderr(run_cli):
    code, _, err = run_cli(SEEDS, "--frobnicate")
    assert code == 2
    assert err.count("\n") == 1 and err.startswith("newslint: error: ")
    code, _, err = run_cli(SEEDS, "--select", "NL1;rm")
    assert code == 2 and "--select" in err
    code, _, err = run_cli(SEEDS, "--format", "xml")
    assert code == 2 and "xml" in err


def test_no_path_at_all(run_cli):
    code, _, err = run_cli()
    assert code == 2 and "no path given" in err


def test_rules_listing_and_rule_documentation(run_cli):
    code, out, _ = run_cli("rules")
    assert code == 0
    codes = [line.split()[0] for line in out.splitlines()]
    assert codes == sorted(codes)
    assert {"NL001", "NL101", "NL201", "NL202", "NL203", "NL210", "NL211"} <= set(codes)
    code, out, _ = run_cli("rule", "NL101")
    assert code == 0
    assert out.startswith("# NL101 name-spelling (warning, corpus rule)")
    for part in ("## What it flags", "## Why it matters to an editor", "## Example"):
        assert part in out
    code, _, err = run_cli("rule", "NL999")
    assert code == 2 and "unknown rule" in err


def test_every_rule_is_documented(run_cli):
    from newslint.rules import builtin_rules

    for rule in builtin_rules():
        doc = rule.doc
        assert rule.summary, rule.code
        assert "## Why it matters to an editor" in doc, rule.code
        assert "## Example" in doc, rule.code


def test_bad_input_folder(corpus, run_json):
    root = corpus({
        "good.md": "---\ntitle: Fine\ndate: 2025-01-28\n---\n"
                   "DeepSeek released R1 on Monday, DeepSeek said.\n",
        "binary.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00",
        "latin1.txt": b"Andreessen called it \x93AI\x92s Sputnik moment\x94 caf\xe9.",
        "empty.md": "",
        "broken.md": "---\ntitle: [unclosed\n---\nThe index rose 2 p.c. on Friday.\n",
        "big.txt": "word " * 5000,
        "nested/deeper/ok.txt": "Shares fell.\n",
    })
    (root / "dangling.txt").symlink_to(root / "gone.txt")
    code, diagnostics = run_json(root, "--max-file-size", "20KB")
    assert code == 1
    by_file = {}
    for d in diagnostics:
        by_file.setdefault(d["path"].rsplit("/", 1)[-1], []).append(d["code"])
    assert by_file["binary.txt"] == ["NL002"]
    assert by_file["latin1.txt"] == ["NL003"]
    assert by_file["empty.md"] == ["NL004"]
    assert by_file["big.txt"] == ["NL006"]
    assert by_file["dangling.txt"] == ["NL001"]
    # broken front matter is reported and the body is still checked
    assert {"NL005", "NL201"} <= set(by_file["broken.md"])
    assert "good.md" not in by_file and "ok.txt" not in by_file


def test_runs_as_a_module_and_as_installed_script(tmp_path):
    result = subprocess.run([sys.executable, "-m", "newslint", "rules"], capture_output=True,
                            text=True, cwd=tmp_path, check=False)
    assert result.returncode == 0 and "NL101" in result.stdout
    # The list says which rule a default run leaves out.
    opt_in = [line for line in result.stdout.splitlines() if "(off by default)" in line]
    assert [line.split()[0] for line in opt_in] == ["NL303"]


def test_jobs_give_identical_results(corpus, run_cli):
    files = {f"story{i:03}.txt": f"DeepSeek said R1 was cheap. DeepSeek story {i}.\n"
             for i in range(90)}
    files["story050.txt"] = "DeekSeek said the index rose 2 p.c. on Friday.\n"
    root = corpus(files)
    one = run_cli(root, "--jobs", "1", "--format", "json")
    two = run_cli(root, "--jobs", "2", "--format", "json")
    assert one == two
    assert one[0] == 1 and "DeekSeek" in one[1]


def test_no_colour_in_pipes_and_with_no_color(run_cli, monkeypatch):
    monkeypatch.setitem(os.environ, "NO_COLOR", "1")
    _, out, _ = run_cli(SEEDS)
    assert "\033[" not in out


def test_identical_findings_sort_without_error():
    from newslint.diagnostics import Diagnostic, Location, Severity, sort_diagnostics

    def finding(col: int) -> Diagnostic:
        loc = Location("a.md", 3, col, 3, col + 8)
        return Diagnostic("NL101", "name-spelling", Severity.WARNING, "same", loc,
                          related=(Location("b.md", 1, 1, 1, 9, "here"),), fingerprint="f")

    assert len(sort_diagnostics([finding(1), finding(1), finding(1)])) == 3


def test_a_selector_that_matches_no_rule_is_a_usage_error(run_cli):
    for option in ("--select", "--extend-select", "--ignore"):
        code, out, err = run_cli(SEEDS, option, "XYZ")
        assert code == 2 and out == ""
        assert "'XYZ' matches no rule" in err
    assert run_cli(SEEDS, "--select", "NL1,NL30")[0] == 1  # prefixes of real codes are fine


def test_nothing_to_check_is_said(run_cli, tmp_path):
    code, out, err = run_cli(tmp_path)
    assert code == 0 and "No findings in 0 files." in out
    assert "warning: no article files" in err


def test_a_reader_that_goes_away_ends_the_run_quietly_with_its_exit_code(tmp_path):
    import shutil

    for copy in range(4):  # enough findings to fill the pipe before the reader leaves
        shutil.copytree(SEEDS, tmp_path / f"copy{copy}")
    for extra, expected in (("--exit-zero", 0), ("--format=json", 1)):
        process = subprocess.Popen([sys.executable, "-m", "newslint", ".", "--no-cache",
                                    "--format", "json", extra], cwd=tmp_path,
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        assert process.stdout is not None and process.stderr is not None
        process.stdout.readline()
        process.stdout.close()
        assert process.wait(timeout=120) == expected
        assert process.stderr.read() == b""


def test_a_missing_path_beside_others_is_a_finding_and_the_rest_is_checked(corpus, run_json,
                                                                           tmp_path):
    root = corpus({"a.txt": "The index rose 2 p.c. on Friday, the exchange said.\n"})
    _, alone = run_json(root / "a.txt")
    _, both = run_json(root / "a.txt", tmp_path / "nope.md")
    missing = [d for d in both if d["path"].endswith("nope.md")]
    assert [d["code"] for d in missing] == ["NL001"]
    assert [d for d in both if d not in missing] == alone


def test_a_missing_path_beside_an_empty_folder_is_a_finding(run_json, tmp_path):
    # The folder exists, with no articles in it: the missing path is the user's typo
    # beside a real path, not a run with nothing to check.
    (tmp_path / "empty").mkdir()
    _, found = run_json(tmp_path / "empty", tmp_path / "nope.md")
    assert [d["code"] for d in found] == ["NL001"]


def test_stories_checked_by_workers_from_facts_held_here(corpus, run_cli, monkeypatch):
    """Without a cache the facts are held in the run's process; past SHIP_HELD_FROM
    articles they go to the workers with their stories, and the findings are the same."""
    from newslint.engine import local

    files = {f"story{i:03}.txt": f"DeepSeek said R1 was cheap. DeepSeek story {i}.\n"
             for i in range(90)}
    files["story050.txt"] = "DeekSeek said the index rose 2 p.c. on Friday.\n"
    root = corpus(files)
    here = run_cli(root, "--jobs", "2", "--no-cache", "--format", "json")
    monkeypatch.setattr(local, "SHIP_HELD_FROM", 1)
    shipped = run_cli(root, "--jobs", "2", "--no-cache", "--format", "json")
    assert here == shipped
    assert here[0] == 1 and "DeekSeek" in here[1]
