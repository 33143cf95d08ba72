"""YAML front matter at the top of an article, read with safe loading only."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

import yaml

from newslint.load.problems import LoadProblem

# libyaml's loader is ten times faster where PyYAML was built with it; both are safe loaders.
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_OPEN = "---"
_CLOSE = ("---", "...")
KNOWN_FIELDS = ("title", "source", "url", "date", "author", "id", "slug", "newslint")


@dataclass(slots=True)
class FrontMatter:
    meta: dict[str, Any] = field(default_factory=dict)
    body_start: int = 0
    problems: list[LoadProblem] = field(default_factory=list)


def split_front_matter(text: str) -> FrontMatter:
    """Split `---` YAML `---` off the top. A broken block is reported; the body is still read."""
    result = FrontMatter()
    first_line_end = text.find("\n")
    if first_line_end == -1 or text[:first_line_end].rstrip() != _OPEN:
        return result
    pos = first_line_end + 1
    line_no = 2
    while pos <= len(text):
        end = text.find("\n", pos)
        end = len(text) if end == -1 else end
        if text[pos:end].rstrip() in _CLOSE:
            break
        pos = end + 1
        line_no += 1
    else:
        result.problems.append(
            LoadProblem("NL005", "front matter opened on line 1 is never closed with '---'; "
                        "the whole file is checked as text")
        )
        return result

    block = text[first_line_end + 1 : pos]
    result.body_start = min(end + 1, len(text))
    try:
        data = yaml.load(block, Loader=_SAFE_LOADER) if block.strip() else {}
    except yaml.YAMLError as exc:
        # Where the broken construct starts (an unclosed quote) beats where parsing failed.
        mark = getattr(exc, "context_mark", None) or getattr(exc, "problem_mark", None)
        line = (mark.line + 2) if mark is not None else 1
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        # The commonest breakage is an unquoted colon in a title ("title: Fed: rates on
        # hold"). Keep the simple fields so the article keeps its date and id.
        data = _simple_fields(block)
        recovered = (f"read {', '.join(sorted(data))} line by line"
                     if data else "metadata ignored")
        result.problems.append(
            LoadProblem("NL005", f"front matter is not valid YAML ({problem}); "
                        f"{recovered}, body still checked (quote values that contain ': ')",
                        line=line)
        )
        if not data:
            return result
    if not isinstance(data, dict):
        result.problems.append(
            LoadProblem("NL005", "front matter must be a mapping of fields (title:, date:, ...); "
                        "metadata ignored, body still checked")
        )
        return result

    meta = {str(k): v for k, v in data.items()}
    if "date" in meta:
        parsed = parse_date(meta["date"])
        if parsed is None:
            result.problems.append(
                LoadProblem("NL007", f"front matter date {meta['date']!r} is not a date "
                            "(use YYYY-MM-DD); the article is treated as undated",
                            line=_field_line(block, "date"))
            )
            del meta["date"]
        else:
            meta["date"] = parsed
    result.meta = meta
    return result


def _simple_fields(block: str) -> dict[str, str]:
    """Known top-level `key: value` lines, split at the first colon; quotes stripped."""
    fields: dict[str, str] = {}
    for raw in block.split("\n"):
        key, colon, value = raw.partition(":")
        key = key.strip()
        if not colon or raw[:1].isspace() or key not in KNOWN_FIELDS or key == "newslint":
            continue
        value = value.strip()
        if value[:1] in ("'", '"'):
            if len(value) < 2 or value[-1] != value[0]:
                continue  # an unterminated quote: this value is what is broken
            value = value[1:-1]
        if value:
            fields[key] = value
    return fields


def parse_date(value: Any) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        text = value.strip()
        try:
            return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).date()
        except ValueError:
            return None
    return None


def _field_line(block: str, name: str) -> int:
    for number, line in enumerate(block.split("\n"), start=2):
        if line.startswith(f"{name}:"):
            return number
    return 1
