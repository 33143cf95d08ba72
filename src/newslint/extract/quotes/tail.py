"""Attributions that stand apart from the quote: one that closes the quote's sentence after
other words (`he took care "not to overstate his knowledge" and gave "useful information,"
the special counsel's filing said.`, `"... would work better" than a shutdown, said Senator
Shelley Moore Capito.`), and one after a quote closed by a full stop (`"... public
events." added Lauten`, `"... in foreign courts." Obama wrote in a letter.`). Either is
only an attribution when nothing but an adjunct follows its verb: no clause of its own
("said that ...", "said the team was ready") whose words the quote could be. One or two
quoted words take the closing attribution only when a longer quote follows them in the
sentence (`"With McCarthyism," a senator was "chasing after Russian Communists," Mr.
Turner said.`); alone they are as often a term."""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from newslint.extract.quotes.attribution import after_quote
from newslint.extract.quotes.speaker_phrase import CLAUSE_WORDS, Attribution
from newslint.facts.speech import PRONOUNS, SpeechLexicon

if TYPE_CHECKING:
    from newslint.extract.quotes.lookup import Lookup
    from newslint.extract.quotes.marks import QuoteRegion

_NAMED_THEN_VERB = regex.compile(r"\s*\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3}\s+\p{Ll}")
_MIN_WORDS = 3
_MAX_ADJUNCT = 6  # words after the verb: "said in a December sentencing memo"
_COMMA = regex.compile(",")
_ENDS = regex.compile(r"[.!?]?[\s\"”’']*$")
# What an adjunct after "said" opens with: a place, a time, a medium.
_ADJUNCT = frozenset(
    "in on at during to after before from with via late early earlier later last this "
    "yesterday today tonight monday tuesday wednesday thursday friday saturday sunday".split())


def sentence_tail(look: Lookup, region: QuoteRegion, lex: SpeechLexicon
                  ) -> Attribution | None:
    """The attribution after a comma past the last quotation mark of the quote's sentence:
    it speaks for every quote before it that has no speaker of its own."""
    if region.close is None:
        return None
    index = look.sentence(region.close)
    if index is None:
        return None
    text = look.article.analysis
    end = look.article.sentences[index].end
    last = max(text.rfind(m, region.close, end) for m in '"”')
    if _short(text, region) and not _quote_follows(look, region, end):
        return None
    # `most,” a spokeswoman ... said`: the attribution starts right at the last mark, or
    # at the first comma after it; a later comma may stand inside the speaker's appositive
    if text[last - 1:last] != ",":
        comma = _COMMA.search(text, last + 1, end)
        if comma is None:
            return None
        last = comma.start() - 1
    found = _attribution_at(text, last, end, lex)
    final = text.rfind(",", last + 2, end)
    if found is None and final != -1 and not look.in_quote(final) and _NAMED_THEN_VERB.match(
            text, final + 1, end):
        # `concerns the "freedom of speech of an individual member," not the stance of
        # the caucus, Pelosi said.`: the sentence's last comma opens its attribution, a
        # name and its verb (not `..., told Fox News.`, whose object is no speaker)
        found = _attribution_at(text, final - 1, end, lex)
    return _reported(found) if found is not None else None


def after_full_stop(look: Lookup, region: QuoteRegion, lex: SpeechLexicon
                    ) -> Attribution | None:
    """`"... events." added Lauten, who ...` or `"... courts." Obama wrote in a letter.`: a
    quote closed by a full stop, then its attribution, in lower case or as a sentence of
    its own in the same paragraph."""
    if region.close is None or _short(look.article.analysis, region):
        return None
    text = look.article.analysis
    if text[region.start:region.close].rstrip().rstrip("'’")[-1:] not in ".!?":
        return None
    probe = region.close + 1
    while probe < len(text) and text[probe] in " \t":
        probe += 1
    index = look.sentence(probe)
    if index is None or look.paragraph(probe) != region.paragraph:
        return None
    sentence = look.article.sentences[index]
    if text[probe:probe + 1].islower():
        end = sentence.end  # the splitter kept `." added Lauten` in the quote's sentence
    elif sentence.start == probe:
        end = sentence.end
    else:
        return None
    found = _attribution_at(text, region.close, end, lex, pronouns=True)
    if found is None:
        return None
    # `"... Boehner." Durbin said.`: a sentence that is nothing but the speaker and the
    # verb can only attribute the quote before it, as surely as one after a comma
    before = text[probe:found.start].strip()
    if found.role and before.endswith(found.role):
        before = before[: -len(found.role)].strip()  # "Sen. Durbin said."
    after = _ENDS.sub("", text[found.end:end]).strip()
    bare = sentence.start == probe and (
        (not before and lex.say.fullmatch(after) is not None)
        or (not after and lex.say.fullmatch(before) is not None))
    return found if bare and found.kind == "name" else _reported(found)


def _attribution_at(text: str, close: int, end: int, lex: SpeechLexicon,
                    pronouns: bool = False) -> Attribution | None:
    """The attribution that runs from after `close` to `end`, if it is one."""
    verb = lex.say.search(text, close + 1, end)
    if verb is None:
        return None
    found = after_quote(text, close, end, lex)
    if found is None or (found.kind == "pronoun" and not pronouns
                         and found.speaker.lower() in PRONOUNS):
        # "..., he said" after a long sentence: whose "he" is unsure; not whose "the
        # inspector general" (an epithet, resolved as a pronoun is)
        return None
    if verb.start() < found.start:
        # `said Senator Capito, Republican of West Virginia.`: what follows is about them
        rest = _ENDS.sub("", text[found.end:end])
        return found if not rest or rest.startswith(",") else None
    words = _ENDS.sub("", text[verb.end():end]).split()
    if words and (len(words) > _MAX_ADJUNCT or words[0].lower() not in _ADJUNCT
                  or any(w.lower().strip(",") in CLAUSE_WORDS for w in words)):
        return None
    return found


def _quote_follows(look: Lookup, region: QuoteRegion, end: int) -> bool:
    """Another quote of three words or more follows in the sentence (`were "unpersuasive"
    and had "far-reaching consequences," the inspector general said`): the attribution
    that closes the sentence speaks for the words quoted all along it."""
    text = look.article.analysis
    return any(r.open > region.close and r.close is not None and r.close < end
               and not _short(text, r) for r in look.regions)


def _short(text: str, region: QuoteRegion) -> bool:
    """One or two words ("negative", "This Week") are as often a term as speech: an
    attribution this far from them is not trusted."""
    return len(text[region.start:region.end].split()) < _MIN_WORDS


def _reported(found: Attribution) -> Attribution:
    """Known with less certainty than a speaker next to the quote: a name is "reported"."""
    kind = "reported" if found.kind == "name" else found.kind
    return Attribution(found.speaker, found.start, found.end, kind, found.verb, found.role)
