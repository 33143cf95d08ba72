"""Figures: amounts, percentages, counts and vote splits, with what each one measures."""

from newslint.extract.figures.quantities import extract_quantities
from newslint.extract.figures.votes import extract_votes

__all__ = ["extract_quantities", "extract_votes"]
