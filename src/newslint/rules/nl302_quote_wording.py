"""One speaker's quote worded differently in different articles.

## What it flags
Two quotes credited to the same person in different articles (a statement that a
described speaker names, "the statement said", is the words of whoever issued it; a given
name and its nickname are one person, "Dick Durbin" / "Richard J. Durbin") that
are nearly but not exactly the same words: "state psyop" and "CCP state psyop" for Neal
Khosla, "AI's Sputnik moment" and "Sputnik Second" for Marc Andreessen. Quotes are matched by their
words first, so a fragment matches the longer quote it was cut from: near means the words
they share, in order, make up at least 75% of the shorter quote, with a run of shared
words at least half its length or phrases of three words or more that make up 60% of it
(a remark reworded in two or three places). Two quotes that share a run of ten words or
more are one quotation even where neither article names a person for it (a letter, a
resolution); a quote one article credits is its speaker's where the other article names no
one in reach of its copy (no described speaker either), both are whole quotes of seven
words or more and they share 85% of the shorter one's words, or where the two share a run
of ten words or more, four in five words of the shorter, and the other article names no
one, only describes the source ("the report read": Robert Bauer's report, quoted as his
words elsewhere) or finds a speaker only through a pronoun or an earlier quote ("He
added", after a paragraph about another man), which yields to the name. A sentence, or a stretch
between ellipses, of a longer quote is compared on its own with a quote of the other
article (six words or more, the same words but for one) when neither whole quote matches
one there: "What have you guys been debating, John?
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
ellipsis, when they are at most half as long as the shorter quote, also beside a word put
in; closed-class words ("and", "the") count nothing, and a lone shared word at an end
past a longer change ("by hosting Trump" / "by hosting him. If he's gone soft on Trump")
is met by chance. An ellipsis ("...",
"…", "[...]") matches any run of words the other version has there, also in two cuts that
start or stop at different places. Words only moved ("with either our partners" / "either
with our partners") are not a change. One finding per remark: every other article whose
wording differs is named among its related places. When more articles give one
wording (in full, or part of it word for word) than the other, the finding sits at the
other; when one article's quote differs from two or more that agree, its message says
what "the 2 other articles" read; when all differ, one finding relates every version.
A fragment that another of the speaker's quotes gives word for word ("went too
far" beside "I went too far and I was wrong") is not a misquote of a longer third, but
one as long with a word put for another is. A short quote (five words or fewer) may
differ from the other in one word only, put for another or left out ("for a conference
call" / "for a private conference call"; a fragment may have the word the longer quote
leaves out, "for a private conference call" / "join me for a conference call", where a
whole short sentence, "I went way too far.", is another remark).

Spun words count as the words they replaced. House style is not wording: contractions
("we're" / "we are"), British and American spelling ("honour" / "honor", "organise" /
"organize"), numerals and number words ("5" / "five"), abbreviated titles ("Sen." /
"Senator", "Gen." / "General"), words written apart or together ("work force" /
"workforce", "e-mail" / "email", "U.S." / "US") and an editor's words in square brackets
("why [Acme] took so long" / "why it took so long") match.
A difference is a misquote only when it changes content. Changed words that are all
closed-class filler (a conjunction, "that" before a clause, "oh" or "well": the classes
are in `rules/quote_noise.yaml`), forms of one word ("pew" / "pews", "Mama" / "Momma") or
punctuation are transcription noise: no finding, as is a name spelt another way inside
the quote ("al-Qaddafi" / "Gadhafi": a name-spelling matter, not the quote's wording). An
article or a degree word put in or left out inside the words both give ("a very dangerous
thing" / "a dangerous thing", "at the bar" / "at a bar"), a change of pronoun or modal only
("it ruined" / "they ruined", "have to" / "be able to"), or of the tense of one verb ("I
say" / "I said", "he's run" / "he's running"; irregular verbs in
`rules/irregular_verbs.yaml`), is reported at info; a content word, a negation or a number
at warning; a negation one wording has and the other lacks, inside the words both give
("should have been used" / "shouldn't have been used"), at error: the two say opposite
things. Two sentences of one quoted passage that differ from one
passage elsewhere make one finding, and so do one change found in a whole quote against
one article and in a sentence of it against another (Flynn's "it destroyed his life",
where two articles give "they"); two quotes of one paragraph, each changed against its
own counterpart elsewhere, are two misquotes and two findings. The message shows only
the changed stretch of each wording, with a few words either side, and lists the changed
words without the quotation marks and punctuation around them ("doing" instead of "debating");
where as many articles give each wording, nothing says which copy is faithful and the
message blames neither ("the two differ: "CCP" here only", ""doing" here, "debating"
there").

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

from collections.abc import Iterable
from dataclasses import replace

from newslint.diagnostics import Diagnostic, Severity
from newslint.facts import ArticleFacts, Quote
from newslint.facts.speech import is_person_like
from newslint.index.quote_match import (
    Match,
    by_piece,
    fits_inside,
    matches,
    one_side,
    one_speaker,
    one_text,
    one_text_speaker,
    quote_entries,
    speaks_for,
    with_pieces,
)
from newslint.index.quote_noise import Change, change_of, changed_passages
from newslint.index.quote_remarks import (
    contains,
    coordination_cut,
    cut_apart,
    fill_gaps,
    inner_changes,
    is_excerpt,
    one_remark,
)
from newslint.index.quote_remarks import words as words_in
from newslint.index.quote_style import house_style
from newslint.index.quote_text import (
    capitalised_words,
    carries_meaning,
    fits,
    gapped,
    reverses,
    word_diff,
)
from newslint.index.speakers import SpeakerResolver, fold_name, speaker_resolver
from newslint.rules.base import CorpusContext, CorpusRule, Related, make_diagnostic
from newslint.rules.quote_variants import (
    Variants,
    changed_words,
    one_per_remark,
    sentence_wholes,
)

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
    graded = (Severity.INFO, Severity.ERROR)

    def check(self, ctx: CorpusContext) -> Iterable[Diagnostic]:
        options = {"min_share": MIN_SHARE, **self.options(ctx.settings)}
        resolver = speaker_resolver(ctx.index)
        entries, whole = with_pieces(quote_entries(ctx.index))
        speakers = {_place(e): _speaker(resolver, e[1]) for e in entries}
        roles = _roles(entries, speakers)
        found = by_piece(matches(entries, MIN_SHARED_WORDS, options["min_share"]), whole)
        # Quotes matched by their words and credited to one person, house style folded.
        same: list[Compared] = []
        for match in sorted(found, key=lambda m: (_place(m.a), _place(m.b))):
            first, second = speakers[_place(match.a)], speakers[_place(match.b)]
            if first and second and (source := _one_source(first, second, roles)):
                same.append((match, source, *house_style(gapped(match.a[1].text),
                                                         gapped(match.b[1].text))))
            elif not (first or second) and one_text(match):
                # a long stretch of the same words is one quotation (a letter, a
                # resolution) even where neither article names a person for it; a
                # person named on one side only may be echoing the text, not quoting it
                same.append((match, "", *house_style(
                    gapped(match.a[1].text), gapped(match.b[1].text))))
            elif _place(match.a) not in whole and _place(match.b) not in whole and one_side(
                    match, first, second):
                # nothing near the other quote names anyone: the same words are the
                # speaker's that one article names, however the other leaves them unsaid
                same.append((match, first or second or "", *house_style(
                    gapped(match.a[1].text), gapped(match.b[1].text))))
            elif who := one_text_speaker(match, first, second):
                # one long quotation: the speaker named beside it, where the other
                # article names no one or only infers someone from a pronoun
                same.append((match, who, *house_style(
                    gapped(match.a[1].text), gapped(match.b[1].text))))
        same = sorted(same + _passage_pairs(found, same, speakers, whole),
                      key=lambda c: (_place(c[0].a), _place(c[0].b)))
        copies, backing, held = _copies(same)
        variants = Variants(wholes=sentence_wholes(entries, whole))
        reported: set[tuple[tuple[str, ...], tuple[str, ...]]] = set()
        names: dict[str, frozenset[str]] = {}
        flagged: dict[tuple[str, int, int], Diagnostic] = {}
        for match, first, a, b in same:
            pair = (min(a, b), max(a, b))
            if _occasions_differ(match):
                continue  # a line of a written statement and one said on camera
            if a == b or pair in reported or not one_remark(
                    a, b, match.shorter, (match.a[1].partial, match.b[1].partial)):
                continue
            # an ellipsis in one wording stands for the other's words there: no change
            full_a, full_b = fill_gaps(a, b)
            if inner_changes(full_a, full_b, omission=1) > max(MAX_CHANGED,
                                                               match.shorter // 5):
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
            if shorter[1].partial and len(words_in(a)) != len(words_in(b)) and held.get(
                    _place(shorter), set()) - {_place(longer)}:
                # a fragment the speaker's words elsewhere give word for word is not a
                # misquote of a longer third; one word put for another in a quote as long
                # is a change, wherever the fragment's words are also given
                continue
            if is_excerpt(a, b, [match.a, match.b]) or cut_apart(
                    a, b, names[first], shorter[1].partial):
                continue
            if fits(a, b) or fits(b, a) or fits_inside(a, b, names[first]):
                continue  # "...": the words one version leaves out
            if coordination_cut(full_a, full_b, (match.a[1].partial, match.b[1].partial)):
                continue  # "find out ... and make it": the writer's sentence joins the verbs
            change = change_of(full_a, full_b,
                               lambda words, known=names[first]: carries_meaning(words, known),
                               names[first])
            if change is Change.NOISE:
                continue  # "that", "oh", "pew" / "pews": transcription, not a misquote
            # every article giving either wording: the finding points at the one fewer use
            forms = {a: copies.get(_place(match.a), [match.a]),
                     b: copies.get(_place(match.b), [match.b])}
            reported.add(pair)
            diagnostic = self._report(first, a, b, forms, backing, change, variants)
            where = (diagnostic.path, diagnostic.location.line, diagnostic.location.col)
            # One finding per quote, at its first variant; every other article whose
            # wording differs from the flagged quote is named among its related places.
            flagged[where] = _with_variant(flagged[where], diagnostic) if where in flagged \
                else diagnostic
        # Two sentences of one quoted passage against one passage elsewhere are one
        # quotation: one finding, at the sentence whose change weighs most.
        passages: dict[int, Diagnostic] = {}
        for group in _passages(list(flagged.values()), _wholes(entries, whole)):
            for diagnostic in group:
                first = passages.get(id(group[0]))
                if first is None:
                    passages[id(group[0])] = diagnostic
                elif diagnostic.severity > first.severity:
                    passages[id(group[0])] = _with_variant(diagnostic, first)
                else:
                    passages[id(group[0])] = _with_variant(first, diagnostic)
        yield from one_per_remark(list(passages.values()), variants)

    def _report(self, speaker: str, a: tuple[str, ...], b: tuple[str, ...],
                forms: dict[tuple[str, ...], list[Entry]],
                backing: dict[Place, set[str]], change: Change,
                variants: Variants) -> Diagnostic:
        # Point at the wording fewer articles give (the odd one out); on a tie the wording
        # decides, never the file name. List the other wording's places.
        other = {b: a, a: b}
        support = {f: _support(forms[f], forms[other[f]], backing) for f in (a, b)}
        here_form, there_form = sorted((a, b), key=lambda f: (support[f], f))
        article, quote = forms[here_form][0]
        there = [e for e in forms[there_form] if e[0].id != article.id] or forms[there_form]
        other_article, other_quote = there[0]
        related = [Related(x, q.span, f'"{q.text}" here') for x, q in there]
        related += [Related(x, q.span, f'"{q.text}" here, as at the flagged place')
                    for x, q in forms[here_form][1:]]
        mine, theirs = changed_passages(quote.text.split(), other_quote.text.split())
        diff = word_diff(quote.text, other_quote.text)
        who = f"{speaker} quoted" if speaker else "the same quotation given"
        # A negation one wording lacks makes the two say opposite things: the gravest change.
        flip = change is Change.CONTENT and reverses(words_in(a), words_in(b))
        check = ("the two say opposite things; check the primary source" if flip
                 else "check the primary source")
        if support[a] == support[b]:
            # as many articles give each wording: nothing says which copy is faithful
            message = (f'{who} as "{mine}" here but "{theirs}" in {_name(other_article)}; '
                       f"the two differ: {word_diff(quote.text, other_quote.text, True)}; "
                       f"{check}")
        else:
            message = (f'{who} as "{mine}" here but "{theirs}" in '
                       f"{_name(other_article)} ({diff}); {check}")
        diagnostic = make_diagnostic(
            self, article, quote.span, message,
            key=f"{speaker}|{' '.join(min(a, b))}|{' '.join(max(a, b))}",
            related=related, content=" ".join(here_form),
            # graded by what changed: a pronoun or a modal only (who, how sure) is info
            severity=(Severity.INFO if change is Change.MINOR
                      else Severity.ERROR if flip else None),
        )
        # what the pair found, for reporting each remark once however many articles give it
        variants.messages[diagnostic.fingerprint] = (
            f'{who} as "{mine}" here, but ', f'"{theirs}" ({diff}); {check}')
        variants.changes[diagnostic.fingerprint] = changed_words(quote.text, other_quote.text)
        here = quote.span.location(article.path, f'"{quote.text}" here')
        for place in related[:len(there)]:
            variants.add(here, place.span.location(place.facts.path, place.note),
                         diagnostic.severity, diff.count(", ") + 1)
        return diagnostic


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
            if contains(words_in(a), words_in(b)) or contains(words_in(b), words_in(a)):
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


def _roles(entries: list[Entry], speakers: dict[Place, str | None]
           ) -> dict[str, list[tuple[str, ...]]]:
    """Each speaker's roles as the story's attributions write them ("a spokeswoman for
    the Obama campaign"), folded."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for entry in entries:
        who, role = speakers[_place(entry)], entry[1].speaker_role
        if who and role:
            out.setdefault(who, []).append(fold_name(role))
    return out


def _one_source(first: str, second: str, roles: dict[str, list[tuple[str, ...]]]
                ) -> str | None:
    """The speaker two attributions credit, as one source: one person by any of their
    names, or an organisation ("the Obama campaign said") and the person a role names as
    speaking for it ("a spokeswoman for the Obama campaign, Lis Smith"), who is named."""
    if one_speaker(first, second):
        return first
    for body, person in ((first, second), (second, first)):
        if not is_person_like(body) and is_person_like(person) and speaks_for(
                body, roles.get(person, [])):
            return person
    return None


def _occasions_differ(match: Match) -> bool:
    """Attributions that name occasions of two kinds ("said in a statement" / "in his
    video, he added"): two remarks, each of which may be exact."""
    first, second = match.a[1].occasion, match.b[1].occasion
    return bool(first and second and first != second)


def _passage_pairs(found: list[Match], same: list[Compared],
                   speakers: dict[Place, str | None], whole: dict[Place, Entry]
                   ) -> list[Compared]:
    """Matches whose quotes stand in two passages already found to be one quotation: the
    quotes of one paragraph under one attribution (`"A," Akin said. "B."`) in each article,
    one pair of them given to one person, so the other pair is his too, where nothing near
    it names anyone else (a sentence whose speaker one article does not name, "said Akin
    said", "Liz Cheney reportedly said")."""
    def passage(entry: Entry) -> tuple[str, int, str | None]:
        article, quote = whole.get(_place(entry), entry)
        return article.path, quote.span.line, quote.speaker_key

    taken = {(_place(m.a), _place(m.b)) for m, *_ in same}
    decided: dict[tuple[tuple[str, int, str | None], ...], str] = {}
    for match, who, *_ in same:
        decided.setdefault((passage(match.a), passage(match.b)), who)
        decided.setdefault((passage(match.b), passage(match.a)), who)
    out: list[Compared] = []
    for match in found:
        who = decided.get((passage(match.a), passage(match.b)))
        if who is None or (_place(match.a), _place(match.b)) in taken:
            continue
        named = [s for s in (speakers[_place(match.a)], speakers[_place(match.b)]) if s]
        if any(not (who and one_speaker(s, who)) for s in named):
            continue  # someone else is named beside this pair
        out.append((match, who, *house_style(gapped(match.a[1].text),
                                             gapped(match.b[1].text))))
    return out


def _wholes(entries: list[Entry], whole: dict[Place, Entry]) -> dict[tuple[str, int, int], Place]:
    """Each quote or piece's place as a finding gives it (path, line, column) → the place
    of the whole quote it belongs to."""
    return {(e.path, q.span.line, q.span.col): _place(whole.get(_place((e, q)), (e, q)))
            for e, q in entries}


def _passages(findings: list[Diagnostic], wholes: dict[tuple[str, int, int], Place]
              ) -> list[list[Diagnostic]]:
    """The findings in groups of one quotation: findings between the same two articles
    that share a whole quote at either end (two sentences of one passage, each against
    the same passage elsewhere). Two quotes of one paragraph, each against its own quote
    elsewhere, are two misquotes and stay apart."""
    def ends(d: Diagnostic) -> tuple[Place, Place]:
        there = d.related[0]
        return (wholes.get((d.path, d.location.line, d.location.col),
                           (d.path, d.location.line, -1)),
                wholes.get((there.path, there.line, there.col), (there.path, there.line, -1)))

    groups: list[list[Diagnostic]] = []
    keys: list[set[Place]] = []
    for finding in findings:
        here, there = ends(finding)
        for group, seen in zip(groups, keys, strict=True):
            other_here, other_there = ends(group[0])
            if {here[0], there[0]} == {other_here[0], other_there[0]} and {here, there} & seen:
                group.append(finding)
                seen |= {here, there}
                break
        else:
            groups.append([finding])
            keys.append({here, there})
    return groups


def _with_variant(first: Diagnostic, other: Diagnostic) -> Diagnostic:
    """The finding at a quote, naming too the places of another variant of it: in other
    articles (the flagged article's other sentences of the passage are no second wording)."""
    seen = {(r.path, r.line, r.col) for r in first.related}
    extra = tuple(r for r in other.related
                  if (r.path, r.line, r.col) not in seen and r.path != first.path)
    return replace(first, related=first.related + extra) if extra else first


def _speaker(resolver: SpeakerResolver, quote: Quote) -> str | None:
    """Who the quote is credited to: as NL301 compares it, or the person or organisation
    that issued the statement, letter or post a described speaker names ("the statement
    said", issued by Ryan Zinke): whose words they are, for comparing their wording."""
    found = resolver.speaker_of(quote)
    key = quote.speaker_key
    if found is None and quote.speaker_kind == "generic" and quote.context not in (
            "post", "heading") and key and key[:1].isupper():
        return resolver.resolve(key)
    return found


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
