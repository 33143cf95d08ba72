"""An article's summary as a row of the cache: plain columns, read back without unpickling.

A re-check reads every article's summary (its per-article findings, suppression comments
and story signature) to report the unchanged articles as they were. Most articles have no
per-article finding and no suppression comment: their summary is a path, an id, a day and
a string of terms, which sqlite hands back as they are. Only findings and comments are
pickled, into one column that is empty for most rows. Kept in their own table, they are
read without paging through the facts stored beside them (10,000 real articles: 50 ms of
CPU to read every summary back, 75 ms as pickles in the facts table).
"""

from __future__ import annotations

import pickle
from typing import Any

from newslint.engine.blobs import dumps
from newslint.engine.file_task import FileResult
from newslint.index.stories import Signature

# The columns after the key, in the order of `row_of`.
COLUMNS = "path, ident, day, terms, extra"

Row = tuple[str, str | None, int | None, str | None, bytes | None]


def row_of(result: FileResult) -> Row:
    """The columns of a cacheable result (facts and timings already taken out)."""
    story = result.story
    extra = dumps((result.diagnostics, result.directives)) \
        if result.diagnostics or result.directives else None
    return (result.path, result.ident, story.day if story is not None else None,
            story.text if story is not None else None, extra)


def result_of(row: Any) -> FileResult | None:
    """The result a row holds; None when the row is damaged (a miss, rewritten)."""
    try:
        path, ident, day, terms, extra = row
        if not isinstance(path, str) or not isinstance(ident, str | None) \
                or not isinstance(day, int | None) or not isinstance(terms, str | None):
            return None
        diagnostics, directives = ([], ()) if extra is None else pickle.loads(extra)
        if not isinstance(diagnostics, list) or not isinstance(directives, tuple):
            return None
    except Exception:  # a corrupt entry is a miss; it is rewritten
        return None
    return FileResult(path, None, diagnostics, directives, ident=ident,
                      story=None if terms is None else Signature(day, terms))
