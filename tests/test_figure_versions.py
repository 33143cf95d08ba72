"""NL401 compares each version of a report once: copies of one article weigh as many
articles as there are, so the finding, the article it flags and its related locations are
those of comparing every pair; and shares of what a noun names are compared across a day."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from hypothesis import given
from hypothesis import strategies as st

from newslint.facts.span import Span
from newslint.rules.figure_wording import _quoted, in_quotation
from realcopy import article_copy, edit_line

_LOW = "---\ndate: 2024-03-01\n---\nThe Boeing jet lost 14 engines in the test, Boeing said.\n"
_HIGH = "---\ndate: 2024-03-01\n---\nBoeing said 24 engines were lost in the test.\n"


def _flagged(found: list[dict]) -> tuple[str, list[str]]:
    (finding,) = found
    return Path(finding["path"]).name, [Path(r["path"]).name for r in finding["related"]]


def test_the_article_at_odds_with_most_copies_is_flagged(corpus, run_json):
    # Three copies of one report against one other: the other is at odds with three
    # articles, each copy with one, so the other is flagged and every copy is related.
    root = corpus({"a.md": _LOW, "b.md": _HIGH, "c.md": _HIGH, "d.md": _HIGH})
    _, found = run_json(root, "--select", "NL401")
    assert _flagged(found) == ("a.md", ["b.md", "c.md", "d.md"])
    root = corpus({"a.md": _HIGH, "b.md": _HIGH, "c.md": _HIGH, "d.md": _LOW})
    _, found = run_json(root, "--select", "NL401")
    assert _flagged(found) == ("d.md", ["a.md", "b.md", "c.md"])


def test_copies_and_their_order_do_not_change_the_finding(corpus, run_json):
    # Two reports and two copies of each, under names that interleave them.
    root = corpus({"a.md": _LOW, "b.md": _HIGH, "c.md": _LOW, "d.md": _HIGH})
    _, found = run_json(root, "--select", "NL401")
    # a.md and every article tie at two conflicts: the first path is flagged.
    assert _flagged(found) == ("a.md", ["b.md", "d.md"])


def test_a_share_of_a_group_is_compared_across_a_day(tmp_path, run_json):
    # Fox (dated a day after the Huffington Post) gives the share of Latino voters in
    # McCarthy's district; planted, it no longer matches the Post's.
    event = "2014-kevin-mccarthy-open-to-immigration-reform"
    folder = article_copy(tmp_path, event, ["fox.md", "hpo.md"])
    _, found = run_json(folder, "--select", "NL401")
    assert found == []
    edit_line(folder, "fox.md", 16, "35 percent", "45 percent")
    _, found = run_json(folder, "--select", "NL401")
    (finding,) = found
    places = {(Path(finding["path"]).name, finding["line"]),
              *((Path(r["path"]).name, r["line"]) for r in finding["related"])}
    assert places == {("fox.md", 16), ("hpo.md", 18)}
    assert finding["severity"] == "info"  # another day's figure may have been updated


def test_a_bare_percentage_is_not_compared_across_days(corpus, run_json):
    root = corpus({
        "a.md": "---\ndate: 2024-03-01\n---\nThe index rose 35 percent, Reuters said.\n",
        "b.md": "---\ndate: 2024-03-02\n---\nThe index rose 45 percent, Reuters said.\n",
    })
    _, found = run_json(root, "--select", "NL401")
    assert found == []


@given(st.lists(st.tuples(st.integers(0, 60), st.integers(0, 30)), max_size=8),
       st.lists(st.tuples(st.integers(0, 60), st.integers(0, 10)), min_size=1, max_size=8))
def test_quoted_mentions_found_in_one_pass_are_those_inside_a_quote(quotes, mentions):
    # Quotes may nest or overlap (a quotation inside a longer one): a mention is quoted
    # when any quote holds it, as in_quotation says one mention at a time.
    article = SimpleNamespace(quotes=[SimpleNamespace(span=_span(s, s + n)) for s, n in quotes])
    qs = [SimpleNamespace(span=_span(s, s + n)) for s, n in mentions]
    assert _quoted(article, qs) == [in_quotation(article, q) for q in qs]  # type: ignore[arg-type]


def _span(start: int, end: int) -> Span:
    return Span(start, end, 1, start + 1, 1, end + 1)
