from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from newslint.load import discover, load_article
from newslint.load.discover import PathNotFound
from newslint.load.reader import decode


def load(path: Path, **kwargs):
    return load_article(path, path.as_posix(), path.stem, **kwargs)


def test_positions_are_original_line_and_column_after_front_matter(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("---\ntitle: Chips\ndate: 2025-01-28\n---\nNvidia fell.\nDeepSeek rose.\n")
    article, problems = load(path)
    assert problems == []
    assert article.meta["date"] == dt.date(2025, 1, 28)
    offset = article.text.index("DeepSeek")
    assert article.position(offset) == (6, 1)
    assert article.position(article.text.index("fell")) == (5, 8)
    # the front matter is blanked out for extraction but keeps its length
    assert len(article.analysis) == len(article.text)
    assert "title" not in article.analysis
    assert article.analysis[offset:offset + 8] == "DeepSeek"


def test_columns_count_characters_not_bytes(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("“Zürich” — DeepSeek\n", encoding="utf-8")
    article, _ = load(path)
    assert article.position(article.text.index("DeepSeek")) == (1, 12)


def test_crlf_keeps_line_numbers(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"One line.\r\nSecond line.\r\n")
    article, _ = load(path)
    assert article.position(article.text.index("Second")) == (2, 1)


def test_cp1252_is_read_with_a_warning(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes("Andreessen called it \x93AI\x92s Sputnik moment\x94.".encode("latin-1"))
    article, problems = load(path)
    assert [p.code for p in problems] == ["NL003"]
    assert "Windows-1252" in problems[0].message
    assert "“AI’s Sputnik moment”" in article.text


def test_binary_file_is_not_checked(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    article, problems = load(path)
    assert article is None and [p.code for p in problems] == ["NL002"]


def test_utf16_with_bom_is_decoded():
    text, problem = decode("DeepSeek R1".encode("utf-16"))
    assert text == "DeepSeek R1" and problem is None


def test_empty_file(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("  \n\n")
    article, problems = load(path)
    assert article is not None and [p.code for p in problems] == ["NL004"]


def test_file_over_the_limit_is_not_read(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("x" * 5000)
    article, problems = load(path, max_bytes=1000)
    assert article is None and problems[0].code == "NL006"
    assert "over the" in problems[0].message


def test_dangling_link_is_unreadable(tmp_path):
    path = tmp_path / "a.txt"
    path.symlink_to(tmp_path / "missing.txt")
    article, problems = load(path)
    assert article is None and problems[0].code == "NL001"


def test_fifo_is_not_read(tmp_path):
    import os

    path = tmp_path / "pipe.txt"
    os.mkfifo(path)
    article, problems = load(path)
    assert article is None and "not a regular file" in problems[0].message


@pytest.mark.parametrize(
    ("front", "line"),
    [
        ("---\ntitle: \"DeepSeek\n---\n", 2),  # unterminated string
        ("---\n- a\n- b\n---\n", 1),  # a list, not a mapping
    ],
)
def test_broken_front_matter_still_checks_the_body(tmp_path, front, line):
    path = tmp_path / "a.md"
    path.write_text(front + "DeepSeek released R1.\n")
    article, problems = load(path)
    assert [p.code for p in problems] == ["NL005"]
    assert problems[0].line >= line
    assert article.meta == {}
    assert "DeepSeek" in article.analysis


def test_unclosed_front_matter_is_reported_and_text_kept(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("---\ntitle: x\nDeepSeek released R1.\n")
    article, problems = load(path)
    assert [p.code for p in problems] == ["NL005"]
    assert "never closed" in problems[0].message
    assert article.body_start == 0


def test_front_matter_is_safe_loaded(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("---\ntitle: !!python/object/apply:os.system ['echo pwned']\n"
                    "source: Wire\n---\nText.\n")
    article, problems = load(path)
    assert [p.code for p in problems] == ["NL005"]
    # The tag is what is broken: it is not kept as the title, the plain field is.
    assert "title" not in article.meta and article.meta["source"] == "Wire"
    assert "read source line by line" in problems[0].message
    # Valid YAML with a tag that is never run: said so, not called broken YAML.
    assert "tag newslint does not load" in problems[0].message
    assert "not valid YAML" not in problems[0].message


def test_bad_date_in_front_matter(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("---\ntitle: x\ndate: next Tuesday\n---\nText.\n")
    article, problems = load(path)
    assert [(p.code, p.line) for p in problems] == [("NL007", 3)]
    assert "date" not in article.meta


def test_markdown_markup_is_masked_without_moving_text(tmp_path):
    path = tmp_path / "a.md"
    source = (
        "# Market Impact\n\n**Nvidia** fell, [reports](https://example.com/x) said.\n"
        "<!-- newslint: disable NL101 -->\n> A quote block.\n"
    )
    path.write_text(source)
    article, _ = load(path)
    assert len(article.analysis) == len(source)
    assert "**" not in article.analysis and "https" not in article.analysis
    assert "newslint:" not in article.analysis
    offset = article.analysis.index("Nvidia")
    assert source[offset:offset + 6] == "Nvidia"
    assert article.paragraphs[0].kind == "heading"


def test_discover_walks_sorted_skips_hidden_and_other_suffixes(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    for name in ("b/2.md", "a.txt", ".hidden.txt", ".git/x.txt", "notes.pdf", "c.markdown"):
        (tmp_path / name).write_text("x")
    names = [p.relative_to(tmp_path).as_posix() for p in discover([tmp_path])]
    assert names == ["a.txt", "b/2.md", "c.markdown"]


def test_discover_skips_repository_files_but_not_named_ones(tmp_path):
    for name in ("README.md", "LICENSE.txt", "docs/guide.md", "venv/x.txt", "story.md",
                 "2025/readme-the-news.md"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    names = [p.relative_to(tmp_path).as_posix() for p in discover([tmp_path])]
    assert names == ["2025/readme-the-news.md", "story.md"]
    assert discover([tmp_path / "README.md"]) == [tmp_path / "README.md"]


def test_discover_missing_path():
    with pytest.raises(PathNotFound):
        discover(["/no/such/place"])


def test_discover_named_file_is_checked_whatever_its_suffix(tmp_path):
    path = tmp_path / "story.text"
    path.write_text("x")
    assert discover([path]) == [path]


def test_unquoted_colon_in_title_keeps_the_simple_fields(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("---\ntitle: Bank of England: rates cut to 4.5%\nsource: Wire\n"
                    "date: 2025-02-06\n---\nThe bank cut rates on Thursday.\n")
    article, problems = load(path)
    assert [p.code for p in problems] == ["NL005"]
    assert "read date, source, title line by line" in problems[0].message
    assert article.meta["date"] == dt.date(2025, 2, 6)
    assert article.meta["title"] == "Bank of England: rates cut to 4.5%"


def test_utf16_without_bom_and_binary_without_nul():
    text, problem = decode("Nvidia fell 4% on Monday.".encode("utf-16-le"))
    assert text == "Nvidia fell 4% on Monday." and problem is None
    import random

    rng = random.Random(3)
    noise = bytes(rng.randrange(1, 256) for _ in range(4000))
    text, problem = decode(noise)
    assert text is None and problem.code == "NL002"


def test_unclosed_quote_in_front_matter_points_at_its_line(tmp_path):
    path = tmp_path / "a.md"
    path.write_text('---\ntitle: "DeepSeek\nsource: Wire\ndate: 2025-01-28\n---\nBody.\n')
    _, problems = load(path)
    assert (problems[0].code, problems[0].line) == ("NL005", 2)


def test_broken_link_is_named_as_such(tmp_path):
    path = tmp_path / "a.txt"
    path.symlink_to(tmp_path / "gone.txt")
    _, problems = load(path)
    assert "broken symbolic link" in problems[0].message


def test_a_timestamp_that_is_no_date_is_reported_not_raised(tmp_path):
    """YAML reads 2025-13-45 as a timestamp and fails to build it; the article stays
    checked and the date is reported as NL007, not as broken YAML."""
    path = tmp_path / "a.md"
    path.write_text("---\ntitle: Vote\ndate: 2025-13-45\n---\nThe council met.\n",
                    encoding="utf-8")
    article, problems = load_article(path, "a.md", "a", 10_000_000)
    assert article is not None and "date" not in article.meta
    assert article.meta["title"] == "Vote"
    assert [(p.code, p.line) for p in problems] == [("NL007", 3)]


def _walked_as_paths(root: Path) -> list[Path]:
    """The walk as Path objects, sorted: what discover() gave before it walked strings."""
    import os

    from newslint.load.discover import ARTICLE_SUFFIXES, NOT_ARTICLE_FOLDERS, NOT_ARTICLES
    found = []
    for folder, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames
                       if not d.startswith(".") and d.lower() not in NOT_ARTICLE_FOLDERS]
        for name in filenames:
            stem, suffix = os.path.splitext(name)
            if (suffix.lower() in ARTICLE_SUFFIXES and not name.startswith(".")
                    and stem.lower() not in NOT_ARTICLES):
                found.append(Path(folder) / name)
    return sorted(set(found), key=lambda p: p.as_posix())


@pytest.mark.parametrize("spelled", [".", "./news", "news", "news/", "news//world/../world"])
def test_discover_gives_the_paths_a_walk_gives(tmp_path, monkeypatch, spelled):
    """Folders are walked as strings and made Paths once: the same paths, in the same order,
    whichever way the folder is written, a file named beside its folder counted once."""
    monkeypatch.chdir(tmp_path)
    for name in ["news/a.md", "news/B.txt", "news/world/c.markdown", "news/world/z.md",
                 "news/.hidden.md", "news/docs/d.md", "news/README.md", "news/world/e.json",
                 "news/ä.md"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("Text.\n", encoding="utf-8")
    folder = Path(spelled)
    expected = _walked_as_paths(folder)
    assert discover([spelled]) == expected
    assert [p.as_posix() for p in discover([spelled])] == [p.as_posix() for p in expected]
    assert len(expected) >= 2
    assert discover([spelled, str(expected[-1])]) == expected


@pytest.mark.parametrize(
    ("front", "hint"),
    [
        ('---\ntitle: "Unclosed quote\nsource: Wire\n---\n',
         "close the quotation mark opened on line 2"),
        ("---\ntags: [a, b\n---\n", "close the [ opened on line 2 with ]"),
        ("---\ntitle: Fed: rates on hold\n---\n", "quote values that contain ': '"),
    ],
)
def test_broken_front_matter_says_what_to_mend(tmp_path, front, hint):
    path = tmp_path / "a.md"
    path.write_text(front + "DeepSeek released R1.\n")
    _, problems = load(path)
    assert [p.code for p in problems] == ["NL005"]
    assert hint in problems[0].message
