"""The engine boundary: the pipeline states what to compute, an engine runs it.

Loading and extraction are a map over files, the links that make stories a shuffle of
terms, cross-article rules a map over stories; an engine decides where each task runs and
hands the results back in input order, so that findings never depend on it. The local
engine (local.py) runs them in processes on this machine.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Protocol, TypeVar

from newslint.engine.file_task import FileResult
from newslint.engine.result import Progress
from newslint.index.stories import Signature
from newslint.index.story_links import Rules, StoryGraph
from newslint.load.remote import RemoteFile
from newslint.settings import Settings

Work = TypeVar("Work")
Out = TypeVar("Out")


class Engine(Protocol):
    def map_files(self, files: Sequence[Path | RemoteFile], todo: Sequence[int], settings: Settings,
                  keep: Callable[[int, FileResult], None],
                  progress: Progress | None = None) -> None:
        """keep(n, the per-file task's result on files[n]) for n in todo, in that order."""
        ...

    def map_stories(self, task: Callable[[Work], Out], work: Sequence[Work],
                    settings: Settings, articles: int, here: bool,
                    keep: Callable[[int, Out], None]) -> None:
        """keep(n, task(work[n])) for each story, in order; `articles` is how many the
        stories hold, `here` says their facts are held in this process."""
        ...

    def story_graph(self, signatures: Mapping[str, Signature], rules: Rules,
                    digests: Mapping[str, bytes] | None = None) -> StoryGraph:
        """The links between the articles (index/story_links.py): the graph
        StoryGraph.build gives, however it is computed."""
        ...
