"""Fast paths give what the plain search they stand for gives: the same matches, on real
copy (read from ../shared/corpora/basil; skipped without it) and on generated text."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newslint.extract.scan import scan
from newslint.extract.sourcing import role_patterns
from newslint.load import load_article
from realcopy import BASIL

# Words of the shapes role patterns read: names, titles, owners, modifiers, joiners.
_WORDS = ["Meta's", "Chief", "AI", "Scientist", "Yann", "LeCun", "former", "Gov.", "Mike",
          "Huckabee", "the", "CEO", "of", "OpenAI", "Sam", "Altman", "co-founder", "Sen.",
          "said", "and", "chief", "executive", "Apple", "Tim", "Cook", "ex-Google", "is",
          "President", "Trump", "Vice", "O'Brien", "Jean-Luc", "3M", "deputy", "director"]
_GLUE = [" ", " ", " ", ", ", "-", ". ", "\n", "’s ", " (", ") "]


def _role_matches(text: str) -> tuple[list, list]:
    """Every sentence's matches of each role shape, by the fast path and by the overlapped
    search: (shape, span, role span), fast path first."""
    article = _article(text)
    patterns = role_patterns.role_patterns()
    words = scan(article.analysis)
    openers = patterns.role_openers.starts(words)
    shapes = {"premodifier": patterns.premodifier, "appositive": patterns.appositive,
              "copula": patterns.copula}
    fast, plain = [], []
    for sentence in article.sentences:
        for shape, pattern in shapes.items():
            plain += [(shape, m.span(), m.span("role")) for m in pattern.finditer(
                article.analysis, sentence.start, sentence.end, overlapped=True)]
            fast += [(shape, m.span(), m.span("role")) for m in role_patterns.matches(
                pattern, shape, article.analysis, openers, sentence.start, sentence.end)]
    return fast, plain


def _article(text: str):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "a.txt"
        path.write_text(text, encoding="utf-8")
        article, _ = load_article(path, "a.txt", "a.txt")
    assert article is not None
    return article


def test_role_shapes_fast_path_on_real_copy():
    events = sorted(p for p in BASIL.iterdir() if p.is_dir())[:12] if BASIL.is_dir() else []
    if not events:
        pytest.skip("real-copy corpus not available")
    total = 0
    for event in events:
        for path in sorted(event.iterdir()):
            fast, plain = _role_matches(path.read_text(encoding="utf-8"))
            assert fast == plain, path
            total += len(plain)
    assert total > 20  # the shapes are there to compare


def test_role_shapes_fast_path_on_text_in_the_style_of_copy():
    text = ("Meta's Chief AI Scientist Yann LeCun said on Monday that former Arkansas Gov. "
            "Mike Huckabee and OpenAI CEO Sam Altman met Eric Schmidt, the former chief "
            "executive of Google. Tim Cook is the chief executive of Apple.\n")
    fast, plain = _role_matches(text)
    assert fast == plain
    assert {shape for shape, _, _ in plain} == {"premodifier", "appositive", "copula"}


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_GLUE)),
                min_size=1, max_size=40))
def test_role_shapes_fast_path_on_generated_text(pieces):
    text = "".join(word + glue for word, glue in pieces)
    fast, plain = _role_matches(text)
    assert fast == plain
