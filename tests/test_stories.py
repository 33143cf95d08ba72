"""Cross-article rules compare facts only within one story."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newslint.engine.pipeline import run
from newslint.facts import ArticleFacts, NameMention, Span
from newslint.index.stories import Signature, StoryIndex, group_stories, story_signature
from newslint.settings import Settings

SPAN = Span(0, 1, 1, 1, 1, 2)


def article(ident: str, *names: str) -> ArticleFacts:
    facts = ArticleFacts(path=f"{ident}.md", id=ident)
    facts.names = tuple(NameMention(n, SPAN, False, "text", False) for n in names)
    return facts


def corpus() -> list[ArticleFacts]:
    gadget = ("Rabbit", "Lyu", "CES", "R1", "Vegas")
    model = ("DeepSeek", "Liang", "Hangzhou", "R1", "High-Flyer")
    articles = [article(f"g{i}", *gadget) for i in range(4)]
    articles += [article(f"m{i}", *model) for i in range(4)]
    articles += [article(f"x{i}", "Monday", "U.S", f"Other{i}", f"Thing{i}") for i in range(6)]
    return articles


def test_components_split_unrelated_stories_sharing_a_product_name():
    stories = StoryIndex(corpus())
    assert stories.components(["g0", "m1", "g2", "m3"]) == [["g0", "g2"], ["m1", "m3"]]
    assert not stories.related("g0", "m0")
    assert stories.related("m0", "m3")


def test_generic_names_link_nothing():
    stories = StoryIndex(corpus())
    assert stories.components(["x0", "x1", "x2"]) == [["x0"], ["x1"], ["x2"]]


def test_a_small_corpus_is_one_story():
    small = corpus()[:5]
    stories = StoryIndex(small)
    assert stories.one_story
    assert stories.components(["g0", "m0"]) == [["g0", "m0"]]


def test_components_do_not_depend_on_input_order():
    stories = StoryIndex(corpus())
    ids = ["m3", "g1", "m0", "g3", "x2"]
    assert stories.components(ids) == stories.components(sorted(ids, reverse=True))


# Real copy: five events of the labelled archive (dev split), two of them about Benghazi.
BASIL = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "basil"
EVENTS = ("2012-biden-and-ryan-debate", "2013-e-mails-show-jostling-over-benghazi-talking-poin",
          "2013-legally-married-same-sex-couples-will-now-be-all",
          "2014-nebraska-and-oklahoma-fight-colorado-s-recreatio",
          "2015-benghazi-committee-wants-to-interview-clinton-ab")


@pytest.mark.skipif(not BASIL.is_dir(), reason="the basil archive is not here")
def test_pooled_real_events_are_told_apart(tmp_path):
    for event in EVENTS:
        for article in sorted((BASIL / event).iterdir()):
            (tmp_path / f"{event}__{article.name}").symlink_to(article)
    result = run([tmp_path], Settings(root=tmp_path, cache=False, select=("NL1",)))
    assert len(result.partition) == len(EVENTS)
    assert all(len({ident.split("__")[0] for ident in story}) == 1
               for story in result.partition)


def signed(day: int | None, *terms: str) -> Signature:
    return Signature.of(day, terms)


def test_terms_in_many_articles_link_nothing():
    # Twenty articles share a page footer and nothing else of note.
    footer = ("subscribe", "newsletter", "copyright", "rights", "reserved", "advertise")
    signatures = {f"a{i:02}": signed(None, *footer, f"only{i}", f"alone{i}")
                  for i in range(20)}
    assert group_stories(signatures) == [[ident] for ident in sorted(signatures)]


def test_the_same_terms_a_month_apart_are_two_stories():
    event = ("ginsburg", "justice", "remarks", "apology", "bench", "trump")
    signatures = {f"s{i:02}": signed(1000 + i, f"other{i}", f"more{i}", f"less{i}")
                  for i in range(12)}
    signatures |= {"e1": signed(700, *event), "e2": signed(702, *event),
                   "e3": signed(730, *event), "e4": signed(733, *event)}
    stories = StoryIndex(signatures)
    assert stories.related("e1", "e2") and stories.related("e3", "e4")
    assert not stories.related("e2", "e3")


def test_an_oversized_story_is_split_on_its_strongest_links(monkeypatch):
    from newslint.index import stories as module

    monkeypatch.setattr(module, "MAX_STORY", 3)
    links = [(0.9, "a", "b"), (0.9, "b", "c"), (0.9, "d", "e"), (0.9, "e", "f"),
             (0.2, "c", "d")]
    assert module._split(list("abcdef"), links, 0.1) == [["a", "b", "c"], ["d", "e", "f"]]


_TERM = st.sampled_from([f"t{i}" for i in range(30)])


@settings(max_examples=30, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 20), st.frozensets(_TERM, min_size=3, max_size=8)),
                min_size=12, max_size=30), st.randoms())
def test_stories_do_not_depend_on_the_order_articles_come_in(articles, random):
    signatures = {f"x{n:02}": signed(day, *terms) for n, (day, terms) in enumerate(articles)}
    shuffled = list(signatures.items())
    random.shuffle(shuffled)
    assert group_stories(dict(shuffled)) == group_stories(signatures)


def test_a_small_corpus_is_split_only_by_publication_dates():
    signatures = {"jan1": signed(700, "a"), "jan2": signed(703, "b"), "jan3": signed(709, "c"),
                  "jul1": signed(880, "d"), "jul2": signed(881, "e")}
    stories = StoryIndex(signatures)
    assert stories.partition() == [["jan1", "jan2", "jan3"], ["jul1", "jul2"]]
    assert not stories.one_story and not stories.related("jan3", "jul1")
    # An undated article could be of either month: the corpus stays one story.
    whole = StoryIndex(signatures | {"undated": signed(None, "f")})
    assert whole.one_story and whole.related("jan1", "jul2")


@pytest.mark.skipif(not BASIL.is_dir(), reason="the basil archive is not here")
def test_three_real_events_months_apart_are_not_compared(tmp_path):
    """Nine articles of three events (July 2016, January 2017, February 2010): too few to
    weigh words, but a year apart; Pence "Gov." in July 2016 is no conflict with "Vice
    President" at the inauguration."""
    events = ("2016-ruth-bader-ginsburg-criticizes-trump", "2017-donald-trump-is-inaugurated",
              "2010-glenn-beck-speaks-at-cpac")
    for event in events:
        for article in sorted((BASIL / event).iterdir()):
            (tmp_path / f"{event}__{article.name}").symlink_to(article)
    result = run([tmp_path], Settings(root=tmp_path, cache=False))
    assert sorted(len(story) for story in result.partition) == [3, 3, 3]
    assert not [d for d in result.diagnostics
                if any(r.path.split("__")[0] != d.location.path.split("__")[0]
                       for r in d.related)]


def _filler(prefix: str, repeat: int) -> str:
    """Sixty-four distinct background words, each used `repeat` times; they sort before
    the event's words, so that ties alone would keep them."""
    return " ".join(f"{prefix}{chr(97 + n)}{chr(97 + m)}" for n in range(8)
                    for m in range(8) for _ in range(repeat))


LONG_REPORT = (
    "# Governor Okafor Sworn In, Capping an Unlikely Rise\n\nAdaeze Okafor took the oath "
    "of office on Tuesday in Lagos, capping a campaign that began with a rented minibus and "
    "ended with the largest margin the state has recorded since its first election, a "
    "victory her rivals had called impossible a year ago.\n\n" + _filler("aback", 3))
SHORT_REPORT = (
    "# Okafor Sworn In as Governor\n\nAdaeze Okafor was sworn in on Tuesday. The chief "
    "judge administered the oath at noon, capping a count that ran four days after the "
    "polls closed and drew observers from three neighbouring states to the tallying hall "
    "in the capital.\n\n" + _filler("abate", 1))


def test_a_headline_and_lead_keep_the_event_in_a_signature():
    """Two reports of one swearing-in: the long one repeats its background far more than
    the words of its event; the short one uses almost every word once. Their headlines and
    leads share the event's words, and the signatures keep them."""
    day = dt.date(2026, 3, 3)
    first = set(story_signature(LONG_REPORT, ("Okafor", "Adaeze", "Lagos"), day).terms)
    second = set(story_signature(SHORT_REPORT, ("Okafor", "Adaeze"), day).terms)
    assert {"sworn", "capping", "okafor"} <= first & second


@pytest.mark.parametrize(("event", "first", "second", "words"), [
    # A long report of the justice's remarks names her in full only in its lead (fox.md:10).
    ("2016-ruth-bader-ginsburg-criticizes-trump", "fox.md", "hpo.md",
     {"ruth", "bader", "ginsburg"}),
    # A 200-word report of the inauguration beside a 1,700-word one: their headlines
    # (hpo.md:8, nyt.md:8) and leads tell the event.
    ("2017-donald-trump-is-inaugurated", "hpo.md", "nyt.md", {"sworn", "capping", "oath"}),
])
def test_real_reports_of_one_event_keep_its_words_in_their_signatures(event, first, second,
                                                                      words):
    """Reports that shared two or one of their event's words once the signatures were
    taken (too few to link), and fell out of their story in the pooled archive."""
    from newslint.extract.article import extract_article
    from newslint.index.stories import story_names
    from newslint.load.reader import load_article

    def signature(name: str) -> set[str]:
        path = BASIL / event / name
        if not path.is_file():
            pytest.skip("the basil archive is not here")
        loaded, _ = load_article(path, str(path), name)
        assert loaded is not None
        facts = extract_article(loaded)
        body = loaded.text[loaded.body_start:]
        return set(story_signature(body, story_names(facts), facts.date).terms)

    assert words <= signature(first) & signature(second)
