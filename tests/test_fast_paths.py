"""The shortcuts of the roles and sourcing extractors give what the plain code gives.

Each test keeps the plain version (every word searched, every pattern run, every offset
tried) as its reference and compares on generated text made of the words and characters
the shortcut reasons about: vocabulary words in any case, letters that case-fold oddly
("ſ", the Kelvin sign, "İ"), hyphens, apostrophes, digits and sentence ends.
"""

from __future__ import annotations

import functools

from hypothesis import given, settings
from hypothesis import strategies as st

from newslint.extract.prefilter import AllOf, Keywords
from newslint.extract.sourcing import attributes, descriptions, roles
from newslint.extract.sourcing import hedges as attribution
from newslint.facts import NamePhrase, Span
from newslint.facts import text as fold
from newslint.facts.rolevocab import vocabulary
from newslint.load.article import Article, Sentence

_ODD = ["ſ", "\u212a", "İ", "é", "É", "-", "’", "'", "’s", "1", "x", "s", "ly", "co", "ex",
        "", " ", "  ", "\n", ",", ".", ";", "—", "“", "”", '"']


def _cased(words: list[str]) -> list[str]:
    return sorted({v for w in words for v in (w, w.upper(), w.title())})


@functools.cache
def _keywords() -> list[Keywords]:
    triggers, cues, patterns = attributes._triggers(), attribution._cues(), roles._patterns()
    return [triggers.participle, triggers.based, triggers.description, triggers.release,
            cues.local_words, cues.sentence_words, cues.anywhere_words,
            cues.conditional_words, cues.according_words, cues.attribution_words,
            patterns.trigger.keys, cues.vague_words.keys]


@functools.cache
def _keyword_pieces() -> list[str]:
    return _cased(sorted({w for k in _keywords() for w in k.words})) + _ODD


def _texts(pieces: list[str], max_size: int = 14) -> st.SearchStrategy[str]:
    """Pieces glued together, with or without a separator."""
    glue = st.sampled_from(["", " ", " ", "-", "s", "e", ", ", ". "])
    return st.lists(st.tuples(st.sampled_from(pieces), glue), max_size=max_size).map(
        lambda parts: "".join(p + g for p, g in parts))


@st.composite
def _keyword_cases(draw) -> tuple[str, set[int]]:
    text = draw(_texts(_keyword_pieces()))
    ends = draw(st.sets(st.integers(0, len(text)), max_size=3))
    return text, ends


def _plain_occurrences(words: Keywords, text: str, ends: set[int]
                       ) -> list[tuple[int, str]] | None:
    """Keywords.occurrences without the candidate skip: every word looked up in turn."""
    if not words.usable:
        return None
    search = text
    if words.ignore_case:
        search = text.lower()
        if len(search) != len(text):
            return None
        search = search.translate(fold._FOLD)
    hits = []
    for word in words.words:
        index = search.find(word)
        while index >= 0:
            after = index + len(word)
            if not words.word_end or after == len(text) or not text[after].isalpha() \
                    or after in ends:
                hits.append((index, word))
            index = search.find(word, index + 1)
    return hits


@given(_keyword_cases())
@settings(max_examples=600, deadline=None)
def test_word_end_candidates_miss_no_word(case):
    text, ends = case
    for words in _keywords():
        assert words.occurrences(text, ends) == _plain_occurrences(words, text, ends)


def _sentences_of(text: str, cuts: list[int]) -> list[Sentence]:
    """Sentences between sorted cut points, with the gaps between them left out."""
    bounds = sorted({0, len(text), *(min(c, len(text)) for c in cuts)})
    return [Sentence(a, b, 0, "text") for a, b in zip(bounds[::2], bounds[1::2], strict=False)]


def _plain_flags(all_of: AllOf, text: str, sentences: list[Sentence]) -> list[bool]:
    """AllOf.flags by looking up every word of every group in every sentence."""
    search = text.lower() if all_of.ignore_case else text
    if len(search) != len(text) or not all(all_of.groups):
        return [True] * len(sentences)
    search = search.translate(fold._FOLD)

    def has(word: str, start: int, end: int) -> bool:
        index = search.find(word, start, end)
        while index >= 0:
            after = index + len(word)
            if not all_of.word_end or after == end or not text[after].isalpha():
                return True
            index = search.find(word, index + 1, end)
        return False

    return [any(all(has(w, s.start, s.end) for w in group) for group in all_of.groups)
            for s in sentences]


@functools.cache
def _group_pieces() -> list[str]:
    """The words of the phrases of more than one word, which AllOf checks one by one."""
    groups = [*roles._patterns().trigger.groups, *attribution._cues().vague_words.groups]
    return _cased(sorted({w for g in groups if len(g) > 1 for w in g})) + _ODD


@given(_keyword_cases() | _texts(_group_pieces()).map(lambda text: (text, set())),
       st.lists(st.integers(0, 200), max_size=6))
@settings(max_examples=600, deadline=None)
def test_all_of_flags_every_sentence_with_a_whole_group(case, cuts):
    text, _ = case
    sentences = _sentences_of(text, cuts)
    for all_of in (roles._patterns().trigger, attribution._cues().vague_words):
        assert all_of.flags(text, sentences) == _plain_flags(all_of, text, sentences)


# ------------------------------------------------------------------ descriptions


@functools.cache
def _description_pieces() -> list[str]:
    vocab = vocabulary()
    return (_cased(sorted(vocab.kinds)) + list(vocab.country_forms[:60])
            + ["DeepSeek", "High-Flyer", "R1", "OpenAI", "gpt4o", "Apple’s", "Meta's", "The",
               "A", "a", "an", "the", "Chinese", "AI", "quant", "new", "and", "that", "based",
               "in", "which", "is", "known", ")", ":", "–", ", a", ", an", ", the"] + _ODD)


@st.composite
def _description_shapes(draw) -> str:
    """Text shaped like a description, "DeepSeek, a Chinese AI company, said" or "Chinese
    AI company DeepSeek", each part drawn from odd alternatives too."""
    vocab = vocabulary()
    pieces = st.sampled_from(_description_pieces())
    kinds = st.sampled_from(_cased(sorted(vocab.kinds)))
    parts = [draw(st.sampled_from(["", "The ", "So ", "-", "’"])),
             draw(st.sampled_from(["DeepSeek", "High-Flyer Capital", "R1", "gpt4o", "", "the"])),
             draw(st.sampled_from([", ", ",", " ", ",  ", ". "])),
             draw(st.sampled_from(["a ", "an ", "the ", "", "A ", "its "]))]
    parts += [draw(pieces) + " " for _ in range(draw(st.integers(0, 3)))]
    parts += [draw(kinds), draw(st.sampled_from(["", " ", "s", "-", "’"]))]
    parts += [draw(pieces) + draw(st.sampled_from(["", " ", ","]))
              for _ in range(draw(st.integers(0, 3)))]
    return "".join(parts)


@given(_texts(_description_pieces(), max_size=16) | _description_shapes())
@settings(max_examples=800, deadline=None)
def test_description_tails_keep_every_description(text):
    """_may_describe skips a description pattern only where it finds nothing."""
    article = Article("x", "x", text, text)
    sentence = Sentence(0, len(text), 0, "text")
    starts = attributes._triggers().description.starts(text, {sentence.end})
    shapes = descriptions.may_describe(text, starts, 0, len(text))
    full = descriptions.descriptions(article, sentence, vocabulary())
    assert descriptions.descriptions(article, sentence, vocabulary(), shapes) == full


# ------------------------------------------------------------------ sourcing


@functools.cache
def _sourcing_pieces() -> list[str]:
    data = vocabulary().data
    words = [str(w) for key in ("local", "sentence", "anywhere", "attribution",
                                "according_to_claimant", "conditional_truth")
             for w in data["hedges"].get(key) or []]
    words += [str(w) for key in ("phrases", "groups", "quantifiers", "field_words", "verbs",
                                 "quantified_only")
              for w in data["vague"].get(key) or []]
    return [*_cased(words), "according to", "if", "it is", "the", "a", "its", "Reuters", *_ODD]


@given(_texts(_sourcing_pieces()), st.integers(0, 30), st.integers(0, 400))
@settings(max_examples=500, deadline=None)
def test_vague_pattern_tried_at_openers_finds_what_finditer_finds(text, start, end):
    cues = attribution._cues()
    low = fold.lowered(text)
    spans = [m.span() for m in attribution._vague_matches(cues, text, low, start, end)]
    assert spans == [m.span() for m in cues.vague.finditer(text, start, end)]


@given(_texts(_sourcing_pieces()), st.integers(0, 30), st.integers(0, 400))
@settings(max_examples=500, deadline=None)
def test_hedge_cues_tried_at_their_words_find_what_search_finds(text, start, end):
    cues = attribution._cues()
    end = min(end, len(text))
    ends = {end}
    for pattern, words in ((cues.local, cues.local_words), (cues.sentence, cues.sentence_words),
                           (cues.according, cues.according_words),
                           (cues.attribution, cues.attribution_words)):
        starts = words.starts(text, ends)
        spans = [m.span() for m in attribution._matches_at(pattern, text, starts, start, end)]
        assert spans == [m.span() for m in pattern.finditer(text, start, end)]
    for pattern, words in ((cues.anywhere, cues.anywhere_words),
                           (cues.conditional, cues.conditional_words)):
        found = attribution._search(pattern, text, words.starts(text, ends), False, start, end)
        plain = pattern.search(text, start, end)
        assert (found and found.span()) == (plain and plain.span())


# ------------------------------------------------------------------ roles


def _plain_roles(article: Article) -> tuple:
    """extract_roles without its shortcuts: every role pattern over every prose sentence."""
    vocab, patterns = vocabulary(), roles._patterns()
    full_names = roles._full_names(())
    text = article.analysis
    found: dict = {}
    for sentence in roles.prose_sentences(article):
        for shape, pattern in (("premodifier", patterns.premodifier),
                               ("appositive", patterns.appositive),
                               ("copula", patterns.copula)):
            for match in pattern.finditer(text, sentence.start, sentence.end, overlapped=True):
                for role in roles._roles_of(article, match, shape, vocab, full_names):
                    found.setdefault((role.person_span.start, role.role_key), role)
    return roles._drop_nested(sorted(found.values(), key=lambda r: (r.span.start, r.role_key)))


@functools.cache
def _role_pieces() -> list[str]:
    forms = sorted(vocabulary().role_forms)
    return [*_cased(forms), *_cased(["co-", "ex-", "former", "acting", "interim", "deputy"]),
            "Sam Altman", "Yann LeCun", "Jean-Luc de la Rue", "J. Smith", "LeCun", "O’Brien",
            "Meta’s", "OpenAI's", "Goldman Sachs", "Acme Corp.", "Ex-Google", "Monday",
            " is ", " was ", " remains ", " became ", " serves as ", " served as ", "Is", "this",
            ", who", ", the ", ", a ", ", its ", " of ", " at ", " for ", " and ", " said",
            "also ", "Meanwhile", *_ODD]


@st.composite
def _role_shapes(draw) -> str:
    """Text shaped like a role, "Sam Altman, the former OpenAI CEO," or "Yann LeCun is
    Meta’s chief AI scientist", each part drawn from odd alternatives too."""
    pieces = st.sampled_from(_role_pieces())
    forms = st.sampled_from(_cased(sorted(vocabulary().role_forms)))
    one_of = st.sampled_from
    parts = [draw(one_of(["", "So ", "-", "’", "Meanwhile ", "the "])),
             draw(one_of(["Sam Altman", "Yann LeCun", "J. Smith", "Liang", "O’Brien", "x"])),
             draw(one_of([", ", " is ", " was ", ", who is ", " serves as ", " became ", " ",
                          ",", " is\n", " Is "])),
             draw(one_of(["", "the ", "a ", "its ", "now ", "also the "])),
             draw(one_of(["", "former ", "co-", "ex-", "acting ", "Former "])),
             draw(one_of(["", "Meta’s ", "OpenAI ", "Goldman Sachs ", "Acme Corp. ", "US "])),
             draw(forms), draw(one_of(["", " and ", " of ", " at ", "s", "-"])),
             draw(one_of(["", "OpenAI", "the Meta", "x", "Sam Altman"])),
             draw(one_of(["", ",", ", ", " ", ".", " said"]))]
    parts += [draw(pieces) + " " for _ in range(draw(st.integers(0, 3)))]
    return "".join(parts)


@given(_texts(_role_pieces(), max_size=16) | _role_shapes(),
       st.lists(st.integers(0, 200), max_size=3))
@settings(max_examples=800, deadline=None)
def test_role_shortcuts_find_every_role(text, cuts):
    """The trigger words, the premodifier tail tried at role openers and the copula verb
    check skip only sentences where a pattern finds nothing."""
    article = Article("x", "x", text, text, sentences=_sentences_of(text, cuts))
    assert roles.extract_roles(article) == _plain_roles(article)


def _plain_full_names(phrases: list[NamePhrase]) -> dict[str, set[str]]:
    """roles._full_names without skipping the one-word phrases first."""
    vocab = vocabulary()
    names: dict[str, set[str]] = {}
    for phrase in phrases:
        words = phrase.text.split()
        while words and (vocab.role(words[0]) or words[0].lower() in vocab.not_organisations):
            words = words[1:]
        if 2 <= len(words) <= 4 and all(roles._PERSON_WORD_RE.fullmatch(w) for w in words):
            names.setdefault(words[-1].lower(), set()).add(" ".join(words).lower())
    return names


@given(st.lists(_texts(_role_pieces(), max_size=6), max_size=8))
@settings(max_examples=300, deadline=None)
def test_full_names_skip_no_phrase_that_counts(texts):
    span = Span(0, 0, 1, 1, 1, 1)
    phrases = [NamePhrase(text, span, False, "text") for text in texts]
    assert roles._full_names(phrases) == _plain_full_names(phrases)
