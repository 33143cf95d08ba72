"""The facts layer: the records extraction produces and rules and the index read, by fact
family, with the comparisons both sides need (quote speakers, figure periods, role and
organisation keys, calendar intervals). It imports nothing from the extractors.
"""

from newslint.facts.article import ArticleFacts, PostInfo
from newslint.facts.dates import DateMention
from newslint.facts.figures import Quantity, QuantityKind
from newslint.facts.names import NameMention, NamePhrase
from newslint.facts.quotes import Quote
from newslint.facts.sourcing import Attribute, AttributeKind, Hedge, Role, VagueAttribution
from newslint.facts.span import Context, Span
from newslint.facts.spun import SpunPhrase

__all__ = [
    "ArticleFacts", "Attribute", "AttributeKind", "Context", "DateMention", "Hedge",
    "NameMention", "NamePhrase", "PostInfo", "Quantity", "QuantityKind", "Quote", "Role",
    "Span", "SpunPhrase", "VagueAttribution",
]
