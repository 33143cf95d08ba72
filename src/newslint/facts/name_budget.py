"""How many letters two spellings of one name may be apart and still be a slip: the
built-in budget of `rules/names.yaml` (`min_length_one_edit`, `min_length_two_edits`),
which NL101 starts from. The quote rules read it here, so a speaker's name garbled in a
quote's attribution is judged by the count NL101 uses by default. NL101 itself goes
further (a second edit at five to eight letters within one article, one at four letters
beside evidence) and takes a project's overrides from its options; neither reaches the
quote rules, which keep to this plain budget."""

from __future__ import annotations

import functools

from newslint.ruledata import builtin


@functools.cache
def _settings() -> tuple[int, int]:
    settings = builtin("names.yaml").get("settings") or {}
    return int(settings["min_length_one_edit"]), int(settings["min_length_two_edits"])


def slip_budget(shortest: int) -> int:
    """Edits (a letter changed, dropped, added or swapped) allowed between two spellings
    whose shorter has `shortest` letters: none below `min_length_one_edit`, one below
    `min_length_two_edits`, two from there."""
    one_edit, two_edits = _settings()
    return 0 if shortest < one_edit else 1 if shortest < two_edits else 2


def most_edits() -> int:
    """The widest budget, for a long name: how far apart two names may be for NL101 to
    call one a slip of the other at all."""
    return slip_budget(_settings()[1])
