"""Spun text: tortured phrases from rules/spinner.yaml and unfilled template slots."""

from newslint.extract.spun.phrases import extract_spun

__all__ = ["extract_spun"]
