"""Story links as a distributed step (index/story_shards.py) are the links a build in one
process finds, bit for bit, however the postings are sharded."""

from __future__ import annotations

import dataclasses

from hypothesis import given, settings
from hypothesis import strategies as st

from newslint.index.stories import RULES, Signature, stories_of
from newslint.index.story_links import StoryGraph
from newslint.index.story_shards import count_shard, plan, sharded_graph, stable_hash

_TERM = st.sampled_from([f"t{i}" for i in range(30)])
_SIGNATURE = st.builds(Signature.of,
                       st.one_of(st.none(), st.integers(0, 40)),
                       st.frozensets(_TERM, min_size=3, max_size=12))


@settings(max_examples=80, deadline=None)
@given(st.lists(_SIGNATURE, min_size=12, max_size=60), st.integers(1, 5), st.integers(1, 5))
def test_sharded_links_are_the_build_links(articles, shards, buckets):
    signatures = {f"a{n:02}": s for n, s in enumerate(articles)}
    built = StoryGraph.build(signatures, RULES)
    sharded = sharded_graph(signatures, RULES, shards=shards, buckets=buckets)
    assert sharded.links == built.links  # the same floats, not merely close ones
    assert sharded.frequency == built.frequency and sharded.digests == built.digests
    assert stories_of(sharded) == stories_of(built)


def test_window_and_undated_articles():
    """Two dated articles eight days apart never pair; an undated one pairs with both."""
    words = ("harbor", "council", "seawall", "levy")
    signatures = {"early": Signature.of(100, words), "late": Signature.of(108, words),
                  "undated": Signature.of(None, words)}
    signatures |= {f"other{n:02}": Signature.of(300 + 30 * n, (f"x{n}", f"y{n}", f"z{n}"))
                   for n in range(10)}
    planned = plan(signatures, RULES, 1)
    pairs = {(a, b) for counts in count_shard(planned.shards[0], RULES.window_days, 1)
             for a, b, _ in counts}
    assert pairs == {("early", "undated"), ("late", "undated")}
    assert sharded_graph(signatures, RULES).links == StoryGraph.build(signatures, RULES).links


def test_stable_hash_is_the_same_in_every_process():
    assert stable_hash("harbor", 8) == stable_hash("harbor", 8) == 5
    assert len({stable_hash(f"t{n}", 4) for n in range(50)}) == 4


@settings(max_examples=40, deadline=None)
@given(st.lists(_SIGNATURE, min_size=12, max_size=40), st.integers(2, 6),
       st.dictionaries(st.integers(0, 11), _SIGNATURE, min_size=1, max_size=3))
def test_a_capped_term_weighs_nothing_in_every_build(articles, cap, edits):
    """However large the archive, a term used by more than `max_limit` articles links
    nothing: the same in a build, a sharded build and an update after an edit."""
    rules = dataclasses.replace(RULES, max_limit=cap)
    before = {f"a{n:02}": s for n, s in enumerate(articles)}
    after = before | {f"a{n:02}": s for n, s in edits.items()}
    built = StoryGraph.build(after, rules)
    assert sharded_graph(after, rules, shards=3, buckets=2).links == built.links
    graph = StoryGraph.build(before, rules)
    if graph.update(after, rules):
        assert graph.links == built.links
    crowded = {t for t, n in built.frequency.items() if n > cap}
    for first, second in built.links:
        shared = set(after[first].terms) & set(after[second].terms)
        assert len(shared - crowded) >= RULES.min_shared
