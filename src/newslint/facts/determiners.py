"""The words that open a noun phrase, in one place for every extractor and keyer that reads
a phrase from its determiner ("the revised offer", "his 2012 bid", "those 60 votes").
Modules that need a narrower set build it from these, and say why.
"""

from __future__ import annotations

ARTICLES = frozenset({"the", "a", "an"})
POSSESSIVES = frozenset({"his", "her", "its", "their", "our"})  # possessive determiners
DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
DETERMINERS = ARTICLES | POSSESSIVES | DEMONSTRATIVES
