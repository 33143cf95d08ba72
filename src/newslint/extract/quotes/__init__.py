"""Quotes and speakers: quoted words, who said them and what they are about."""

from newslint.extract.quotes.quotes import extract_quotes

__all__ = ["extract_quotes"]
