"""Roles tries each of its patterns only in sentences where it may match
(role_patterns.shapes): a pattern it skips would have found nothing there. Checked on every
prose sentence of real articles and on sentences written in their style."""

from __future__ import annotations

from pathlib import Path

import pytest

from newslint.extract.scan import scan
from newslint.extract.sourcing import role_patterns, roles
from newslint.extract.sourcing.name_patterns import prose_sentences
from newslint.load import load_article
from realcopy import BASIL

# Dev events of bench/quality/splits.yaml: political copy, titles and appositives.
EVENTS = ["2010-n-a-a-c-p-challenges-tea-party-on-racism",
          "2010-republicans-sign-letter-to-stop-legislature-unti",
          "2011-house-reading-of-constitution-is-not-without-iss"]

_WRITTEN = ("Nancy Pelosi, the House speaker, said the vote would come Friday. "
            "The vote, aides said, would come Friday. Liang Wenfeng is the chief executive "
            "of DeepSeek. Treasury Secretary Timothy Geithner met bankers on Monday.")


def _skipped_patterns_find_nothing(path: Path) -> int:
    """Sentences where some pattern was skipped; fails if a skipped one matches."""
    article, _ = load_article(path, path.as_posix(), path.as_posix(), 10_000_000)
    assert article is not None
    patterns = role_patterns.role_patterns()
    text, words = article.analysis, scan(article.analysis)
    openers = patterns.role_openers.starts(words)
    verbs = patterns.copula_verb.starts(words)
    every = {"premodifier": patterns.premodifier, "appositive": patterns.appositive,
             "copula": patterns.copula}
    skipped = 0
    for sentence in prose_sentences(article):
        tried = {name for name, _ in role_patterns.shapes(patterns, text, openers, verbs,
                                                          sentence.start, sentence.end)}
        for name in every.keys() - tried:
            skipped += 1
            found = every[name].search(text, sentence.start, sentence.end)
            assert found is None, (name, found.group())
    return skipped


@pytest.mark.parametrize("event", EVENTS)
@pytest.mark.parametrize("outlet", ["fox.md", "hpo.md", "nyt.md"])
def test_skipped_patterns_match_nowhere_in_real_copy(event, outlet):
    path = BASIL / event / outlet
    if not path.is_file():
        pytest.skip(f"real-copy corpus not available: {path}")
    assert _skipped_patterns_find_nothing(path) > 0


def test_each_shape_is_tried_where_it_matches(tmp_path):
    path = tmp_path / "speaker.md"
    path.write_text(_WRITTEN + "\n", encoding="utf-8")
    assert _skipped_patterns_find_nothing(path) > 0
    article, _ = load_article(path, path.as_posix(), path.as_posix(), 10_000_000)
    found = {(r.person, r.pattern) for r in roles.extract_roles(article)}
    assert {("Nancy Pelosi", "appositive"), ("Liang Wenfeng", "copula"),
            ("Timothy Geithner", "premodifier")} <= found
