"""NL302 compares a quote with the one quote of each other article it echoes best: a
sentence that shares a few words with it does not stand in for the sentence it repeats.
"""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from newslint.facts import ArticleFacts, Quote, Span
from newslint.index.quote_match import Match, best_counterparts, matches
from quote_findings import nl302
from realcopy import article_copy, edit_line

WEINER = "2011-weiner-denies-sending-photo"


def _at(finding: dict) -> set[tuple[str, int]]:
    places = [finding, *finding.get("related", [])]
    return {(p["path"].rsplit("/", 1)[-1], p["line"]) for p in places}


def test_real_dev_fragment_pairs_with_the_sentence_it_repeats(tmp_path, run_json) -> None:
    # a word dropped from "not going to talk about this anymore" (hpo.md:26): the fox.md
    # sentence it repeats is line 22, not "not going to allow this thing ..." at line 24
    root = article_copy(tmp_path, WEINER)
    edit_line(root, "hpo.md", 26, "talk about this", "talk this")
    (finding,) = nl302(run_json, root)
    assert _at(finding) == {("hpo.md", 26), ("fox.md", 22)}
    assert '"about"' in finding["message"]


def test_a_sentence_sharing_a_phrase_is_not_the_counterpart(corpus, run_json) -> None:
    # "not going to let this memo decide" shares six of the eight words too, in the
    # paragraph that quotes her at more length; the first paragraph is the remark repeated
    root = corpus({
        "a.txt": 'WASHINGTON (Wire) - Asked about the memo, Ann Ford replied, "You know I am '
                 'not going to discuss the memo anymore."\n\n"That is the game. The people at '
                 'the back who shout want that to be the story," Ford told reporters. "But I '
                 'am not going to let this memo decide what I discuss."\n',
        "b.txt": 'WASHINGTON (Wire) - "I am not going to discuss this memo anymore," Ann Ford '
                 'told reporters on Tuesday.\n'})
    (finding,) = nl302(run_json, root)
    assert _at(finding) == {("a.txt", 1), ("b.txt", 1)}
    assert '"this"' in finding["message"] and "decide" not in finding["message"]


def _quote(text: str, start: int) -> Quote:
    span = Span(start=start, end=start + len(text), line=1, col=start + 1, end_line=1,
                end_col=start + len(text) + 1)
    return Quote(text=text, span=span, speaker=None, speaker_key=None, speaker_span=None,
                 verb=None, partial=False, context="text")


# four sentences that share words with each other: each has its own counterpart
SENTENCES = ["we will win this case in the supreme court next year",
             "we will win the vote in the house next week",
             "we will not win this case without the court",
             "the court will hear the case next year"]


@settings(max_examples=30, deadline=None)
@given(st.randoms(use_true_random=False))
def test_the_choice_is_the_same_whatever_the_order(rng: random.Random) -> None:
    first, second = ArticleFacts(path="a.md", id="a"), ArticleFacts(path="b.md", id="b")
    entries = [(first, _quote(s, 100 * i)) for i, s in enumerate(SENTENCES)]
    entries += [(second, _quote(s.replace("will", "shall"), 100 * i))
                for i, s in enumerate(SENTENCES)]
    found = matches(entries, 2, 0.5)
    assert any(m.a[1].span.start != m.b[1].span.start for m in found)  # false pairings
    shuffled = list(found)
    rng.shuffle(shuffled)
    kept = best_counterparts(shuffled, {})
    assert sorted(map(_key, kept)) == sorted(map(_key, best_counterparts(found, {})))
    # each sentence keeps one counterpart in the other article: its own
    assert sorted(map(_key, kept)) == [(100 * i, 100 * i) for i in range(len(SENTENCES))]


def _key(match: Match) -> tuple[int, int]:
    return match.a[1].span.start, match.b[1].span.start
