"""Command line: `newslint PATH...`, `newslint rules`, `newslint rule CODE`."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from newslint import __version__
from newslint.diagnostics import Severity
from newslint.load.discover import PathNotFound
from newslint.ruledata import RuleDataError
from newslint.settings import Settings, is_valid_selector

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2
SUBCOMMANDS = ("check", "rules", "rule")


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def _check_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="newslint",
        description="Check news articles for discrepancies across a corpus and for weak "
        "sourcing. Subcommands: 'newslint rules' lists the rules, 'newslint rule CODE' "
        "explains one.",
    )
    parser.add_argument("paths", nargs="+", metavar="PATH",
                        help="article files or folders (walked for .txt, .md, .markdown)")
    parser.add_argument("--format", choices=["text", "json"], default="text",
                        help="output format (default: text)")
    parser.add_argument("--select", metavar="CODES",
                        help="comma-separated codes or prefixes to check (e.g. NL1,NL302)")
    parser.add_argument("--extend-select", metavar="CODES", help="codes to add to the selection")
    parser.add_argument("--ignore", metavar="CODES", help="codes or prefixes to leave out")
    parser.add_argument("--fail-on", choices=["error", "warning", "info"], default="info",
                        help="lowest severity that makes the exit code 1 (default: info)")
    parser.add_argument("--jobs", "-j", type=int, default=0, metavar="N",
                        help="worker processes (default: one per core)")
    parser.add_argument("--max-file-size", type=_size, default=None, metavar="BYTES",
                        help="skip files larger than this (default: 10MB; accepts 500KB, 20MB)")
    parser.add_argument("--rule-pack", action="append", default=[], metavar="DIR",
                        help="folder of YAML house-rule packs to add (repeatable)")
    parser.add_argument("--version", action="version", version=f"newslint {__version__}")
    return parser


def _size(text: str) -> int:
    units = {"": 1, "B": 1, "KB": 1024, "MB": 1024**2, "GB": 1024**3}
    raw = text.strip().upper()
    number = raw.rstrip("KMGB")
    unit = raw[len(number):]
    try:
        value = float(number)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a size: {text!r}") from None
    if unit not in units or value <= 0:
        raise argparse.ArgumentTypeError(f"not a size: {text!r}")
    return int(value * units[unit])


def _codes(text: str | None, option: str) -> tuple[str, ...]:
    if not text:
        return ()
    codes = tuple(c.strip().upper() for c in text.split(",") if c.strip())
    for code in codes:
        if not is_valid_selector(code):
            raise UsageError(f"{option}: {code!r} is not a rule code or prefix (e.g. NL101, NL3)")
    return codes


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        if args and args[0] == "rules":
            return _cmd_rules(args[1:])
        if args and args[0] == "rule":
            return _cmd_rule(args[1:])
        if args and args[0] == "check":
            args = args[1:]
        return _cmd_check(args)
    except UsageError as exc:
        print(f"newslint: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except RuleDataError as exc:
        print(f"newslint: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130


def _cmd_check(args: list[str]) -> int:
    from newslint.pipeline import run
    from newslint.report import REPORTERS

    if not args:
        raise UsageError("no path given (try 'newslint seeds/'; 'newslint --help' for more)")
    options = _check_parser().parse_args(args)
    settings = Settings(
        select=_codes(options.select, "--select") or ("ALL",),
        extend_select=_codes(options.extend_select, "--extend-select"),
        ignore=_codes(options.ignore, "--ignore"),
        fail_on=Severity.parse(options.fail_on),
        jobs=max(0, options.jobs),
        rule_packs=tuple(Path(p) for p in options.rule_pack),
        output_format=options.format,
        **({"max_file_size": options.max_file_size} if options.max_file_size else {}),
    )
    try:
        result = run(options.paths, settings)
    except PathNotFound as exc:
        raise UsageError(f"path not found: {exc}") from None
    REPORTERS[settings.output_format](result, sys.stdout)
    failing = [d for d in result.diagnostics if d.severity >= settings.fail_on]
    return EXIT_FINDINGS if failing else EXIT_OK


def _cmd_rules(args: list[str]) -> int:
    from newslint.rules import all_rules

    parser = _Parser(prog="newslint rules", description="List every rule.")
    parser.add_argument("--rule-pack", action="append", default=[], metavar="DIR")
    options = parser.parse_args(args)
    for rule in all_rules(tuple(Path(p) for p in options.rule_pack)):
        print(f"{rule.code}  {rule.name:<26} {rule.severity.label:<8} {rule.summary}")
    return EXIT_OK


def _cmd_rule(args: list[str]) -> int:
    from newslint.rules import find_rule

    parser = _Parser(prog="newslint rule", description="Explain one rule.")
    parser.add_argument("code", metavar="CODE")
    parser.add_argument("--rule-pack", action="append", default=[], metavar="DIR")
    options = parser.parse_args(args)
    rule = find_rule(options.code, tuple(Path(p) for p in options.rule_pack))
    if rule is None:
        raise UsageError(f"unknown rule {options.code!r} (see 'newslint rules')")
    print(f"# {rule.code} {rule.name} ({rule.severity.label}, {rule.scope} rule)\n")
    print(rule.doc)
    return EXIT_OK
