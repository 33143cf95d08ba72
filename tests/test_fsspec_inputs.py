"""Archives named by URL (load/remote.py): read through fsspec, ids relative to the URL
named, findings those of the same files checked on local disk."""

from __future__ import annotations

import json
import shutil
import uuid
from pathlib import Path

import pytest

from conftest import DATA
from newslint.load.discover import discover
from newslint.load.remote import RemoteFile, is_url

fsspec = pytest.importorskip("fsspec")
MULTI = DATA / "corpora" / "multi_outlet"


def in_memory(folder: Path) -> str:
    """Copy a folder into the in-memory filesystem; returns its URL."""
    url = f"memory://archive-{uuid.uuid4().hex[:8]}"
    fs = fsspec.filesystem("memory")
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            fs.pipe(f"{url}/{path.relative_to(folder).as_posix()}", path.read_bytes())
    return url


def local_json(run_cli, monkeypatch, folder: Path, *args: str) -> str:
    """The JSON report of `newslint .` run inside the folder: ids relative to it."""
    monkeypatch.chdir(folder)
    code, out, err = run_cli(".", "--no-cache", "--format", "json", *args)
    assert code in (0, 1), err
    return out


def test_is_url():
    assert is_url("s3://bucket/archive/") and is_url("memory://a") and is_url("file:///tmp")
    assert not is_url("seeds/") and not is_url("C:/news/a.md") and not is_url("a://")


def test_memory_archive_gives_the_local_findings(run_cli, monkeypatch, tmp_path):
    url = in_memory(MULTI)
    expected = local_json(run_cli, monkeypatch, MULTI)
    monkeypatch.chdir(tmp_path)
    code, out, err = run_cli(f"{url}/", "--no-cache", "--format", "json")
    assert code == 1, err
    assert f'"path": "{url}/boe-bbc.md"' in out
    # Same ids (fingerprints, the names in messages), only the shown paths differ.
    assert out.replace(f"{url}/", "") == expected
    assert '"fingerprint"' in expected


def test_file_url_from_another_folder(run_cli, monkeypatch, tmp_path):
    """Ids do not depend on the working folder: a file:// URL checked from elsewhere gives
    the fingerprints of the folder checked from inside."""
    shutil.copytree(MULTI, tmp_path / "archive")
    expected = local_json(run_cli, monkeypatch, tmp_path / "archive")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    url = (tmp_path / "archive").as_uri()
    code, out, _ = run_cli(url, "--no-cache", "--format", "json")
    assert code == 1
    assert out.replace(f"{url}/", "") == expected


def test_cached_runs_through_a_url(run_cli, monkeypatch, tmp_path):
    """The local cache keys articles by content: a warm run and a run after an edit give
    what a cold run gives."""
    url = in_memory(MULTI)
    monkeypatch.chdir(tmp_path)
    args = (url, "--format", "json")
    cold, warm = run_cli(*args), run_cli(*args)
    assert (tmp_path / ".newslint_cache").exists()
    assert warm[1] == cold[1] and '"NL101"' in cold[1]
    fs = fsspec.filesystem("memory")
    fs.pipe(f"{url}/villa-birminghammail.md",
            fs.cat_file(f"{url}/villa-birminghammail.md").replace(b"Hartman ", b"Hartmann "))
    edited = run_cli(*args)[1]
    fresh = run_cli(*args, "--no-cache")[1]
    assert edited == fresh and edited != cold[1]


def test_walk_skips_what_a_folder_walk_skips():
    url = in_memory(MULTI)
    fs = fsspec.filesystem("memory")
    for extra in ("README.md", ".hidden/a.md", "docs/guide.md", "notes.json", "sub/.x.md"):
        fs.pipe(f"{url}/{extra}", b"The council met on Tuesday.\n")
    fs.pipe(f"{url}/sub/deep/extra.txt", b"The council met on Tuesday.\n")
    found = discover([url])
    assert all(isinstance(f, RemoteFile) for f in found)
    ids = [f.ident for f in found]
    assert "sub/deep/extra.txt" in ids and "boe-bbc.md" in ids
    assert not any(i.startswith((".hidden", "docs/")) or i in ("README.md", "notes.json",
                                                               "sub/.x.md") for i in ids)
    assert len(ids) == len(list(MULTI.glob("*.md")) + list(MULTI.glob("*.txt"))) + 1
    # A file named by URL is checked whatever its name; its id is its name.
    named = discover([f"{url}/notes.json"])
    assert [(f.ident, f.url) for f in named] == [("notes.json", f"{url}/notes.json")]


def test_missing_url_and_unknown_scheme_are_usage_errors(run_cli):
    code, _, err = run_cli(f"memory://nothing-{uuid.uuid4().hex}/", "--no-cache")
    assert code == 2 and "path not found" in err
    code, _, err = run_cli("nosuchscheme://bucket/archive/", "--no-cache")
    assert code == 2 and "nosuchscheme" in err


def test_bad_objects_get_input_findings(run_json, tmp_path):
    """An object over the size limit, or not UTF-8, is reported as a file on disk is."""
    url = f"memory://bad-{uuid.uuid4().hex[:8]}"
    fs = fsspec.filesystem("memory")
    fs.pipe(f"{url}/big.md", b"The council met on Tuesday. " * 100)
    fs.pipe(f"{url}/latin.txt", "The caf\u00e9 reopened on Monday.\n".encode("cp1252"))
    _, found = run_json(url, "--no-cache", "--max-file-size", "1KB")
    codes = {(d["code"], d["path"]) for d in found}
    assert ("NL006", f"{url}/big.md") in codes and ("NL003", f"{url}/latin.txt") in codes


def test_json_ids_are_relative_to_the_url(run_cli, tmp_path, monkeypatch):
    url = in_memory(MULTI)
    monkeypatch.chdir(tmp_path)
    report = json.loads(run_cli(url, "--no-cache", "--format", "json")[1])
    paths = {d["path"] for d in report["diagnostics"]}
    assert paths and all(p.startswith(f"{url}/") for p in paths)
    assert str(tmp_path) not in json.dumps(report)


def test_sarif_points_at_the_objects_themselves(run_cli, tmp_path, monkeypatch):
    """A code-scanning upload cannot resolve an object against the project root: its
    location is its URL, and the report still validates."""
    import jsonschema

    url = in_memory(MULTI)
    monkeypatch.chdir(tmp_path)
    document = json.loads(run_cli(url, "--no-cache", "--format", "sarif")[1])
    schema = json.loads((DATA / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    jsonschema.validate(document, schema)
    artifacts = [loc["physicalLocation"]["artifactLocation"]
                 for result in document["runs"][0]["results"] for loc in result["locations"]]
    assert artifacts and all(a == {"uri": a["uri"]} and a["uri"].startswith(f"{url}/")
                             for a in artifacts)


def test_worker_processes_open_the_objects_themselves(run_cli, tmp_path, monkeypatch):
    """With --jobs 2 the files go to worker processes as URLs; the findings are those of
    one process, and ids stay relative to the URL named."""
    url = f"memory://pool-{uuid.uuid4().hex[:8]}"
    fs = fsspec.filesystem("memory")
    for copy in range(4):  # 88 articles: enough for two workers
        for path in sorted(MULTI.iterdir()):
            fs.pipe(f"{url}/desk{copy}/{path.name}", path.read_bytes())
    monkeypatch.chdir(tmp_path)
    one = run_cli(url, "--no-cache", "--format", "json", "--jobs", "1")
    two = run_cli(url, "--no-cache", "--format", "json", "--jobs", "2")
    assert one[0] == 1 and two[1] == one[1]
    assert f'"path": "{url}/desk3/boe-bbc.md"' in one[1] and '"NL010"' not in one[1]


def test_html_report_shows_the_passages_of_objects(run_cli, tmp_path, monkeypatch):
    """The editors' page reads each article involved from its URL: the page is the one a
    local check gives, but for the paths."""
    expected = tmp_path / "local.html"
    monkeypatch.chdir(MULTI)
    run_cli(".", "--no-cache", "--format", "html", "--output", expected)
    url = in_memory(MULTI)
    monkeypatch.chdir(tmp_path)
    run_cli(url, "--no-cache", "--format", "html", "--output", tmp_path / "remote.html")
    page = (tmp_path / "remote.html").read_text(encoding="utf-8")
    assert "Unai Emery" in page
    assert page.replace(f"{url}/", "") == expected.read_text(encoding="utf-8")


def test_facts_of_one_object(run_cli):
    url = in_memory(MULTI)
    code, out, _ = run_cli("facts", f"{url}/villa-athletic.md")
    assert code == 0 and out.startswith(f"{url}/villa-athletic.md\n") and "Hartmann" in out


def test_per_file_ignores_match_paths_under_the_url(run_cli, tmp_path, monkeypatch):
    """A folder glob in per-file-ignores matches an article named by URL by its path
    under that URL, as it matches the same file on local disk."""
    shutil.copytree(MULTI, tmp_path / "archive" / "wire")
    config = tmp_path / "ignores.yaml"
    config.write_text("per-file-ignores:\n  'wire/boe-*.md': [NL]\n", encoding="utf-8")
    url = in_memory(tmp_path / "archive")
    monkeypatch.chdir(tmp_path)
    code, out, err = run_cli(f"{url}/", "--no-cache", "--format", "json",
                             "--config", str(config))
    assert code in (0, 1), err
    paths = {d["path"] for d in json.loads(out)["diagnostics"]}
    assert not any("/wire/boe-" in p for p in paths)
    assert any("/wire/quake-" in p for p in paths)  # the rest is still checked
    code, out, err = run_cli(f"{url}/", "--no-cache", "--format", "json")
    assert any("/wire/boe-" in d["path"] for d in json.loads(out)["diagnostics"])


def test_explain_a_finding_of_an_archive_named_by_url(run_cli, monkeypatch, tmp_path):
    """`newslint explain URL:LINE` shows what `explain PATH:LINE` shows for the same file
    on local disk, the facts read from the objects."""
    shutil.copytree(MULTI, tmp_path / "archive")
    url = in_memory(MULTI)
    report = json.loads(local_json(run_cli, monkeypatch, tmp_path / "archive"))
    first = next(d for d in report["diagnostics"] if d.get("related"))
    where = f"{first['path']}:{first['line']}"
    code, local, err = run_cli("explain", where, ".", "--format", "json")
    assert code == 1, err
    code, remote, err = run_cli("explain", f"{url}/{where}", "--format", "json")
    assert code == 1, err
    assert json.loads(remote)["findings"]
    assert remote.replace(f"{url}/", "") == local
