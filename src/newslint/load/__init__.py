"""Load stage: files on disk → Article (text, front matter, positions, paragraphs, posts)."""

from newslint.load.article import Article, Paragraph, Post, Sentence
from newslint.load.discover import discover
from newslint.load.problems import LoadProblem
from newslint.load.reader import load_article

__all__ = ["Article", "LoadProblem", "Paragraph", "Post", "Sentence", "discover", "load_article"]
