"""The speaker of a quote in a headline that no attribution names, as title case hides
its verbs: the person named where the headline opens (`Trump: Roy Moore will 'step
aside'`, `Ocasio-Cortez defends Tlaib after impeachment remarks: 'I got your back'`,
`'Jail!' Trump slams 'crooked' Hillary aide`), past a role ("Former Mexican President
Fox to Trump: ..."), when the article's body names them too. Not when a name and a verb
of speech follow the quote (`Clinton Is 'Sane' ..., Bloomberg Tells U.S.`): the
headline's subject is then whom the words are about."""

from __future__ import annotations

import regex

from newslint.extract.quotes.marks import QuoteRegion
from newslint.extract.quotes.speaker_phrase import Attribution
from newslint.extract.quotes.subjects import verb_like
from newslint.facts.speech import NAME_PHRASE, SpeechLexicon, is_person_like, split_title
from newslint.load.article import Article

# The name that opens the headline, after a quote that may open it ("'Jail!' Trump"), then
# a possessive ("Donald Trump's Social Media Solution?"), a colon, "to" ("Fox to Trump:")
# and the verb that follows it, hidden by title case but for its ending ("Trump Calls",
# "Ocasio-Cortez defends", "Fox to Trump:"), not a noun it modifies ("Benghazi committee")
_OPENER = regex.compile(
    rf"\s*(?:#+\s*)?(?:['‘\"“][^'’\"”]{{1,40}}[!?.,]?['’\"”]\s+)?(?P<name>{NAME_PHRASE})"
    r"(?:['’]s\s|:|\s+to\s|\s+(?P<verb>\p{L}+))")


def heading_speaker(article: Article, region: QuoteRegion, lex: SpeechLexicon
                    ) -> Attribution | None:
    text = article.analysis
    para = article.paragraphs[region.paragraph]
    if para.kind != "heading" or region.close is None:
        return None
    words = text[region.close + 1:para.end].split()
    if any(lex.say.fullmatch(word) and words[at - 1][:1].isupper()
           for at, word in enumerate(words) if at):
        return None  # `..., Bloomberg Tells U.S.`: that name speaks, as written there
    opener = _OPENER.match(text, para.start, region.open)
    if opener is None:
        return None
    verb = (opener["verb"] or "").lower()
    if verb and not (verb_like(verb, lex) or (verb.endswith("s") and not verb.endswith("ss"))):
        return None
    person = split_title(opener["name"], lex)
    if person is None:
        return None
    start = opener.start("name") + person.offset
    words = person.name.split()
    if not (is_person_like(person.name) or person.role or len(words) == 1) or any(
            w.lower() in lex.titles for w in words):
        return None  # "Former Mexican President: ...": a role with no name
    if not _in_body(article, person.name):
        # "Liberals Fume At ...", "Obama Aide Calls Netanyahu’s ...": words capitalised by
        # the headline, not a name the body writes
        return None
    return Attribution(person.name, start, start + len(person.name), "reported", None,
                       person.role)


def _in_body(article: Article, name: str) -> bool:
    """The name stands in a paragraph of the body, away from its start."""
    pattern = regex.compile(rf"(?<=[\p{{L}},;] )(?:\p{{Lu}}\S*\s+)*{regex.escape(name)}"
                            r"(?![\p{L}])")
    text = article.analysis
    return any(pattern.search(text, p.start, p.end) for p in article.paragraphs
               if p.kind != "heading")
