"""The command line's options: the check's parser, and settings resolved from defaults, the
configuration file and the flags, as in ruff. Shared by every subcommand."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, NoReturn

from newslint import __version__
from newslint.config import ConfigError, find_config, load_config
from newslint.diagnostics import Severity
from newslint.rules import all_rules
from newslint.settings import Settings, is_valid_selector, parse_size

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2
SUBCOMMANDS = ("check", "rules", "rule", "docs", "facts", "explain")
FORMAT_CHOICES = ("text", "json", "sarif", "github", "junit", "html")


class UsageError(Exception):
    pass


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def check_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="newslint",
        description="Check news articles for discrepancies across a corpus and for weak "
        "sourcing. Subcommands: 'newslint rules' lists the rules, 'newslint rule CODE' "
        "explains one, 'newslint docs DIR' writes the rule pages, 'newslint facts FILE' "
        "shows what was read in one article, 'newslint explain PATH:LINE' the facts behind "
        "the findings there.",
    )
    parser.add_argument("paths", nargs="*", metavar="PATH",
                        help="article files or folders (walked for .txt, .md, .markdown)")
    parser.add_argument("--format", choices=FORMAT_CHOICES, default=None,
                        help="output format (default: text)")
    parser.add_argument("--output", "-o", metavar="FILE", help="write the report to FILE")
    parser.add_argument("--config", metavar="FILE",
                        help="configuration file (default: newslint.yaml, .newslint.yaml or "
                        "pyproject.toml [tool.newslint], found by walking up from PATH)")
    parser.add_argument("--select", metavar="CODES",
                        help="comma-separated codes or prefixes to check (e.g. NL1,NL302)")
    parser.add_argument("--extend-select", metavar="CODES", help="codes to add to the selection")
    parser.add_argument("--ignore", metavar="CODES", help="codes or prefixes to leave out")
    parser.add_argument("--fail-on", choices=["error", "warning", "info"], default=None,
                        help="lowest severity that makes the exit code 1 (default: info)")
    parser.add_argument("--exit-zero", action="store_true",
                        help="exit 0 even when there are findings")
    parser.add_argument("--baseline", metavar="FILE",
                        help="report only findings that are not in this baseline")
    parser.add_argument("--write-baseline", metavar="FILE",
                        help="record every current finding in FILE and exit 0")
    parser.add_argument("--update-baseline", metavar="FILE",
                        help="like --baseline, and drop the entries that no longer occur")
    parser.add_argument("--focus", action="store_true",
                        help="check the whole corpus under the project root but report only "
                        "findings located in the PATHs given (pre-commit)")
    parser.add_argument("--no-cache", action="store_true", help="do not read or write the cache")
    parser.add_argument("--timings", action="store_true",
                        help="print the wall and CPU seconds of each stage to stderr "
                             "(summed over workers)")
    parser.add_argument("--show-settings", action="store_true",
                        help="print the resolved settings and exit")
    parser.add_argument("--jobs", "-j", type=int, default=None, metavar="N",
                        help="worker processes (default: one per core)")
    parser.add_argument("--engine", choices=("local", "dask"), default=None,
                        help="where the work runs: processes on this machine (local, the "
                        "default) or a Dask cluster (needs 'pip install newslint[dask]')")
    parser.add_argument("--scheduler", default=None, metavar="ADDR",
                        help="with --engine dask: the scheduler to use (e.g. "
                        "tcp://host:8786); default: a local cluster of --jobs workers")
    parser.add_argument("--shared-cache", default=None, metavar="URL",
                        help="with --engine dask: keep per-file results by content hash in "
                        "this folder the workers share (any fsspec URL: a path, s3://...)")
    parser.add_argument("--max-file-size", type=_size, default=None, metavar="BYTES",
                        help="skip files larger than this (default: 10MB; accepts 500KB, 20MB)")
    parser.add_argument("--rule-pack", action="append", default=[], metavar="DIR",
                        help="folder of YAML house-rule packs to add (repeatable)")
    parser.add_argument("--fix", action="store_true",
                        help="apply the fixes that are certain (misspelt names, spinner "
                        "phrases, template slots; never inside quotes), then report the rest")
    parser.add_argument("--diff", action="store_true",
                        help="print the certain fixes as a unified diff; write nothing")
    parser.add_argument("--statistics", action="store_true",
                        help="print the number of findings per code instead of the findings")
    parser.add_argument("--quiet", "-q", action="store_true",
                        help="print the findings only: no summary line, no notes")
    parser.add_argument("--file-time-limit", type=float, default=None, metavar="SECONDS",
                        help="stop checking a file after this much CPU time (NL011; default "
                        "60, 0: no limit)")
    parser.add_argument("--verbose", action="store_true",
                        help="print the traceback of an internal error")
    parser.add_argument("--version", action="version", version=f"newslint {__version__}")
    return parser


def _size(text: str) -> int:
    try:
        return parse_size(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _codes(text: str | None, option: str) -> tuple[str, ...]:
    if not text:
        return ()
    codes = tuple(c.strip().upper() for c in text.split(",") if c.strip())
    for code in codes:
        if not is_valid_selector(code):
            raise UsageError(f"{option}: {code!r} is not a rule code or prefix (e.g. NL101, NL3)")
    return codes


def resolve_settings(options: argparse.Namespace) -> Settings:
    """Defaults ← configuration file ← command-line flags."""
    if options.config:
        config_path: Path | None = Path(options.config)
        if not config_path.is_file():
            raise UsageError(f"--config: {options.config}: file not found")
    else:
        start = Path(options.paths[0]) if options.paths else Path.cwd()
        config_path = find_config(start if start.exists() else Path.cwd())
    values: dict[str, Any] = {}
    if config_path is not None:
        loaded = load_config(config_path)
        values.update(loaded.values)
        values["root"] = loaded.root
        values["config_path"] = config_path.resolve()
    flags: dict[str, Any] = {}
    if options.select:
        flags["select"] = _codes(options.select, "--select")
    if options.extend_select:
        flags["extend_select"] = values.get("extend_select", ()) + _codes(
            options.extend_select, "--extend-select")
    if options.ignore:
        flags["ignore"] = values.get("ignore", ()) + _codes(options.ignore, "--ignore")
    if options.fail_on:
        flags["fail_on"] = Severity.parse(options.fail_on)
    if options.jobs is not None:
        flags["jobs"] = max(0, options.jobs)
    if options.max_file_size:
        flags["max_file_size"] = options.max_file_size
    if options.file_time_limit is not None:
        flags["file_time_limit"] = max(0.0, options.file_time_limit)
    if options.rule_pack:
        flags["rule_packs"] = values.get("rule_packs", ()) + tuple(
            Path(p).resolve() for p in options.rule_pack)
    if options.format:
        flags["output_format"] = options.format
    if options.no_cache:
        flags["cache"] = False
    settings = Settings(**{**values, **flags})
    _check_option_codes(settings)
    return settings


def _check_option_codes(settings: Settings) -> None:
    known = {rule.code for rule in all_rules(settings.rule_packs)}
    # A typo in a selection must not silently switch checks off (`--select NL31` for NL301
    # is a prefix of nothing and would leave CI green forever).
    for option, selectors in (("select", settings.select),
                              ("extend-select", settings.extend_select),
                              ("ignore", settings.ignore)):
        for selector in selectors:
            if selector != "ALL" and not any(code.startswith(selector) for code in known):
                raise UsageError(f"{option}: {selector!r} matches no rule "
                                 "(see 'newslint rules')")
    for code in settings.rule_options:
        if code not in known:
            raise ConfigError(f"{settings.config_path}: bad value for 'options': no rule "
                              f"{code!r} (see 'newslint rules')")

