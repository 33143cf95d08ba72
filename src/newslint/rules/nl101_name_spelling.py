"""A rare spelling of a name that is one or two letters away from the spelling its story uses.

## What it flags
A name form used rarely ("DeekSeek", 4 times in one article) that is a near miss of a form
the story uses far more often ("DeepSeek", 76 times in 5 articles): one edit for names of 5
to 8 letters, two from 9, or a different capitalisation ("O1" for "o1", "LlaMA" for
"Llama"); a name written with and without its space ("Air Bus" / "Airbus"; run together
it must be no common English word, not used by the story again and again, and no
surname beside a given name: "Whitehouse" for "White House" is a slip, "Sheldon
Whitehouse" a name). Every name
within that budget is a candidate (rapidfuzz's search, not a guess from the first letters).
A form that is an English word or a name of its own (wordfreq's frequency list: "Democrats"
beside "Democratic", "Texans", "Stacy") is no slip, unless the same first name goes with both
spellings ("Jonas Hartman" / "Jonas Hartmann"); one used now and then ("Cowen") is a
slip only where the same article writes the right spelling at least twice, or the same first
name goes with it elsewhere ("Vincente Fox" / "Vicente Fox"), so two real people a letter
apart ("Carper", "Carter") do not pair. With that evidence, and when the form is no English
word, a four-letter name is compared too ("Tump" for "Trump") and a short name gets two edits
("Cowmen" for "Cowan"); such a form also needs fewer uses of the right spelling beside it,
as does one a letter from a word the story uses ("Rerpesentatives"), or a rare form in a
name phrase the story also writes with the right spelling ("Marc Beioff" / "Marc Benioff",
"Soth Carolina" / "South Carolina"), where one use of each is enough. So is the word
list's own ranking: one edit from a name English writers use ("Benghazi", "Buck"), a form
rare in English ("Bengazi"), or at four letters no word at all ("Bcuk"), is the slip; inside
a name phrase only if the story writes the phrase corrected ("Mikie Sherrill" is someone).
A form the word list does not know at all, one letter from a name it knows however seldom
("Riverdaance" / "Riverdance"), is the slip too, and so is a letter written three times
running ("Gennettte" beside "Gennette", once each): English never spells so. Of two
spellings the same distance away, the one sharing more letters with the slip is meant
("Republicas": "Republicans", not "Republican"), then the one in the slip's own capitals
("Qeen": "Queen", not "QUEEN"); and a spelling that is itself a slip of another is never
"the" spelling ("Cowmen" is nearest "Cowen", a slip of "Cowan": "Cowan" is meant). Beside
its surname a slip of a given name the nicknames table knows may be a form the word list
has ("Mke Pompeo" for "Mike Pompeo", "Micheal" for "Michael"; three letters and up), never
a name of its own ("Jon", "Ted") nor a slip of a word that is no given name ("Parris
Island"). A name in `rules/names.yaml` counts even where the story never spells it right,
against forms that are no word. A title-case headline ("Chick-Fil-A") is not a
capitalisation slip.
A two-word name the story writes with one word a letter off is compared as a whole ("Ann
Wager" beside "Ann Wagner", "Deferred Acton" beside "Deferred Action"): there a short
word or one of its own ("Wager") is a slip too, where the story writes the phrase right
twice as often, or as often where the word list ranks the two words ("Yrk" / "York"; or
has the right one and not the slip: "Setny" / "Steny") or the story writes the right word
twice as often elsewhere. A middle initial is house style ("Steny H. Hoyer" is "Steny
Hoyer"), and a given name opening a sentence ("Susan Rce, the adviser, said") is a name.
Abbreviations ("ABC News" / "NBC News") and a form the word list knows better than the
story's ("Reince Priebus" where two articles write "Preibus") are left alone. Plurals,
demonyms and versions with a real ending ("Korea"/"Korean", "R1"/"R1s", "GPT-4"/"GPT-4o"),
acronym styling ("NVIDIA", "DREAMers"), dropped accents, party tags ("R-Mass."/"D-Mass.")
and pairs listed as distinct are left alone.
The counts are the story's (articles linked by sharing several distinctive names; a corpus
of fewer than 12 articles is one story), and one article counts at most 10 uses of a
spelling (`max_uses_per_article`), so that no article, however long or repetitive,
outvotes the others of its story. The two spellings must meet in one article or
in articles linked directly, so two different companies a letter apart in unrelated stories
are not confused. A name inside an embedded social post is counted but never flagged: it is
quoted material; so is a capitalisation inside a passage quoted over several paragraphs (a
reader's post, a letter), which keeps its source's styling. A capitalisation used only inside
quoted words ("correcting the Buzzfeed false story", from a written statement) is the
quoted writer's styling, which an editor leaves as written: it is not reported.
A letter slip inside a quotation is the transcriber's, and a title the writer puts in
quotation marks ("The Godather: Part II") the writer's own: both stay warnings.
All uses of one misspelling
make one finding, at the first, with the others as its related locations, beside the right
spelling in another article (in its prose where it has one, not a headline) and the nearest
in the same article (a use under a suppression comment is left out). `--fix` replaces a use
(outside quotation marks) with the story's spelling only when the fix is certain: the same
article spells the name right at least twice, and the slip is small (other capitals, or one
letter off in a name of five letters or more, same first letter). Two real names a letter
apart ("Carper" and "Carter") are never rewritten: the article that writes one does not
write the other.

## Why it matters to an editor
A garbled name is the correction readers notice first, and spell-checkers pass it because
the misspelling is not in any dictionary. The corpus itself knows the right spelling.

## Example
Flagged, where every other article writes "DeepSeek":

    DeekSeek claims that the R1 model matches OpenAI's o1.

Fixed:

    DeepSeek claims that the R1 model matches OpenAI's o1.

If both spellings are right (two different people), add them to `distinct:` in
`rules/names.yaml`, or an accepted variant under `canonical:`.
"""

from __future__ import annotations

import bisect
from collections import Counter, defaultdict
from collections.abc import Iterable

from newslint.diagnostics import Diagnostic, Severity, fingerprint
from newslint.facts import ArticleFacts, NameMention
from newslint.index.stories import StoryIndex, is_marked
from newslint.ruledata import builtin
from newslint.rules import name_evidence as evidence
from newslint.rules.base import (
    CorpusContext,
    CorpusRule,
    Related,
    certain_edit,
    make_diagnostic,
)
from newslint.rules.name_evidence import in_quoted_words
from newslint.rules.name_evidence import slip as slip_of
from newslint.rules.name_forms import (
    FormStats,
    Lexicon,
    PhraseIndex,
    established,
    in_same_article,
    two_word_stats,
)
from newslint.rules.name_phrases import phrase_slips
from newslint.rules.name_slips import (
    near_miss,
    outnumbered,
    ranked_by_word_list,
    slip_of_given_name,
    tripled_letter_fix,
)


class NameSpelling(CorpusRule):
    __doc__ = __doc__
    code = "NL101"
    name = "name-spelling"
    severity = Severity.WARNING

    def check(self, ctx: CorpusContext) -> Iterable[Diagnostic]:
        data = builtin("names.yaml")
        options = {**(data.get("settings") or {}), **self.options(ctx.settings)}
        lexicon = Lexicon.load()
        stats = self._form_stats(ctx)
        pairs = two_word_stats(ctx)
        phrases = PhraseIndex(pairs)
        names = {form: s for form, s in stats.items() if _is_name(s)}
        # A name used twice, or a word in the dictionary, can be "the" spelling against a
        # form that is no word at all: see name_slips.outnumbered.
        # A name used once that English writers use now and then ("Benioff") can be "the"
        # spelling only with strong evidence (see _best_match), such as the same phrase.
        dominant = {
            form: s
            for form, s in names.items()
            if s.count >= 2 or form in lexicon.canonical
            or evidence.zipf(form) >= evidence.RARE_WORD
        }
        # Known names count even where this corpus never spells them right.
        for form in lexicon.canonical - dominant.keys():
            dominant[form] = FormStats(form)
        by_lower: dict[str, list[str]] = defaultdict(list)
        for form in sorted(dominant):
            by_lower[form.lower()].append(form)
        choices = evidence.Choices(sorted(by_lower), 2)
        stories = ctx.index.stories
        matches: dict[str, str] = {}
        for form in sorted(names):
            rare = names[form]
            if form in lexicon.canonical or form in lexicon.accepted:
                continue
            found = [(common, dist) for low, dist in choices.candidates(form)
                     for common in by_lower[low]]
            match = self._best_match(rare, found, dominant, lexicon, phrases, stories, options)
            if match is not None:
                matches[form] = match
        for form, match in matches.items():
            yield from self._report(names[form], dominant[_spelling(match, matches)])
        for form in sorted(names.keys() - matches.keys()):
            fixed = tripled_letter_fix(form)
            if fixed in names and _same_story(names[form], names[fixed], stories):
                yield from self._report(names[form], names[fixed])
        yield from self._compounds(ctx, stats, pairs, phrases, options)
        for rare_phrase, common_phrase in phrase_slips(pairs, stats, set(matches), lexicon,
                                                       stories, options):
            yield from self._report(rare_phrase, common_phrase)

    @staticmethod
    def _form_stats(ctx: CorpusContext) -> dict[str, FormStats]:
        # One pass in the index's article order: the uses of each form come in the order a
        # grouping by text would give them, without building the grouping first.
        stats: dict[str, FormStats] = {}
        for article in ctx.index.articles:
            for mention in article.names:
                entry = stats.get(mention.text)
                if entry is None:
                    entry = stats[mention.text] = FormStats(mention.text)
                entry.uses.append((article, mention))
                if not mention.sentence_initial and mention.context in ("text", "post"):
                    entry.mid_sentence += 1
        return stats

    def _best_match(
        self,
        rare: FormStats,
        candidates: Iterable[tuple[str, int]],
        dominant: dict[str, FormStats],
        lexicon: Lexicon,
        phrases: PhraseIndex,
        stories: StoryIndex,
        options: dict,
    ) -> str | None:
        best: tuple[int, int, bool, int, str] | None = None
        for form, dist in candidates:
            if form == rare.form or lexicon.are_distinct(form, rare.form):
                continue
            common = dominant[form]
            frequency = evidence.zipf(rare.form)
            no_word = frequency < evidence.NON_WORD
            # The same name phrase with the common form ("Mike Huckabee" beside "Mikee
            # Huckabee") is strong evidence for a form English writers rarely use, or for
            # one below a name's frequency beside a given name ("Mke" / "Mike Pompeo").
            corrected = phrases.corrected(rare, form) and (
                frequency < evidence.RARE_WORD or slip_of_given_name(rare, form))
            # The word list itself ranks the two forms, where the story uses the name
            # too seldom to: one edit from a form English writers use ("Benghazi",
            # "Buck"), the rare one is rare in English too ("Bengazi"), or no word at all
            # when it is as short as four letters ("Bcuk").
            # A rare word inside a name phrase is a name of its own ("Mikie Sherrill" beside
            # "Mike Pence") unless the story writes that phrase with the common form.
            lexical = ranked_by_word_list(rare.form, form, dist) and (
                no_word or not all(m.in_phrase for _, m in rare.uses)
                or phrases.corrected(rare, form))
            strong = corrected or lexical or (no_word and in_same_article(rare, common))
            if not outnumbered(rare, common, form in lexicon.canonical, options, strong):
                continue
            if form not in lexicon.canonical and not _same_story(rare, common, stories):
                continue
            if not phrases.fits(rare, form):
                continue
            distance = near_miss(rare, common, dist, phrases, options, lexical)
            if distance is None:
                continue
            # At one distance, the form sharing the most letters with the slip: a letter
            # dropped ("Republicas" for "Republicans") before one changed ("Republican").
            # Then the form in the slip's own capitals ("Qeen": "Queen", not "QUEEN").
            rank = (distance, evidence.letters_apart(rare.form, form),
                    form.isupper() != rare.form.isupper(), -common.count, form)
            if best is None or rank < best:
                best = rank
        return best[-1] if best else None

    def _compounds(self, ctx: CorpusContext, stats: dict[str, FormStats],
                   pairs: dict[str, FormStats], phrases: PhraseIndex, options: dict
                   ) -> Iterable[Diagnostic]:
        """A name written with and without its space: "Air Bus" / "Airbus", "Deep Seek" /
        "DeepSeek". The rarer way of writing it is the slip."""
        joined: dict[str, list[FormStats]] = defaultdict(list)
        for form, s in stats.items():
            if len(form) >= 6 and form.isalpha():
                joined[form.lower()].append(s)
        stories = ctx.index.stories
        for form in sorted(pairs):
            split = pairs[form]
            for whole in joined.get(form.replace(" ", "").lower(), ()):
                # Each a name the story keeps using, or a surname ("Sheldon Whitehouse"):
                # two names, not one written two ways.
                if ((established(split, options) and established(whole, options))
                        or phrases.surname(whole.form)):
                    continue
                # A joined form that is a common word ("Facebook") or a name the story
                # keeps using is the right one, never two words run together. One merely
                # in the word list ("Whitehouse", a surname and a web address) may be a
                # slip of the story's "White House".
                joined_name = (evidence.zipf(whole.form) >= evidence.COMMON_WORD
                               or established(whole, options))
                for rare, common in ((whole, split), (split, whole))[joined_name:]:
                    # Run together, a two-word name is no word, or one English writers
                    # rarely use ("Southcarolina"): the pair written apart is evidence.
                    strong = rare is whole and evidence.zipf(whole.form) < evidence.RARE_WORD
                    if (common.count >= (1 if strong else options["min_dominant_count"])
                            and outnumbered(rare, common, False, options, strong)
                            and _same_story(rare, common, stories)):
                        yield from self._report(rare, common)

    def _report(self, rare: FormStats, common: FormStats) -> Iterable[Diagnostic]:
        """One finding per use of the rare form, all in one group: the report merges the
        uses left after suppression comments into one finding (grouping.py)."""
        case_only = rare.form.lower() == common.form.lower()
        how = "capitalisation" if case_only else "spelling"
        key = f"{rare.form}->{common.form}"
        group = fingerprint(self.code, key, rare.articles)
        slip = slip_of(rare.form, common.form)
        # The fix is certain only where the same article spells the name right at least
        # twice: the misspelling is a slip against the writer's own usage.
        right_here = Counter(a.id for a, m in common.uses if m.context != "post")
        if common.count:
            # The counts are the story's (a corpus too small to split is one story), and so
            # is the message: a run on one story is no run on "the corpus".
            uses = f"{_times(common.count)} in {_articles(len(common.articles))}"
            evidence = f'the story uses that {how} {uses}, "{rare.form}" {_times(rare.count)}'
            if len(rare.articles) > 1:
                evidence += f" in {_articles(len(rare.articles))}"
        else:
            evidence = "a name known to rules/names.yaml"
        message = f'"{rare.form}" looks like a misspelling of "{common.form}": {evidence}'
        # Every use inside quoted words: a capitalisation there is the quoted text's styling
        # ("correcting the Buzzfeed false story" from a written statement), which an editor
        # leaves as its writer wrote it. A letter slip there is the transcriber's as anywhere.
        if case_only and all(in_quoted_words(a, m) for a, m in rare.uses
                             if m.context != "post"):
            return
        # Computed once per article, not per use: a file may repeat a slip 80,000 times.
        examples: dict[str, tuple[ArticleFacts, NameMention | None]] = {}
        here = _uses_by_article(common)
        for article, mention in rare.uses:
            if mention.context == "post" or (case_only and mention.quoted_passage):
                continue  # third-party text, or its styling: not ours to correct
            example = examples.get(article.id)
            if example is None:
                example = examples[article.id] = _example(common, article)
            shown = {(art.id, m.span.start): (art, m)
                     for art, m in (example, _nearest(here, article, mention)) if m}
            related = [Related(art, m.span, f'"{common.form}" here') for art, m in shown.values()]
            # The example article is an illustration, not part of the finding's identity.
            yield make_diagnostic(
                self, article, mention.span, message, key=key, related=related,
                involved=[article.id], group=group,
                fixes=certain_edit(article, mention.span, mention.text, common.form)
                if slip and right_here[article.id] >= 2 else (),
            )


def _spelling(form: str, matches: dict[str, str]) -> str:
    """The story's spelling behind a form that is itself a slip of another ("Cowmen" is
    nearest "Cowen", which is a slip of "Cowan"): a misspelling is never "the" spelling."""
    seen = {form}
    while form in matches and matches[form] not in seen:
        form = matches[form]
        seen.add(form)
    return form


def _times(n: int) -> str:
    return "once" if n == 1 else f"{n} times"


def _articles(n: int) -> str:
    return "1 article" if n == 1 else f"{n} articles"


def _is_name(stats: FormStats) -> bool:
    """A form is a name if the text marks it as one beyond sentence-initial capitals: inside
    a run of capitalised words, mid-sentence, or as no English word at all ("Cowmen" at the
    start of a sentence is a garbled name, "These" is a word)."""
    if is_marked(stats.form) or stats.mid_sentence > 0:
        return True
    if any(m.in_phrase and m.context == "text" for _, m in stats.uses):
        return True
    return stats.form.isalpha() and evidence.zipf(stats.form) < evidence.NON_WORD


def _same_story(rare: FormStats, common: FormStats, stories: StoryIndex) -> bool:
    """A garble sits in the story of the right spelling: in the same article, or in an
    article of the same story. Two companies a letter apart in unrelated stories are not."""
    rare_articles, common_articles = rare.articles, common.articles
    return bool(rare_articles & common_articles) or stories.share_a_story(rare_articles,
                                                                           common_articles)


def _example(common: FormStats, flagged: ArticleFacts
             ) -> tuple[ArticleFacts, NameMention | None]:
    """A use of the common form in another article, where there is one: in running prose
    if it has one (a headline or a sentence's first word shows the spelling less surely)."""
    elsewhere = [(a, m) for a, m in common.uses if a.id != flagged.id and m.context != "post"]
    for prose in (lambda m: m.context == "text" and not m.sentence_initial,
                  lambda m: m.context == "text", lambda m: True):
        for article, mention in elsewhere:
            if prose(mention):
                return article, mention
    return common.uses[0] if common.uses else (flagged, None)


def _uses_by_article(common: FormStats) -> dict[str, list[NameMention]]:
    """The uses of the common form outside posts, per article, in text order."""
    here: dict[str, list[NameMention]] = defaultdict(list)
    for article, mention in common.uses:
        if mention.context != "post":
            here[article.id].append(mention)
    for mentions in here.values():
        mentions.sort(key=lambda m: m.span.start)
    return here


def _nearest(here: dict[str, list[NameMention]], flagged: ArticleFacts, at: NameMention
             ) -> tuple[ArticleFacts, NameMention | None]:
    """The use of the common form in the flagged article nearest before the slip (else after
    it): the writer's own spelling, next to the slip."""
    mentions = here.get(flagged.id, [])
    index = bisect.bisect_left(mentions, at.span.start, key=lambda m: m.span.start)
    return flagged, (mentions[index - 1] if index else mentions[0] if mentions else None)
