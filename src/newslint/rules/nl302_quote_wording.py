"""One speaker's quote worded differently in different articles.

## What it flags
Two quotes credited to the same person in different articles that are nearly but not
exactly the same words: "state psyop" and "CCP state psyop" for Neal Khosla, "AI's
Sputnik moment" and "Sputnik Second" for Marc Andreessen. Quotes are matched by their
words first, so a fragment matches the longer quote it was cut from: near means the words
they share, in order, make up at least 75% of the shorter quote, with a run of shared
words at least half its length or phrases of three words or more that make up 60% of it
(a remark reworded in two or three places). Two quotes that share a run of ten words or
more are one quotation even where neither article names a person for it (a letter, a
resolution). A sentence, or a stretch between ellipses, of a longer quote is compared on
its own with a quote of the other article (six words or more, the same words but for one)
when neither whole quote matches one there: "What have you guys been debating, John?
You've been debating a coin" / "what have you guys been doing, John?". Words cut from a
quoted full sentence are an excerpt, not a variant (they quote less, not differently), as
are two cuts of one remark that stop at different places or overlap ("will add 900 units"
/ "900 units over five years") and a shorter slice of the same words ("gradual and
careful approach" / "take a gradual and careful approach"); identical quotes are
consistent. A slice is flagged when the words it leaves out carry meaning: a name or
acronym ("state psyop" / "CCP state psyop"), a negation or a number. Two remarks that
share a phrase but differ in more than three words (or a fifth of the shorter quote)
between their first and last shared word are two remarks, not one reworded; words left
out in one run with nothing in their place ("I went too far and I was wrong" / "I went
too far. I made a mistake and I was wrong") count as one change, a cut made without an
ellipsis, when they are at most half as long as the shorter quote. An ellipsis ("...",
"…", "[...]") matches any run of words the other version has there, also in two cuts that
start or stop at different places. Words only moved ("with either our partners" / "either
with our partners") are not a change. One finding per quote: every other article whose
wording differs from it is named among its related places. When more articles give one
wording (in full, or part of it word for word) than the other, the finding sits at the
other. A fragment that another of the speaker's quotes gives word for word ("went too
far" beside "I went too far and I was wrong") is not a misquote of a third.

Spun words count as the words they replaced. House style is not wording: contractions
("we're" / "we are"), British and American spelling ("honour" / "honor", "organise" /
"organize"), numerals and number words ("5" / "five"), abbreviated titles ("Sen." /
"Senator", "Gen." / "General"), words written apart or together ("work force" /
"workforce", "e-mail" / "email", "U.S." / "US") and an editor's words in square brackets
("why [Acme] took so long" / "why it took so long") match.
A difference is a misquote only when it changes content. Changed words that are all
closed-class words without reference of their own (an article, a conjunction, "that"
before a clause, "oh" or "well", "just" or "very": the classes are in
`rules/quote_noise.yaml`), forms of one word ("pew" / "pews", "Mama" / "Momma") or
punctuation are transcription noise: no finding, as is a name spelt another way inside
the quote ("al-Qaddafi" / "Gadhafi": a name-spelling matter, not the quote's wording). A
change of pronoun or modal only ("it ruined" / "they ruined", "have to" / "be able to"),
or of the tense of one verb ("I say" / "I said", "he's run" / "he's running"; irregular
verbs in `rules/irregular_verbs.yaml`), is reported at info; a content word, a negation
or a number at warning. Two sentences of one quoted passage that differ from one
passage elsewhere make one finding. The message shows only the changed stretch of each
wording, with a few words either side.

## Why it matters to an editor
Words inside quotation marks must be exactly what was said. When two articles quote the
same remark differently, at least one is a misquote: check the primary source.

## Example
Flagged, where another article quotes Neal Khosla as calling it a "CCP state psyop":

    Curai CEO Neal Khosla suggested the company might be a "state psyop".

Fixed, after checking his post:

    Curai CEO Neal Khosla suggested the company might be a "CCP state psyop".
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import replace

from newslint.diagnostics import Diagnostic, Severity
from newslint.facts import ArticleFacts, Quote
from newslint.index.quote_match import (
    Match,
    by_piece,
    fits_inside,
    matches,
    one_text,
    quote_entries,
    with_pieces,
)
from newslint.index.quote_noise import Change, change_of, changed_passages
from newslint.index.quote_style import GAP, OPT, house_style
from newslint.index.quote_text import (
    capitalised_words,
    carries_meaning,
    fits,
    gapped,
    word_diff,
)
from newslint.index.speakers import same_person, speaker_resolver
from newslint.rules.base import CorpusContext, CorpusRule, Related, make_diagnostic

MIN_SHARED_WORDS = 2
MIN_SHARE = 0.75  # shared words / words of the shorter quote
MAX_CHANGED = 3  # words changed inside the shared stretch (or a fifth of the shorter quote)

Entry = tuple[ArticleFacts, Quote]
# A match of one person's quotes: the match, the speaker, and both wordings house-styled.
Compared = tuple[Match, str, tuple[str, ...], tuple[str, ...]]


class QuoteWording(CorpusRule):
    __doc__ = __doc__
    code = "NL302"
    name = "quote-wording"
    severity = Severity.WARNING

    def check(self, ctx: CorpusContext) -> Iterable[Diagnostic]:
        options = {"min_share": MIN_SHARE, **self.options(ctx.settings)}
        resolver = speaker_resolver(ctx.index)
        entries, whole = with_pieces(quote_entries(ctx.index))
        speakers = {_place(e): resolver.speaker_of(e[1]) for e in entries}
        found = by_piece(matches(entries, MIN_SHARED_WORDS, options["min_share"]), whole)
        # Quotes matched by their words and credited to one person, house style folded.
        same: list[Compared] = []
        for match in sorted(found, key=lambda m: (_place(m.a), _place(m.b))):
            first, second = speakers[_place(match.a)], speakers[_place(match.b)]
            if first and second and (first == second or same_person(first, second)):
                same.append((match, first, *house_style(gapped(match.a[1].text),
                                                        gapped(match.b[1].text))))
            elif not (first or second) and one_text(match):
                # a long stretch of the same words is one quotation (a letter, a
                # resolution) even where neither article names a person for it; a
                # person named on one side only may be echoing the text, not quoting it
                same.append((match, "", *house_style(
                    gapped(match.a[1].text), gapped(match.b[1].text))))
        copies, backing, held = _copies(same)
        reported: set[tuple[tuple[str, ...], tuple[str, ...]]] = set()
        names: dict[str, frozenset[str]] = {}
        flagged: dict[tuple[str, int, int], Diagnostic] = {}
        for match, first, a, b in same:
            pair = (min(a, b), max(a, b))
            if a == b or pair in reported or not _one_remark(a, b, match.shorter):
                continue
            if _inner_changes(a, b, omission=1) > max(MAX_CHANGED, match.shorter // 5):
                continue  # two remarks that share a phrase, not one remark reworded
            if first not in names:
                names[first] = capitalised_words(
                    [(q.text, not q.partial) for e, q in entries
                     if speakers[_place((e, q))] == first] if first else [])
            if not first:
                names[first] = capitalised_words([(q.text, not q.partial)
                                                  for q in (match.a[1], match.b[1])])
            shorter = match.a if len(a) <= len(b) else match.b
            longer = match.b if shorter is match.a else match.a
            if shorter[1].partial and held.get(_place(shorter), set()) - {_place(longer)}:
                continue  # a fragment the speaker's words elsewhere give word for word
            if _is_excerpt(a, b, [match.a, match.b]) or _cut_apart(
                    a, b, names[first], shorter[1].partial):
                continue
            if fits(a, b) or fits(b, a) or fits_inside(a, b, names[first]):
                continue  # "...": the words one version leaves out
            change = change_of(_words(a), _words(b),
                               lambda words, known=names[first]: carries_meaning(words, known),
                               names[first])
            if change is Change.NOISE:
                continue  # "that", "oh", "pew" / "pews": transcription, not a misquote
            # every article giving either wording: the finding points at the one fewer use
            forms = {a: copies.get(_place(match.a), [match.a]),
                     b: copies.get(_place(match.b), [match.b])}
            reported.add(pair)
            diagnostic = self._report(first, a, b, forms, backing, change)
            where = (diagnostic.path, diagnostic.location.line, diagnostic.location.col)
            # One finding per quote, at its first variant; every other article whose
            # wording differs from the flagged quote is named among its related places.
            flagged[where] = _with_variant(flagged[where], diagnostic) if where in flagged \
                else diagnostic
        # Two sentences of one quoted passage against one passage elsewhere are one
        # quotation: one finding, at the sentence whose change weighs most.
        passages: dict[frozenset[tuple[str, int]], Diagnostic] = {}
        for diagnostic in flagged.values():
            there = diagnostic.related[0]
            key = frozenset(((diagnostic.path, diagnostic.location.line),
                             (there.path, there.line)))
            if key not in passages:
                passages[key] = diagnostic
            elif diagnostic.severity > passages[key].severity:
                passages[key] = _with_variant(diagnostic, passages[key])
            else:
                passages[key] = _with_variant(passages[key], diagnostic)
        yield from passages.values()

    def _report(self, speaker: str, a: tuple[str, ...], b: tuple[str, ...],
                forms: dict[tuple[str, ...], list[Entry]],
                backing: dict[Place, set[str]], change: Change) -> Diagnostic:
        # Point at the wording fewer articles give (the odd one out); on a tie the wording
        # decides, never the file name. List the other wording's places.
        other = {b: a, a: b}
        here_form, there_form = sorted(
            (a, b), key=lambda f: (_support(forms[f], forms[other[f]], backing), f))
        article, quote = forms[here_form][0]
        there = [e for e in forms[there_form] if e[0].id != article.id] or forms[there_form]
        other_article, other_quote = there[0]
        related = [Related(x, q.span, f'"{q.text}" here') for x, q in there]
        related += [Related(x, q.span, f'"{q.text}" here, as at the flagged place')
                    for x, q in forms[here_form][1:]]
        mine, theirs = changed_passages(quote.text.split(), other_quote.text.split())
        diff = word_diff(quote.text, other_quote.text)
        who = f"{speaker} quoted" if speaker else "the same quotation given"
        message = (f'{who} as "{mine}" here but "{theirs}" in '
                   f"{_name(other_article)} ({diff}); check the primary source")
        return make_diagnostic(
            self, article, quote.span, message,
            key=f"{speaker}|{' '.join(min(a, b))}|{' '.join(max(a, b))}",
            related=related, content=" ".join(here_form),
            # graded by what changed: a pronoun or a modal only (who, how sure) is info
            severity=Severity.INFO if change is Change.MINOR else None,
        )


Place = tuple[str, int, int]  # path, start and end of a quote or of a piece of one


def _copies(same: list[Compared]
            ) -> tuple[dict[Place, list[Entry]], dict[Place, set[str]], dict[Place, set[Place]]]:
    """For each quote, every quote of the same person worded the same way (house style
    aside), and the articles that quote part of it or more of it word for word: those that
    agree on a wording, so that when two give it one way and a third another, the finding
    sits at the third; and, for each quote, the quotes that hold all of its words."""
    parent: dict[Place, Place] = {}
    entry_at: dict[Place, Entry] = {}
    backing: dict[Place, set[str]] = {}
    held: dict[Place, set[Place]] = {}  # quotes that hold it in full

    def root(place: Place) -> Place:
        while parent.get(place, place) != place:
            place = parent[place]
        return place

    for match, _, a, b in same:
        here, there = _place(match.a), _place(match.b)
        if a != b:
            if _contains(_words(a), _words(b)) or _contains(_words(b), _words(a)):
                # one quotes part of the other, word for word: they agree
                backing.setdefault(here, set()).add(match.b[0].id)
                backing.setdefault(there, set()).add(match.a[0].id)
                part, whole = (there, here) if len(b) < len(a) else (here, there)
                held.setdefault(part, set()).add(whole)
            continue
        entry_at[here], entry_at[there] = match.a, match.b
        low, high = sorted((root(here), root(there)))
        if low != high:
            parent[high] = low
    groups: dict[Place, list[Entry]] = {}
    for place in sorted(entry_at):
        groups.setdefault(root(place), []).append(entry_at[place])
    return {place: groups[root(place)] for place in entry_at}, backing, held


def _with_variant(first: Diagnostic, other: Diagnostic) -> Diagnostic:
    """The finding at a quote, naming too the places of another variant of it."""
    seen = {(r.path, r.line, r.col) for r in first.related}
    extra = tuple(r for r in other.related if (r.path, r.line, r.col) not in seen)
    return replace(first, related=first.related + extra) if extra else first


def _one_remark(a: tuple[str, ...], b: tuple[str, ...], shorter: int) -> bool:
    """Shared words that run together, for half of the shorter quote at least ("state
    psyop" in "CCP state psyop"), not a few common words scattered through two remarks;
    a quote of five words or fewer ("I may do it") may differ in one word only."""
    a, b = _words(a), _words(b)
    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    blocks = matcher.get_matching_blocks()
    longest = max((block.size for block in blocks), default=0)
    least = min(shorter, len(a), len(b))
    if least < _SHORT_QUOTE:
        # "went too far" / "I went way too far"; "under study for years" / "under review
        # for years": one word put for one other, the rest the same; when every word of
        # one is in the other ("D-Money, Smoothie (and) Shifty" / "Smoothie, D-Money and
        # Shifty") no word was changed, and words in another order are a list reordered
        if set(a) <= set(b) or set(b) <= set(a):
            return longest >= least - 1
        ops = matcher.get_opcodes()
        equal = [index for index, op in enumerate(ops) if op[0] == "equal"]
        changed = [op for op in ops[equal[0]:equal[-1]] if op[0] != "equal"] if equal else []
        return (len(changed) == 1 and changed[0][0] == "replace"
                and changed[0][2] - changed[0][1] == changed[0][4] - changed[0][3] == 1
                and sum(block.size for block in blocks) >= least - 1)
    # one long run for half of the shorter quote, or runs of a few words each that
    # together make up most of it: a remark reworded in two or three places ("beat up ...
    # warnings, so why would we" / "beat ... agency warnings so why do we")
    runs = sum(block.size for block in blocks if block.size >= _RUN)
    return longest * 2 >= least or runs >= _RUNS_SHARE * least


_RUN = 3  # words in a row: a phrase two quotes share, not common words met by chance
_RUNS_SHARE = 0.6  # of the shorter quote, in such phrases
_SHORT_QUOTE = 6  # words: a quote this short may differ from the other in one word only
_SHORT_END = 2  # words at an end of a quote that can be a dropped name, number or "not"


def _cut_apart(a: tuple[str, ...], b: tuple[str, ...], names: frozenset[str],
               partial: bool) -> bool:
    """Two cuts of one remark, not two wordings of it: the same words between the first
    and the last word they share, and at each end only where each cut starts or stops.
    An end that differs by a word or two is a wording change when those words carry
    meaning (a name or acronym, a negation, a number: "CCP state psyop" / "state psyop");
    an end where each version goes its own way for two words or more, or where a fragment
    in the writer's sentence ("he has held it since he 'started running'") meets the full
    quote, is a different cut."""
    if _inner_changes(a, b):
        return False
    ops = difflib.SequenceMatcher(a=_words(a), b=_words(b), autojunk=False).get_opcodes()
    equal = [index for index, op in enumerate(ops) if op[0] == "equal"]
    if not equal:
        return False
    x, y = _words(a), _words(b)
    for op, a1, a2, b1, b2 in ops[:equal[0]] + ops[equal[-1] + 1:]:
        if op == "replace":
            if partial or min(a2 - a1, b2 - b1) >= _SHORT_END:
                continue
            return False
        # a small count at an end is how the speaker paces a sentence ("Number one, you
        # said"), not a figure the other version leaves out
        end = tuple(w for w in x[a1:a2] + y[b1:b2] if not (w.isdigit() and int(w) <= 10))
        if (a2 - a1) + (b2 - b1) <= _SHORT_END and carries_meaning(end, names):
            return False
    return True


def _inner_changes(a: tuple[str, ...], b: tuple[str, ...], omission: int | None = None
                   ) -> int:
    """Words changed, added or dropped between the first and the last word the two quotes
    share (a word for a word counts once): what an editor would correct, leaving aside
    where each cut starts and stops. With `omission`, a run of a few words one version has
    and the other leaves out, with nothing put in their place ("I went too far. I made a
    mistake and I was wrong" / "I went too far and I was wrong"), counts as that many: one
    cut, not words reworded, when it is at most half as long as the shorter quote."""
    matcher = difflib.SequenceMatcher(a=_words(a), b=_words(b), autojunk=False)
    ops = matcher.get_opcodes()
    while ops and ops[0][0] != "equal":
        ops.pop(0)
    while ops and ops[-1][0] != "equal":
        ops.pop()
    # a cut shorter than what both keep: the longer version is not another remark
    cut = min(_OMITTED, min(len(_words(a)), len(_words(b))) // 2)
    return sum(omission if omission is not None and op != "replace" and (
        max(a2 - a1, b2 - b1) <= cut) else max(a2 - a1, b2 - b1)
        for op, a1, a2, b1, b2 in ops if op != "equal")


_OMITTED = 8  # words left out in one run: a clause or a short sentence


def _words(form: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(w for w in form if w not in (GAP, OPT))


def _is_excerpt(a: tuple[str, ...], b: tuple[str, ...], entries: list[Entry]) -> bool:
    """The shorter quote is a run of words cut from a full quoted sentence: a quote of
    less, not a different wording."""
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    if not _contains(long_, short):
        return False
    return any(not q.partial and gapped(q.text) == long_ for _, q in entries)


def _contains(long_: tuple[str, ...], short: tuple[str, ...]) -> bool:
    n = len(short)
    return any(long_[i:i + n] == short for i in range(len(long_) - n + 1))


def _support(entries: list[Entry], others: list[Entry],
             backing: dict[Place, set[str]]) -> int:
    """Articles that give this wording: its copies, and those that quote part of it or more
    of it word for word, the other wording's articles aside ("state psyop" is in "CCP state
    psyop", which does not back it)."""
    ids = {article.id for article, _ in entries}
    for entry in entries:
        ids |= backing.get(_place(entry), set())
    return len(ids - {article.id for article, _ in others})


def _place(entry: Entry) -> Place:
    return entry[0].path, entry[1].span.start, entry[1].span.end


def _name(article: ArticleFacts) -> str:
    return article.path.rsplit("/", 1)[-1]
