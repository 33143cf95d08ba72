"""A speaker who closes the sentence: `he took care "not to overstate his knowledge" and
gave "useful information," the special counsel's filing said.`, `"... would work better"
than a shutdown, said Senator Shelley Moore Capito.` The attribution after the last comma
of the sentence speaks for every quote in it that has no speaker of its own."""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from newslint.extract.quotes.attribution import after_quote
from newslint.extract.quotes.speaker_phrase import CLAUSE_WORDS, Attribution
from newslint.facts.speech import SpeechLexicon

if TYPE_CHECKING:
    from newslint.extract.quotes.marks import QuoteRegion
    from newslint.extract.quotes.people import Lookup

_MAX_ADJUNCT = 6  # words after the verb: "said in a December sentencing memo"
_COMMA = regex.compile(",")
_ENDS = regex.compile(r"[.!?]?[\s\"”’']*$")


def sentence_tail(look: Lookup, region: QuoteRegion, lex: SpeechLexicon
                  ) -> Attribution | None:
    """The attribution that ends the quote's sentence after a comma past its last
    quotation mark, when nothing but a short adjunct follows the verb: no clause of its
    own ("that ...") whose words the quote could be."""
    if region.close is None:
        return None
    index = look.sentence(region.close)
    if index is None:
        return None
    text = look.article.analysis
    sentence = look.article.sentences[index]
    end = sentence.end
    # after the sentence's last quotation mark: the tail speaks for every quote before it
    last = max(text.rfind(m, region.close, end) for m in '"”')
    # `most,” a spokeswoman ... said`: the attribution may start right at the last mark
    starts = [last] if text[last - 1:last] == "," else []
    starts += [m.start() - 1 for m in _COMMA.finditer(text, last + 1, end)]
    for close in starts:
        found = _attribution_at(text, close, end, lex)
        if found is not None:
            break
    else:
        return None
    kind = "reported" if found.kind == "name" else found.kind
    return Attribution(found.speaker, found.start, found.end, kind, found.verb, found.role)


def _attribution_at(text: str, close: int, end: int, lex: SpeechLexicon
                    ) -> Attribution | None:
    """The attribution that runs from after `close` to the end of the sentence, if it is
    one."""
    found = after_quote(text, close, end, lex)
    if found is None or found.kind == "pronoun":
        return None  # "..., he said" after a long sentence: whose "he" is unsure
    verb = lex.say.search(text, close + 1, end)
    if verb is None:
        return None
    rest = text[max(verb.end(), found.end):end]
    words = _ENDS.sub("", rest).split()
    if len(words) > _MAX_ADJUNCT or any(w.lower().strip(",") in CLAUSE_WORDS for w in words):
        return None
    return found
