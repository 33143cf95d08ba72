"""House style is not wording: two versions of one quote compared with the differences an
outlet's style makes folded away (numerals and number words, abbreviated titles, words
written apart or as one, letters printed as asterisks), and the tokens that stand for
what a gapped form leaves open.
"""

from __future__ import annotations

# Stands for the letters an outlet prints as asterisks ("f***ing"): a letter, so words_of
# keeps it inside the word.
CENSORED = "ǂ"
# Token standing for an ellipsis in `gapped` forms: words_of never yields punctuation.
GAP = "…"
# An editor's bracketed words: OPT tokens, each standing for one word or none.
OPT = "[]"

# House style, not wording: numerals and number words, and the abbreviations of titles.
_STYLE_WORDS = {
    **{w: str(n) for n, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen "
        "fourteen fifteen sixteen seventeen eighteen nineteen twenty".split())},
    "sen": "senator", "sens": "senators", "rep": "representative",
    "reps": "representatives", "gov": "governor", "gen": "general", "lt": "lieutenant",
    "sgt": "sergeant", "dept": "department", "govt": "government", "okay": "ok",
}


def house_style(a: tuple[str, ...], b: tuple[str, ...]
                ) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Two wordings with house style folded: "Sen." is "Senator", "five" is "5", and words
    one version writes apart are joined where the other writes them as one ("work force" /
    "workforce", "e-mail" / "email", "U.S." / "US")."""
    a = tuple(_STYLE_WORDS.get(w, w) for w in a)
    b = tuple(_STYLE_WORDS.get(w, w) for w in b)
    a, b = _uncensored(a, b), _uncensored(b, a)
    return _joined(a, frozenset(b)), _joined(b, frozenset(a))


def _uncensored(form: tuple[str, ...], other: tuple[str, ...]) -> tuple[str, ...]:
    """"f***ing" is the other version's "fucking": a word one outlet prints with
    asterisks is the word the other prints in full."""
    out = []
    for word in form:
        if CENSORED in word:
            head, _, tail = word.partition(CENSORED)
            word = next((w for w in other if len(w) > len(head) + len(tail) and
                         w.startswith(head) and w.endswith(tail)), word)
        out.append(word)
    return tuple(out)


def _joined(form: tuple[str, ...], vocabulary: frozenset[str]) -> tuple[str, ...]:
    out: list[str] = []
    i = 0
    while i < len(form):
        for size in (3, 2):
            run = form[i:i + size]
            if len(run) == size and "".join(run) in vocabulary and GAP not in run and (
                    OPT not in run):
                out.append("".join(run))
                i += size
                break
        else:
            out.append(form[i])
            i += 1
    return tuple(out)
