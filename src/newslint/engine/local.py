"""The local engine (base.py): the per-file and per-story work run in processes on this
machine, results kept in input order (findings do not depend on which worker ran first),
a worker that dies losing only its file.
"""

from __future__ import annotations

import contextlib
import gc
import os
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path

from newslint.engine.base import Out, Work
from newslint.engine.blobs import dumps, read_blob
from newslint.engine.file_task import FileResult, FileTask, PackingTask, failed_file
from newslint.engine.result import Progress
from newslint.engine.workers import worker_pool
from newslint.index.stories import Signature
from newslint.index.story_links import Rules, StoryGraph
from newslint.load.remote import RemoteFile
from newslint.settings import Settings

# Starting worker processes costs more than checking a small corpus (or a few stories) in one.
MIN_ARTICLES_PER_WORKER = 40


# Articles of story work from which facts held in this process are sent to workers.
SHIP_HELD_FROM = 2_000


def jobs_for(settings: Settings, articles: int) -> int:
    """Worker processes for `articles` articles of work: --jobs (0: one per core), fewer
    when each would have too little to do."""
    jobs = settings.jobs or os.cpu_count() or 1
    return min(jobs, max(1, articles // MIN_ARTICLES_PER_WORKER))


class LocalEngine:
    """Processes on this machine: --jobs of them (0: one per core), fewer when each would
    have too little to do, none when the work is small."""

    def map_files(self, files: Sequence[Path | RemoteFile], todo: Sequence[int], settings: Settings,
                  keep: Callable[[int, FileResult], None],
                  progress: Progress | None = None) -> None:
        """Run the per-file task on files[n] for n in todo; keep(n, result) in input order.

        A worker process that dies (a crash in a C extension, the kernel's out-of-memory
        killer) loses only the file it was on: the files not yet reported are checked again
        one per task in a single worker, which names the one that kills it (NL010); the
        rest then go back to the full pool."""
        jobs = jobs_for(settings, len(todo))
        paths = [files[n] for n in todo]
        if jobs <= 1:
            for number, result in zip(todo, _serially(FileTask(settings), paths, progress),
                                      strict=True):
                keep(number, result)
            return
        from concurrent.futures.process import BrokenProcessPool  # with the pool, not before

        task = _WiredTask(settings)
        done, isolating = 0, False
        while done < len(paths):
            rest = paths[done:]
            try:
                with worker_pool(1 if isolating else jobs) as pool:
                    chunk = 1 if isolating else max(1, min(64, len(rest) // (jobs * 8)))
                    # map keeps the input order: results do not depend on which worker ran
                    # first.
                    for packed in pool.map(task, rest, chunksize=chunk):
                        keep(todo[done], _unpacked(packed))
                        done += 1
                        if progress is not None:
                            progress(done, len(paths))
            except BrokenProcessPool:
                if isolating:
                    keep(todo[done], failed_file(paths[done].as_posix(), "NL010",
                                                 "a worker process died while checking this "
                                                 "file; its findings are missing"))
                    done += 1
                isolating = not isolating

    def map_stories(self, task: Callable[[Work], Out], work: Sequence[Work],
                    settings: Settings, articles: int, here: bool,
                    keep: Callable[[int, Out], None]) -> None:
        """keep(n, task(work[n])) for each story's work, in input order. Workers read the
        facts from the cache themselves. Facts held here (no cache) go to the workers with
        their stories only when there are many: sending costs less than checking them,
        but for a few thousand articles more than starting the workers saves."""
        jobs = 1 if here and articles < SHIP_HELD_FROM else jobs_for(settings, articles)
        with contextlib.ExitStack() as stack:
            if jobs > 1:
                outcomes: Iterable[Out] = stack.enter_context(worker_pool(jobs)).map(
                    task, work, chunksize=max(1, min(32, len(work) // (jobs * 8))))
            else:
                stack.enter_context(_few_collections())
                outcomes = map(task, work)
            for number, outcome in enumerate(outcomes):
                keep(number, outcome)

    def story_graph(self, signatures: Mapping[str, Signature], rules: Rules,
                    digests: Mapping[str, bytes] | None = None) -> StoryGraph:
        """In this process: the inverted index of story_links.py finds the links in less
        time than worker processes take to start, and can be updated after an edit."""
        return StoryGraph.build(signatures, rules, digests)


class _WiredTask:
    """The per-file task in a worker process, its result pickled there, in a stage of its
    own ("pack"), rather than by the pool after the task, where no stage counts it."""

    def __init__(self, settings: Settings):
        self.task = PackingTask(settings)

    def __call__(self, path: Path | RemoteFile) -> tuple[bytes, float, float]:
        result = self.task(path)
        wall, cpu = time.perf_counter(), time.process_time()
        packed = dumps(result)
        return packed, time.perf_counter() - wall, time.process_time() - cpu


def _unpacked(packed: tuple[bytes, float, float]) -> FileResult:
    """A worker's result read back here, the CPU of both ends in its stages."""
    blob, pack_wall, pack_cpu = packed
    wall, cpu = time.perf_counter(), time.process_time()
    result: FileResult = read_blob(blob)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    previous = result.timings.get("pack", (0.0, 0.0))
    result.timings["pack"] = (previous[0] + pack_wall, previous[1] + pack_cpu)
    result.timings["unpack"] = (wall, cpu)
    return result


@contextlib.contextmanager
def _few_collections() -> Iterator[None]:
    """Check stories in this process as a worker does (workers.init_worker): the cyclic
    collector runs rarely, and what the run holds so far (every article's result) is moved
    out of its reach, or each full collection scans it again for every story (reading
    facts back took about half again as long here as in a worker)."""
    threshold = gc.get_threshold()
    freezing = not gc.get_freeze_count()  # left alone when the embedding program froze
    if freezing:
        gc.freeze()
    gc.set_threshold(50_000, 20, 100)
    try:
        yield
    finally:
        gc.set_threshold(*threshold)
        if freezing:
            gc.unfreeze()


def _counted(results: Iterable[FileResult], total: int,
             progress: Progress | None) -> Iterator[FileResult]:
    for done, result in enumerate(results, 1):
        yield result
        if progress is not None:
            progress(done, total)


def _serially(task: Callable[[Path], FileResult], files: Sequence[Path],
              progress: Progress | None = None) -> Iterator[FileResult]:
    """task(path) for each file, in one process.

    Facts held for the cross-article rules stay alive to the end of the run, and the cyclic
    garbage collector would scan all of them again on each full collection (a tenth of the
    CPU time on 1,000 articles, growing with the corpus): each finished result is moved out
    of its reach with gc.freeze(), and put back with gc.unfreeze() at the end. Left alone
    when the embedding program froze objects itself."""
    if gc.get_freeze_count():
        yield from _counted(map(task, files), len(files), progress)
        return
    try:
        for done, path in enumerate(files, 1):
            yield task(path)
            gc.freeze()
            if progress is not None:
                progress(done, len(files))
    finally:
        gc.unfreeze()
