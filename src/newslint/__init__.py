"""newslint: a source-reliability and discrepancy linter for news articles."""

__version__ = "0.1.0"
