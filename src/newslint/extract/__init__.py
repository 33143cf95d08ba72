"""Extract stage: Article → ArticleFacts. Pure functions of one article: cacheable, parallel.

The extractors are imported on first use of `extract_article`: a run that finds every
article in the cache never loads them (nor pint and their patterns).
"""

from __future__ import annotations

from typing import Any

from newslint.facts import ArticleFacts


def __getattr__(name: str) -> Any:
    if name == "extract_article":
        from newslint.extract.article import extract_article

        globals()[name] = extract_article  # later lookups skip this function
        return extract_article
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["ArticleFacts", "extract_article"]
