"""rules/speech_verbs.yaml is read as words only: YAML's booleans cannot slip in."""

from __future__ import annotations

import pytest
import yaml

from newslint.facts.speech import _words, lexicon
from newslint.ruledata import RuleDataError


def test_a_bare_yaml_boolean_is_refused_with_the_fix() -> None:
    # an editor adds "on" to the openers unquoted: YAML reads it as true
    data = yaml.safe_load("sentence_openers:\n  - in\n  - on\n")
    with pytest.raises(RuleDataError, match=r"sentence_openers: True .*quotes"):
        _words(data, "sentence_openers")


def test_a_number_is_refused_too() -> None:
    with pytest.raises(RuleDataError, match="generic_speakers"):
        _words({"generic_speakers": ["aide", 1.0]}, "generic_speakers")


def test_words_are_kept_as_written() -> None:
    assert _words(yaml.safe_load("say:\n  - said\n  - 'on'\n"), "say") == ["said", "on"]


def test_the_builtin_openers_hold_on_not_true() -> None:
    openers = lexicon().openers
    assert "on" in openers and "true" not in openers
