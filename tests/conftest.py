from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from newslint.cli import main

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
DATA = Path(__file__).resolve().parent / "data"


def seed(prefix: str) -> str:
    """Display path of a seed article, as newslint prints it when given SEEDS."""
    (match,) = [p for p in SEEDS.iterdir() if p.name.startswith(prefix)]
    return match.as_posix()


@pytest.fixture(autouse=True, scope="session")
def _pattern_cache(tmp_path_factory):
    """Runs in subprocesses keep their compiled patterns here, not in the user's cache."""
    os.environ.setdefault("NEWSLINT_PATTERN_CACHE", str(tmp_path_factory.mktemp("patterns")))


@pytest.fixture
def run_cli(capsys):
    """Run the CLI in-process; returns (exit code, stdout, stderr)."""

    def run(*args: str) -> tuple[int, str, str]:
        code = main([str(a) for a in args])
        out, err = capsys.readouterr()
        return code, out, err

    return run


@pytest.fixture
def run_json(run_cli):
    """Run a check and return (exit code, diagnostics as dicts)."""

    def run(*args: str) -> tuple[int, list[dict]]:
        code, out, err = run_cli(*args, "--format", "json")
        assert code in (0, 1), err
        return code, json.loads(out)["diagnostics"]

    return run


@pytest.fixture
def corpus(tmp_path):
    """Write {name: text} into a fresh folder and return it."""

    def make(files: dict[str, str | bytes]) -> Path:
        root = tmp_path / "corpus"
        root.mkdir(exist_ok=True)
        for name, content in files.items():
            path = root / name
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(content, encoding="utf-8")
        return root

    return make
