from __future__ import annotations

from pathlib import Path

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import SEEDS
from newslint.load import load_article
from newslint.load.segment import _BOUNDARY


def load_text(tmp_path: Path, text: str, name: str = "a.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    article, _ = load_article(path, path.as_posix(), path.stem)
    return article


def load_seed(prefix: str):
    (path,) = [p for p in SEEDS.iterdir() if p.name.startswith(prefix)]
    article, problems = load_article(path, path.as_posix(), path.stem)
    assert problems == []
    return article


def lines_of(article, kind):
    return [article.position(p.start)[0] for p in article.paragraphs if p.kind == kind]


def test_seed_headings_are_recognised():
    article = load_seed("000")
    assert lines_of(article, "heading") == [2, 5, 8, 10]
    article = load_seed("001")
    assert 20 in lines_of(article, "heading")  # "Market Impact"
    assert 21 in lines_of(article, "heading")  # "- U.S. Markets Hit Hard:"
    assert 22 not in lines_of(article, "heading")


def test_seed_posts_with_author_handle_and_date():
    article = load_seed("003")
    posts = [(article.position(p.start)[0], article.position(p.end)[0], p.author, p.handle,
              p.date) for p in article.posts]
    assert posts == [
        (6, 7, "The Serfs", "@theserfstv", "January 27, 2025"),
        (11, 15, "MatthewBerman", "@MatthewBerman", "January 28, 2025"),
        (17, 18, "Arjun ✨", "@comradarjun", "January 28, 2025"),
        (22, 24, "Globe Eye News", "@GlobeEyeNews", "January 27, 2025"),
    ]
    # The reporting paragraphs around the posts are not swallowed by them.
    for line in (5, 10, 16, 19, 21, 25):
        offset = article.line_starts[line - 1]
        assert article.paragraphs[article.paragraph_of(offset)].kind != "post"


def test_sentences_respect_abbreviations_and_decimals(tmp_path):
    article = load_text(
        tmp_path,
        "Shares of SoftBank Group Corp. fell 5.4% on Monday. U.S. futures slid. "
        "Dr. Smith agreed with Marc A. Andreessen. It rose.\n",
    )
    sentences = [article.text[s.start:s.end] for s in article.sentences]
    assert sentences == [
        "Shares of SoftBank Group Corp. fell 5.4% on Monday.",
        "U.S. futures slid.",
        "Dr. Smith agreed with Marc A. Andreessen.",
        "It rose.",
    ]


def test_sentence_ends_at_abbreviation_before_a_sentence_starter(tmp_path):
    article = load_text(tmp_path, "The chips were sold to the U.S. The ministry objected.\n")
    assert len(article.sentences) == 2


def test_inline_bullet_labels_split_from_sentences():
    article = load_seed("001")
    labels = [article.text[s.start:s.end] for s in article.sentences if s.kind == "label"]
    assert "Skepticism and Criticism:" in labels
    assert "Geopolitical Implications:" in labels


def test_wrapped_markdown_paragraph_is_one_paragraph(tmp_path):
    text = (
        "DeepSeek, a Chinese AI company, has garnered attention\n"
        "in the tech industry after releasing its reasoning\n"
        "model R1.\n\nA second paragraph.\n"
    )
    article = load_text(tmp_path, text, "a.md")
    assert [p.kind for p in article.paragraphs] == ["text", "text"]
    assert article.position(article.paragraphs[1].start) == (5, 1)


def test_short_prose_line_is_not_a_heading(tmp_path):
    article = load_text(tmp_path, "The crazy part?\nShares fell.\nMarket Impact\n")
    assert [p.kind for p in article.paragraphs] == ["text", "text", "heading"]


def test_post_with_link_but_no_signature(tmp_path):
    article = load_text(
        tmp_path,
        "Reporting paragraph that is long enough to be prose and not a post at all, "
        "because it goes on and on about the markets and the chips and the companies and "
        "everything else that an article covers in a paragraph of reporting, well past the "
        "length that any post could have, which is what keeps it out of the post.\n"
        "Self-improving AI is here. pic.twitter.com/rgDvnv5cVT\n",
    )
    assert [p.kind for p in article.paragraphs] == ["text", "post"]
    assert article.posts[0].author is None


def test_a_blank_line_ends_an_embedded_post(tmp_path):
    article = load_text(
        tmp_path,
        "The index fell 2.1% on the news, while shares of Cyora jumped 11 percent.\n\n"
        "Cyora just changed the game. pic.twitter.com/abc\n\n"
        "— Someone (@someone) January 27, 2025\n",
        "a.md",
    )
    assert [p.kind for p in article.paragraphs] == ["text", "post", "post"]
    assert article.posts[0].handle == "@someone"


def test_signature_variants_comma_after_handle_and_day_first_date(tmp_path):
    article = load_text(
        tmp_path,
        "Rescuers worked through the night in the city centre.\n\n"
        "90 buildings have collapsed in our city. pic.twitter.com/q1\n"
        "— Mayor Ayse Kaya (@MayorKaya), March 10, 2025\n\n"
        "Some 90 buildings are down, the mayor said on X.\n"
        "— Another User (@another) 10 March 2025\n",
        "a.md",
    )
    assert [(p.handle, p.date) for p in article.posts] == [
        ("@MayorKaya", "March 10, 2025"),
        ("@another", "10 March 2025"),
    ]


# The sentence-gap rule as first written, with a look-behind: the faster pattern in
# segment.py must find exactly the same gaps.
_GAP_AS_LOOKBEHIND = regex.compile(
    r"(?<=[.!?…][\"”’')\]]*)(?:\s*-\s+|\s+)(?=[\"“‘'(\[]?[\p{Lu}\p{N}])"
)


@given(st.text(alphabet=".!?…\"”’')]“‘([ \n\t-aZ9é", max_size=40) | st.text(max_size=40))
@settings(max_examples=400, deadline=None)
def test_sentence_gaps_match_the_lookbehind_rule(text):
    assert ([m.span("gap") for m in _BOUNDARY.finditer(text)]
            == [m.span() for m in _GAP_AS_LOOKBEHIND.finditer(text)])
