"""Properties over arbitrary input: never raise, positions inside the file, order independence."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newslint.engine.pipeline import run
from newslint.settings import Settings

# Fragments that exercise every stage: front matter, Markdown, quotes, posts, spinner phrases,
# figures, names, odd whitespace and characters outside the Basic Multilingual Plane.
FRAGMENTS = [
    "---\n", "title: x\n", "date: 2025-01-28\n", "date: [\n", "# ", "**", "_", "[link](http://x)",
    "<!-- c -->", "<!--", "```\n", "> ", "- ", "\n", "\n\n", "\r\n", "\r", " ", "\t", ". ", "? ",
    "“", "”", "‘", "’", '"', "'", "—", "DeepSeek", "DeekSeek", "Marc Andreessen", "said", "U.S.",
    "$5.6 million", "more than 2 percent", "1.9%", "p.c.", "{dollars}", "lots of of", "mannequin",
    "pic.twitter.com/abc", "— A B (@ab) January 27, 2025", "Monday", "earlier this week",
    "late 2024", "O1", "o1", "R1", "GPT-4o", "é", "🙂", "\u200b", "\ufeff", "\x00", "TK",
]
article_text = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)), max_size=40
).map("".join)


def _check(files: dict[str, bytes], **options):
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        for name, data in files.items():
            (root / name).write_bytes(data)
        result = run([root], Settings(jobs=1, **options))
        contents = {(root / name).as_posix(): data for name, data in files.items()}
        return result, contents


def _assert_inside(result, contents):
    for diagnostic in result.diagnostics:
        for loc in (diagnostic.location, *diagnostic.related):
            data = contents[loc.path]
            text = data.decode("utf-8", errors="replace").replace("\r\n", "\n").replace("\r", "\n")
            lines = text.split("\n")
            assert 1 <= loc.line <= len(lines), (loc, diagnostic)
            assert 1 <= loc.col <= len(lines[loc.line - 1]) + 1, (loc, diagnostic)
            end_line = getattr(loc, "end_line", loc.line)
            assert loc.line <= end_line <= len(lines)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(a=article_text, b=article_text)
def test_any_text_never_raises_and_positions_lie_inside(a, b):
    result, contents = _check({"a.md": a.encode("utf-8", "surrogatepass"),
                               "b.txt": b.encode("utf-8", "surrogatepass")})
    _assert_inside(result, contents)


@settings(max_examples=40, deadline=None)
@given(data=st.binary(max_size=300))
def test_any_bytes_never_raise(data):
    result, contents = _check({"a.txt": data, "b.md": b"DeepSeek said so. " + data})
    assert result.files == 2
    for diagnostic in result.diagnostics:
        assert diagnostic.location.path in contents


@settings(max_examples=25, deadline=None)
@given(texts=st.lists(article_text, min_size=2, max_size=4), order=st.randoms())
def test_same_findings_whatever_the_order_of_the_files(texts, order):
    names = [f"{i}.txt" for i in range(len(texts))]
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        for name, text in zip(names, texts, strict=True):
            (root / name).write_text(text, encoding="utf-8", errors="surrogatepass")
        paths = [root / n for n in names]
        first = run(paths, Settings(jobs=1)).diagnostics
        order.shuffle(paths)
        second = run(paths, Settings(jobs=1)).diagnostics
    assert first == second


def _mask_every_pattern(text: str, body_start: int) -> str:
    """mask_markup as first written: every pattern scans the body, needed or not."""
    from newslint.load import markup as m

    body = m._COMMENT.sub(m._blank_match, text[body_start:])
    for pattern in (m._FENCE, m._REF_DEF, m._IMAGE):
        body = pattern.sub(m._blank_match, body)
    body = m._LINK.sub(m._link_label_only, body)
    for pattern in (m._INLINE_CODE, m._HTML_TAG, m._HEADING_MARK, m._BLOCKQUOTE,
                    m._LIST_MARK, m._EMPHASIS):
        body = pattern.sub(m._blank_match, body)
    return m.blank(text[:body_start]) + body


@given(st.text(alphabet="<!->`~#*+_[]():@.cot/ ab129é\t\n", max_size=80) | st.text(max_size=80),
       st.integers(0, 10))
@settings(max_examples=300, deadline=None)
def test_markup_masking_skips_only_patterns_that_cannot_match(text, body_start):
    from newslint.load.markup import mask_markup

    body_start = min(body_start, len(text))
    assert mask_markup(text, body_start, markdown=True) == _mask_every_pattern(text, body_start)
