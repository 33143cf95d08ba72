"""Settings shared by the worker processes of both phases."""

from __future__ import annotations

import gc


def quiet_collector() -> None:
    """In a worker process: an article's few hundred records hold no reference cycles that
    matter, so the cyclic collector runs far less often (about 4% of extraction time, and
    40% of reading a story's facts back from the cache)."""
    gc.set_threshold(50_000, 20, 100)
