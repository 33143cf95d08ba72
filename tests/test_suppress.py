from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newslint.suppress import parse_directives
from wire import A, B, C


@pytest.fixture
def project(corpus, monkeypatch):
    def make(a: str = A, b: str = B, c: str = C, suffix: str = "md"):
        root = corpus({f"a.{suffix}": a, f"b.{suffix}": b, f"c.{suffix}": c})
        monkeypatch.chdir(root)
        return root

    return make


def found(run_json, *args: str) -> list[tuple[str, str, int]]:
    _, diagnostics = run_json(".", "--no-cache", *args)
    return [(d["code"], d["path"], d["line"]) for d in diagnostics]


MISSPELT = "A spokesman for DeekSeek said the company would publish its research."


def test_disable_next_line_with_a_reason(project, run_json):
    comment = "<!-- newslint: disable-next-line NL101 -- the agency's own spelling -->\n\n"
    project(c=C.replace(MISSPELT, comment + MISSPELT))
    assert found(run_json) == []


def test_disable_next_line_only_covers_the_next_line(project, run_json):
    comment = "<!-- newslint: disable-next-line NL101 -->\n"
    text = C.replace("The release", comment + "The release")
    project(c=text)
    # The comment covers the line after it, not the misspelling further down: both report.
    assert [f[0] for f in found(run_json)] == ["NL009", "NL101"]


def test_disable_enable_range_by_prefix(project, run_json):
    text = C.replace(MISSPELT, f"<!-- newslint: disable NL1 -->\n{MISSPELT}\n"
                               "<!-- newslint: enable -->\n\nDeekSeek again.")
    project(c=text)
    assert found(run_json) == [("NL101", "c.md", 14)]


def test_front_matter_ignore(project, run_json):
    project(c=C.replace("id: wire-c\n", "id: wire-c\nnewslint: {ignore: [NL101]}\n"))
    assert found(run_json) == []


def test_cross_article_finding_is_suppressed_at_any_location(project, run_json):
    # The finding's related location is the first "DeepSeek" in a.md (line 6).
    text = A.replace("Shares of", "<!-- newslint: disable-next-line NL101 -->\nShares of")
    project(a=text)
    assert found(run_json) == []


def test_unused_suppression_is_reported(project, run_json):
    text = B.replace("Investors", "<!-- newslint: disable-next-line NL101 -->\nInvestors")
    project(b=text)
    assert found(run_json) == [("NL009", "b.md", 10), ("NL101", "c.md", 10)]


def test_unused_code_of_a_rule_left_out_is_not_judged(project, run_json):
    text = B.replace("Investors", "<!-- newslint: disable-next-line NL101 -->\nInvestors")
    project(b=text)
    assert found(run_json, "--select", "NL2,NL009") == []


def test_plain_text_needs_the_comment_on_its_own_line(project, run_json):
    own_line = C.replace(MISSPELT, "<!-- newslint: disable-next-line NL101 -->\n" + MISSPELT)
    project(c=own_line, suffix="txt")
    assert found(run_json) == []


def test_plain_text_inline_comment_is_not_a_directive(project, run_json):
    inline = C.replace(MISSPELT, "See <!-- newslint: disable-next-line NL101 --> here.\n"
                       + MISSPELT)
    project(c=inline, suffix="txt")
    assert [f[0] for f in found(run_json)] == ["NL101"]


def test_unknown_words_in_a_comment_are_left_alone():
    text = "<!-- newslint: disable please -->\nDeekSeek\n"
    assert parse_directives(text, {}, 0, markdown=True) == ()


def test_directive_positions():
    text = "Intro.\n\n  <!-- newslint: disable-next-line NL101, NL2 -- checked -->\n\nDeekSeek.\n"
    (directive,) = parse_directives(text, {}, 0, markdown=True)
    assert (directive.line, directive.col) == (3, 3)
    assert (directive.first_line, directive.last_line) == (5, 5)
    assert directive.codes == ("NL101", "NL2") and directive.reason == "checked"


@given(st.text(), st.booleans())
def test_parsing_never_raises(text, markdown):
    for directive in parse_directives(text, {"newslint": {"ignore": ["NL1", 3]}}, 0,
                                      markdown=markdown):
        assert 1 <= directive.line <= text.count("\n") + 1
        assert 1 <= directive.first_line <= directive.last_line + 1
