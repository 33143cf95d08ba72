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
from collections.abc import Callable
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
    """Each file's quote facts, with the speaker its story resolves them to: every article
    of the file's event folder is read, as the rules see one story, whichever of its files
    this process was given."""
    from newslint.extract import extract_article
    from newslint.load import load_article

    def facts_of(path: Path):
        article, _ = load_article(path, str(path), str(path))
        return extract_article(article) if article is not None else None

    out: dict[str, list[dict]] = {}
    wanted: dict[Path, list[str]] = {}
    for file in files:
        wanted.setdefault(Path(file).parent, []).append(file)
    for folder, asked in wanted.items():
        story = {str(p): facts_of(p) for p in sorted(folder.iterdir())
                 if p.is_file() and p.suffix.lower() in (".md", ".txt")}
        for file in asked:
            if file not in story:
                story[file] = facts_of(Path(file))
        resolve = _resolver([f for f in story.values() if f is not None])
        for file in asked:
            facts = story[file]
            out[file] = [{
                "text": q.text, "line": q.span.line, "col": q.span.col,
                "end_line": q.span.end_line, "end_col": q.span.end_col,
                "speaker": q.speaker, "speaker_key": q.speaker_key, "resolved": resolve(q),
                "speaker_kind": getattr(q, "speaker_kind", None), "context": q.context,
            } for q in (facts.quotes if facts is not None else ())]
    return out


def _resolver(articles: list) -> Callable[[object], str | None]:
    """The story's speaker resolution (index/speakers.py), or none for a newslint that
    has none: a --diff REF may predate it."""
    try:
        from newslint.index import CorpusIndex
        from newslint.index.speakers import speaker_resolver
    except ImportError:
        return lambda quote: None
    resolver = speaker_resolver(CorpusIndex(articles))
    return resolver.speaker_of


def main(argv: list[str]) -> int:
    mode, target, items = argv[0], Path(argv[1]), argv[2:]
    result = findings(items) if mode == "findings" else quotes(items)
    target.write_text(json.dumps(result, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
