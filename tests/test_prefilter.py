"""The sentence prefilter never drops a match: its words cover every pattern it guards."""

from __future__ import annotations

import string

import regex

from conftest import DATA, SEEDS
from newslint.extract.prefilter import Keywords, first_words
from newslint.extract.sourcing import attributes, roles
from newslint.extract.sourcing import hedges as attribution
from newslint.facts import text as fold
from newslint.facts.rolevocab import vocabulary
from newslint.load import Sentence, load_article


def test_case_folding_keeps_offsets_and_matches():
    """Every character an IGNORECASE ASCII letter matches lower-cases (after the fold table)
    to that letter, or to more than one character (then every sentence is kept)."""
    every = "".join(chr(cp) for cp in range(0x110000) if not 0xD800 <= cp < 0xE000)
    for letter in string.ascii_letters:  # an upper-case "I" matches "ı", a lower-case one not
        for match in regex.finditer(rf"(?i:{letter})", every):
            low = match.group().lower()
            assert len(low) != 1 or low.translate(fold._FOLD) == letter.lower(), \
                hex(ord(low))


def test_ignore_case_needs_a_fallback():
    words = Keywords(["spokesman"], ignore_case=True)
    assert words.starts("a SPOKESMAN, a ſpokesman") == [2, 15]
    assert regex.search(r"(?i:spokesman)", "a ſpokesman")
    assert words.starts("İstanbul spokesman") is None  # lower-casing would move offsets


def test_role_trigger_covers_every_role_form():
    trigger = roles._patterns().trigger
    for form in vocabulary().role_forms:
        for written in (form, form.upper(), form.title(), f"the {form}, Jo"):
            assert trigger.flags(written, [Sentence(0, len(written), 0, "text")]) == [True]
    text = "An industry veteran. Analysts said so."
    sentences = [Sentence(0, 20, 0, "text"), Sentence(21, 38, 0, "text")]
    assert trigger.flags(text, sentences) == [False, False]


def test_attribute_triggers_cover_their_patterns():
    triggers = attributes._triggers()
    for verb in attributes._VERB_KIND:
        assert triggers.participle.starts(f"was {verb} by"), verb
    assert regex.search(attributes._PARTICIPLE, "co-developed by")
    for text in ("Hong Kong-based", "based in Paris", "headquartered in Paris"):
        assert triggers.based.starts(text), text
    kinds = regex.compile(vocabulary().kind_pattern)
    for kind in vocabulary().kinds:
        assert kinds.fullmatch(kind)
        assert triggers.description.starts(kind), kind
    for verb in ("released", "launched", "unveiled", "developed", "built", "created",
                 "introduced", "rolled  out", "debuted"):
        assert triggers.release.starts(verb), verb
        assert regex.search(rf"(?:{attributes._RELEASE_VERBS})", verb)


def test_word_end():
    assert Keywords(["app"]).starts("approval app") == [0, 9]
    assert Keywords(["app"], word_end=True).starts("approval app-") == [9]
    # A bounded search cannot see past a sentence's end: a word there is always a hit.
    assert Keywords(["app"], word_end=True).starts("approval", {3}) == [0]
    # Containment is no shortcut then: "chair" in "chairman" is followed by a letter.
    assert Keywords(["chair", "chairman"], ignore_case=True, word_end=True).starts(
        "The Chairman") == [4]


def test_first_words():
    assert first_words(["chief executive", "ceo"]) == ["chief", "ceo"]
    assert Keywords([]).starts("anything") is None
    assert Keywords([""]).starts("anything") is None
    assert Keywords(["président"], ignore_case=True).starts("président") is None
    assert Keywords(["président"]).starts("le président") == [3]


def _articles():
    paths = sorted(SEEDS.iterdir()) + sorted(DATA.rglob("*.txt")) + sorted(DATA.rglob("*.md"))
    for path in paths:
        article, _ = load_article(path, path.as_posix(), path.as_posix(), 10_000_000)
        if article is not None:
            yield article


def test_same_facts_without_the_prefilter(monkeypatch):
    articles = list(_articles())
    assert articles

    def facts(article):
        return (roles.extract_roles(article), attributes.extract_attributes(article),
                attribution.extract_vague(article), attribution.extract_hedges(article))

    with_filter = [facts(a) for a in articles]
    monkeypatch.setattr(Keywords, "starts", lambda self, text, ends=frozenset(): None)
    monkeypatch.setattr(Keywords, "occurrences", lambda self, text, ends=frozenset(): None)
    assert with_filter == [facts(a) for a in articles]


def test_sourcing_triggers_cover_their_cues():
    cues = attribution._cues()
    data = vocabulary().data
    hedges, vague = data["hedges"], data["vague"]
    for name, phrases in (("local", hedges["local"]), ("sentence", hedges["sentence"]),
                          ("anywhere", hedges["anywhere"]),
                          ("attribution", hedges["attribution"])):
        for phrase in phrases:
            assert getattr(cues, name).search(phrase.upper())
            assert getattr(cues, f"{name}_words").starts(phrase.upper()), phrase
    for truth in hedges["conditional_truth"]:
        assert cues.conditional_words.starts(f"if it is {truth}"), truth
    for phrase in [*vague["phrases"], *vague["groups"]]:
        text = f"So {phrase.title()}"
        assert cues.vague_words.flags(text, [Sentence(0, len(text), 0, "text")]) == [True]
    assert cues.vague_words.flags("It said so. It is. Said.", [
        Sentence(0, 11, 0, "text"), Sentence(12, 18, 0, "text"), Sentence(19, 24, 0, "text")
    ]) == [False, False, False]
    assert cues.vague_words.flags("It is said", [Sentence(0, 10, 0, "text")]) == [True]



def test_a_character_that_lower_cases_to_a_to_z_is_a_letter():
    """Keywords(word_end) looks words up only where they end a run of a-z in the lowered
    text: a character whose lowered form is a-z must itself be a letter (never a word end)."""
    for cp in range(0x110000):
        char = chr(cp)
        if 0xD800 <= cp < 0xE000 or char.isalpha():
            continue
        low = char.lower().translate(fold._FOLD)
        assert not (len(low) == 1 and "a" <= low <= "z"), hex(cp)
