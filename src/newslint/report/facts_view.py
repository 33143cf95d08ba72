"""The facts view: what newslint read in one article, as plain data.

`newslint facts FILE`, `newslint explain PATH:LINE` and the HTML report all show facts
through this module, so an editor sees the same records, with the same keys, everywhere.
Each item has its line, column and text; a quote its speaker as written, the speaker it was
resolved to and how it was found; a figure or a date the key it is compared under.

Fact records are imported from the facts layer here and nowhere else in report/.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newslint import extract
from newslint.engine.file_task import article_id
from newslint.facts import ArticleFacts, DateMention, Quantity, Quote, Span
from newslint.index.stories import is_marked
from newslint.load import Article, load_article
from newslint.load.remote import RemoteFile
from newslint.rules.nl401_figure_conflict import measure_key
from newslint.settings import Settings

FACT_KINDS = ("quotes", "figures", "dates", "names", "roles", "attributes", "sourcing",
              "set_aside")
Item = dict[str, Any]


@dataclass(slots=True)
class ArticleView:
    """One article as loaded and extracted, with its facts serialised per kind."""

    path: str
    article: Article | None
    facts: ArticleFacts | None
    problems: list[str]

    def header(self) -> Item:
        facts = self.facts
        meta = self.article.meta if self.article is not None else {}
        return {
            "path": self.path,
            "title": facts.title if facts else None,
            "source": facts.source if facts else None,
            "url": facts.url if facts else None,
            "date": _iso(facts.date) if facts else None,
            "reference_date": _iso(facts.reference_date) if facts else None,
            "reference_basis": facts.reference_basis if facts else None,
            "author": _text(meta.get("author")),
            "words": facts.word_count if facts else 0,
        }


def read_article(path: Path | RemoteFile, settings: Settings) -> ArticleView:
    """Load and extract one file as the check does (same id, date and size limit)."""
    display = path.as_posix()
    article, problems = load_article(path, display, article_id(path, settings),
                                     settings.max_file_size)
    messages = [f"{p.code} {p.message}" for p in problems]
    if article is None:
        return ArticleView(display, None, None, messages)
    date = settings.date_of(path, display)
    if date is not None and "date" not in article.meta:
        article.meta["date"] = date
    return ArticleView(display, article, extract.extract_article(article), messages)


Resolver = Callable[[Quote], str | None]


def facts_of(view: ArticleView, resolve: Resolver | None = None) -> dict[str, list[Item]]:
    """Every fact kind of one article as lists of items, in text order.

    `resolve` gives a quote's speaker across the corpus (explain passes the story's
    resolver); without it the speaker is the one resolved within the article.
    """
    facts, article = view.facts, view.article
    out: dict[str, list[Item]] = {kind: [] for kind in FACT_KINDS}
    if facts is None or article is None:
        return out
    out["quotes"] = [quote_item(q, resolve) for q in facts.quotes]
    out["figures"] = [figure_item(q) for q in facts.quantities]
    out["dates"] = [date_item(d) for d in facts.dates]
    # A lone capitalised word opening a sentence ("The", "Before") is not read as a name.
    out["names"] = [_at(p.span, p.text, context=p.context,
                        sentence_initial=p.sentence_initial) for p in facts.name_phrases
                    if not p.sentence_initial or " " in p.text or is_marked(p.text)]
    out["roles"] = [_at(r.span, _slice(article, r.span), person=r.person,
                        person_key=r.person_key, role=r.role, role_key=r.role_key, org=r.org,
                        org_key=r.org_key, current=r.current, pattern=r.pattern,
                        context=r.context, former=r.former, where=r.where,
                        qualifier=r.qualifier)
                     for r in facts.roles]
    out["attributes"] = [_at(a.span, _slice(article, a.span), subject=a.subject,
                             subject_key=a.subject_key, kind=a.kind, value=a.value,
                             value_key=a.value_key, context=a.context)
                         for a in facts.attributes]
    sourcing = [_at(v.span, v.text, kind="vague", context=v.context) for v in facts.vague]
    for hedge in facts.hedges:
        if hedge.kind == "quote":
            continue  # the quotes list has them
        span = _span(article, hedge.start, hedge.end)
        sourcing.append(_at(span, article.text[hedge.start:hedge.end], kind=hedge.kind,
                            cue=hedge.cue))
    out["sourcing"] = sorted(sourcing, key=_order)
    out["set_aside"] = set_aside(article)
    for kind in FACT_KINDS:
        out[kind].sort(key=_order)
    return out


def quote_item(quote: Quote, resolve: Resolver | None = None) -> Item:
    resolved = resolve(quote) if resolve is not None else quote.speaker_key
    return _at(quote.span, quote.text, speaker=quote.speaker,
               speaker_resolved=resolved or quote.speaker_key,
               speaker_found_by=quote.speaker_kind or ("none" if quote.speaker is None
                                                       else "name"),
               speaker_role=quote.speaker_role, verb=quote.verb, partial=quote.partial,
               subjects=list(quote.subjects), context=quote.context,
               speaker_at=_position(quote.speaker_span), occasion=quote.occasion)


def figure_item(quantity: Quantity) -> Item:
    return _at(quantity.span, quantity.text, key=figure_key(quantity), kind=quantity.kind,
               value=quantity.value, low=quantity.low, high=quantity.high, unit=quantity.unit,
               qualifier=quantity.qualifier, subject=quantity.subject_label or quantity.subject,
               measure=quantity.measure, direction=quantity.direction, period=quantity.period,
               noun=quantity.noun, context=quantity.context)


def date_item(mention: DateMention) -> Item:
    return _at(mention.span, mention.text, key=date_key(mention), expression=mention.key,
               start=_iso(mention.start), end=_iso(mention.end), precision=mention.precision,
               relative=mention.relative, tense=mention.tense, event=mention.event,
               event_text=mention.event_text, subject=mention.subject_text or mention.subject,
               weekday=mention.stated_weekday, invalid=mention.invalid,
               context=mention.context)


def figure_key(quantity: Quantity) -> str | None:
    """What NL401 compares a figure under: subject family, measure, unit, direction."""
    key = measure_key(quantity)
    return None if key is None else "|".join(map(str, key))


def date_key(mention: DateMention) -> str | None:
    """What NL501 compares a date under: the event and the last word of its subject."""
    if mention.event is None or mention.subject is None or mention.context != "text":
        return None
    return f"{mention.event}|{mention.subject.split()[-1]}"


def set_aside(article: Article) -> list[Item]:
    """What extraction does not treat as the article's own reporting: front matter,
    headings and labels, blanked markup (images and captions, link targets, comments),
    page furniture, captions, bylines and datelines, and embedded social posts."""
    items: list[Item] = []
    if article.body_start:
        items.append(_at(_span(article, 0, article.body_start), "(front matter)",
                         kind="front matter"))
    for paragraph in article.paragraphs:
        if paragraph.kind == "heading":
            items.append(_at(_span(article, paragraph.start, paragraph.end),
                             article.text[paragraph.start:paragraph.end], kind="heading"))
    for sentence in article.sentences:
        if sentence.kind == "label":
            items.append(_at(_span(article, sentence.start, sentence.end),
                             article.text[sentence.start:sentence.end], kind="label"))
    items.extend(_markup(article))
    for aside in article.set_aside:  # furniture, captions, bylines, datelines
        items.append(_at(_span(article, aside.start, aside.end),
                         article.text[aside.start:aside.end], kind=aside.kind,
                         reason=aside.reason))
    for post in article.posts:
        items.append(_at(_span(article, post.start, post.text_end),
                         article.text[post.start:post.text_end], kind="post",
                         author=post.author, handle=post.handle, date=post.date))
    return items


_MARKUP = re.compile(r"(?P<image>!\[(?P<caption>[^\]\n]*)\]\([^)\n]*\))"
                     r"|(?P<comment><!--.*?-->)|(?P<target>\]\([^)\n]*\))", re.DOTALL)


def _markup(article: Article) -> list[Item]:
    """Markup the loader blanked out of the copy: images (with their captions), HTML
    comments and link targets. Only what was blanked: plain text files keep their words."""
    items = []
    text, analysis = article.text, article.analysis
    for match in _MARKUP.finditer(text, article.body_start):
        start, end = match.span()
        if analysis[start:end] == text[start:end]:
            continue  # read as copy
        if match.group("image"):
            items.append(_at(_span(article, start, end), match.group(0), kind="image",
                             caption=match.group("caption")))
        else:
            kind = "comment" if match.group("comment") else "link target"
            items.append(_at(_span(article, start, end), match.group(0), kind=kind))
    return items


def view_dict(view: ArticleView, resolve: Resolver | None = None) -> Item:
    return {**view.header(), "problems": view.problems, "facts": facts_of(view, resolve)}


def write_facts_text(data: Item, stream: Any) -> None:
    """The text form of `newslint facts`: a header, then one block per fact kind."""
    stream.write(f"{data['path']}\n")
    for field in ("title", "source", "date", "reference_date", "reference_basis", "author"):
        if data.get(field):
            stream.write(f"  {field.replace('_', ' ')}: {data[field]}\n")
    for problem in data["problems"]:
        stream.write(f"  problem: {problem}\n")
    for kind, items in data["facts"].items():
        stream.write(f"\n{kind.replace('_', ' ')} ({len(items)})\n")
        for item in items:
            stream.write(f"  {item_line(kind, item)}\n")


def item_line(kind: str, item: Item) -> str:
    """One fact on one line, as `facts` and `explain` print it."""
    where = f"{item['line']}:{item['col']}"
    text = _clip(item["text"])
    if kind == "quotes":
        speaker = item["speaker"] or "(no speaker)"
        resolved = item["speaker_resolved"]
        if resolved and resolved != item["speaker"]:
            speaker += f" = {resolved}"
        # "written" or "spoken": quotes of different occasions are never compared
        occasion = f", {item['occasion']}" if item.get("occasion") else ""
        return (f'{where} "{text}" — {speaker} [{item["speaker_found_by"]}{occasion}]'
                + _ctx(item))
    if kind == "figures":
        key = item["key"] or "(unbound: not compared)"
        return f'{where} "{text}" key={key} value={item["value"]:g} {item["unit"]}'.rstrip() \
            + _ctx(item)
    if kind == "dates":
        # A relative date ("Monday") in an undated article, or an impossible date.
        span = ("(no day)" if item["start"] is None
                else item["start"] if item["start"] == item["end"]
                else f"{item['start']}..{item['end']}")
        key = item["key"] or "(no event)"
        event = f" event={item['event_text']!r}" if item["event_text"] else ""
        return f'{where} "{text}" = {span} key={key}{event}' + _ctx(item)
    if kind == "roles":
        org = f" ({item['org']})" if item["org"] else ""
        # How NL601 compares the post: a past one with past ones, an "acting" one with
        # posts under the same word.
        state = ("" if item["current"] else " [former]" if item["former"]
                 else f" [{item['qualifier']}]" if item["qualifier"] else " [not current]")
        return f'{where} {item["person"]}: {item["role"]}{org} key={item["role_key"]}{state}'
    if kind == "attributes":
        return f'{where} {item["subject"]} {item["kind"]} = {item["value"]}'
    if kind in ("sourcing", "set_aside"):
        extra = f" cue={item['cue']!r}" if item.get("cue") else ""
        return f'{where} [{item["kind"]}] "{text}"{extra}'
    return f'{where} "{text}"' + _ctx(item)


def _ctx(item: Item) -> str:
    context = item.get("context")
    return "" if context in (None, "text") else f" [{context}]"


def _clip(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _at(span: Span, text: str, **fields: Any) -> Item:
    return {"line": span.line, "col": span.col, "end_line": span.end_line,
            "end_col": span.end_col, "text": text, **fields}


def _position(span: Span | None) -> Item | None:
    return None if span is None else {"line": span.line, "col": span.col}


def _span(article: Article, start: int, end: int) -> Span:
    line, col, end_line, end_col = article.span_position(start, end)
    return Span(start, end, line, col, end_line, end_col)


def _slice(article: Article, span: Span) -> str:
    return article.text[span.start:span.end]


def _order(item: Item) -> tuple[int, int]:
    return item["line"], item["col"]


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def views_of(paths: Iterable[Path], settings: Settings) -> list[ArticleView]:
    return [read_article(path, settings) for path in paths]
