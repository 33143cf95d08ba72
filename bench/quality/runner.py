"""Run newslint on event folders, each on its own, and write what it found as JSON.

Run as a subprocess with the newslint to measure on PYTHONPATH (the working tree's or a
checked-out REF's src/), so that both sides of a --diff use only the CLI and the two stable
calls load_article / extract_article:

    python runner.py findings OUT.json FOLDER...   every finding, one folder checked at a time
    python runner.py quotes OUT.json FILE...       the quote facts newslint extracts per file
"""

from __future__ import annotations

import contextlib
import io
import json
import sys
import tempfile
from pathlib import Path


def findings(folders: list[str]) -> list[dict]:
    from newslint.cli import main

    out: list[dict] = []
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "report.json"
        for folder in folders:
            args = [folder, "--format", "json", "--no-cache", "--jobs", "1", "--exit-zero",
                    "--output", str(report)]
            with contextlib.redirect_stdout(io.StringIO()), \
                    contextlib.redirect_stderr(io.StringIO()):
                main(args)
            out.extend(json.loads(report.read_text(encoding="utf-8"))["diagnostics"])
    return out


def quotes(files: list[str]) -> dict[str, list[dict]]:
    from newslint.extract import extract_article
    from newslint.load import load_article

    out: dict[str, list[dict]] = {}
    for file in files:
        article, _ = load_article(Path(file), file, file)
        found = []
        if article is not None:
            for q in extract_article(article).quotes:
                found.append({
                    "text": q.text, "line": q.span.line, "col": q.span.col,
                    "end_line": q.span.end_line, "end_col": q.span.end_col,
                    "speaker": q.speaker, "speaker_key": q.speaker_key,
                    "speaker_kind": getattr(q, "speaker_kind", None), "context": q.context})
        out[file] = found
    return out


def main(argv: list[str]) -> int:
    mode, target, items = argv[0], Path(argv[1]), argv[2:]
    result = findings(items) if mode == "findings" else quotes(items)
    target.write_text(json.dumps(result, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
