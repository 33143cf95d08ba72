"""One speaker's quote worded differently in different articles.

## What it flags
Two articles that quote one remark of one person in different words. The finding sits
at the wording fewer articles give (on a tie, the copy a text spinner's phrase has
rewritten: "Sputnik Second" for "Sputnik moment"), shows the changed stretch of each
wording and lists the changed words; every other article whose wording differs is among
its related places. The severity says what changed:

- error: a negation one wording has and the other lacks inside the words both give
  ("should have been used" / "shouldn't have been used"): the two say opposite things;
- warning: a content word, a name or a number ("a 38-word statement" / "a 35-word
  statement" is a changed fact: both numbers are shown), a personal pronoun put for one
  of another person ("it destroyed his life" / "they destroyed his life": who did it), a
  modal put for another ("it will increase" / "it would increase": how sure);
- info: a slight word only: an article or a degree word ("at the bar" / "at a bar",
  "a very dangerous thing" / "a dangerous thing"), one function word put in or left out
  ("couple weeks" / "couple of weeks"), a pronoun or a modal put in or left out, another
  form of one word ("I say" / "I said", "any worse" / "anything worse", "we" / "us"),
  words only moved inside the words both give ("with either our partners" / "either
  with our partners"), a word of a fragment's own only where its cut starts or stops
  ("truly a historic day" / "This is a historic day": a word put inside the marks, or
  the same words said twice).

The message tells the weightiest change first, and leaves slight changes out beside a
change of content.

Never reported: house style (contractions, British and American spelling, numerals and
number words, "Sen." / "Senator", "work force" / "workforce", "U.S." / "US", an editor's
words in square brackets), typography (quotation marks, punctuation, case), transcription
noise (filler words such as "that", "oh", "well", forms of one word, "pew" / "pews", a
name spelt another way, "al-Qaddafi" / "Gadhafi") and quoting less (an excerpt, an
ellipsis, two cuts of one remark). The word classes are in `rules/quote_noise.yaml`.

### Which quotes are one remark
- Matched by their words first: the words two quotes share, in order, make up 75% of the
  shorter one (a fragment matches the quote it was cut from), in a run at least half its
  length or in phrases of three words or more that make up 60% of it.
- Credited to one source: one person by any of their names ("Dick Durbin" / "Richard J.
  Durbin"); a statement a described speaker names ("the statement said") is its issuer's;
  an organisation and the person a role names as speaking for it ("the Obama campaign" /
  "a spokeswoman for the Obama campaign, Lis Smith").
- Or one quotation whoever is named: a run of ten shared words or more (across a word or
  two changed one at a time) where neither article names a person; a quote one article
  credits and the other leaves unnamed, both whole quotes of seven words or more sharing
  85% of the shorter; a run of ten words and four in five of the shorter where the other
  article only describes the source ("the report read") or infers it from a pronoun.
- The sentences of one passage (the quotes of one paragraph under one attribution) share
  the speaker found for another sentence of it, where nothing near them names anyone else
  ("said Akin said", "reportedly said").
- Each quote against one quote of each other article: of the source's quotes there that
  it matches, the one it shares most words with (then the nearer length; a tie goes to
  the first), chosen by the shorter quote of a pair, so a sentence there that shares a
  phrase with it ("not going to allow this") does not stand in for the one it repeats.
- A sentence, or a stretch between ellipses, of a longer quote (five words or more, the
  same words but for one) is compared on its own where neither whole quote matches.
- Not one remark: attributions that name occasions of two kinds ("said in a statement" /
  "in his video, he added"; `rules/quote_occasions.yaml`); two remarks that share a phrase
  but differ in more than three words (or a fifth of the shorter quote) between their
  first and last shared word; a short quote (five words or fewer) that differs in more
  than one word.

### What is no change of wording
- An ellipsis ("...", "…", "[...]") stands for any run of words the other version has
  there, also in two cuts that start or stop at different places.
- Words cut from a quoted full sentence (an excerpt), two cuts of one remark that stop at
  different places or overlap, a shorter slice of the same words; unless the words a slice
  leaves out carry meaning: a name or acronym ("state psyop" / "CCP state psyop"), a
  negation, a number.
- What one copy does not quote past where it stops: a word or two it has there for a
  run of three or more of the other are compared with the part of that run next to the
  words both give (as many words; in the message, up to the comma or full stop that ends
  its clause), the rest is left out ("to San Diego," / "to San Diego. Governor Perry has
  ..."; a place name spelt another way there is NL101's finding; "As the vice president"
  / "With respect to that quote, I think the vice president" shows "As" for "I think").
- A fragment in the writer's sentence that starts or stops elsewhere than the full quote,
  unless it puts one word of its own at its edge that the full quote never has ("just
  with a grain of salt" / "and watch with a grain of salt"): not a form of the word it
  stands for nor a pronoun or modal, which the writer's sentence bends to fit ("he
  'looks forward to'" / "I look forward to").
- Spun words, which count as the words they replaced.
- A fragment that the speaker's words elsewhere give word for word, beside a longer third.
- A fragment of the writer's sentence that leaves out, after "and", "or" or "but", only
  the subject words the other version repeats (she wants to "find out what's in it and
  make it" / "let's find out what's in it, and let's make it").
- A filler word put in or left out ("should not happen that he comes" / "should not happen.
  He comes") is not told among the changes of a quote that differs otherwise too.
- Words left out in one run with nothing in their place count as one change (a cut made
  without an ellipsis), when at most half as long as the shorter quote.

### One finding per remark
- One article against two or more that agree: the message says what "the 2 other
  articles" read. As many articles each way: the message blames neither ("CCP" here only).
- Two sentences of one passage against one passage elsewhere are one finding: its message
  tells each sentence's change in the order of the passage, its span runs from the first
  change it tells to the last, its related places are the other article's changed words
  and its severity is the gravest sentence's; and so is
  one change found in a whole quote against one article and in its sentence against
  another; two quotes of one paragraph, each changed against its own counterpart, are two.

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

from newslint.diagnostics import Diagnostic, Severity
from newslint.facts import ArticleFacts, Quote
from newslint.index.quote_diff import word_diff
from newslint.index.quote_match import (
    Entry,
    Place,
    best_counterparts,
    by_piece,
    fits_inside,
    matches,
    one_side,
    one_text,
    one_text_speaker,
    place_of,
    quote_entries,
    with_pieces,
)
from newslint.index.quote_noise import (
    Change,
    change_of,
    change_weight,
    changed_passages,
    filler_word,
)
from newslint.index.quote_remarks import (
    coordination_cut,
    cut_apart,
    emphasis_at_edge,
    fill_gaps,
    inner_changes,
    is_excerpt,
    one_remark,
)
from newslint.index.quote_remarks import words as words_in
from newslint.index.quote_sources import (
    Compared,
    occasions_differ,
    one_source,
    passage_pairs,
    speaker_roles,
)
from newslint.index.quote_style import house_style
from newslint.index.quote_text import (
    capitalised_words,
    carries_meaning,
    fits,
    gapped,
    reverses,
)
from newslint.index.speakers import SpeakerResolver, speaker_resolver
from newslint.rules import quote_grouping as grouping
from newslint.rules.base import CorpusContext, CorpusRule, Related, make_diagnostic
from newslint.rules.quote_passage import passage_finding
from newslint.rules.quote_variants import (
    Variants,
    changed_words,
    one_per_remark,
    sentence_wholes,
)

MIN_SHARED_WORDS = 2
MIN_SHARE = 0.75  # shared words / words of the shorter quote
MAX_CHANGED = 3  # words changed inside the shared stretch (or a fifth of the shorter quote)



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
        speakers = {place_of(e): _speaker(resolver, e[1]) for e in entries}
        roles = speaker_roles(entries, speakers)
        found = by_piece(matches(entries, MIN_SHARED_WORDS, options["min_share"]), whole)
        # Quotes matched by their words and credited to one person, house style folded.
        same: list[Compared] = []
        for match in sorted(found, key=lambda m: (place_of(m.a), place_of(m.b))):
            first, second = speakers[place_of(match.a)], speakers[place_of(match.b)]
            if (first or second) and not (first and second and one_source(first, second,
                                                                           roles)):
                # a document's words credited to its issuer ("the letter" the Republicans
                # sent) may be quoted elsewhere under another name, or none ("they wrote"):
                # the document counts as a described source, as it does without an issuer
                if match.a[1].speaker_kind == "generic":
                    first = None
                elif match.b[1].speaker_kind == "generic":
                    second = None
            if first and second and (source := one_source(first, second, roles)):
                same.append((match, source, *house_style(gapped(match.a[1].text),
                                                         gapped(match.b[1].text))))
            elif not (first or second) and one_text(match):
                # a long stretch of the same words is one quotation (a letter, a
                # resolution) even where neither article names a person for it; a
                # person named on one side only may be echoing the text, not quoting it
                same.append((match, "", *house_style(
                    gapped(match.a[1].text), gapped(match.b[1].text))))
            elif place_of(match.a) not in whole and place_of(match.b) not in whole and one_side(
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
        same = _best(same, whole)
        same = _best(sorted(same + passage_pairs(found, same, speakers, whole),
                            key=lambda c: (place_of(c[0].a), place_of(c[0].b))), whole)
        copies, backing, held = grouping.copies(same)
        variants = Variants(wholes=sentence_wholes(entries, whole))
        reported: set[tuple[tuple[str, ...], tuple[str, ...]]] = set()
        names: dict[str, frozenset[str]] = {}
        flagged: dict[tuple[str, int, int], Diagnostic] = {}
        for match, first, a, b in same:
            pair = (min(a, b), max(a, b))
            if occasions_differ(match):
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
                     if speakers[place_of((e, q))] == first] if first else [])
            if not first:
                names[first] = capitalised_words([(q.text, not q.partial)
                                                  for q in (match.a[1], match.b[1])])
            shorter = match.a if len(a) <= len(b) else match.b
            longer = match.b if shorter is match.a else match.a
            if shorter[1].partial and len(words_in(a)) != len(words_in(b)) and held.get(
                    place_of(shorter), set()) - {place_of(longer)}:
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
            if change is Change.CONTENT and shorter[1].partial and emphasis_at_edge(
                    *((full_a, full_b) if shorter is match.a else (full_b, full_a))):
                # "truly a historic day" / "This is a historic day": at info
                change = Change.MINOR
            # every article giving either wording: the finding points at the one fewer use
            forms = {a: copies.get(place_of(match.a), [match.a]),
                     b: copies.get(place_of(match.b), [match.b])}
            reported.add(pair)
            diagnostic = self._report(first, a, b, forms, backing, change, variants)
            where = (diagnostic.path, diagnostic.location.line, diagnostic.location.col)
            # One finding per quote, at its first variant; every other article whose
            # wording differs from the flagged quote is named among its related places.
            flagged[where] = (grouping.with_variant(flagged[where], diagnostic)
                              if where in flagged else diagnostic)
        # Two sentences of one quoted passage against one passage elsewhere are one
        # quotation: one finding, at the sentence whose change weighs most.
        passages: dict[int, Diagnostic] = {}
        for group in grouping.passages(list(flagged.values()),
                                       grouping.wholes(entries, whole)):
            for diagnostic in group:
                first = passages.get(id(group[0]))
                if first is None:
                    passages[id(group[0])] = diagnostic
                elif diagnostic.severity > first.severity:
                    passages[id(group[0])] = grouping.with_sentence(diagnostic, first,
                                                                    variants.places)
                else:
                    passages[id(group[0])] = grouping.with_sentence(first, diagnostic,
                                                                    variants.places)
            # its message tells each sentence's change, its span takes them all in
            passages[id(group[0])] = passage_finding(passages[id(group[0])], group, variants)
        yield from one_per_remark(list(passages.values()), variants)

    def _report(self, speaker: str, a: tuple[str, ...], b: tuple[str, ...],
                forms: dict[tuple[str, ...], list[Entry]],
                backing: dict[Place, set[str]], change: Change,
                variants: Variants) -> Diagnostic:
        # Point at the wording fewer articles give (the odd one out); on a tie, the one a text
        # spinner's phrase inside it has rewritten it ("Sputnik Second" for "Sputnik
        # moment"), then the wording decides, never the file name. List the other's places.
        other = {b: a, a: b}
        support = {f: grouping.support(forms[f], forms[other[f]], backing) for f in (a, b)}
        here_form, there_form = sorted(
            (a, b), key=lambda f: (support[f], not any(_spun_inside(e) for e in forms[f]), f))
        article, quote = forms[here_form][0]
        there = [e for e in forms[there_form] if e[0].id != article.id] or forms[there_form]
        other_article, other_quote = there[0]
        related = [Related(x, q.span, f'"{q.text}" here') for x, q in there]
        related += [Related(x, q.span, f'"{q.text}" here, as at the flagged place')
                    for x, q in forms[here_form][1:]]
        mine, theirs = changed_passages(quote.text.split(), other_quote.text.split())
        diff = word_diff(quote.text, other_quote.text, filler=filler_word, weight=change_weight)
        who = f"{speaker} quoted" if speaker else "the same quotation given"
        # A negation one wording lacks makes the two say opposite things: the gravest change.
        flip = change is Change.CONTENT and reverses(words_in(a), words_in(b))
        check = ("the two say opposite things; check the primary source" if flip
                 else "check the primary source")
        if support[a] == support[b]:
            # as many articles give each wording: nothing says which copy is faithful
            both = word_diff(quote.text, other_quote.text, True, filler_word, change_weight)
            message = (f'{who} as "{mine}" here but "{theirs}" in {_name(other_article)}; '
                       f"the two differ: {both}; {check}")
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
        variants.pairs[diagnostic.fingerprint] = ((article.path, quote),
                                                  (other_article.path, other_quote))
        variants.sources[diagnostic.fingerprint] = (who, check)
        here = quote.span.location(article.path, f'"{quote.text}" here')
        for place in related[:len(there)]:
            variants.add(here, place.span.location(place.facts.path, place.note),
                         diagnostic.severity, diff.count(", ") + 1)
        return diagnostic


def _best(same: list[Compared], whole: dict[Place, Entry]) -> list[Compared]:
    """One source's quotes, each compared with its best counterpart in each other article
    (`best_counterparts`): a sentence of theirs that shares a phrase with it is not the
    remark it repeats. Among the quotes credited to the source: the same words given to
    someone else are NL301's."""
    kept = {id(m) for m in best_counterparts([c[0] for c in same], whole)}
    return [c for c in same if id(c[0]) in kept]


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


def _spun_inside(entry: Entry) -> bool:
    """A text spinner's phrase stands inside this copy of the quotation."""
    article, quote = entry
    return any(quote.span.start <= phrase.span.start < quote.span.end
               for phrase in article.spun)


def _name(article: ArticleFacts) -> str:
    return article.path.rsplit("/", 1)[-1]
