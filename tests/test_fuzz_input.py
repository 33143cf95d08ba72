"""Fuzzing the loader's inputs: front matter, encodings and file-system oddities. Whatever
comes in, nothing raises, and every file named ends as an article or an NL0xx finding.
Examples are bounded so that the suite stays fast; signals are in test_hostile_input.py."""

from __future__ import annotations

import codecs
import os
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newslint.engine.pipeline import run
from newslint.load import load_article
from newslint.load.frontmatter import split_front_matter
from newslint.load.reader import normalise_newlines
from newslint.settings import Settings

_BODY = "The minister said on Monday that the budget would rise by 2 percent.\n"

# YAML pieces that have broken loaders: anchors and aliases, merge keys, explicit tags
# (safe and unsafe), flow collections, block scalars, odd keys and unclosed constructs.
_YAML = [
    "title: Budget\n", "date: 2025-01-28\n", "date: 2025-13-45\n", "date: [2025]\n",
    "id: &x budget\n", "slug: *x\n", "a: &a [1, 2, 3]\n", "b: [*a, *a, *a]\n", "c: *a\n",
    "<<: {title: x}\n", "m: &m {k: v}\n", "n: {<<: *m}\n", "t: !!binary aGVsbG8=\n",
    "p: !!python/object/apply:os.system ['true']\n", "s: !!set {a, b}\n", "r: &r [*r]\n",
    "q: 'unterminated\n", 'q: "x: y"\n', "title: Fed: rates on hold\n", "? [complex, key]\n",
    ": bare\n", "x: |\n  block\n", "- item\n", "[", "{", "]", "}", "  ", "\t", "&", "*",
    "!!", "%YAML 1.1\n", "--- \n", "...\n", "newslint: {ignore: [NL101]}\n", "author:\n",
    "  - A\n", "\ufeff", "\x00", "é: ü\n",
]
front_matter = st.lists(st.one_of(st.sampled_from(_YAML), st.text(max_size=8)), max_size=25)


@settings(max_examples=150, deadline=None)
@given(front_matter, st.sampled_from(["---\n", "...\n", ""]))
def test_any_front_matter_is_read_or_reported(pieces, close):
    text = "---\n" + "".join(pieces) + close + _BODY
    front = split_front_matter(text)
    assert isinstance(front.meta, dict)
    assert {p.code for p in front.problems} <= {"NL005", "NL007"}
    assert 0 <= front.body_start <= len(text)
    repr(front.meta)  # nothing in it expands beyond reason


@settings(max_examples=8, deadline=None)
@given(st.integers(min_value=2, max_value=9), st.integers(min_value=4, max_value=12))
def test_nested_aliases_of_any_shape_are_refused_or_small(width, depth):
    lines = [f"l0: &l0 [{', '.join(['x'] * width)}]"]
    lines += [f"l{d}: &l{d} [{', '.join([f'*l{d - 1}'] * width)}]" for d in range(1, depth)]
    front = split_front_matter("---\n" + "\n".join(lines) + "\n---\n" + _BODY)
    if width**depth > 10_000:
        assert [p.code for p in front.problems] == ["NL005"] and front.meta == {}
    repr(front.meta)


_ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1252", "latin-1"]


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(min_size=1, max_size=200), st.sampled_from(_ENCODINGS))
def test_any_encoding_is_read_or_reported(text, encoding):
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        return
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "a.md"
        path.write_bytes(data)
        article, problems = load_article(path, path.as_posix(), "a.md")
    assert {p.code for p in problems} <= {"NL002", "NL003", "NL004", "NL005", "NL007"}
    if article is None:
        assert problems
    elif encoding in ("utf-8", "utf-8-sig") or (encoding == "utf-16" and data.startswith(
            (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))):
        assert article.text == normalise_newlines(text.lstrip("\ufeff")) or \
            article.text == normalise_newlines(text)


# Things a folder of articles can hold besides articles.
_KINDS = ["article", "empty", "binary", "link", "dangling", "loop", "folder.md", "fifo",
          "odd name", "latin-1", "huge"]


def _make(root: Path, kind: str, number: int) -> str:
    name = f"{number:02}-{kind.replace(' ', '_').replace('.', '_')}.md"
    path = root / name
    if kind == "article":
        path.write_text(_BODY)
    elif kind == "empty":
        path.write_bytes(b"")
    elif kind == "binary":
        path.write_bytes(bytes(range(256)) * 4)
    elif kind == "link":
        (root / f"{number:02}-target.txt").write_text(_BODY)
        path.symlink_to(f"{number:02}-target.txt")
    elif kind == "dangling":
        path.symlink_to("nowhere.md")
    elif kind == "loop":
        path.symlink_to(name)
    elif kind == "folder.md":
        path.mkdir()
        (path / "inner.md").write_text(_BODY)
    elif kind == "fifo":
        os.mkfifo(path)
    elif kind == "odd name":
        name = f"{number:02} é\u200b [x] #1.md"
        (root / name).write_text(_BODY)
    elif kind == "latin-1":
        path.write_bytes("Le ministre a parlé à Genève.\n".encode("latin-1"))
    elif kind == "huge":
        path.write_text(_BODY * 2000)
    return name


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_KINDS), min_size=1, max_size=8))
def test_any_folder_is_checked_to_the_end(kinds):
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        for number, kind in enumerate(kinds):
            _make(root, kind, number)
        result = run([root], Settings(jobs=1, cache=False, max_file_size=50_000))
        again = run([root], Settings(jobs=1, cache=False, max_file_size=50_000))
    flagged = {d.path for d in result.diagnostics if d.code.startswith("NL0")}
    read = set(result.article_paths)
    for kind, number in zip(kinds, range(len(kinds)), strict=True):
        if kind in ("dangling", "loop", "fifo", "binary", "empty", "huge"):
            assert any(Path(p).name.startswith(f"{number:02}-") for p in flagged), kind
        elif kind in ("article", "link", "odd name", "latin-1"):
            assert any(Path(p).name.startswith(f"{number:02}") for p in read), kind
    assert [d.sort_key() for d in result.diagnostics] == [
        d.sort_key() for d in again.diagnostics]
