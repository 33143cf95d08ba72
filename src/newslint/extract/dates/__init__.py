"""Dates: date expressions resolved to intervals and bound to the events they date."""

from newslint.extract.dates.mentions import extract_dates

__all__ = ["extract_dates"]
