"""`newslint facts FILE` and `newslint explain PATH:LINE`: the facts behind the findings."""

from __future__ import annotations

import json
import posixpath
import sys
from pathlib import Path
from typing import Any, TextIO

from newslint.load.discover import PathNotFound
from newslint.load.remote import RemoteFile, named
from newslint.options import (
    EXIT_FINDINGS,
    EXIT_OK,
    Parser,
    UsageError,
    check_parser,
    resolve_settings,
)
from newslint.report.explain import explain, write_explain_text
from newslint.report.facts_view import read_article, view_dict, write_facts_text
from newslint.settings import Settings


def _settings(path: str, config: str | None) -> Settings:
    argv = [path] + (["--config", config] if config else [])
    return resolve_settings(check_parser().parse_args(argv))


def cmd_facts(args: list[str]) -> int:
    parser = Parser(prog="newslint facts",
                     description="Show what newslint read in one article: quotes and speakers, "
                     "figures and dates with the keys they are compared under, names, roles, "
                     "sourcing, and what was set aside (front matter, headings, posts).")
    parser.add_argument("file", metavar="FILE")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument("--config", metavar="FILE")
    options = parser.parse_args(args)
    path = named(options.file)
    if isinstance(path, Path) and not path.is_file():
        raise UsageError(f"not a file: {options.file}")
    data = view_dict(read_article(path, _settings(options.file, options.config)))
    _write(data, options.format, write_facts_text, sys.stdout)
    return EXIT_OK


def cmd_explain(args: list[str]) -> int:
    parser = Parser(prog="newslint explain",
                     description="Show the findings at PATH:LINE and the facts behind them in "
                     "every article involved.")
    parser.add_argument("where", metavar="PATH:LINE")
    parser.add_argument("corpus", nargs="*", metavar="PATH",
                        help="the corpus to check (default: the file's folder)")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument("--config", metavar="FILE")
    options = parser.parse_args(args)
    file, _, line_text = options.where.rpartition(":")
    if not file or not line_text.isdigit():
        raise UsageError(f"expected PATH:LINE, got {options.where!r}")
    path = named(file)
    if isinstance(path, Path) and not path.is_file():
        raise UsageError(f"not a file: {file}")
    if isinstance(path, Path):
        with path.open("rb") as stream:
            lines = sum(1 for _ in stream)
        if not 1 <= int(line_text) <= lines:
            raise UsageError(f"{file} has {lines} line{'s' if lines != 1 else ''}; "
                             f"there is no line {line_text}")
    corpus = options.corpus or [_folder_of(path)]
    settings = _settings(corpus[0], options.config)
    try:
        data = explain(path, int(line_text), corpus, settings)
    except PathNotFound as exc:
        raise UsageError(f"path not found: {exc}") from None
    _write(data, options.format, write_explain_text, sys.stdout)
    return EXIT_FINDINGS if data["findings"] else EXIT_OK


def _folder_of(path: Path | RemoteFile) -> str:
    return posixpath.dirname(path.url) if isinstance(path, RemoteFile) else str(path.parent)


def _write(data: dict[str, Any], fmt: str, text_writer: Any, stream: TextIO) -> None:
    if fmt == "json":
        json.dump(data, stream, ensure_ascii=False, indent=2)
        stream.write("\n")
    else:
        text_writer(data, stream)

