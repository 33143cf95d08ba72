"""The sentence prefilter never drops a match: its words cover every pattern it guards."""

from __future__ import annotations

import string

import pytest
import regex

from conftest import DATA, SEEDS
from newslint.extract import prefilter, roles
from newslint.extract.prefilter import Keywords, first_words
from newslint.extract.rolevocab import vocabulary
from newslint.load import load_article


def test_case_folding_keeps_offsets_and_matches():
    """Every character an IGNORECASE ASCII letter matches lower-cases (after the fold table)
    to that letter, or to more than one character (then every sentence is kept)."""
    every = "".join(chr(cp) for cp in range(0x110000) if not 0xD800 <= cp < 0xE000)
    for letter in string.ascii_lowercase:
        for match in regex.finditer(rf"(?i:{letter})", every):
            low = match.group().lower()
            assert len(low) != 1 or low.translate(prefilter._FOLD) == letter, hex(ord(low))


def test_ignore_case_needs_a_fallback():
    words = Keywords(["spokesman"], ignore_case=True)
    assert words.starts("a SPOKESMAN, a ſpokesman") == [2, 15]
    assert regex.search(r"(?i:spokesman)", "a ſpokesman")
    assert words.starts("İstanbul spokesman") is None  # lower-casing would move offsets


def test_role_trigger_covers_every_role_form():
    trigger = roles._patterns().trigger
    for form in vocabulary().role_forms:
        for written in (form, form.upper(), form.title()):
            assert trigger.starts(written), written


def test_attribute_triggers_cover_their_patterns():
    triggers = roles._triggers()
    for verb in roles._VERB_KIND:
        assert triggers.participle.starts(f"was {verb} by"), verb
    assert regex.search(roles._PARTICIPLE, "co-developed by")
    for text in ("Hong Kong-based", "based in Paris", "headquartered in Paris"):
        assert triggers.based.starts(text), text
    kinds = regex.compile(vocabulary().kind_pattern)
    for kind in vocabulary().kinds:
        assert kinds.fullmatch(kind)
        assert triggers.description.starts(kind), kind
    for verb in ("released", "launched", "unveiled", "developed", "built", "created",
                 "introduced", "rolled  out", "debuted"):
        assert triggers.release.starts(verb), verb
        assert regex.search(rf"(?:{roles._RELEASE_VERBS})", verb)


def test_first_words():
    assert first_words(["chief executive", "ceo"]) == ["chief", "ceo"]
    with pytest.raises(ValueError):
        Keywords([""])


def _articles():
    paths = sorted(SEEDS.iterdir()) + sorted(DATA.rglob("*.txt")) + sorted(DATA.rglob("*.md"))
    for path in paths:
        article, _ = load_article(path, path.as_posix(), path.as_posix(), 10_000_000)
        if article is not None:
            yield article


def test_same_facts_without_the_prefilter(monkeypatch):
    articles = list(_articles())
    assert articles
    with_filter = [(roles.extract_roles(a), roles.extract_attributes(a)) for a in articles]
    monkeypatch.setattr(Keywords, "starts", lambda self, text: None)
    without = [(roles.extract_roles(a), roles.extract_attributes(a)) for a in articles]
    assert with_filter == without
