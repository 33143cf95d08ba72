"""Sourcing and roles: people's posts, what organisations are, vague sources and hedges."""

from newslint.extract.sourcing.attributes import extract_attributes
from newslint.extract.sourcing.hedges import extract_hedges, extract_vague
from newslint.extract.sourcing.quoted import quote_ranges, quoted_passages
from newslint.extract.sourcing.roles import extract_roles

__all__ = ["extract_attributes", "extract_hedges", "extract_roles", "extract_vague",
           "quote_ranges", "quoted_passages"]
