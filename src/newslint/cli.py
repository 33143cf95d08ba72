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
from typing import TextIO

from newslint import baseline
from newslint.baseline import BaselineError
from newslint.config import ConfigError, find_config, load_config
from newslint.diagnostics import Severity
from newslint.engine import workers
from newslint.engine.base import Engine
from newslint.engine.file_task import internal_error
from newslint.engine.pipeline import run
from newslint.engine.result import RunResult
from newslint.grouping import merge_groups
from newslint.load.discover import PathNotFound
from newslint.load.remote import NoFilesystem
from newslint.options import (
    EXIT_FINDINGS,
    EXIT_OK,
    EXIT_USAGE,
    Parser,
    UsageError,
    check_parser,
    resolve_settings,
)
from newslint.progress import Progress
from newslint.report import reporter
from newslint.report.text import write_text
from newslint.ruledata import RuleDataError
from newslint.rules import all_rules, find_rule
from newslint.settings import OPT_IN, Settings
from newslint.timing import format_timings, process_cpu

__all__ = ["EXIT_FINDINGS", "EXIT_OK", "EXIT_USAGE", "UsageError", "main", "resolve_settings"]


def main(argv: Sequence[str] | None = None) -> int:
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
    unraisable, thread_hook = sys.unraisablehook, threading.excepthook
    if main_thread:
        sys.unraisablehook = workers.quiet_unraisable
        threading.excepthook = workers.quiet_thread_exception
    try:
        if args and args[0] == "rules":
            return _cmd_rules(args[1:])
        if args and args[0] == "rule":
            return _cmd_rule(args[1:])
        if args and args[0] == "docs":
            return _cmd_docs(args[1:])
        if args and args[0] in ("facts", "explain"):
            # Imported here: what they show is more than a check needs to import.
            from newslint import cli_facts
            return (cli_facts.cmd_facts if args[0] == "facts" else cli_facts.cmd_explain)(args[1:])
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
        print(f"newslint: error: {internal_error(exc, 'the run stopped')}; run with "
              "--verbose for the traceback and please report it", file=sys.stderr)
        return EXIT_USAGE
    finally:
        log.removeHandler(handler)
        for number, handler in previous.items():
            signal.signal(number, handler)
        # A stopped run's pool threads and pipes may still report as the interpreter
        # exits: the quiet hooks stay until then (they are silent only after a signal).
        if workers.stopped_by() is None:
            sys.unraisablehook, threading.excepthook = unraisable, thread_hook


def _cmd_check(args: list[str]) -> int:
    options = check_parser().parse_args(args)
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
    started, started_cpu = time.perf_counter(), process_cpu()
    with _engine(options, settings) as engine:
        result = _run(paths, settings, focus, engine)
        if options.diff or options.fix:
            from newslint.fix import run_fixes
            done, result = run_fixes(result, options.diff, options.quiet,
                                     lambda: _run(paths, settings, focus, engine))
            if done is not None:
                return done
    if options.write_baseline:
        target = Path(options.write_baseline)
        found = baseline.entries_for(result.diagnostics)
        changed = baseline.write(target, found)
        print(f"newslint: {'wrote' if changed else 'unchanged:'} {target} "
              f"({len(found)} entries; {len(result.diagnostics)} occurrences, each use of a "
              "misspelling counted)", file=sys.stderr)
        return EXIT_OK
    if entries is not None:
        # In focus mode the baseline is compared with the whole corpus's findings (or every
        # entry outside the changed files would count as gone); what is reported stays
        # what the changed files introduce, less what the baseline accepts.
        current = result.unfocused if result.unfocused is not None else result.diagnostics
        comparison = baseline.compare(current, entries, shown=result.diagnostics)
        result.diagnostics = comparison.new
        note = f"newslint: baseline {known_file}: {comparison.known} known occurrence(s) not shown"
        if comparison.gone:
            note += f"; {comparison.gone} baseline occurrence(s) no longer found"
            if not options.update_baseline:
                note += f" (drop them with --update-baseline {known_file})"
        if not options.quiet:
            print(note, file=sys.stderr)
        if options.update_baseline and focus is None:
            baseline.write(Path(known_file), baseline.pruned(current, entries))

    result.diagnostics = merge_groups(result.diagnostics)
    if result.files == 0:
        print("newslint: warning: no article files (.txt, .md, .markdown) found under "
              f"{', '.join(map(str, paths))}", file=sys.stderr)
    failing = any(d.severity >= settings.fail_on for d in result.diagnostics)
    code = EXIT_FINDINGS if failing and not options.exit_zero else EXIT_OK
    report_started, report_cpu = time.perf_counter(), time.process_time()
    try:
        with _output(options.output) as stream:
            if options.statistics:
                from newslint.report.statistics import write_statistics
                write_statistics(result, stream)
            elif settings.output_format == "text":
                write_text(result, stream, quiet=options.quiet)
            elif settings.output_format == "html":
                from newslint.report.html import write_html
                write_html(result, stream, settings)
            else:
                reporter(settings.output_format)(result, stream)
    except BrokenPipeError:
        _quiet_stdout()  # the reader went away (`newslint seeds/ | head`): not our error
        return code
    if options.timings:
        result.timings["report"] = (time.perf_counter() - report_started,
                                    time.process_time() - report_cpu)
        print(format_timings(result.timings, time.perf_counter() - started,
                             process_cpu() - started_cpu), file=sys.stderr)
    return code


def _run(paths: list[str], settings: Settings, focus: list[Path] | None,
         engine: Engine | None = None) -> RunResult:
    progress = Progress() if Progress.wanted() else None
    try:
        return run(paths, settings, focus=focus, progress=progress, engine=engine)
    except PathNotFound as exc:
        raise UsageError(f"path not found: {exc}") from None
    except NoFilesystem as exc:
        raise UsageError(str(exc)) from None
    finally:
        if progress is not None:
            progress.close()


@contextlib.contextmanager
def _engine(options: argparse.Namespace, settings: Settings) -> Iterator[Engine | None]:
    """The engine --engine names (None: the local one); a cluster started here is stopped
    with the run."""
    cluster = options.scheduler is not None or options.shared_cache is not None
    if options.engine != "dask" and not cluster:
        yield None
        return
    if options.engine == "local":
        raise UsageError("--scheduler and --shared-cache need --engine dask")
    from newslint.engine import dask_engine  # only for a cluster
    if not dask_engine.available():
        raise UsageError("--engine dask needs dask.distributed: "
                         "pip install 'newslint[dask]'")
    with dask_engine.DaskEngine(options.scheduler, settings.jobs or None,
                                options.shared_cache) as engine:
        try:
            engine.client()  # connect now: an unreachable scheduler is a usage error
        except OSError as exc:
            where = (f"reach the Dask scheduler {options.scheduler}" if options.scheduler
                     else "start a local Dask cluster")
            detail = str(exc).splitlines()[0] if str(exc) else repr(exc)
            raise UsageError(f"cannot {where}: {detail}") from None
        yield engine


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
    parser = Parser(prog="newslint rules", description="List every rule.")
    parser.add_argument("--rule-pack", action="append", default=[], metavar="DIR")
    options = parser.parse_args(args)
    for rule in all_rules(_packs(options.rule_pack)):
        # An opt-in rule runs only when selected by its code or family: say so in the list.
        summary = f"{rule.summary} (off by default)" if rule.code in OPT_IN else rule.summary
        print(f"{rule.code}  {rule.name:<26} {rule.severity_text:<16} {summary}")
    return EXIT_OK


def _packs(named: list[str]) -> tuple[Path, ...]:
    """The rule packs a run from here would load: the project configuration's (found from
    the working folder up, as for a run) and those named on the command line."""
    found = find_config(Path.cwd())
    configured = load_config(found).values.get("rule_packs", ()) if found else ()
    return tuple(dict.fromkeys((*configured, *(Path(p) for p in named))))


def _cmd_rule(args: list[str]) -> int:
    parser = Parser(prog="newslint rule", description="Explain one rule.")
    parser.add_argument("code", metavar="CODE")
    parser.add_argument("--rule-pack", action="append", default=[], metavar="DIR")
    options = parser.parse_args(args)
    rule = find_rule(options.code, _packs(options.rule_pack))
    if rule is None:
        raise UsageError(f"unknown rule {options.code!r} (see 'newslint rules')")
    print(f"# {rule.code} {rule.name} ({rule.severity_text}, {rule.scope} rule)\n")
    print(rule.doc)
    return EXIT_OK


def _cmd_docs(args: list[str]) -> int:
    parser = Parser(prog="newslint docs",
                     description="Write docs/rules/*.md from the rule docstrings.")
    parser.add_argument("outdir", metavar="DIR", nargs="?", default="docs/rules")
    parser.add_argument("--check", action="store_true",
                        help="write nothing; exit 1 when the pages are out of date")
    options = parser.parse_args(args)
    from newslint.docs import write_rule_docs
    stale = write_rule_docs(Path(options.outdir), check=options.check)
    for path in stale:
        print(f"{'out of date' if options.check else 'wrote'}: {path}")
    return EXIT_FINDINGS if options.check and stale else EXIT_OK
