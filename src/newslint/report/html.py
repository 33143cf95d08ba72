"""`--format html`: one self-contained page for editors (no network, no external assets).

Findings are grouped by story (the articles their places link) and shown one per
discrepancy, the passages of every article involved side by side with the differing words
or values marked, each article's outlet, title and date above its passage. Filters by code,
severity and article; each rule's documentation and each finding's facts ("why", from the
facts view) are a click away.
"""

from __future__ import annotations

import html
import json
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

from newslint import __version__
from newslint.diagnostics import Diagnostic, Location
from newslint.engine.result import RunResult
from newslint.load.remote import named
from newslint.report.explain import resolver_for, why
from newslint.report.facts_view import ArticleView, item_line, read_article
from newslint.report.html_assets import SCRIPT, STYLE
from newslint.report.passages import marked_span, passage
from newslint.settings import Settings

_SIDE_BY_SIDE = 4  # passages shown in the row; the rest under "all places"
_WHY_ITEMS = 12  # facts listed per article in the "why" panel


def write_html(result: RunResult, stream: TextIO, settings: Settings | None = None) -> None:
    settings = settings or Settings()
    findings = result.diagnostics
    paths = sorted({loc.path for d in findings for loc in (d.location, *d.related)})
    views = {path: read_article(named(path), settings) for path in paths}
    lines = {path: v.article.text.split("\n") if v.article else None
             for path, v in views.items()}
    resolve = resolver_for(list(views.values()))
    memo: dict[str, Any] = {}
    stories = _stories(findings)
    codes = Counter(d.code for d in findings)
    parts = [
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">",
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
        # Nothing may load from anywhere: the page is one file, opened offline.
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">",
        f"<title>newslint report: {len(findings)} findings</title>",
        f"<style>{STYLE}</style></head><body>",
        f"<header><h1>newslint report</h1><p class=\"summary\">{_summary(result)}</p>",
        _filters(findings, paths, views),
        "</header><main>",
    ]
    if not findings:
        parts.append(f"<p class=\"empty\">No findings in {result.files} files.</p>")
    for number, (story_paths, members) in enumerate(stories, 1):
        parts.append(_story(number, story_paths, members, views, lines, (resolve, memo)))
    parts.append("</main>")
    parts.append(_rule_docs(result, codes))
    parts.append(f"<footer>newslint {html.escape(__version__)}</footer>")
    parts.append(f"<script>{SCRIPT}</script></body></html>\n")
    stream.write("\n".join(parts))


def _summary(result: RunResult) -> str:
    severities = Counter(d.severity.label for d in result.diagnostics)
    counts = ", ".join(f"{n} {label}" for label in ("error", "warning", "info")
                       if (n := severities[label]))
    return (f"{len(result.diagnostics)} findings ({counts or 'none'}) in {result.files} "
            f"files")


def _stories(findings: Sequence[Diagnostic]) -> list[tuple[list[str], list[Diagnostic]]]:
    """Findings grouped by the articles they link (connected through shared articles)."""
    parent: dict[str, str] = {}

    def find(path: str) -> str:
        while parent.setdefault(path, path) != path:
            parent[path] = parent[parent[path]]
            path = parent[path]
        return path

    for d in findings:
        for loc in d.related:
            parent[find(loc.path)] = find(d.path)
    groups: dict[str, list[Diagnostic]] = {}
    for d in findings:
        groups.setdefault(find(d.path), []).append(d)
    out = []
    for members in groups.values():
        paths = sorted({loc.path for d in members for loc in (d.location, *d.related)})
        members.sort(key=lambda d: (-d.severity, d.code, d.sort_key()))
        out.append((paths, members))
    out.sort(key=lambda item: (-len(item[0]), item[0]))
    return out


def _story(number: int, paths: list[str], members: list[Diagnostic],
           views: dict[str, ArticleView], lines: dict[str, list[str] | None],
           resolve: Any) -> str:
    articles = "".join(f"<li>{_article_label(views.get(p), p)}</li>" for p in paths)
    body = "".join(_finding(d, views, lines, resolve) for d in members)
    noun = "article" if len(paths) == 1 else "articles"
    return (f"<section class=\"story\" id=\"story-{number}\"><h2>Story {number}: "
            f"{len(paths)} {noun}, {len(members)} findings</h2>"
            f"<details class=\"articles\"><summary>articles</summary><ul>{articles}</ul>"
            f"</details>{body}</section>")


def _finding(d: Diagnostic, views: dict[str, ArticleView],
             lines: dict[str, list[str] | None], resolve: Any) -> str:
    places = [d.location, *d.related]
    texts = [_span_text(lines.get(loc.path), loc) for loc in places]
    cards = []
    for index, loc in enumerate(places):
        # Compared with the places in other articles: the differing words are marked.
        others = [t for j, t in enumerate(texts) if j != index and places[j].path != loc.path]
        cards.append(_card(loc, index == 0, views.get(loc.path), lines.get(loc.path), others))
    shown, rest = cards[:_SIDE_BY_SIDE], cards[_SIDE_BY_SIDE:]
    more = (f"<details class=\"more\"><summary>all {len(cards)} places</summary>"
            f"<div class=\"passages\">{''.join(rest)}</div></details>") if rest else ""
    involved = sorted({loc.path for loc in places})
    data = (f" data-code=\"{d.code}\" data-severity=\"{d.severity.label}\" "
            f"data-articles=\"{html.escape(json.dumps(involved), quote=True)}\"")
    fix = " <span class=\"fixable\" title=\"newslint --fix applies it\">fixable</span>" \
        if d.fixes else ""
    return (f"<article class=\"finding sev-{d.severity.label}\"{data}>"
            f"<h3><span class=\"badge {d.severity.label}\">{d.severity.label}</span> "
            f"<a class=\"code\" href=\"#doc-{d.code}\" data-doc=\"{d.code}\">{d.code}</a> "
            f"<span class=\"rule\">{html.escape(d.rule)}</span>{fix}</h3>"
            f"<p class=\"message\">{html.escape(d.message)}</p>"
            f"<div class=\"passages\">{''.join(shown)}</div>{more}"
            f"{_why(d, views, resolve)}</article>")


def _span_text(lines: list[str] | None, loc: Location) -> str:
    return passage(lines, loc).span


def _card(loc: Location, primary: bool, view: ArticleView | None,
          lines: list[str] | None, others: list[str]) -> str:
    p = passage(lines, loc)
    note = f"<p class=\"note\">{html.escape(p.note)}</p>" if p.note else ""
    kind = "primary" if primary else "related"
    return (f"<div class=\"passage {kind}\"><div class=\"meta\">"
            f"{_article_label(view, loc.path)}<div class=\"where\">"
            f"{html.escape(loc.path)}:{loc.line}:{loc.col}</div></div>"
            f"<blockquote>{html.escape(p.before)}{marked_span(p.span, others)}"
            f"{html.escape(p.after)}</blockquote>{note}</div>")


def _article_label(view: ArticleView | None, path: str) -> str:
    header = view.header() if view is not None else {}
    outlet = header.get("source") or Path(path).name
    title = header.get("title")
    date = header.get("date") or (f"{header['reference_date']} (inferred)"
                                  if header.get("reference_date") else "undated")
    title_html = f"<span class=\"title\">{html.escape(str(title))}</span> · " if title else ""
    return (f"<span class=\"outlet\">{html.escape(str(outlet))}</span> · {title_html}"
            f"<span class=\"date\">{html.escape(str(date))}</span>")


def _why(d: Diagnostic, views: dict[str, ArticleView], resolve: Any) -> str:
    rows = []
    resolver, memo = resolve
    for article in why(d, views, resolver, memo):
        items = []
        for kind, facts in article["facts"].items():
            for item in facts[:_WHY_ITEMS]:
                items.append(f"<li><span class=\"kind\">{kind.replace('_', ' ')}</span> "
                             f"{html.escape(item_line(kind, item))}</li>")
        listed = "".join(items) or "<li>(no extracted fact at these places)</li>"
        rows.append(f"<div class=\"why-article\"><div class=\"meta\">"
                    f"{_article_label(views.get(article['path']), article['path'])} "
                    f"<span class=\"where\">{html.escape(article['path'])}</span></div>"
                    f"<ul>{listed}</ul></div>")
    return (f"<details class=\"why\"><summary>why</summary>{''.join(rows)}</details>")


def _filters(findings: Sequence[Diagnostic], paths: list[str],
             views: dict[str, ArticleView]) -> str:
    codes = sorted({d.code for d in findings})
    options = {
        "code": [(c, c) for c in codes],
        "severity": [(s, s) for s in ("error", "warning", "info")
                     if any(d.severity.label == s for d in findings)],
        "article": [(p, _plain_label(views.get(p), p)) for p in paths],
    }
    out = ["<form class=\"filters\" id=\"filters\">"]
    for name, choices in options.items():
        opts = "".join(f"<option value=\"{html.escape(v, quote=True)}\">{html.escape(t)}"
                       "</option>" for v, t in choices)
        out.append(f"<label>{name} <select id=\"filter-{name}\" data-filter=\"{name}\">"
                   f"<option value=\"\">all</option>{opts}</select></label>")
    out.append("<span id=\"shown\"></span></form>")
    return "".join(out)


def _plain_label(view: ArticleView | None, path: str) -> str:
    header = view.header() if view is not None else {}
    outlet = header.get("source") or ""
    return f"{path} ({outlet})" if outlet else path


def _rule_docs(result: RunResult, codes: Counter[str]) -> str:
    """Every reported rule's documentation, embedded (shown in a dialog on click)."""
    docs = []
    for rule in sorted(result.rules, key=lambda r: r.code):
        if rule.code not in codes:
            continue
        docs.append(f"<section class=\"rule-doc\" id=\"doc-{rule.code}\">"
                    f"<h2>{rule.code} {html.escape(rule.name)} "
                    f"<small>({rule.severity.label})</small></h2>"
                    f"<pre>{html.escape(rule.doc)}</pre></section>")
    return (f"<details id=\"rule-docs\"><summary>Documentation of the {len(docs)} rules "
            f"reported</summary>{''.join(docs)}</details>"
            "<dialog id=\"doc-dialog\"><form method=\"dialog\"><button>close</button></form>"
            "<div id=\"doc-body\"></div></dialog>")
