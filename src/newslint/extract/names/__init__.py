"""Names and entities: capitalised and alphanumeric tokens, and the phrases they make."""

from newslint.extract.names.mentions import extract_names

__all__ = ["extract_names"]
