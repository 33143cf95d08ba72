"""The per-file task: load, extract and run the per-article rules for one file, in a worker
process or not. Whatever goes wrong stays with that file (NL010, NL011)."""

from __future__ import annotations

import logging
import traceback
from dataclasses import dataclass, field
from pathlib import Path

from newslint import extract
from newslint.diagnostics import Diagnostic, Location, fingerprint
from newslint.engine.blobs import facts_blob
from newslint.engine.budget import WALL_FACTOR, OverBudget, time_budget
from newslint.facts import ArticleFacts
from newslint.index.stories import Signature, story_names, story_signature
from newslint.load import LoadProblem, load_article
from newslint.load.remote import RemoteFile
from newslint.rules import all_rules, find_rule
from newslint.rules.base import ArticleContext, ArticleRule, Rule
from newslint.settings import Settings
from newslint.suppress import Directive, parse_directives
from newslint.timing import Timings


@dataclass(slots=True)
class FileResult:
    path: str
    facts: ArticleFacts | None
    # Load problems and every per-article rule's findings, before selection and suppression.
    diagnostics: list[Diagnostic] = field(default_factory=list)
    directives: tuple[Directive, ...] = ()
    # Seconds per stage for this file (load, extract:<kind>, article rules); not cached.
    timings: dict[str, tuple[float, float]] = field(default_factory=dict)  # (wall, cpu)
    ident: str | None = None  # the article's id; None when the file could not be loaded
    story: Signature | None = None  # what ties the article to its story (index/stories.py)
    # The facts pickled by the worker process that extracted them, so that the main process
    # stores them without unpickling and pickling them again.
    facts_blob: bytes | None = None
    uncacheable: bool = False  # stopped by an internal error or the time budget


class PackingTask:
    """The per-file task in a worker process: facts come back pickled for the cache."""

    def __init__(self, settings: Settings):
        self.task = FileTask(settings)

    def __call__(self, path: Path | RemoteFile, display: str | None = None,
                 ident: str | None = None) -> FileResult:
        result = self.task(path, display, ident)
        if result.facts is not None:
            timings = Timings()
            with timings.stage("pack"):
                result.facts_blob = facts_blob(result.facts)
                result.facts = None
            result.timings["pack"] = timings.both()["pack"]
        return result


def check_file(path: Path | RemoteFile, settings: Settings) -> FileResult:
    """Load, extract and run the per-article rules for one file."""
    return FileTask(settings)(path)


class FileTask:
    """Load, extract and run the per-article rules for one file (runs in a worker).

    Every per-article rule runs, selected or not, so that a cached result serves any
    selection; the selection is applied afterwards.
    """

    def __init__(self, settings: Settings):
        self.settings = settings

    def __call__(self, path: Path | RemoteFile, display: str | None = None,
                 ident: str | None = None) -> FileResult:
        """Whatever goes wrong stays with this file: an internal error becomes NL010 and
        running past the time budget NL011, each with this file's other findings lost.

        On another machine (engine/dask_engine.py) `path` is where the file is opened from,
        `display` the path the findings show and `ident` the article id, both made where the
        run started: ids do not depend on the machine or working folder of a worker."""
        display = path.as_posix() if display is None else display
        limit = self.settings.file_time_limit
        try:
            with time_budget(limit):
                return self._check(path, display, ident)
        except OverBudget as over:
            spent = (f"waited over {limit * WALL_FACTOR:g} s" if over.waiting
                     else f"took over {limit:g} s of CPU time")
            return failed_file(display, "NL011", f"checking this file {spent} and was "
                               "stopped; its findings are missing (split the file or raise "
                               "--file-time-limit)")
        except Exception as exc:
            return failed_file(display, "NL010", internal_error(exc, "newslint failed on "
                               "this file") + "; its findings are missing")

    def _check(self, path: Path | RemoteFile, display: str, ident: str | None) -> FileResult:
        # Every step is in a stage: the CPU of the stages adds up to the file's.
        timings = Timings()
        with timings.stage("load"):
            ident = article_id(path, self.settings) if ident is None else ident
            article, problems = load_article(path, display, ident, self.settings.max_file_size)
            diagnostics = [_problem_diagnostic(display, ident, p) for p in problems]
            if article is not None:
                date = self.settings.date_of(path, display)
                if date is not None and "date" not in article.meta:
                    article.meta["date"] = date
                directives = parse_directives(article.text, article.meta, article.body_start,
                                              markdown=path.suffix.lower() in (".md",
                                                                               ".markdown"))
        if article is None:
            return FileResult(display, None, diagnostics, timings=timings.both())
        # The extractors load on first use (extract/__init__.py): a run that finds every
        # article in the cache never imports them, nor compiles their patterns. "extract" is
        # that, and what lies between the stages of each kind of fact.
        with timings.stage("extract", between=True):
            facts = extract.extract_article(article, timings)
        with timings.stage("article rules"):
            context = ArticleContext(article, facts, self.settings)
            for rule in all_rules(self.settings.rule_packs):
                if isinstance(rule, ArticleRule):
                    diagnostics.extend(rule.check(context))
        with timings.stage("story signature"):
            story = story_signature(article.text[article.body_start:], story_names(facts),
                                    facts.date)
        return FileResult(display, facts, diagnostics, directives, timings.both(),
                          ident=facts.id, story=story)


def internal_error(exc: BaseException, what: str) -> str:
    """One line for an internal error; the traceback is printed only with --verbose."""
    logging.getLogger("newslint").debug("".join(traceback.format_exception(exc)))
    detail = str(exc).splitlines()[0][:200] if str(exc) else ""
    return f"{what} (internal error: {type(exc).__name__}{': ' if detail else ''}{detail})"


def failed_file(display: str, code: str, message: str) -> FileResult:
    """A file with only the finding that says why it could not be checked. Not cached:
    the next run tries it again."""
    ident = display
    problem = LoadProblem(code, message)
    return FileResult(display, None, [_problem_diagnostic(display, ident, problem)],
                      uncacheable=True)


def article_id(path: Path | RemoteFile, settings: Settings | None = None) -> str:
    """Path relative to the project root: ids and fingerprints do not depend on the cwd."""
    return settings.relative(path) if settings is not None else path.as_posix()


def _problem_diagnostic(path: str, ident: str, problem: LoadProblem) -> Diagnostic:
    rule: Rule | None = find_rule(problem.code)
    assert rule is not None, problem.code
    location = Location(path, problem.line, problem.col, problem.line, problem.col)
    return Diagnostic(
        code=rule.code,
        rule=rule.name,
        severity=rule.severity,
        message=problem.message,
        location=location,
        fingerprint=fingerprint(rule.code, problem.message.split(";")[0], [ident]),
        key=problem.code,
    )
