"""Why a finding fired: the facts of every article involved, at the places it points to.

Used by `newslint explain PATH:LINE` and by the HTML report's "why" panel.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, TextIO

from newslint.diagnostics import Diagnostic, Location
from newslint.engine.pipeline import run
from newslint.grouping import merge_groups
from newslint.index import CorpusIndex
from newslint.index.speakers import speaker_resolver
from newslint.load.remote import RemoteFile, is_url, named
from newslint.report.facts_view import (
    ArticleView,
    Item,
    Resolver,
    facts_of,
    item_line,
    read_article,
)
from newslint.report.json_format import diagnostic_dict
from newslint.settings import Settings

# The kinds shown for a finding: what rules compare. Names and set-aside text only when
# nothing else sits at a location (a misspelt name, a spun heading).
_COMPARED = ("quotes", "figures", "dates", "roles", "attributes", "sourcing")
_FALLBACK = ("names", "set_aside")
# The facts a rule family compares, tried first: a spelling finding is explained by the
# name's mentions, not by a quote that happens to contain the name.
_FAMILY = {"NL1": ("names",), "NL3": ("quotes",), "NL4": ("figures",), "NL5": ("dates",),
           "NL6": ("roles", "attributes", "sourcing")}


def findings_at(diagnostics: Iterable[Diagnostic], path: Path | RemoteFile,
                line: int) -> list[Diagnostic]:
    """Findings with a location (primary or related) at that line of that file."""
    remote = isinstance(path, RemoteFile)
    wanted = path.url if isinstance(path, RemoteFile) else os.path.realpath(path)

    def here(loc: Location) -> bool:
        if not loc.line <= line <= loc.end_line:
            return False
        return (loc.path if remote else os.path.realpath(loc.path)) == wanted

    return [d for d in diagnostics if here(d.location) or any(here(r) for r in d.related)]


def resolver_for(views: Sequence[ArticleView]) -> Resolver | None:
    """Speakers resolved across the articles involved ("Andreessen" → "Marc Andreessen")."""
    facts = [v.facts for v in views if v.facts is not None]
    if not facts:
        return None
    resolver = speaker_resolver(CorpusIndex(facts))
    return lambda quote: resolver.speaker_of(quote) or quote.speaker_key


def why(diagnostic: Diagnostic, views: dict[str, ArticleView],
        resolve: Resolver | None = None,
        memo: dict[str, dict[str, list[Item]]] | None = None) -> list[Item]:
    """Per article involved: its header and the facts at the finding's locations there.

    `memo` keeps each article's serialised facts between calls (a report asks for the
    same articles again and again)."""
    memo = {} if memo is None else memo
    by_path: dict[str, list[Location]] = {}
    for loc in (diagnostic.location, *diagnostic.related):
        by_path.setdefault(loc.path, []).append(loc)
    out = []
    for path, locations in by_path.items():
        view = views.get(path)
        if view is None:
            continue
        if path not in memo:
            memo[path] = facts_of(view, resolve)
        facts = memo[path]
        picked: dict[str, list[Item]] = {}
        quoted = [(loc, f"{diagnostic.message} {loc.message or ''}") for loc in locations]
        own = _FAMILY.get(diagnostic.code[:3], ())
        for kinds, at in ((own, _overlaps), (_COMPARED, _overlaps),
                          (_COMPARED, _quoted_on_line), (_FALLBACK, _overlaps)):
            for kind in kinds:
                items = [i for i in facts[kind] if any(at(i, loc, text) for loc, text in quoted)]
                if items:
                    picked[kind] = items
            if picked:
                break
        out.append({**view.header(), "locations": [_loc(loc) for loc in locations],
                    "facts": picked})
    return out


def explain(path: Path | RemoteFile, line: int, corpus: Sequence[str],
            settings: Settings) -> dict[str, Any]:
    result = run(corpus, settings)
    found = findings_at(merge_groups(result.diagnostics), path, line)
    paths = sorted({loc.path for d in found for loc in (d.location, *d.related)})
    views = {p: read_article(_opened(p, corpus), settings) for p in paths}
    resolve = resolver_for(list(views.values()))
    return {
        "path": path.as_posix(),
        "line": line,
        "findings": [{**diagnostic_dict(d), "why": why(d, views, resolve)} for d in found],
    }


def _opened(shown: str, corpus: Sequence[str]) -> Path | RemoteFile:
    """The file a finding shows; one named by URL keeps its id relative to the URL of the
    corpus it was found under, as in the check."""
    if not is_url(shown):
        return Path(shown)
    for base in corpus:
        prefix = base.rstrip("/") + "/"
        if is_url(base) and shown.startswith(prefix):
            return RemoteFile(shown, shown[len(prefix):])
    return named(shown)


def write_explain_text(data: dict[str, Any], stream: TextIO) -> None:
    if not data["findings"]:
        stream.write(f"No findings at {data['path']}:{data['line']}.\n")
        return
    for number, finding in enumerate(data["findings"]):
        if number:
            stream.write("\n")
        stream.write(f"{finding['path']}:{finding['line']}:{finding['col']}: {finding['code']} "
                     f"[{finding['severity']}] {finding['message']}\n")
        for article in finding["why"]:
            stream.write(f"\n  {article['path']}{_about(article)}\n")
            if not article["facts"]:
                stream.write("    (no extracted fact at these places)\n")
            for kind, items in article["facts"].items():
                stream.write(f"    {kind.replace('_', ' ')}:\n")
                for item in items:
                    stream.write(f"      {item_line(kind, item)}\n")


def _about(article: Item) -> str:
    parts = [article[k] for k in ("source", "title", "date") if article.get(k)]
    return f" ({'; '.join(parts)})" if parts else ""


def _quoted_on_line(item: Item, loc: Location, text: str) -> bool:
    """A fact the finding quotes, on its line: a date finding points at the event ("R1
    unveiled") and names the date it read ("late 2024") beside it."""
    written = str(item.get("text") or "")
    return item["line"] == loc.line and len(written) > 1 and written in text


def _overlaps(item: Item, loc: Location, text: str = "") -> bool:
    start, end = (item["line"], item["col"]), (item["end_line"], item["end_col"])
    lo, hi = (loc.line, loc.col), (loc.end_line, loc.end_col)
    if lo == hi:  # a point (some findings give no end): the fact that contains it
        return start <= lo <= end
    return start < hi and lo < end


def _loc(loc: Location) -> Item:
    return {"line": loc.line, "col": loc.col, "end_line": loc.end_line, "end_col": loc.end_col,
            "note": loc.message}
