"""Patterns made from opcodes kept by an earlier run (compiled.py) are the patterns
compiled as usual: same matches, same findings, and a damaged or foreign file is ignored."""

from __future__ import annotations

import json
import marshal
import os
import subprocess
import sys
from pathlib import Path

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from newslint import compiled
from realcopy import paragraph

ROOT = Path(__file__).resolve().parents[1]

# Fills the cache as a run does (every module of the linter imported), then reports what
# it served from the file.
_FILL = """
import json, sys
from newslint import compiled
compiled.install()
import newslint.cli, newslint.extract.article
compiled.save()
print(json.dumps({"served": compiled.served, "stored": len(compiled._stored)}))
"""


def _python(code: str, cache: Path) -> dict:
    env = {**os.environ, "NEWSLINT_PATTERN_CACHE": str(cache)}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=env, cwd=ROOT, check=True)
    return json.loads(done.stdout)


def _newslint(cache: Path | str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NEWSLINT_PATTERN_CACHE": str(cache)}
    return subprocess.run([sys.executable, "-m", "newslint", *args], capture_output=True,
                          text=True, env=env, cwd=ROOT)


def test_a_second_run_makes_its_patterns_from_the_file(tmp_path):
    first = _python(_FILL, tmp_path)
    assert first["served"] == 0 and first["stored"] > 100
    (kept,) = tmp_path.glob("patterns-*.marshal")
    again = _python(_FILL, tmp_path)
    assert again["served"] > 100  # the extractors' patterns, not compiled again
    assert len(compiled.read(kept)) == first["stored"]  # nothing new to write


def test_findings_are_the_same_with_and_without_the_file(tmp_path):
    args = ("seeds/", "--format", "json", "--no-cache")
    without = _newslint("off", *args)
    _newslint(tmp_path, *args)  # fills the file
    assert list(tmp_path.glob("patterns-*.marshal"))
    served = _newslint(tmp_path, *args)
    assert served.stdout == without.stdout and served.returncode == without.returncode == 1


def test_a_damaged_file_is_compiled_over(tmp_path):
    _python(_FILL, tmp_path)
    (kept,) = tmp_path.glob("patterns-*.marshal")
    kept.write_bytes(b"\x00not marshal at all")
    assert compiled.read(kept) == {}
    assert _python(_FILL, tmp_path)["served"] == 0
    assert len(compiled.read(kept)) > 100  # written again


def test_opcodes_of_another_engine_are_compiled_over(tmp_path):
    """An entry the C engine refuses (another version wrote it) is a miss, not a crash."""
    path = tmp_path / "patterns.marshal"
    path.write_bytes(marshal.dumps((1, [(("regex", r"\bsaid\b", 0), ("x", 1, [999]))])))
    code = f"""
import json, regex
from pathlib import Path
from newslint import compiled
compiled.install(Path({str(path)!r}))
found = regex.compile(r"\\bsaid\\b").findall("He said it, she said.")
print(json.dumps({{"found": found, "served": compiled.served}}))
"""
    assert _python(code, tmp_path) == {"found": ["said", "said"], "served": 0}


_TEXTS = [
    # Real copy: a paragraph with a curly quote, a figure and a speaker.
    ("2010-glenn-beck-speaks-at-cpac", "fox.md", 20),
    ("2010-glenn-beck-speaks-at-cpac", "nyt.md", 12),
]


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("abcdeilnorst ,.“”'\"$%0123456789-—\n")),
               max_size=80))
def test_patterns_from_opcodes_match_as_compiled(tmp_path_factory, text):
    """Every stored regex pattern finds the same spans in the same text either way."""
    for made, fresh in _pairs(tmp_path_factory):
        assert [m.span() for m in made.finditer(text)] == \
            [m.span() for m in fresh.finditer(text)], fresh.pattern


def test_patterns_from_opcodes_match_real_copy_as_compiled(tmp_path_factory):
    real = [paragraph(*where) for where in _TEXTS]
    pairs = _pairs(tmp_path_factory)
    assert len(pairs) > 100
    for made, fresh in pairs:
        for sample in real:
            assert [m.span() for m in made.finditer(sample)] == \
                [m.span() for m in fresh.finditer(sample)], fresh.pattern


_PAIRS: list = []


def _pairs(tmp_path_factory) -> list:
    """(made from stored opcodes, compiled as usual) for every stored regex pattern."""
    if not _PAIRS:
        folder = tmp_path_factory.mktemp("patterns")
        _python(_FILL, folder)
        (kept,) = folder.glob("patterns-*.marshal")
        _PAIRS.extend((regex._main._regex.compile(*args),
                       regex.compile(pattern, flags, cache_pattern=False))
                      for (kind, pattern, flags), args in compiled.read(kept).items()
                      if kind == "regex")
    return _PAIRS


def test_patterns_made_from_input_do_not_grow_the_file_without_bound(tmp_path):
    """A program that builds a pattern per name keeps a bounded index and file."""
    code = """
import json, regex
from newslint import compiled
compiled.install()
for number in range(7000):
    regex.compile(f"name{number}\\\\b")
compiled.save()
print(json.dumps({"memo": len(compiled._memo), "again": bool(regex.compile("name1\\\\b"))}))
"""
    outcome = _python(code, tmp_path)
    assert outcome["memo"] <= compiled._MAX_MEMO and outcome["again"]
    (kept,) = tmp_path.glob("patterns-*.marshal")
    assert 0 < len(compiled.read(kept)) <= compiled._MAX_KEPT


def test_internals_that_moved_leave_compiling_as_it_was(monkeypatch):
    """Another version of regex, whose internal compile takes other arguments: no hooks."""
    assert compiled._hooks() is not None
    monkeypatch.setattr(regex._main, "_compile", lambda pattern, flags, kwargs: None)
    assert compiled._hooks() is None
