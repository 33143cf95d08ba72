"""Comparing quoted words: normalised for equality, aligned word by word for differences.

Quotes are equal when they read the same after normalising quotation marks, case,
punctuation and whitespace, and after undoing a text spinner's swaps (so "Sputnik Second"
compares as "Sputnik moment", the words it replaced), with the differences of house
style set aside: contractions are spelled out ("we're" is "we are") and British spellings
read as American ones ("honour", "organise", "analyse", "centre", "defence"). For wording
checks a quote can keep its gaps (`gapped`): an ellipsis ("...", "…", "[...]") stands
for words the writer left out, and `fits` lets it match any run of words in the other
version; an editor's words in square brackets ("why [Acme] took so long") or in
parentheses ("it looks like (Libyan leader) Gadhafi") match any short run of words (up to
four).
"""

from __future__ import annotations

import difflib
import functools
import math

import regex

from newslint.facts.spun import spinner_table
from newslint.index.quote_style import CENSORED, GAP, OPT

_APOSTROPHES = regex.compile(r"[’‘`´']")
_NOT_WORD = regex.compile(r"[^\p{L}\p{N}\s]+")


def words_of(text: str) -> tuple[str, ...]:
    """"AI’s Sputnik moment," → ("ais", "sputnik", "moment")."""
    text = _APOSTROPHES.sub("", text.lower()).replace("&", " and ")  # "good & bad"
    return tuple(_NOT_WORD.sub(" ", text).split())


@functools.cache
def _despin_table() -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    table = spinner_table()
    pairs = {words_of(phrase): words_of(original) for phrase, (original, _) in
             table.entries.items()}
    return tuple(sorted(((k, v) for k, v in pairs.items() if k and k != v),
                        key=lambda kv: -len(kv[0])))


_APOSTROPHE = "['’]"
_CONTRACTIONS = [
    (regex.compile(rf"\bwo{_APOSTROPHE}?n{_APOSTROPHE}t\b", regex.I), "will not"),
    (regex.compile(rf"\b(sha){_APOSTROPHE}?n{_APOSTROPHE}t\b", regex.I), "shall not"),
    (regex.compile(rf"\bca(?:n{_APOSTROPHE}t|nnot)\b", regex.I), "can not"),
    (regex.compile(rf"\b(\p{{L}}+)n{_APOSTROPHE}t\b", regex.I), r"\1 not"),
    (regex.compile(rf"\b(\p{{L}}+){_APOSTROPHE}re\b", regex.I), r"\1 are"),
    (regex.compile(rf"\b(\p{{L}}+){_APOSTROPHE}ve\b", regex.I), r"\1 have"),
    (regex.compile(rf"\b(\p{{L}}+){_APOSTROPHE}ll\b", regex.I), r"\1 will"),
    (regex.compile(rf"\b(i){_APOSTROPHE}m\b", regex.I), r"\1 am"),
    (regex.compile(rf"\b(let){_APOSTROPHE}s\b", regex.I), r"\1 us"),
    (regex.compile(r"\bgonna\b", regex.I), "going to"),  # a transcriber's choice
    (regex.compile(r"\bwanna\b", regex.I), "want to"),
    (regex.compile(r"\bgotta\b", regex.I), "got to"),
    (regex.compile(rf"\b(it|that|what|there|here|he|she|who|where|how|this|everything|"
                   rf"nothing|everyone|someone){_APOSTROPHE}s\b", regex.I), r"\1 is"),
    (regex.compile(rf"\b(i|you|we|they|he|she|it|that|there|who){_APOSTROPHE}d\b", regex.I),
     r"\1 would"),
]
# British spellings as American ones; both versions are folded, so a rule that also
# changes a word with no British form ("promise" -> "promize") does no harm.
_SPELLINGS = [
    (regex.compile(r"^(\p{L}{2,})our(s|ed|ing|able|ably|ite|ites|er|ers|less)?$"), r"\1or\2"),
    (regex.compile(r"^(\p{L}{3,})is(e|es|ed|ing|ation|ations|er|ers)$"), r"\1iz\2"),
    (regex.compile(r"^(\p{L}+)ys(e|es|ed|ing)$"), r"\1yz\2"),
    (regex.compile(r"^(\p{L}{2,}[bgt])re(s?)$"), r"\1er\2"),
    (regex.compile(r"^(\p{L}{2,}[bt])red$"), r"\1ered"),
    (regex.compile(r"^(defen|offen|preten|licen)c(e|es)$"), r"\1s\2"),
    (regex.compile(r"^(travel|cancel|label|model|fuel|signal|counsel|level|marvel|channel|"
                   r"total|dial|equal)l(ed|ing|er|ers)$"), r"\1\2"),
]
_SPELLING_WORDS = {"programme": "program", "programmes": "programs", "judgement": "judgment",
                   "ageing": "aging", "grey": "gray", "tyre": "tire", "tyres": "tires",
                   "jewellery": "jewelry", "manoeuvre": "maneuver", "cheque": "check"}


# Any of the contractions: a quote holding none is left as it is without trying each.
_ANY_CONTRACTION = regex.compile("|".join(
    ("(?i:{})" if p.flags & regex.IGNORECASE else "(?:{})").format(p.pattern)
    for p, _ in _CONTRACTIONS))


def _spell_out(text: str) -> str:
    if not _ANY_CONTRACTION.search(text):
        return text  # no pattern below matches: each would leave the text as it is
    for pattern, replacement in _CONTRACTIONS:
        text = pattern.sub(replacement, text)
    return text


@functools.lru_cache(maxsize=65536)
def _american(word: str) -> str:
    if word in _SPELLING_WORDS:
        return _SPELLING_WORDS[word]
    if len(word) < 5:
        return word
    for pattern, replacement in _SPELLINGS:
        folded = pattern.sub(replacement, word)
        if folded != word:
            return folded
    return word


@functools.cache
def _despin_index() -> dict[str, tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]]:
    """The despin table by first word, each list in table order (longest phrase first)."""
    index: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = {}
    for spun, original in _despin_table():
        index.setdefault(spun[0], []).append((spun, original))
    return {word: tuple(entries) for word, entries in index.items()}


@functools.lru_cache(maxsize=65536)
def normalise(text: str) -> tuple[str, ...]:
    """The words of a quote, with spun phrases put back to what they replaced,
    contractions spelled out and British spellings read as American ones.

    Cached: every quote rule of every story asks for the same quotes' words."""
    words = list(words_of(_CENSORED_WORD.sub(rf"\1{CENSORED}\2", _spell_out(text))))
    out: list[str] = []
    i = 0
    index = _despin_index()
    while i < len(words):
        for spun, original in index.get(words[i], ()):
            if tuple(words[i:i + len(spun)]) == spun:
                out.extend(original)
                i += len(spun)
                break
        else:
            out.append(words[i])
            i += 1
    return tuple(_american(word) for word in out)


_CENSORED_WORD = regex.compile(r"(\p{L})\*+(\p{L}*)")
_BRACKET_WORDS = 4
_ELLIPSIS = regex.compile(r"[\[(]?[ \t]*(?:\.[ \t]?\.[ \t]?\.|…)[ \t]*[\])]?")
_GAPS = regex.compile(rf"({_ELLIPSIS.pattern})|\[[^\[\]]{{1,40}}\]|\([^()]{{1,40}}\)")


def gapped(text: str) -> tuple[str, ...]:
    """`normalise`, with a GAP token where the quote has an ellipsis and OPT tokens where
    it has words in square brackets."""
    out: list[str] = []
    last = 0
    for match in _GAPS.finditer(text):
        out.extend(normalise(text[last:match.start()]))
        if match[1] is not None:
            if not out or out[-1] != GAP:
                out.append(GAP)
        else:
            out.extend([OPT] * _BRACKET_WORDS)
        last = match.end()
    out.extend(normalise(text[last:]))
    return tuple(out)


def has_gaps(form: tuple[str, ...]) -> bool:
    return GAP in form or OPT in form


def fits(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two versions of a quote that can be the same words once each ellipsis and bracket is
    filled in: a GAP in either one matches any run of words (or gaps) of the other, an OPT
    one word or none, and every other word must line up."""
    if not (has_gaps(a) or has_gaps(b)):
        return False

    n, m = len(a), len(b)
    # can[i][j]: a[i:] and b[j:] can be the same words; filled from the ends backwards.
    can = [[False] * (m + 1) for _ in range(n + 1)]
    can[n][m] = True
    for i in range(n, -1, -1):
        for j in range(m, -1, -1):
            if i == n and j == m:
                continue
            gap_a = i < n and a[i] == GAP
            gap_b = j < m and b[j] == GAP
            opt_a = i < n and a[i] == OPT
            opt_b = j < m and b[j] == OPT
            can[i][j] = (
                (gap_a and (can[i + 1][j] or (j < m and can[i][j + 1])))
                or (gap_b and (can[i][j + 1] or (i < n and can[i + 1][j])))
                or (opt_a and (can[i + 1][j] or (j < m and can[i + 1][j + 1])))
                or (opt_b and (can[i][j + 1] or (i < n and can[i + 1][j + 1])))
                or (i < n and j < m and not gap_a and not opt_a and a[i] == b[j]
                    and can[i + 1][j + 1])
            )
    return can[0][0]


def similarity(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[int, float]:
    """(words in common, in order; their share of the longer quote)."""
    if not a or not b:
        return 0, 0.0
    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    common = sum(block.size for block in matcher.get_matching_blocks())
    return common, common / max(len(a), len(b))


_NEGATIONS = frozenset("not no never none nobody nothing neither nor cannot".split())
_CONTRACTED_NOT = frozenset(
    "do does did ca wo is are was were has have had could would should must need sha".split())
_NUMBER_WORDS = frozenset(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy "
    "eighty ninety hundred thousand million billion trillion dozen dozens half".split())
_POSSESSIVE = regex.compile(r"['’]s?\W*$")
_SENTENCE_END = regex.compile(r"[.!?:;]['\"’”)]*$")


def capitalised_words(quotes: list[tuple[str, bool]]) -> frozenset[str]:
    """Words of these quotes (text, whether it opens with a sentence's first word) written
    as names: an acronym anywhere ("CCP", "AI's"), a capital inside a sentence ("the
    Halo"), but not "I" or the capital that opens a sentence."""
    found: set[str] = set()
    for text, full in quotes:
        tokens = text.split()
        for index, token in enumerate(tokens):
            stem = _POSSESSIVE.sub("", token)
            letters = [ch for ch in stem if ch.isalpha()]
            if letters and not letters[0].isupper() and "-" in stem:
                # a name behind a particle joined to it: "al-Qaddafi", "bin-Salman"
                found.update(w for part in stem.split("-")[1:] if part[:1].isupper()
                             for w in words_of(part))
                continue
            if not letters or not letters[0].isupper():
                continue
            acronym = len(letters) >= 2 and all(ch.isupper() for ch in letters)
            opens = (index == 0 and full) or (
                index > 0 and _SENTENCE_END.search(tokens[index - 1]) is not None)
            if acronym:
                found.add("".join(words_of(token)))  # "F.B.I." is "fbi", not "f", "b", "i"
            elif not (opens or words_of(token) in (("i",), ("im",), ("ive",))):
                found.update(words_of(token))
    return frozenset(found)


def negative(word: str) -> bool:
    """A negation: "not", "never", "nothing", "don't" with its apostrophe gone."""
    return word in _NEGATIONS or (word.endswith("nt") and word[:-2] in _CONTRACTED_NOT)


def reverses(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether two wordings of one remark say opposite things: inside the words both give,
    one puts a negation the other lacks ("should" / "shouldn't", "is not" / "is"), one
    word for one word or one word alone. Where a cut starts or stops is no reversal."""
    a, b = min(a, b), max(a, b)  # the same alignment whichever quote comes first
    ops = difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes()
    equal = [i for i, op in enumerate(ops) if op[0] == "equal"]
    for i, (op, a1, a2, b1, b2) in enumerate(ops):
        if op == "equal" or not equal or not equal[0] < i < equal[-1]:
            continue
        old, new = a[a1:a2], b[b1:b2]
        if len(old) + len(new) == 1 and negative((old or new)[0]):
            return True
        if len(old) == len(new) == 1 and negative(old[0]) != negative(new[0]):
            return True
    return False


def carries_meaning(words: tuple[str, ...], names: frozenset[str] = frozenset()) -> bool:
    """Dropped words that change what a quote says: a name or acronym, a negation or a
    number. "CCP" in "CCP state psyop", "not" in "not a pre-set path", "900"."""
    for word in words:
        if word in names or word in _NEGATIONS or word in _NUMBER_WORDS:
            return True
        if word.endswith("nt") and word[:-2] in _CONTRACTED_NOT:
            return True  # "don't", "can't", "won't" with the apostrophe gone
        if any(ch.isdigit() for ch in word):
            return True
    return False


def cut_differently(a: tuple[str, ...], b: tuple[str, ...],
                    names: frozenset[str] = frozenset()) -> bool:
    """Two faithful cuts from one longer remark, not two wordings of it: one runs on past
    the other's end ("a betrayal of every worker" / "... every worker in this state"),
    the two overlap ("will add 900 units" / "900 units over five years"), or one is a
    slice of the other that leaves out words at the start ("take a gradual approach" /
    "gradual approach"). A slice is a different wording when the words it leaves out
    carry meaning: a name or acronym (`names`, "CCP state psyop" / "state psyop"), a
    negation or a number."""
    ops = difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes()
    middle = [op for op in ops if op[0] == "equal"]
    if len(middle) != 1:
        return False
    equal = ops.index(middle[0])
    head, tail = ops[:equal], ops[equal + 1:]
    if len(head) > 1 or len(tail) > 1 or any(op[0] == "replace" for op in head + tail):
        return False
    if head and tail and head[0][0] != tail[0][0]:
        return True  # one starts earlier, the other ends later
    if not head:
        return True  # the same start, one stops sooner
    extra: tuple[str, ...] = ()
    for _, a1, a2, b1, b2 in head + tail:
        extra += a[a1:a2] + b[b1:b2]
    return not carries_meaning(extra, names)


def near_pairs(forms: list[tuple[str, ...]], min_share: float,
               min_common: int) -> list[tuple[int, int, int, float]]:
    """Pairs (i, j, common, share) of wordings whose words in common make up at least
    `min_share` of the longer one: candidates by prefix filtering, then checked.

    Two wordings that share that many words must share one of the rarest few words of
    each, so each wording is compared only with those that hold one of its rarest words,
    not with every other wording of the speaker.
    """
    tokens = [_occurrences(form) for form in forms]
    frequency: dict[str, int] = {}
    for items in tokens:
        for token in items:
            frequency[token] = frequency.get(token, 0) + 1
    index: dict[str, list[int]] = {}
    candidates: set[tuple[int, int]] = set()
    for i, items in enumerate(tokens):
        needed = max(min_common, math.ceil(min_share * len(items) - 1e-9))
        prefix = sorted(items, key=lambda t: (frequency[t], t))[: max(len(items) - needed + 1, 0)]
        for token in prefix:
            for j in index.get(token, ()):
                candidates.add((j, i))
            index.setdefault(token, []).append(i)
    sets = [set(items) for items in tokens]
    pairs = []
    for i, j in sorted(candidates):
        longer = max(len(forms[i]), len(forms[j]))
        needed = max(min_common, math.ceil(min_share * longer - 1e-9))
        if min(len(forms[i]), len(forms[j])) < needed or len(sets[i] & sets[j]) < needed:
            continue  # cannot share enough words: skip the costly alignment
        common, share = similarity(forms[i], forms[j])
        if common >= min_common and share >= min_share:
            pairs.append((i, j, common, share))
    return pairs


def _occurrences(form: tuple[str, ...]) -> list[str]:
    """Words numbered by occurrence ("the", "the#2"), so repeated words count as often."""
    seen: dict[str, int] = {}
    out = []
    for word in form:
        seen[word] = seen.get(word, 0) + 1
        out.append(word if seen[word] == 1 else f"{word}#{seen[word]}")
    return out
