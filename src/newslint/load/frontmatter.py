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
# Safe loading still expands aliases: a few hundred bytes of nested anchors stand for
# gigabytes once anything walks the values. An article's metadata is a few dozen values.
MAX_NODES = 10_000
# Characters that open a tag, anchor, alias or block scalar rather than plain text.
_YAML_SYNTAX = frozenset("!&*|>")


class _TooLarge(Exception):
    pass


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
        data = _load(block) if block.strip() else {}
    except (_TooLarge, RecursionError):  # RecursionError: deep nesting, pure-Python YAML
        result.problems.append(
            LoadProblem("NL005", f"front matter expands to more than {MAX_NODES:,} values "
                        "(nested YAML aliases?); metadata ignored, body still checked")
        )
        return result
    except (ValueError, OverflowError):
        # A scalar YAML reads as a timestamp that is no date ("date: 2025-13-45"): the
        # fields read line by line keep it as text, and NL007 below says what is wrong.
        data = _simple_fields(block)
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
        if isinstance(exc, yaml.constructor.ConstructorError):
            # valid YAML with a tag safe loading never runs ("!!python/object/apply")
            what = (f"front matter uses a YAML tag newslint does not load ({problem}); "
                    f"{recovered}, body still checked")
        else:
            what = (f"front matter is not valid YAML ({problem}); {recovered}, body still "
                    f"checked ({_repair_hint(exc, line)})")
        result.problems.append(LoadProblem("NL005", what, line=line))
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
                LoadProblem("NL007", f"front matter date {_shown(meta['date'])} is not a date "
                            "(use YYYY-MM-DD); the article is treated as undated",
                            line=_field_line(block, "date"))
            )
            del meta["date"]
        else:
            meta["date"] = parsed
    result.meta = meta
    return result


def _repair_hint(exc: yaml.YAMLError, line: int) -> str:
    """What to change, from where the parser says it was: an unclosed quotation mark or
    bracket is closed on the line it opens, any other breakage is most often a colon in an
    unquoted value ("title: Fed: rates on hold")."""
    context = getattr(exc, "context", None) or ""
    if "quoted scalar" in context:
        return f"close the quotation mark opened on line {line}"
    if "flow sequence" in context:
        return f"close the [ opened on line {line} with ]"
    if "flow mapping" in context:
        return f"close the {{ opened on line {line} with }}"
    return "quote values that contain ': '"


def _load(block: str) -> Any:
    """Compose the node graph (linear in the text), measure it as if every alias were
    expanded, and only then build Python values."""
    loader = _SAFE_LOADER(block)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        # Only an alias can make a block stand for more values than it has characters
        # (a node takes at least half a character: `[:,:]`); a short block without one is
        # under the limit unmeasured.
        if ("*" in block or len(block) > MAX_NODES // 4) and _expanded_size(node) > MAX_NODES:
            raise _TooLarge
        return loader.construct_document(node)
    finally:
        loader.dispose()


def _expanded_size(root: yaml.Node) -> int:
    """Nodes the document holds once aliases are expanded, counted without expanding them
    (each shared node is measured once); more than MAX_NODES, or a cycle, stops early."""
    over = MAX_NODES + 1
    sizes: dict[int, int] = {}
    visiting: set[int] = set()
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, finished = stack.pop()
        children = _children(node)
        if finished:
            visiting.discard(id(node))
            sizes[id(node)] = min(over, 1 + sum(sizes[id(c)] for c in children))
            if sizes[id(node)] >= over:
                return over
            continue
        if id(node) in sizes:
            continue
        if id(node) in visiting:
            return over  # a recursive alias: `&a [*a]`
        visiting.add(id(node))
        stack.append((node, True))
        stack.extend((c, False) for c in children if id(c) not in sizes)
    return sizes[id(root)]


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    return []


def _shown(value: Any) -> str:
    text = repr(value) if isinstance(value, str | int | float) else type(value).__name__
    return text if len(text) <= 60 else text[:57] + "..."


def _simple_fields(block: str) -> dict[str, str]:
    """Known top-level `key: value` lines, split at the first colon; quotes stripped. A value
    that opens with YAML syntax (a `!!tag`, an `&anchor` or `*alias`, a `|`/`>` block) is
    not text the writer meant as the value: it is left out rather than shown as a title."""
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
        elif value[:1] in _YAML_SYNTAX:
            continue
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
