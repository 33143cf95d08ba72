"""House rules declared in YAML rule packs: `existence` and `substitution`, as in Vale.

A pack is a YAML file with a top-level `rules:` list; the built-in pack is
`rules/house_style.yaml`, and users add folders of packs with --rule-pack.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from pathlib import Path
from typing import Any, ClassVar

import regex

from newslint.diagnostics import Diagnostic, Severity
from newslint.facts.text import lowered
from newslint.ruledata import RuleDataError, builtin_rules_dir, load_yaml_file
from newslint.rules.base import ArticleContext, ArticleRule, make_diagnostic

PATTERN_TIMEOUT_SECONDS = 1.0
_CODE = regex.compile(r"[A-Z]{2,6}\d{2,4}")
_NAME = regex.compile(r"[a-z][a-z0-9-]{1,60}")
_FIELDS = frozenset(
    {"code", "name", "kind", "level", "message", "description", "ignorecase", "tokens",
     "patterns", "swap"}
)


class PackRule(ArticleRule):
    """A house rule from a YAML pack; its description is its documentation."""

    code: ClassVar[str] = ""  # set per instance

    def __init__(self, spec: dict[str, Any], source: Path):
        self.code = spec["code"]  # type: ignore[misc]
        self.name = spec["name"]  # type: ignore[misc]
        self.severity = spec["severity"]  # type: ignore[misc]
        self.kind: str = spec["kind"]
        self.message: str = spec["message"]
        self.description: str = spec["description"]
        self.source = source
        self.pattern: regex.Pattern[str] = spec["pattern"]
        self.swap: dict[str, str] = spec["swap"]
        # A rule of literal phrases cannot match in an article that holds none of them once
        # its whitespace is squeezed: a substring test per phrase rules most articles out
        # before the pattern scans the text. Case-folding is modelled for ASCII only.
        self.ignore_case = bool(self.pattern.flags & regex.IGNORECASE)
        literals: list[str] | None = spec["literals"]
        if literals is not None and self.ignore_case and not all(w.isascii() for w in literals):
            literals = None
        self.phrases = None if literals is None else tuple(
            " ".join(w.lower().split() if self.ignore_case else w.split()) for w in literals)

    @property
    def doc(self) -> str:
        return (
            f"{self.description}\n\n## Kind\n{self.kind} rule declared in {self.source.name}"
        )

    def check(self, ctx: ArticleContext) -> Iterable[Diagnostic]:
        text, facts = ctx.article.analysis, ctx.facts
        if self.phrases is not None:
            source = lowered(text) if self.ignore_case else text
            if source is not None and not self._may_match(source, self.phrases):
                return
        try:
            matches = list(self.pattern.finditer(text, ctx.article.body_start,
                                                 timeout=PATTERN_TIMEOUT_SECONDS))
        except TimeoutError:
            from newslint.rules.nl008_pattern_timeout import PatternTimeout

            span = ctx.span(ctx.article.body_start, ctx.article.body_start)
            yield make_diagnostic(
                PatternTimeout(), facts, span,
                f"pattern of {self.code} ({self.name}) took over {PATTERN_TIMEOUT_SECONDS:g}s "
                "on this file and was stopped; its findings here are missing",
                key=self.code,
            )
            return
        for match in matches:
            found = match[0]
            if self.kind == "substitution":
                suggestion = self._suggestion(found)
                message = _fill(self.message, suggestion, found)
                key = f"{found.lower()}->{suggestion}"
            else:
                message = _fill(self.message, found)
                key = found.lower()
            yield make_diagnostic(self, facts, ctx.span(match.start(), match.end()), message,
                                  key=key)

    @staticmethod
    def _may_match(source: str, phrases: tuple[str, ...]) -> bool:
        # A single word is found as well in the text as in its squeezed copy.
        if any(p in source for p in phrases if " " not in p):
            return True
        return any(p in _squeezed(source) for p in phrases if " " in p)

    def _suggestion(self, found: str) -> str:
        wanted = " ".join(found.lower().split())
        for source, suggestion in self.swap.items():
            if " ".join(source.lower().split()) == wanted:
                return suggestion
        for source, suggestion in self.swap.items():  # a regex key
            if regex.fullmatch(source, found, regex.IGNORECASE):
                return suggestion
        return next(iter(self.swap.values()))


# A match shown in a message: on one line (a finding is one line of the report) and cut to a
# readable length (a pattern may match a whole paragraph).
_SHOWN_CHARS = 80


def _fill(template: str, *values: str) -> str:
    parts = template.split("%s")
    out = parts[0]
    for index, part in enumerate(parts[1:]):
        out += (_shown(values[index]) if index < len(values) else "") + part
    return out


def _shown(value: str) -> str:
    value = " ".join(value.split())
    return value if len(value) <= _SHOWN_CHARS else value[:_SHOWN_CHARS - 1] + "…"


@functools.cache
def pack_rules(pack_dirs: tuple[Path, ...] = ()) -> tuple[PackRule, ...]:
    files = [builtin_rules_dir() / "house_style.yaml"]
    for folder in pack_dirs:
        if not folder.is_dir():
            raise RuleDataError(f"{folder}: rule pack folder not found")
        files.extend(sorted(p for p in folder.iterdir() if p.suffix in (".yaml", ".yml")))
    rules: dict[str, PackRule] = {}
    for path in files:
        data = load_yaml_file(path)
        if not isinstance(data, dict) or "rules" not in data:
            continue  # lexicons and tables live beside packs
        if not isinstance(data["rules"], list):
            raise RuleDataError(f"{path}: 'rules' must be a list")
        for number, raw in enumerate(data["rules"], start=1):
            rule = PackRule(_validate(raw, path, number), path)
            if rule.code in rules:
                raise RuleDataError(f"{path}: rule {rule.code} is declared twice")
            rules[rule.code] = rule
    return tuple(rules[c] for c in sorted(rules))


def _validate(raw: Any, path: Path, number: int) -> dict[str, Any]:
    where = f"{path}: rule #{number}"
    if not isinstance(raw, dict):
        raise RuleDataError(f"{where}: must be a mapping")
    unknown = set(raw) - _FIELDS
    if unknown:
        raise RuleDataError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
    code = str(raw.get("code", ""))
    if not _CODE.fullmatch(code):
        raise RuleDataError(f"{where}: 'code' must look like NL210 (letters, then digits)")
    name = str(raw.get("name", ""))
    if not _NAME.fullmatch(name):
        raise RuleDataError(f"{where} ({code}): 'name' must be lower-case-with-dashes")
    kind = raw.get("kind")
    if kind not in ("existence", "substitution"):
        raise RuleDataError(f"{where} ({code}): 'kind' must be existence or substitution")
    try:
        severity = Severity.parse(str(raw.get("level", "warning")))
    except ValueError as exc:
        raise RuleDataError(f"{where} ({code}): 'level': {exc}") from None
    flags = regex.IGNORECASE if raw.get("ignorecase", True) else 0
    sources: list[str] = []
    swap: dict[str, str] = {}
    literals: list[str] | None = None  # the words a literal-only rule looks for
    if kind == "substitution":
        if not isinstance(raw.get("swap"), dict) or not raw["swap"]:
            raise RuleDataError(f"{where} ({code}): substitution needs a non-empty 'swap' map")
        swap = {str(k): str(v) for k, v in raw["swap"].items()}
        sources = [_literal(k) for k in swap]
        literals = list(swap)
    else:
        tokens = raw.get("tokens") or []
        patterns = raw.get("patterns") or []
        if not isinstance(tokens, list) or not isinstance(patterns, list) or not (
            tokens or patterns
        ):
            raise RuleDataError(f"{where} ({code}): existence needs 'tokens' or 'patterns'")
        sources = [_literal(str(t)) for t in tokens] + [str(p) for p in patterns]
        literals = None if patterns else [str(t) for t in tokens]
    body = "|".join(f"(?:{s})" for s in sorted(sources, key=len, reverse=True))
    try:
        pattern = regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?:{body})(?![\p{{L}}\p{{N}}])", flags)
    except regex.error as exc:
        raise RuleDataError(f"{where} ({code}): bad pattern: {_own_error(sources, flags, exc)}"
                            ) from None
    default_message = "use '%s' instead of '%s'" if kind == "substitution" else "'%s' found"
    return {
        "code": code,
        "name": name,
        "kind": kind,
        "severity": severity,
        "message": str(raw.get("message") or default_message),
        "description": str(raw.get("description") or f"House rule {code} ({name})."),
        "pattern": pattern,
        "swap": swap,
        "literals": literals,
    }


@functools.lru_cache(maxsize=4)
def _squeezed(text: str) -> str:
    """The text with every run of whitespace as one space (str.isspace takes in every \\s)."""
    return " ".join(text.split())


def _own_error(sources: list[str], flags: int, joined: regex.error) -> str:
    """The error of the pattern the editor wrote, its position counted in that pattern
    (the joined one wraps each in a group and adds word edges, so its position is not)."""
    for source in sources:
        try:
            regex.compile(source, flags)
        except regex.error as exc:
            return f"{source!r}: {exc}"
    return str(joined)  # each compiles alone: the joined form failed (a flag, a group name)


def _literal(text: str) -> str:
    return r"\s+".join(regex.escape(word) for word in text.split())
