"""Rule registry: every `nlNNN_*.py` module here defines exactly one rule, found by its code.

House rules declared in YAML rule packs (`existence`, `substitution`) join the registry too.
"""

from __future__ import annotations

import functools
import importlib
import pkgutil
from collections.abc import Iterable
from pathlib import Path

from newslint.rules.base import ArticleRule, CorpusRule, InputRule, Rule, iter_rules_of


@functools.cache
def builtin_rules() -> tuple[Rule, ...]:
    rules: list[Rule] = []
    for module_info in pkgutil.iter_modules(__path__):
        if not module_info.name.startswith("nl"):
            continue
        module = importlib.import_module(f"{__name__}.{module_info.name}")
        classes = list(iter_rules_of(module))
        if len(classes) != 1:
            raise RuntimeError(f"{module.__name__} must define exactly one rule")
        rules.append(classes[0]())
    return tuple(sorted(rules, key=lambda r: r.code))


def all_rules(pack_dirs: Iterable[Path] = ()) -> tuple[Rule, ...]:
    return _all_rules(tuple(pack_dirs))


@functools.cache  # asked for once per article; the packs themselves are read once too
def _all_rules(pack_dirs: tuple[Path, ...]) -> tuple[Rule, ...]:
    from newslint.rules.pack import pack_rules

    rules = {rule.code: rule for rule in builtin_rules()}
    for rule in pack_rules(tuple(pack_dirs)):
        if rule.code in rules:
            from newslint.ruledata import RuleDataError

            raise RuleDataError(f"rule pack code {rule.code} is already used by "
                                f"{rules[rule.code].name}")
        rules[rule.code] = rule
    return tuple(sorted(rules.values(), key=lambda r: r.code))


def find_rule(code: str, pack_dirs: Iterable[Path] = ()) -> Rule | None:
    wanted = code.strip().upper()
    for rule in all_rules(pack_dirs):
        if rule.code == wanted or rule.name == code.strip():
            return rule
    return None


__all__ = ["ArticleRule", "CorpusRule", "InputRule", "Rule", "all_rules", "find_rule"]
