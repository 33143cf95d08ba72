"""Properties of the merge into one finding per discrepancy and of the marked passages."""

from __future__ import annotations

import html
import re

from hypothesis import given
from hypothesis import strategies as st

from newslint.diagnostics import Diagnostic, Edit, Location, Severity
from newslint.grouping import merge_groups
from newslint.report.passages import marked_span

places = st.tuples(st.sampled_from(["a.md", "b.md", "c.md"]), st.integers(1, 40),
                   st.integers(1, 80))


def occurrence(path: str, line: int, col: int, group: str) -> Diagnostic:
    loc = Location(path, line, col, line, col + 8)
    return Diagnostic("NL101", "name-spelling", Severity.WARNING, "misspelt", loc,
                      related=(Location("z.md", 1, 1, 1, 9, "right here"),),
                      fingerprint=f"fp-{path}", key="DeekSeek->DeepSeek", group=group,
                      fixes=(Edit(path, line * 100 + col, line * 100 + col + 8, "DeekSeek",
                                  "DeepSeek"),))


@given(st.lists(st.tuples(places, st.sampled_from(["g1", "g2", ""])), min_size=1,
                max_size=12, unique_by=lambda item: item[0]), st.randoms())
def test_merge_is_order_free_and_keeps_every_place(items, shuffle):
    findings = [occurrence(*place, group) for place, group in items]
    merged = merge_groups(findings)
    shuffled = list(findings)
    shuffle.shuffle(shuffled)
    assert merge_groups(shuffled) == merged
    assert [d.fixes for d in merge_groups(shuffled)] == [d.fixes for d in merged]
    groups = {group for _, group in items if group}
    assert len(merged) == len(groups) + sum(1 for _, group in items if not group)
    shown = {(loc.path, loc.line, loc.col) for d in merged
             for loc in (d.location, *d.related) if loc.path != "z.md"}
    assert shown == {place for place, _ in items}
    assert sum(len(d.fixes) for d in merged) == len(items)


@given(st.text(max_size=60), st.lists(st.text(max_size=40), max_size=3))
def test_marked_span_only_adds_marks(text, others):
    marked = marked_span(text, others)
    assert html.unescape(re.sub(r"</?mark[^>]*>", "", marked)) == text
    assert marked.count("<mark") == marked.count("</mark>")
