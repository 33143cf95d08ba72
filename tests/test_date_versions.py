"""Keyed date conflicts compare versions, not pairs of articles: a story of many copies of
one event's articles costs about its size, and every copy of the version fewer articles
give is flagged as it is in the three articles alone."""

from __future__ import annotations

import shutil
from pathlib import Path

from newslint.engine.file_task import check_file
from newslint.index import CorpusIndex
from newslint.index.date_conflicts import keyed_conflicts
from newslint.index.speech_dates import said_pairs
from newslint.index.stories import StoryIndex, facts_signature
from newslint.rules.base import CorpusContext
from newslint.settings import Settings
from realcopy import article_copy
from steps import steps

# fox.md has the aide apologize on Saturday (line 10), HuffPost on Friday (line 10).
EVENT = "2014-elizabeth-lauten-apologizes-for-criticizing-obam"


def _story(tmp_path: Path, copies: int, drop_fox: int = 0) -> list:
    source = article_copy(tmp_path / "source", EVENT)
    folder = tmp_path / f"story{copies}-{drop_fox}"
    folder.mkdir()
    for n in range(copies):
        for name in ("fox.md", "hpo.md", "nyt.md"):
            if name == "fox.md" and n < drop_fox:
                continue
            shutil.copy(source / name, folder / f"c{n:03}-{name}")
    settings = Settings(cache=False)
    return [check_file(p, settings).facts for p in sorted(folder.iterdir())]


def _one_story(facts: list) -> CorpusContext:
    signatures = {a.id: facts_signature(a) for a in facts}
    stories = StoryIndex.of_groups(signatures, [sorted(signatures)])
    return CorpusContext(CorpusIndex(facts, stories), Settings(cache=False))


def _steps(facts: list) -> int:
    """Python lines run to find the story's keyed conflicts of dates (speech acts paired by
    their quotation are pairs by nature: not given here)."""
    context = _one_story(facts)
    return steps(lambda: keyed_conflicts(facts, context.index.stories))


def test_a_story_twice_as_large_costs_about_twice_as_much(tmp_path):
    small, large = (_steps(_story(tmp_path, n)) for n in (12, 24))
    # every pair of articles compared: four times the steps
    assert large <= 2.4 * small, (small, large)


def test_every_copy_of_the_outvoted_version_is_flagged(tmp_path):
    # Two fox copies fewer than the others: fox's Saturday is the version fewer give.
    facts = _story(tmp_path, 8, drop_fox=2)
    stories = StoryIndex.of_groups({a.id: facts_signature(a) for a in facts},
                                   [sorted(a.id for a in facts)])
    flagged = [c for c in keyed_conflicts(facts, stories, said_pairs(facts))
               if not c.within and c.entry.mention.span.line == 10]
    assert sorted(c.entry.article.path.rsplit("/", 1)[-1] for c in flagged) == \
        [f"c{n:03}-fox.md" for n in range(2, 8)]
    for conflict in flagged:  # each against every HuffPost copy
        hpo = {o.article.id for o in conflict.others if o.article.path.endswith("hpo.md")}
        assert len(hpo) == 8
