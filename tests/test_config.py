from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from newslint.config import ConfigError, find_config, load_config
from newslint.settings import glob_match
from wire import corpus_files


@pytest.fixture
def project(corpus, monkeypatch):
    root = corpus({f"articles/{name}": text for name, text in corpus_files().items()})
    monkeypatch.chdir(root)
    return root


def codes(diagnostics: list[dict]) -> list[str]:
    return [d["code"] for d in diagnostics]


def test_pyproject_table_is_found_walking_up_from_the_checked_path(project, run_json):
    (project / "pyproject.toml").write_text('[tool.newslint]\nignore = ["NL101"]\n')
    code, found = run_json("articles", "--no-cache")
    assert code == 0 and found == []
    assert find_config(project / "articles" / "a.md") == project / "pyproject.toml"


def test_pyproject_without_our_table_is_skipped(project, run_json):
    (project / "articles" / "pyproject.toml").write_text('[project]\nname = "x"\n')
    (project / "newslint.yaml").write_text("ignore: [NL101]\n")
    assert find_config(project / "articles") == project / "newslint.yaml"
    assert run_json("articles", "--no-cache") == (0, [])


def test_without_config_the_misspelling_is_reported(project, run_json):
    code, found = run_json("articles", "--no-cache")
    assert code == 1 and codes(found) == ["NL101"]


def test_severity_override_and_fail_on(project, run_cli):
    (project / ".newslint.yaml").write_text("fail-on: error\n")
    assert run_cli("articles", "--no-cache")[0] == 0  # NL101 is a warning
    (project / ".newslint.yaml").write_text("fail-on: error\nseverity: {NL101: error}\n")
    code, out, _ = run_cli("articles", "--no-cache")
    assert code == 1 and "NL101 [error]" in out


def test_flags_override_the_file(project, run_json):
    (project / "newslint.yaml").write_text("select: [NL2]\n")
    assert run_json("articles", "--no-cache") == (0, [])
    code, found = run_json("articles", "--no-cache", "--select", "NL1")
    assert code == 1
    assert codes(found) == ["NL101"]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("selct: [NL1]\n", "selct"),
        ("fail-on: loud\n", "fail-on"),
        ("select: [deepseek]\n", "select"),
        ("severity: {NL101: fatal}\n", "severity"),
        ("per-file-ignores: [NL101]\n", "per-file-ignores"),
        ("dates: {a.md: yesterday}\n", "dates"),
        ("options: {NL999: {x: 1}}\n", "options"),
    ],
)
def test_bad_configuration_exits_2_naming_key_and_file(project, run_cli, text, key):
    (project / "newslint.yaml").write_text(text)
    code, out, err = run_cli("articles", "--no-cache")
    assert code == 2 and out == ""
    assert f"'{key}'" in err and "newslint.yaml" in err


def test_broken_toml_exits_2(project, run_cli):
    (project / "pyproject.toml").write_text("[tool.newslint\nselect = 1\n")
    code, _, err = run_cli("articles")
    assert code == 2 and "pyproject.toml" in err


def test_per_file_ignores_and_exclude(project, run_json):
    (project / "newslint.yaml").write_text("per-file-ignores:\n  'articles/c.md': [NL1]\n")
    assert run_json("articles", "--no-cache") == (0, [])
    # Excluding the misspelt article takes it out of the corpus altogether.
    (project / "newslint.yaml").write_text("exclude: ['**/c.md']\n")
    assert run_json("articles", "--no-cache") == (0, [])
    (project / "newslint.yaml").write_text("include: ['articles/*.md']\n")
    assert codes(run_json("articles", "--no-cache")[1]) == ["NL101"]


def test_show_settings_prints_the_resolved_values(project, run_cli):
    (project / "newslint.yaml").write_text(
        "extend-select: [NL3]\nseverity: {NL101: error}\ndates: {articles/a.md: 2025-01-27}\n"
    )
    code, out, _ = run_cli("articles", "--show-settings", "--ignore", "NL2")
    assert code == 0
    assert f"config file = {project / 'newslint.yaml'}" in out
    assert "extend-select = ['NL3']" in out and "ignore = ['NL2']" in out
    assert "severity = {'NL101': 'error'}" in out and "2025-01-27" in out


def test_dates_are_resolved_from_the_config_folder(project):
    (project / "newslint.yaml").write_text("dates:\n  articles/a.md: 2025-01-27\n")
    config = load_config(project / "newslint.yaml")
    key = (project / "articles" / "a.md").resolve().as_posix()
    assert config.values["dates"] == {key: dt.date(2025, 1, 27)}


def test_rule_options_reach_the_rule(project, run_json):
    # NL202 needs many spun phrases; lowering its thresholds makes two enough.
    spun = "The mannequin was trained on uncooked information by Chinese language corporations.\n"
    (project / "articles" / "d.md").write_text(spun)
    assert "NL202" not in codes(run_json("articles", "--no-cache")[1])
    (project / "newslint.yaml").write_text(
        "options: {NL202: {min_distinct: 2, min_per_1000_words: 1}}\n"
    )
    assert "NL202" in codes(run_json("articles", "--no-cache")[1])


def test_yaml_config_that_is_not_a_table(tmp_path):
    path = tmp_path / "newslint.yaml"
    path.write_text("- select\n")
    with pytest.raises(ConfigError, match="table"):
        load_config(path)


@pytest.mark.parametrize(
    ("pattern", "path", "expected"),
    [
        ("*.md", "wire/a.md", True),
        ("wire/*.md", "wire/a.md", True),
        ("wire/*.md", "wire/2025/a.md", False),
        ("wire/**/*.md", "wire/2025/a.md", True),
        ("wire/**/*.md", "wire/a.md", True),
        ("archive/", "archive/2019/b.txt", True),
        ("archive/", "wire/archive.txt", False),
    ],
)
def test_glob_match(pattern, path, expected):
    assert glob_match(pattern, path) is expected


def test_config_found_from_cwd_when_path_is_a_file(project):
    (project / "newslint.yaml").write_text("{}\n")
    assert find_config(Path("articles/a.md")) == project / "newslint.yaml"


def test_an_empty_newslint_yaml_does_not_hide_pyproject_settings(tmp_path, run_cli):
    (tmp_path / "pyproject.toml").write_text('[tool.newslint]\nselect = ["NL1"]\n')
    (tmp_path / "newslint.yaml").write_text("# settings are in pyproject.toml\n")
    (tmp_path / "a.md").write_text("Text.\n")
    code, out, _ = run_cli("--show-settings", tmp_path)
    assert code == 0
    assert f"config file = {(tmp_path / 'pyproject.toml').resolve()}" in out
    assert "select = ['NL1']" in out
