"""One speaker credited with several different quotes on the same subject across articles.

## What it flags
One story told in several articles, each crediting a person with a single remark on the
same subject, and the articles giving at least three different remarks of three words or
more: Marc Andreessen on DeepSeek R1 as "one of the most amazing and impressive
breakthroughs I've ever seen", "a profound gift to the world" and "AI's Sputnik moment",
each in its own articles. Articles that quote a person with several remarks each, some
shared and some not, are how news is written and are left alone. The subject is what the quote's
sentence (and the one before it) names, other than people. One finding per speaker and
subject, at the first of the quotes, listing each quote with its article. Identical and
near-identical wordings count as one quote (NL302 reports the near ones).

Not in the default selection: several remarks are no discrepancy, and on real copy the
findings were not worth an editor's time. Run it with `--extend-select NL303` (or select
`NL3`).

## Why it matters to an editor
Several remarks may all be genuine (a post, an interview, a podcast), or some may be
paraphrases that gained quotation marks on their way through other outlets. Check each
against the primary source before repeating it.

## Example
Flagged (info), with the other quotes listed as related locations:

    Venture capitalist Marc Andreessen called it "one of the most amazing and impressive
    breakthroughs I've ever seen".

Nothing to fix if every quote checks out against its source; otherwise cite the source or
drop the quotation marks.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from newslint.diagnostics import Diagnostic, Severity
from newslint.index.quote_match import Entry
from newslint.index.quote_text import near_pairs, normalise
from newslint.index.speakers import speaker_resolver
from newslint.rules.base import CorpusContext, CorpusRule, Related, make_diagnostic

SAME_QUOTE_SHARE = 0.6  # as NL302: wordings this close are one quote
MIN_REMARKS = 3  # different remarks, each the only one its articles give
MIN_WORDS = 3  # words of a remark; shorter quotes are terms
_SHOWN = 40  # characters of each quote shown in the message


class SpeakerQuoteSet(CorpusRule):
    __doc__ = __doc__
    code = "NL303"
    name = "speaker-quote-set"
    severity = Severity.INFO

    def check(self, ctx: CorpusContext) -> Iterable[Diagnostic]:
        resolver = speaker_resolver(ctx.index)
        groups = ctx.index.group("quotes", resolver.speaker_of, "corpus-speaker")
        for speaker in sorted(groups):
            families = _families(groups[speaker])
            for topic in _topics(families):
                if _articles_disagree(topic):
                    yield self._report(speaker, topic)

    def _report(self, speaker: str, topic: list[list[Entry]]) -> Diagnostic:
        topic = sorted(topic, key=lambda f: _place(f[0]))
        article, quote = topic[0][0]
        related = [Related(a, q.span, f'"{q.text}"') for family in topic for a, q in family
                   if (a, q) != (article, quote)]
        subject = _subject_label(topic)
        shown = "; ".join(
            f'"{_short(family[0][1].text)}" ({", ".join(_articles(family))})'
            for family in topic
        )
        message = (f"{speaker} is credited with {len(topic)} different quotes on {subject}: "
                   f"{shown}; check each against the primary source")
        key = f"{speaker}|{subject}|" + "|".join(
            " ".join(normalise(f[0][1].text)) for f in topic)
        return make_diagnostic(self, article, quote.span, message, key=key, related=related,
                               content=quote.text)


def _articles_disagree(topic: list[list[Entry]]) -> bool:
    """Each article credits the speaker with one remark on the subject, and the articles
    give at least three different ones: the same story told several times, with the
    speaker's words changing on the way. Outlets that each quote a person with several
    remarks, some the same and some not, are how news is written, not this."""
    remarks = [f for f in topic if max(len(q.text.split()) for _, q in f) >= MIN_WORDS]
    if len(remarks) < MIN_REMARKS or len(remarks) < len(topic):
        return False  # a word or two ("rapists") is a term the story repeats
    seen = [frozenset(a.id for a, _ in family) for family in topic]
    return all(not (a & b) for i, a in enumerate(seen) for b in seen[i + 1:])


def _families(entries: list[Entry]) -> list[list[Entry]]:
    """The speaker's quotes, with identical and near-identical wordings joined."""
    by_words: dict[tuple[str, ...], list[Entry]] = {}
    for entry in sorted(entries, key=_place):
        by_words.setdefault(normalise(entry[1].text), []).append(entry)
    keys = list(by_words)
    parent = list(range(len(keys)))
    for i, j, _, _ in near_pairs(keys, SAME_QUOTE_SHARE, 2):
        parent[_root(parent, j)] = _root(parent, i)
    families: dict[int, list[Entry]] = {}
    for index, key in enumerate(keys):
        families.setdefault(_root(parent, index), []).extend(by_words[key])
    return [sorted(f, key=_place) for f in families.values()]


def _root(parent: list[int], i: int) -> int:
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def _topics(families: list[list[Entry]]) -> list[list[list[Entry]]]:
    """Families joined when their sentences name a subject in common."""
    parent = list(range(len(families)))
    owner: dict[str, int] = {}
    for index, family in enumerate(families):
        for subject in sorted({s.lower() for _, q in family for s in q.subjects}):
            if subject in owner:
                parent[_root(parent, index)] = _root(parent, owner[subject])
            else:
                owner[subject] = index
    topics: dict[int, list[list[Entry]]] = {}
    for index, family in enumerate(families):
        if any(q.subjects for _, q in family):
            topics.setdefault(_root(parent, index), []).append(family)
    return [topics[k] for k in sorted(topics)]


def _subject_label(topic: list[list[Entry]]) -> str:
    counts: Counter[str] = Counter()
    spelling: dict[str, str] = {}
    for family in topic:
        for _, quote in family:
            for subject in set(quote.subjects):
                counts[subject.lower()] += 1
                spelling.setdefault(subject.lower(), subject)
    ranked = sorted(counts, key=lambda s: (-counts[s], s))
    return "/".join(spelling[s] for s in ranked[:2])


def _articles(family: list[Entry]) -> list[str]:
    return sorted({a.path.rsplit("/", 1)[-1] for a, _ in family})


def _short(text: str) -> str:
    return text if len(text) <= _SHOWN else text[: _SHOWN - 1].rstrip() + "…"


def _place(entry: Entry) -> tuple[str, int]:
    return entry[0].path, entry[1].span.start
