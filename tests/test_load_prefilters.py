"""The cheap checks that spare the loader a scan (a caption's credit, front matter's alias
expansion) must never change an answer: each is a necessary condition of what it finds."""

from __future__ import annotations

import yaml
from hypothesis import example, given, settings
from hypothesis import strategies as st

from newslint.load.frontmatter import _expanded_size
from newslint.load.furniture import _credit_ends
from newslint.load.furniture_words import vocabulary

# Pieces of caption tails and copy: credit words, agencies, names, slashes, sentence ends,
# and characters whose case mapping is not one to one (Kelvin sign, dotted I, sigma).
_PIECES = [
    "Photo", "Photograph", "Image", "Credit", "CREDIT", "photo", "/", " / ", " for ", "for",
    "AP", "Reuters", "The Associated Press", "Getty Images", "Press", "News", "Jane", "Roe",
    "McALLISTER", ". ", "? ", "” ", ": ", " ", "\n", "the senator said", "Sign", "up", "sign",
    "Follow", "Reporting by", "contributed to this report", "Watch", "K", "İ", "Σ", "ſ",
    "s", "’", "(", ")", "2019", "©", "© 2019", "Don’t", "DON'T", "Read more", "Also",
]
_TEXT = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)


@settings(max_examples=400, deadline=None)
@given(_TEXT, st.integers(0, 300))
@example("The senator spoke on Monday. Jane Roe/The New York Times", 0)
@example("Supporters rallied outside. Photograph by Jane Roe for The Associated Press", 0)
@example("Jane Roe for Reuters", 0)
def test_credit_end_prefilter_agrees_with_the_scan(tail, padding):
    vocab = vocabulary()
    stripped = ("x" * padding + tail).strip()  # a long paragraph: only its tail is read
    reach = max(0, len(stripped) - 200)
    assert _credit_ends(vocab, stripped) == (vocab.credit_end.search(stripped, reach)
                                             is not None)


# YAML's node-making marks: empty keys and values, flow collections, block entries.
_YAML_PIECES = ["[", "]", "{", "}", ",", ":", ": ", "?", "? ", "-", "- ", "\n", "  ", "a",
                "&x ", "!!str ", "'q'", "\"\"", "#"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_YAML_PIECES), max_size=60).map("".join))
@example("[:,:,:,:]")
@example("?\n?\n?\n")
@example("- - - - -")
def test_front_matter_without_aliases_has_at_most_two_values_a_character(block):
    # frontmatter._load measures only blocks with an alias or over MAX_NODES // 4
    # characters: this bound is why the rest cannot exceed MAX_NODES.
    loader = yaml.CSafeLoader(block) if hasattr(yaml, "CSafeLoader") else yaml.SafeLoader(block)
    try:
        node = loader.get_single_node()
    except yaml.YAMLError:
        return
    finally:
        loader.dispose()
    if node is not None:
        assert _expanded_size(node) <= 2 * len(block) + 1
