"""The cross-article phase: the corpus split into stories, every corpus rule run on one
story at a time (in worker processes when there are many), each story's findings cached.

A story's findings depend only on its articles' facts and on the names that link them, so
after an edit only the edited article's story is checked again.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from hashlib import sha256
from pathlib import Path

from newslint.diagnostics import Diagnostic, Location, fingerprint
from newslint.engine.articles import FactSources
from newslint.engine.base import Engine
from newslint.engine.cache import FactCache
from newslint.engine.file_task import FileTask, internal_error
from newslint.engine.result import Progress
from newslint.engine.shared_store import resolved
from newslint.facts import ArticleFacts
from newslint.index import CorpusIndex
from newslint.index.stories import RULES, SMALL_CORPUS, Signature, StoryIndex, stories_of
from newslint.index.story_links import StoryGraph, digest
from newslint.load.remote import RemoteFile
from newslint.rules import all_rules
from newslint.rules.base import CorpusContext, CorpusRule
from newslint.rules.nl010_check_failed import CheckFailed
from newslint.settings import Settings
from newslint.timing import Seconds, Timings


def split_stories(names: dict[str, Signature], store: FactCache | None, engine: Engine
                  ) -> tuple[StoryIndex, list[list[str]], tuple[str, ...]]:
    """The stories of the corpus (article id → its story signature) and its split into
    stories: from the cache when no article's signature changed, else from the links of
    the last run with those of the changed articles found again (index/story_links.py).
    The links are found by the engine (a shuffle of terms on a cluster). Returns the index,
    the split and the cache entries that hold them."""
    if store is None:
        stories = StoryIndex.of_groups(names, stories_of(engine.story_graph(names, RULES))
                                       if len(names) >= SMALL_CORPUS else ())
        return stories, stories.partition(), ()
    digests = {ident: digest(names[ident]) for ident in sorted(names)}
    whole = sha256(store.fingerprint.encode())
    for ident, part in digests.items():
        whole.update(f"\x1d{ident}\x1e".encode() + part)
    key, graph_key = f"partition:{whole.hexdigest()}", f"story-graph:{store.fingerprint}"
    cached = store.get_stories([key]).get(key)
    if (isinstance(cached, tuple) and len(cached) == 2
            and isinstance(cached[0], StoryIndex) and isinstance(cached[1], list)):
        return cached[0], cached[1], (key, graph_key)
    graph = store.get_stories([graph_key]).get(graph_key)
    if not (isinstance(graph, StoryGraph) and graph.update(names, RULES, digests)):
        graph = engine.story_graph(names, RULES, digests)
    stories = StoryIndex.of_groups(names, stories_of(graph))
    partition = stories.partition()
    store.put_stories({key: (stories, partition), graph_key: graph}, keep=())
    return stories, partition, (key, graph_key)


def check_stories(partition: Sequence[Sequence[str]], stories: StoryIndex,
                  rules: Sequence[CorpusRule], facts: FactSources, settings: Settings,
                  store: FactCache | None, engine: Engine, timings: Timings,
                  keep: Sequence[str] = (), progress: Progress | None = None
                  ) -> tuple[list[Diagnostic], int]:
    """Every cross-article rule, one story at a time; cached stories are not checked again.

    The stories to check are the engine's to share out; workers read the facts from the
    cache themselves. Returns the findings and the number of stories checked."""
    if not rules:
        return [], 0
    story_keys: dict[int, str] = {}
    known: dict[str, object] = {}
    if store is not None:
        base = f"{store.fingerprint}|{','.join(r.code for r in rules)}"
        for number, story in enumerate(partition):
            if all(ident in facts.keys for ident in story):
                story_keys[number] = _story_key(base, story, facts.keys, stories)
        with timings.stage("story cache read"):
            known = store.get_stories(story_keys.values())
    found: list[Diagnostic] = []
    fresh: dict[str, list[Diagnostic]] = {}
    todo: list[int] = []
    for number in range(len(partition)):
        cached = known.get(story_keys.get(number, ""))
        if isinstance(cached, list):
            found.extend(cached)
        else:
            todo.append(number)
    task = _StoryTask(settings, tuple(r.code for r in rules), facts.store_root)
    work = [_StoryWork(tuple(partition[n]),
                       {i: facts.keys[i] for i in partition[n] if i in facts.keys},
                       {i: facts.held[i] for i in partition[n] if i in facts.held},
                       {i: _reopened(facts.paths[i]) for i in partition[n] if i in facts.paths},
                       stories.subset(partition[n]))
            for n in todo]
    articles = sum(len(partition[n]) for n in todo)
    here = facts.store_root is None or bool(facts.held)  # no store to read, or facts held here

    def record(done: int, outcome: tuple[list[Diagnostic], Seconds]) -> None:
        number, (diagnostics, seconds) = todo[done], outcome
        if progress is not None:
            progress(done + 1, len(todo), "stories")
        timings.add(seconds)
        found.extend(diagnostics)
        if number in story_keys:
            fresh[story_keys[number]] = diagnostics

    engine.map_stories(task, work, settings, articles, here, record)
    if store is not None:
        with timings.stage("cache write"):
            store.put_stories(fresh, keep={*keep, *story_keys.values()})
    return found, len(todo)


@dataclass(slots=True)
class _StoryWork:
    ids: tuple[str, ...]
    keys: dict[str, str]  # cache entries to read facts from
    held: dict[str, ArticleFacts | bytes]  # facts already in memory
    # Files to extract again when cached facts cannot be read: where to open them (on
    # any worker) and the path findings show.
    paths: dict[str, tuple[Path | RemoteFile, str]]
    stories: StoryIndex


class _StoryTask:
    """Run the cross-article rules on one story (in a worker process or not)."""

    def __init__(self, settings: Settings, codes: tuple[str, ...], store_root: Path | None):
        self.settings = settings
        self.codes = codes
        self.store_root = store_root

    def __call__(self, work: _StoryWork) -> tuple[list[Diagnostic], Seconds]:
        timings = Timings()
        facts: dict[str, ArticleFacts] = {}
        with timings.stage("cache read facts"):
            for ident, value in work.held.items():
                value = resolved(value)  # facts left in a shared store are read from it
                if isinstance(value, ArticleFacts):
                    facts[ident] = value
            wanted = {key: i for i, key in work.keys.items() if i not in facts}
            if wanted and self.store_root is not None:
                for key, value in _reader(self.store_root).get_facts(wanted).items():
                    value = resolved(value)
                    if isinstance(value, ArticleFacts):
                        facts[wanted[key]] = value
        for ident in work.ids:
            if ident not in facts and ident in work.paths:
                opened, display = work.paths[ident]
                again = FileTask(self.settings)(opened, display, ident).facts
                if again is not None:
                    facts[ident] = again
        context = CorpusContext(CorpusIndex(facts.values(), work.stories), self.settings)
        diagnostics: list[Diagnostic] = []
        for rule in _corpus_rules(self.settings.rule_packs, self.codes):
            with timings.stage(f"corpus rule {rule.code}"):
                try:
                    diagnostics.extend(rule.check(context))
                except Exception as exc:  # loses this rule on this story, nothing else
                    diagnostics.append(_rule_failed(rule, exc, facts, work.ids))
        return diagnostics, timings.both()


def _rule_failed(rule: CorpusRule, exc: Exception, facts: dict[str, ArticleFacts],
                 ids: Sequence[str]) -> Diagnostic:
    """NL010 at the top of the story's first article."""
    first = min(ids)
    path = facts[first].path if first in facts else first
    failed = CheckFailed()
    message = internal_error(exc, f"{rule.code} failed on the story of this article") + \
        f"; its {rule.code} findings for {len(ids)} article(s) are missing"
    return Diagnostic(failed.code, failed.name, failed.severity, message,
                      Location(path, 1, 1, 1, 1),
                      fingerprint=fingerprint(failed.code, rule.code, [first]), key=rule.code)


def _reopened(path: Path | RemoteFile) -> tuple[Path | RemoteFile, str]:
    """Where a worker opens a file again, whatever its working folder, and its shown path
    (the article's id is the one the run gave it)."""
    if isinstance(path, RemoteFile):
        return path, path.url
    return Path(os.path.abspath(path)), path.as_posix()


_READERS: dict[Path, FactCache] = {}


def _reader(root: Path) -> FactCache:
    """One read connection to the store per process."""
    if root not in _READERS:
        _READERS[root] = FactCache(root, readonly=True)
    return _READERS[root]


def _corpus_rules(packs: tuple[Path, ...], codes: tuple[str, ...]) -> list[CorpusRule]:
    by_code = {r.code: r for r in all_rules(packs) if isinstance(r, CorpusRule)}
    return [by_code[c] for c in codes if c in by_code]


def _story_key(base: str, story: Sequence[str], keys: dict[str, str],
               stories: StoryIndex) -> str:
    """A story's findings depend only on its articles: every article of a story is
    compared with every other."""
    digest = sha256(base.encode())
    for ident in story:
        digest.update(f"\x1e{ident}\x1f{keys[ident]}".encode())
    return digest.hexdigest()
