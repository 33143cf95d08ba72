"""Text helpers that extractors and rules share."""

from __future__ import annotations

import functools

# Characters that an IGNORECASE ASCII letter matches but whose lower-case form is not that
# letter: "ſ" (matched by "s" and "S") and the dotless "ı" (matched by "I", as in a pack
# token "IMF"). The Kelvin sign already lower-cases to "k". tests/test_text_fold.py checks
# that no other character can matter.
_FOLD = str.maketrans({"ſ": "s", "ı": "i", "\u212a": "k"})


@functools.lru_cache(maxsize=4)
def lowered(text: str) -> str | None:
    """text.lower() with the same offsets, or None when lower-casing would move them."""
    low = text.lower()
    if len(low) != len(text):
        return None
    if not low.isascii() and ("ſ" in low or "ı" in low or "\u212a" in low):
        low = low.translate(_FOLD)
    return low
