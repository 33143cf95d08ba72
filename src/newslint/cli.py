"""Command line: `newslint PATH...`, `newslint rules`, `newslint rule CODE`, `newslint docs DIR`.

Settings come from the configuration file (found by walking up from the first path) and are
overridden by flags, as in ruff.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import signal
import sys
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import fields
from pathlib import Path
from typing import Any, NoReturn, TextIO

from newslint import __version__, workers
from newslint.diagnostics import Severity
from newslint.load.discover import PathNotFound
from newslint.progress import Progress
from newslint.ruledata import RuleDataError
from newslint.settings import Settings, is_valid_selector
from newslint.timing import format_timings

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2
SUBCOMMANDS = ("check", "rules", "rule", "docs", "facts", "explain")
FORMAT_CHOICES = ("text", "json", "sarif", "github", "junit", "html")


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
                        help="print the seconds spent in each stage to stderr")
    parser.add_argument("--show-settings", action="store_true",
                        help="print the resolved settings and exit")
    parser.add_argument("--jobs", "-j", type=int, default=None, metavar="N",
                        help="worker processes (default: one per core)")
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
                        help="stop checking a file after this long (NL011; default 60, 0: "
                        "no limit)")
    parser.add_argument("--verbose", action="store_true",
                        help="print the traceback of an internal error")
    parser.add_argument("--version", action="version", version=f"newslint {__version__}")
    return parser


def parse_size(text: str) -> int:
    units = {"": 1, "B": 1, "KB": 1024, "MB": 1024**2, "GB": 1024**3}
    raw = text.strip().upper()
    number = raw.rstrip("KMGB")
    unit = raw[len(number):]
    try:
        value = float(number)
    except ValueError:
        raise ValueError(f"not a size: {text!r}") from None
    if unit not in units or value <= 0:
        raise ValueError(f"not a size: {text!r}")
    return int(value * units[unit])


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


def main(argv: Sequence[str] | None = None) -> int:
    from newslint.baseline import BaselineError
    from newslint.config import ConfigError

    args = list(sys.argv[1:] if argv is None else argv)
    # With --verbose, internal errors (here and in worker processes) log their traceback.
    log = logging.getLogger("newslint")
    handler = logging.StreamHandler(sys.stderr)
    if "--verbose" in args:
        log.addHandler(handler)
        log.setLevel(logging.DEBUG)
    # SIGTERM (CI cancelling a job, `timeout`) unwinds like Ctrl-C: worker processes are
    # stopped and the cache is left as the last finished write made it.
    main_thread = threading.current_thread() is threading.main_thread()
    workers.reset()
    previous = ({n: signal.signal(n, workers.on_signal) for n in (signal.SIGTERM, signal.SIGINT)}
                if main_thread else {})
    try:
        if args and args[0] == "rules":
            return _cmd_rules(args[1:])
        if args and args[0] == "rule":
            return _cmd_rule(args[1:])
        if args and args[0] == "docs":
            return _cmd_docs(args[1:])
        if args and args[0] in ("facts", "explain"):
            from newslint.cli_facts import cmd_explain, cmd_facts

            return (cmd_facts if args[0] == "facts" else cmd_explain)(args[1:])
        if args and args[0] == "check":
            args = args[1:]
        return _cmd_check(args)
    except (UsageError, RuleDataError, ConfigError, BaselineError) as exc:
        print(f"newslint: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except workers.Terminated:
        return 143
    except BrokenPipeError:  # `newslint rules | head`
        _quiet_stdout()
        return EXIT_OK
    except Exception as exc:
        if workers.stopped_by() is not None:  # a pool broke as its workers were ended
            return 130 if workers.stopped_by() == signal.SIGINT else 143
        # A defect in newslint: one line and exit 2, so CI tells a broken run from findings.
        from newslint.file_task import internal_error

        print(f"newslint: error: {internal_error(exc, 'the run stopped')}; run with "
              "--verbose for the traceback and please report it", file=sys.stderr)
        return EXIT_USAGE
    finally:
        log.removeHandler(handler)
        for number, handler in previous.items():
            signal.signal(number, handler)


def resolve_settings(options: argparse.Namespace) -> Settings:
    """Defaults ← configuration file ← command-line flags."""
    from newslint.config import find_config, load_config

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
    from newslint.config import ConfigError
    from newslint.rules import all_rules

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


def _cmd_check(args: list[str]) -> int:
    from newslint import baseline
    from newslint.report import REPORTERS

    options = _check_parser().parse_args(args)
    modes = [o for o in ("baseline", "write_baseline", "update_baseline") if getattr(options, o)]
    if len(modes) > 1:
        raise UsageError("use only one of --baseline, --write-baseline, --update-baseline")
    settings = resolve_settings(options)
    if options.show_settings:
        _show_settings(settings, sys.stdout)
        return EXIT_OK
    if not options.paths:
        raise UsageError("no path given (try 'newslint seeds/'; 'newslint --help' for more)")
    known_file = options.baseline or options.update_baseline
    entries = baseline.read(Path(known_file)) if known_file else None  # fail before the run

    focus = None
    paths: list[str] = options.paths
    if options.focus:
        focus = [Path(p) for p in options.paths if Path(p).is_file()]
        # Relative to the working folder, so the paths shown are the ones the user typed.
        paths = [os.path.relpath(settings.root or Path.cwd())]
    started = time.perf_counter()
    result = _run(paths, settings, focus)
    if options.diff or options.fix:
        from newslint.fix import run_fixes

        done, result = run_fixes(result, options.diff, options.quiet,
                                 lambda: _run(paths, settings, focus))
        if done is not None:
            return done
    if options.write_baseline:
        target = Path(options.write_baseline)
        found = baseline.entries_for(result.diagnostics)
        changed = baseline.write(target, found)
        print(f"newslint: {'wrote' if changed else 'unchanged:'} {target} "
              f"({len(result.diagnostics)} findings in {len(found)} entries)", file=sys.stderr)
        return EXIT_OK
    if entries is not None:
        # In focus mode the baseline is compared with the whole corpus's findings (or every
        # entry outside the changed files would count as gone); what is reported stays
        # what the changed files introduce, less what the baseline accepts.
        current = result.unfocused if result.unfocused is not None else result.diagnostics
        comparison = baseline.compare(current, entries, shown=result.diagnostics)
        result.diagnostics = comparison.new
        note = f"newslint: baseline {known_file}: {comparison.known} known finding(s) not shown"
        if comparison.gone:
            note += f"; {comparison.gone} baseline occurrence(s) no longer found"
            if not options.update_baseline:
                note += f" (drop them with --update-baseline {known_file})"
        if not options.quiet:
            print(note, file=sys.stderr)
        if options.update_baseline and focus is None:
            baseline.write(Path(known_file), baseline.pruned(current, entries))

    from newslint.grouping import merge_groups

    result.diagnostics = merge_groups(result.diagnostics)
    if result.files == 0:
        print("newslint: warning: no article files (.txt, .md, .markdown) found under "
              f"{', '.join(map(str, paths))}", file=sys.stderr)
    failing = any(d.severity >= settings.fail_on for d in result.diagnostics)
    code = EXIT_FINDINGS if failing and not options.exit_zero else EXIT_OK
    report_started = time.perf_counter()
    try:
        with _output(options.output) as stream:
            if options.statistics:
                from newslint.report.statistics import write_statistics

                write_statistics(result, stream)
            elif settings.output_format == "text":
                from newslint.report.text import write_text

                write_text(result, stream, quiet=options.quiet)
            elif settings.output_format == "html":
                from newslint.report.html import write_html

                write_html(result, stream, settings)
            else:
                REPORTERS[settings.output_format](result, stream)
    except BrokenPipeError:
        _quiet_stdout()  # the reader went away (`newslint seeds/ | head`): not our error
        return code
    if options.timings:
        result.timings["report"] = time.perf_counter() - report_started
        print(format_timings(result.timings, time.perf_counter() - started), file=sys.stderr)
    return code


def _run(paths: list[str], settings: Settings, focus: list[Path] | None) -> Any:
    from newslint.pipeline import run

    progress = Progress() if Progress.wanted() else None
    try:
        return run(paths, settings, focus=focus, progress=progress)
    except PathNotFound as exc:
        raise UsageError(f"path not found: {exc}") from None
    finally:
        if progress is not None:
            progress.close()


def _quiet_stdout() -> None:
    """Point stdout at nothing, so that the interpreter's last flush does not fail again."""
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


@contextlib.contextmanager
def _output(path: str | None) -> Iterator[TextIO]:
    if path is None:
        yield sys.stdout
        return
    try:
        with open(path, "w", encoding="utf-8", newline="\n") as stream:
            yield stream
    except OSError as exc:
        raise UsageError(f"--output: {path}: {exc.strerror or exc}") from None


def _show_settings(settings: Settings, stream: TextIO) -> None:
    stream.write(f"config file = {settings.config_path or '(none)'}\n")
    for item in fields(settings):
        value = getattr(settings, item.name)
        if isinstance(value, Severity):
            value = value.label
        elif isinstance(value, dict):
            value = {k: (v.label if isinstance(v, Severity) else
                         v.isoformat() if hasattr(v, "isoformat") else v)
                     for k, v in sorted(value.items())}
        elif isinstance(value, tuple):
            value = [str(v) if isinstance(v, Path) else v for v in value]
        elif isinstance(value, Path):
            value = str(value)
        stream.write(f"{item.name.replace('_', '-')} = {value}\n")


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


def _cmd_docs(args: list[str]) -> int:
    from newslint.docs import write_rule_docs

    parser = _Parser(prog="newslint docs",
                     description="Write docs/rules/*.md from the rule docstrings.")
    parser.add_argument("outdir", metavar="DIR", nargs="?", default="docs/rules")
    parser.add_argument("--check", action="store_true",
                        help="write nothing; exit 1 when the pages are out of date")
    options = parser.parse_args(args)
    stale = write_rule_docs(Path(options.outdir), check=options.check)
    for path in stale:
        print(f"{'out of date' if options.check else 'wrote'}: {path}")
    return EXIT_FINDINGS if options.check and stale else EXIT_OK
