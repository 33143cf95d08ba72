"""An edit re-links only the articles it touches, and gives the graph a build gives."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newslint.index import story_links
from newslint.index.stories import RULES, Signature, group_stories, stories_of
from newslint.index.story_links import StoryGraph

_TERM = st.sampled_from([f"t{i}" for i in range(24)])
_SIGNATURE = st.builds(Signature.of,
                       st.one_of(st.none(), st.integers(0, 30)),
                       st.frozensets(_TERM, min_size=3, max_size=9))


@settings(max_examples=60, deadline=None)
@given(st.lists(_SIGNATURE, min_size=12, max_size=40),
       st.dictionaries(st.integers(0, 11), _SIGNATURE, min_size=1, max_size=3))
def test_an_update_gives_the_graph_a_build_gives(articles, edits):
    before = {f"a{n:02}": s for n, s in enumerate(articles)}
    after = before | {f"a{n:02}": s for n, s in edits.items()}
    graph = StoryGraph.build(before, RULES)
    share, story_links._MAX_AFFECTED_SHARE = story_links._MAX_AFFECTED_SHARE, 0
    try:  # however much an edit touches, an update is exact (it is only slower)
        assert graph.update(after, RULES)
    finally:
        story_links._MAX_AFFECTED_SHARE = share
    fresh = StoryGraph.build(after, RULES)
    assert graph.links == fresh.links
    assert graph.frequency == fresh.frequency
    assert stories_of(graph) == group_stories(after)


def test_articles_coming_or_going_ask_for_a_build():
    articles = {f"a{n:02}": Signature.of(n, (f"t{n}", "shared", "common", "words"))
                for n in range(14)}
    graph = StoryGraph.build(articles, RULES)
    fewer = dict(list(articles.items())[1:])
    assert not graph.update(fewer, RULES)
    assert graph.digests.keys() == articles.keys()  # left as it was


def test_an_edit_far_from_the_rest_relinks_only_itself():
    # Stories of three articles a month apart; one article of the first story gains a word.
    articles = {f"s{w}_{k}": Signature.of(30 * w, {f"w{w}a", f"w{w}b", f"w{w}c", f"w{w}d",
                                                   f"own{w}{k}"})
                for w in range(6) for k in range(3)}
    graph = StoryGraph.build(articles, RULES)
    kept = {pair: s for pair, s in graph.links.items() if "s0_0" not in pair}
    edited = Signature.of(0, {*articles["s0_0"].terms, "extra"})
    assert graph.update(articles | {"s0_0": edited}, RULES)
    assert {p: s for p, s in graph.links.items() if "s0_0" not in p} == kept
    assert stories_of(graph) == [[f"s{w}_{k}" for k in range(3)] for w in range(6)]


def test_a_run_after_an_edit_that_moves_the_stories_agrees_with_a_fresh_run(tmp_path,
                                                                             monkeypatch):
    import shutil
    from pathlib import Path

    from newslint.engine.pipeline import run
    from newslint.index.stories import story_signature
    from newslint.settings import Settings

    root = tmp_path / "corpus"
    shutil.copytree(Path(__file__).parent / "data" / "corpora" / "multi_outlet", root)
    monkeypatch.chdir(root)
    first = run([root], Settings(root=root))
    target = root / "villa-kicker.txt"
    text = target.read_text(encoding="utf-8")
    # The signing story told again with the vocabulary of the earthquake story.
    quake = (root / "quake-ap.md").read_text(encoding="utf-8").split("---", 2)[-1]
    target.write_text(text + "\n" + quake, encoding="utf-8")
    assert story_signature(text, (), None) != story_signature(target.read_text(), (), None)
    edited = run([root], Settings(root=root))
    fresh = run([root], Settings(root=root, cache=False))
    assert edited.partition == fresh.partition != first.partition
    assert edited.diagnostics == fresh.diagnostics
