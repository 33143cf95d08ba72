"""The import graph of newslint: no cycles, and no import inside a function except to defer
a heavy dependency.

An import inside a function hides a cycle from the reader and from this test's first half;
both halves read the source with `ast`, so a cycle cannot come back unnoticed.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator, Mapping
from pathlib import Path

import pytest

SRC = Path(__file__).parents[1] / "src"

# (module, imported module) pairs allowed inside a function, each deferring a heavy
# dependency to the first moment it is needed.
DEFERRED = {
    ("newslint.entry", "newslint.cli"),  # `newslint --version` without the linter
    ("newslint.entry", "newslint.compiled"),  # nor its pattern cache
    ("newslint.entry", "newslint.frequencies"),  # nor its word frequencies
    ("newslint.frequencies", "wordfreq"),  # ~0.5 s, only for a word not looked up before
    ("newslint.extract.figures.units", "pint"),  # ~60 ms, only for physical quantities
    ("newslint.extract.dates.reference", "dateparser"),  # only for relative dates
    ("newslint.engine.dask_engine", "dask.distributed"),  # an optional extra
    ("newslint.engine.shared_store", "fsspec.core"),  # comes with that extra
    ("newslint.cli", "newslint.engine.dask_engine"),  # only for --engine dask
    ("newslint.engine.shared_store", "uuid"),  # brings platform; only when writing to a store
    ("newslint.load.remote", "fsspec.core"),  # only when a URL is named
    ("newslint.facts.entities", "nicknames"),  # ~80 ms, only when two first names differ
    ("newslint.docs", "importlib"),  # importlib.metadata: only for a JSON or SARIF report
    # A check imports only what it prints and runs: not the facts and explain views, the
    # fixer, the docs writer, the HTML page or the statistics table ...
    ("newslint.cli", "newslint.cli_facts"),
    ("newslint.cli", "newslint.fix"),
    ("newslint.cli", "newslint.docs"),
    ("newslint.cli", "newslint.report.html"),
    ("newslint.cli", "newslint.report.statistics"),
    # ... nor, in one process (one article, a re-check), the process pool (~30 ms)
    ("newslint.engine.workers", "multiprocessing"),
    ("newslint.engine.workers", "concurrent.futures"),
    ("newslint.engine.local", "concurrent.futures.process"),
}
# Imports inside functions that remain in extract/, rules/ and index/, to be lifted there.
NOT_YET = {
    ("newslint.extract", "newslint.extract.article"),
    ("newslint.rules", "newslint.rules.pack"),
    ("newslint.rules", "newslint.ruledata"),
    ("newslint.rules.pack", "newslint.rules.nl008_pattern_timeout"),
    ("newslint.index.story_links", "newslint.index.stories"),
}


def modules(root: Path) -> dict[str, Path]:
    """Dotted name → file, for every module under `root` (a source folder)."""
    out = {}
    for path in sorted(root.rglob("*.py")):
        parts = list(path.relative_to(root).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        out[".".join(parts)] = path
    return out


def imports(name: str, path: Path, known: Mapping[str, Path]
            ) -> Iterator[tuple[str, bool]]:
    """(imported module, inside a function?) for every import that runs; those under
    `if TYPE_CHECKING:` never do."""
    package = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]

    def visit(node: ast.AST, in_function: bool) -> Iterator[tuple[str, bool]]:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and "TYPE_CHECKING" in ast.unparse(child.test):
                yield from (item for branch in child.orelse for item in visit(branch, in_function))
                continue
            if isinstance(child, ast.Import):
                yield from ((alias.name, in_function) for alias in child.names)
            elif isinstance(child, ast.ImportFrom):
                base = child.module or ""
                if child.level:
                    prefix = package[:len(package) - child.level + 1]
                    base = ".".join(prefix + ([child.module] if child.module else []))
                for alias in child.names:  # `from pkg import module` imports the module
                    full = f"{base}.{alias.name}"
                    yield (full if full in known else base), in_function
            yield from visit(child, in_function or isinstance(
                child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda))

    yield from visit(ast.parse(path.read_text(encoding="utf-8")), False)


def import_graph(root: Path) -> dict[str, set[str]]:
    """Module → the modules of the same source tree that importing it runs. Importing
    a.b.c runs a.b too, unless the importer sits inside a.b (then a.b is already running)."""
    known = modules(root)
    graph: dict[str, set[str]] = {name: set() for name in known}
    for name, path in known.items():
        own = {".".join(name.split(".")[:i]) for i in range(1, name.count(".") + 1)}
        for target, _ in imports(name, path, known):
            parts = target.split(".")
            for i in range(1, len(parts) + 1):
                step = ".".join(parts[:i])
                if step in known and step != name and (step == target or step not in own):
                    graph[name].add(step)
    return graph


def cycles(graph: Mapping[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for start in sorted(graph):
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def test_newslint_has_no_import_cycle():
    assert cycles(import_graph(SRC)) == []


def test_no_import_inside_a_function_but_to_defer_a_heavy_dependency():
    known = modules(SRC)
    inside = {(name, target) for name, path in known.items()
              for target, in_function in imports(name, path, known) if in_function}
    assert inside - DEFERRED - NOT_YET == set()


def write(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


# The shape newslint had: the pipeline imported the cache inside a function, and the cache
# the pipeline inside another.
HIDDEN_IN_FUNCTIONS = {
    "app/__init__.py": "",
    "app/pipeline.py": "def run():\n    from app.cache import Store\n",
    "app/cache.py": "def schema():\n    from app import pipeline\n",
    "app/report.py": "from app.pipeline import run\n",
}
# Importing app.engine.run runs app/engine/__init__.py, which imports the importer.
THROUGH_A_PACKAGE = {
    "app/__init__.py": "",
    "app/engine/__init__.py": "from app.cli import main\n",
    "app/engine/run.py": "",
    "app/cli.py": "from app.engine.run import *\n",
}
# Neither an import for type checkers nor a package importing its own modules is a cycle.
NOT_CYCLES = {
    "app/__init__.py": "",
    "app/rules/__init__.py": "from app.rules import one\n",
    "app/rules/base.py": "from typing import TYPE_CHECKING\n"
                         "if TYPE_CHECKING:\n    from app.index import Index\n",
    "app/rules/one.py": "from .base import *\n",
    "app/index.py": "from app.rules import base\n",
}


@pytest.mark.parametrize(("files", "expected"), [
    (HIDDEN_IN_FUNCTIONS, [["app.cache", "app.pipeline"]]),
    (THROUGH_A_PACKAGE, [["app.cli", "app.engine"]]),
    (NOT_CYCLES, []),
])
def test_cycles_are_found_where_python_would_run_them(tmp_path, files, expected):
    assert cycles(import_graph(write(tmp_path, files))) == expected


# Written in the style of wire copy: enough for every extractor to run on it.
ONE_ARTICLE = """---
title: Council approves budget
date: 2024-03-05
---
The city council voted 7-2 on Tuesday to approve a $4.2 million budget, Mayor Ana Ruiz said.
"We kept our promise," Ruiz told reporters after the vote.
"""


@pytest.mark.parametrize("output", ["text", "json"])
def test_a_one_article_check_imports_no_more_than_it_uses(tmp_path, output):
    """The process pool, the HTML page, the facts and explain views are not imported by a
    check of one article in one process (what `newslint FILE` and an editor's save do)."""
    import subprocess
    import sys

    (tmp_path / "story.md").write_text(ONE_ARTICLE, encoding="utf-8")
    script = ("import sys\nfrom newslint.cli import main\n"
              f"code = main(['story.md', '--no-cache', '--exit-zero', '--format', '{output}'])\n"
              "print('MODULES', sorted(sys.modules))\nsys.exit(code)\n")
    run = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, capture_output=True,
                         text=True, timeout=120)
    assert run.returncode == 0, run.stderr[-2000:]
    loaded = set(ast.literal_eval(run.stdout.split("MODULES ", 1)[1]))
    assert "newslint.extract.article" in loaded  # the article was checked
    unused = {"multiprocessing", "concurrent.futures", "newslint.report.html",
              "newslint.report.explain", "newslint.cli_facts", "newslint.fix"}
    assert loaded & unused == set()
