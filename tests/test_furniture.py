"""The loader sets page furniture aside: on real copy (basil, by path and line) and on text
written in its style."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newslint.load import load_article
from realcopy import BASIL  # ../shared beside the checkout; tests skip without it

needs_basil = pytest.mark.skipif(not BASIL.is_dir(), reason="the basil corpus is not here")


def load(path: Path):
    article, _ = load_article(path, path.as_posix(), path.stem)
    return article


def load_text(tmp_path: Path, text: str, name: str = "a.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return load(path)


def kind_at(article, line: int) -> str:
    offset = article.line_starts[line - 1]
    while article.text[offset].isspace():
        offset += 1
    return article.paragraphs[article.paragraph_of(offset)].kind


def datelines(article) -> list[str]:
    return [article.text[s.start:s.end] for s in article.set_aside if s.kind == "dateline"]


@needs_basil
@pytest.mark.parametrize(("event", "line", "kind"), [
    # The front-matter title, a `# heading`, then the same words as a first paragraph.
    ("2018-blake-farenthold-resigns-from-congress/fox.md", 10, "furniture"),
    ("2018-schumer-bashed-by-the-left-over-shutdown-ending/hpo.md", 10, "furniture"),
    # A caption with its credit glued on: "...at the Capitol.CreditJoshua Roberts/Reuters".
    ("2018-blake-farenthold-resigns-from-congress/nyt.md", 12, "caption"),
    ("2013-william-cowan-named-interim-senator-in-massachus/nyt.md", 10, "furniture"),
    # "Brooke Singman is a Reporter for Fox News. Follow her on Twitter at @..."
    ("2017-rare-comity-at-capitol-after-shooting-doesn-t-la/fox.md", 56, "byline"),
    # Copy that only looks like furniture stays copy.
    ("2014-elizabeth-lauten-apologizes-for-criticizing-obam/nyt.md", 14, "text"),  # "By Monday"
    ("2014-elizabeth-lauten-apologizes-for-criticizing-obam/hpo.md", 14, "text"),  # lead-in
    ("2017-kathy-griffin-apologizes-for-photo-shoot-with-a/hpo.md", 26, "text"),  # "UPDATE -"
    ("2013-nra-and-hutchinson-recommends-schools-to-have-ar/nyt.md", 10, "heading"),
])
def test_basil_paragraph_kinds(event, line, kind):
    assert kind_at(load(BASIL / event), line) == kind


@needs_basil
@pytest.mark.parametrize(("event", "dateline"), [
    ("2010-n-a-a-c-p-challenges-tea-party-on-racism/hpo.md", "KANSAS CITY, Mo. —"),
    ("2014-nebraska-and-oklahoma-fight-colorado-s-recreatio/fox.md", "Denver (AP) –"),
    ("2015-marco-rubio-announces-his-foreign-policy/fox.md", "New York –"),
    ("2013-e-mails-show-jostling-over-benghazi-talking-poin/hpo.md", "WASHINGTON –-"),
    # A lead paragraph that lost its final full stop still carries its dateline.
    ("2012-obama-and-romney-campaigns-argue-on-medicare/nyt.md", "WASHINGTON -"),
    ("2011-obama-taunts-gop-for-ignoring-jobs/fox.md", None),
])
def test_basil_datelines(event, dateline):
    article = load(BASIL / event)
    assert datelines(article) == ([dateline] if dateline else [])
    if dateline:  # the place is blanked, the sentence after it is read
        (span,) = [s for s in article.set_aside if s.kind == "dateline"]
        assert not article.analysis[span.start:span.end].strip()
        assert article.analysis[span.end:span.end + 40].strip()


def test_dateline_needs_a_place_shape(tmp_path):
    lead = "{} — The president said on Monday that the plan would go ahead.\n"
    # A known place in mixed case counts; a capitalised name does not.
    for opener, expected in [("WASHINGTON", "WASHINGTON —"), ("Boston", "Boston —"),
                             ("BEIRUT, Lebanon", "BEIRUT, Lebanon —"), ("Fairhaven", None),
                             ("Donald Trump", None), ("Mr. Lopez", None)]:
        article = load_text(tmp_path, "Headline here\n\n" + lead.format(opener))
        assert datelines(article) == ([expected] if expected else []), opener
    # With a state or an agency tag a mixed-case place counts; a country after a comma too.
    for opener in ("Beirut, Lebanon", "Springfield, Ill.", "Springfield (AP)"):
        article = load_text(tmp_path, lead.format(opener))
        assert datelines(article) == [opener + " —"]


def test_prompts_need_their_shape(tmp_path):
    article = load_text(tmp_path, (
        "For more than a decade, the company has sold its chips to carmakers.\n\n"
        "Sign up for our newsletter. It arrives every morning.\n\n"
        "\"Watch what happens next,\" she said.\n\n"
        "The mayor said the plan was sound. Read more: Harbor City floods again\n"
    ))
    assert [p.kind for p in article.paragraphs] == ["text", "furniture", "text", "text"]
    (span,) = article.set_aside[1:]
    assert article.text[span.start:span.end] == "Read more: Harbor City floods again"


def test_repeated_paragraph_and_pull_quote(tmp_path):
    article = load_text(tmp_path, (
        "Council backs the seawall\n\n"
        "Council backs the seawall\n\n"
        "The council voted on Tuesday and the mayor said every winter costs the city more.\n\n"
        "Every winter costs the city more than the wall will cost.\n\n"
        "Critics said the vote came too soon. The mayor said every winter costs the city more "
        "than the wall will cost. Work starts in May.\n"
    ))
    assert [p.kind for p in article.paragraphs] == [
        "text", "furniture", "text", "furniture", "text"]


def test_markdown_image_captions(tmp_path):
    article = load_text(tmp_path, (
        "![The pier](https://example.com/pier.jpg)\n\n"
        "*The pier at Harbor City on Monday, before the storm reached the coast.*\n\n"
        "<figcaption>Mayor Elena Brandt on the pier in March 2019.</figcaption>\n\n"
        "*The council will vote again in June,* the mayor said on Monday.\n"
    ), name="a.md")
    assert [p.kind for p in article.paragraphs] == ["caption", "caption", "text"]
    assert "Brandt" not in article.analysis and "Harbor" not in article.analysis


def test_a_long_caption_paragraph_is_not_caught_by_a_credit_word(tmp_path):
    article = load_text(tmp_path, (
        "The governor said the photo was taken in 2016 and released by his office.\n\n"
        "Image Comics, the publisher, declined to comment on Friday.\n"
    ))
    assert [p.kind for p in article.paragraphs] == ["text", "text"]
    assert article.set_aside == []


_LINES = st.sampled_from([
    "Advertisement", "Now Playing", "2:31", "By JANE ROE", "WASHINGTON (AP) — The vote passed.",
    "The council voted 5-2 on Tuesday.", "\"It is done,\" Brandt said.", "Related",
    "Harbor City floods again", "(AP Photo/Evan Vucci)", "Share this article", "",
    "The mayor spoke. (Photo: Lena Park/Coastline Daily)", "Sign up for our newsletter.",
])


@settings(max_examples=60, deadline=None)
@given(st.lists(_LINES, max_size=14))
def test_set_aside_text_keeps_offsets_and_yields_no_sentences(tmp_path_factory, lines):
    text = "\n".join(lines) + "\n"
    article = load_text(tmp_path_factory.mktemp("f"), text)
    assert len(article.analysis) == len(article.text)
    assert [i for i, ch in enumerate(article.analysis) if ch == "\n"] == [
        i for i, ch in enumerate(article.text) if ch == "\n"]
    for span in article.set_aside:
        assert not article.analysis[span.start:span.end].strip()
    for sentence in article.sentences:
        assert article.paragraphs[sentence.paragraph].kind in ("text", "heading", "post")
        assert article.analysis[sentence.start:sentence.end].strip()
