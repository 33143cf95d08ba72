"""The Dask engine (base.py): the per-file and per-story work run as tasks on a
dask.distributed cluster, `newslint PATH --engine dask [--scheduler ADDR]`; a local
cluster of --jobs worker processes when no scheduler address is given.

Results are kept in input order, as the local engine keeps them, so both give the same
findings. What the local engine sets process-wide is left out of the tasks: workers keep
their own garbage-collector settings, a task closes the cache connection it opened, and
article ids (and the paths findings show) are made here, where the run started, never on
a worker. The files and the cache folder must be readable at the same absolute paths on
the workers (one machine, or a shared filesystem); files named by URL (`s3://...`,
load/remote.py) are opened by each worker at their URL. On a worker the per-file time budget
(NL011) does not apply: tasks run outside the main thread, which alone receives signals.

dask is imported only here, and only when the engine connects: plain installs never need
it (`pip install 'newslint[dask]'`).
"""

from __future__ import annotations

import importlib.util
import operator
import os
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from newslint.engine import story_phase
from newslint.engine.base import Out, Work
from newslint.engine.file_task import FileResult, PackingTask, failed_file
from newslint.engine.keys import settings_fingerprint
from newslint.engine.result import Progress
from newslint.engine.shared_store import SharedStore, StoredFileTask
from newslint.index import story_shards
from newslint.index.stories import Signature
from newslint.index.story_links import Rules, StoryGraph
from newslint.load.remote import RemoteFile
from newslint.settings import Settings

_Job = tuple[str | RemoteFile, str, str]  # where a worker opens a file, its shown path, id

# Files (stories) per task: one per task would make the scheduler's overhead (about a
# millisecond a task) a tenth of the work; chunks keep it small and still spread the load.
FILES_PER_TASK = 16
STORIES_PER_TASK = 8
# Shards of the story links' shuffle: about one per this many articles, the pairs of each
# then a few megabytes; bounded so that the scheduler's graph stays small.
ARTICLES_PER_SHARD = 5_000
MAX_SHARDS = 256
CONNECT_TIMEOUT = 10  # seconds to reach a scheduler before the run is a usage error


def available() -> bool:
    """Whether dask.distributed can be imported (the 'dask' extra is installed)."""
    try:
        return importlib.util.find_spec("distributed") is not None
    except (ImportError, ValueError):
        return False


class DaskEngine:
    """Tasks on a dask.distributed cluster: the one at `scheduler`, or a local cluster of
    `workers` processes (default: one per core) started on first use. With
    `shared_cache`, per-file results are kept by content hash in that folder
    (shared_store.py), and their facts stay there: the story tasks read them from it.
    close() stops what this engine started."""

    def __init__(self, scheduler: str | None = None, workers: int | None = None,
                 shared_cache: str | None = None):
        self.scheduler = scheduler
        self.workers = workers
        self.shared_cache = shared_cache  # fsspec URL of a store the workers share
        self._client: Any = None
        self._cluster: Any = None

    def __enter__(self) -> DaskEngine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def client(self) -> Any:
        if self._client is None:
            from dask.distributed import Client, LocalCluster  # deferred: an optional extra
            if self.scheduler:
                self._client = Client(self.scheduler, timeout=CONNECT_TIMEOUT)
            else:
                self._cluster = LocalCluster(
                    n_workers=self.workers or os.cpu_count() or 1, threads_per_worker=1,
                    processes=True, dashboard_address=None)
                self._client = Client(self._cluster)
        return self._client

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None
        if self._cluster is not None:
            self._cluster.close()
            self._cluster = None

    def map_files(self, files: Sequence[Path | RemoteFile], todo: Sequence[int], settings: Settings,
                  keep: Callable[[int, FileResult], None],
                  progress: Progress | None = None) -> None:
        """keep(n, result on files[n]) for n in todo, in that order. A chunk whose worker
        died (or whose task failed past the cluster's retries) is run again one file per
        task; a file that fails alone is reported (NL010), the run goes on."""
        client = self.client()
        jobs = [(_opened(files[n]), files[n].as_posix(), settings.relative(files[n]))
                for n in todo]
        chunks = [jobs[i:i + FILES_PER_TASK] for i in range(0, len(jobs), FILES_PER_TASK)]
        task = _FileChunk(settings, self.shared_cache)
        futures = client.map(task, chunks, pure=False)
        done = 0
        for chunk, future in zip(chunks, futures, strict=True):
            for result in _outcome(client, task, chunk, future):
                keep(todo[done], result)
                done += 1
                if progress is not None:
                    progress(done, len(jobs))
            future.release()

    def map_stories(self, task: Callable[[Work], Out], work: Sequence[Work],
                    settings: Settings, articles: int, here: bool,
                    keep: Callable[[int, Out], None]) -> None:
        """keep(n, task(work[n])) for each story, in order; a story's facts travel with its
        work when they are held here, else workers read them from the cache folder."""
        if not work:
            return
        client = self.client()
        chunks = [list(work[i:i + STORIES_PER_TASK])
                  for i in range(0, len(work), STORIES_PER_TASK)]
        futures = client.map(_StoryChunk(task), chunks, pure=False)
        number = 0
        for future in futures:
            for outcome in future.result():
                keep(number, outcome)
                number += 1
            future.release()

    def story_graph(self, signatures: Mapping[str, Signature], rules: Rules,
                    digests: Mapping[str, bytes] | None = None) -> StoryGraph:
        """The links as a shuffle on the cluster (index/story_shards.py): one task per
        shard of terms counts the pairs meeting on them, one per bucket of pairs sums and
        weighs them. The counts stay on the workers; only the links come back."""
        client = self.client()
        shards = max(2, min(MAX_SHARDS, -(-len(signatures) // ARTICLES_PER_SHARD)))
        planned = story_shards.plan(signatures, rules, shards)
        counted = client.map(story_shards.count_shard, planned.shards,
                             window=rules.window_days, buckets=shards, pure=False)
        [weights, norms] = client.scatter([planned.weights, planned.norms], broadcast=True,
                                          hash=False)
        linked = [client.submit(_bucket_links, [client.submit(operator.getitem, c, b,
                                                              pure=False) for c in counted],
                                weights, norms, rules, pure=False)
                  for b in range(shards)]
        links: dict[tuple[str, str], float] = {}
        for future in linked:
            links.update(future.result())
        for future in [*linked, *counted, weights, norms]:
            future.release()
        return story_shards.graph_of(signatures, planned, links, digests)


def _bucket_links(parts: list[Any], weights: Any, norms: Any, rules: Rules
                  ) -> dict[tuple[str, str], float]:
    return story_shards.link_bucket(parts, weights, norms, rules)


def _opened(path: Path | RemoteFile) -> str | RemoteFile:
    """Where a worker opens the file: absolute, since its working folder is its own (a
    file named by URL is opened at its URL)."""
    return path if isinstance(path, RemoteFile) else os.path.abspath(path)


def _outcome(client: Any, task: _FileChunk, chunk: list[_Job],
             future: Any) -> list[FileResult]:
    try:
        results: list[FileResult] = future.result()
        return results
    except Exception:
        pass
    out: list[FileResult] = []
    for job in chunk:
        try:
            out.extend(client.submit(task, [job], pure=False).result())
        except Exception:
            out.append(failed_file(job[1], "NL010", "a worker died or failed while checking "
                                   "this file; its findings are missing"))
    return out


class _FileChunk:
    """The per-file task on a worker, for a chunk of (where to open it, shown path, id)."""

    def __init__(self, settings: Settings, shared_cache: str | None = None):
        self.task = PackingTask(settings)
        self.stored: StoredFileTask | None = None
        if shared_cache is not None:
            self.stored = StoredFileTask(settings, settings_fingerprint(settings),
                                         SharedStore(shared_cache), by_reference=True)

    def __call__(self, chunk: list[_Job]) -> list[FileResult]:
        if self.stored is not None:
            return [self.stored(opened, display, ident) for opened, display, ident in chunk]
        return [self.task(Path(opened) if isinstance(opened, str) else opened, display, ident)
                for opened, display, ident in chunk]


class _StoryChunk:
    """The per-story task on a worker, for a chunk of stories. The read connection the
    story phase keeps per process (story_phase._READERS) is closed after the chunk, so a
    long-lived worker holds nothing of one run into the next."""

    def __init__(self, task: Callable[[Any], Any]):
        self.task = task

    def __call__(self, chunk: list[Any]) -> list[Any]:
        try:
            return [self.task(work) for work in chunk]
        finally:
            for reader in story_phase._READERS.values():
                reader.close()
            story_phase._READERS.clear()
