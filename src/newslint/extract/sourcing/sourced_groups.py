"""Whether a vague group ("critics", "most experts", "other lawmakers") is in fact sourced
nearby: the same paragraph or one of the two before it names a person or organisation
making a claim on the same topic ("Rep. Issa said ...", then "Critics say the job offer
..."). A summary that carries on from named speakers is not anonymous sourcing. And an
unnamed source who told another, named outlet ("a source told CNN") is that outlet's
sourcing, relayed and credited (`relayed`).
"""

from __future__ import annotations

import functools
from urllib.parse import urlsplit

import regex

from newslint.facts.rolevocab import vocabulary
from newslint.load.article import Article
from newslint.ruledata import builtin

# Verbs by which a named subject makes a claim or a charge, besides the speech verbs.
_CLAIM_VERBS = ("complained", "criticized", "criticised", "charged", "accused", "ruled",
                "questioned", "argued", "warned", "wrote", "testified", "alleged",
                "contended", "insisted", "objected", "disputed")
# Function words and reporting words: sharing one says nothing about the topic.
_COMMON = frozenset("""
about above after again against also among because been before being below between both
could does doing down during each from further have having here however into just more
most much must near only other over said same says should since some such than that their
them then there these they this those through under until very were what when where which
while will with would your year years told think believe expect according people
""".split())
_WORD = regex.compile(r"(?<![\p{L}’'-])\p{Ll}[\p{Ll}’'-]{3,}")
_CAP_RUN = regex.compile(r"\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)*")


# An appositive between commas: a role or a party tag, whose abbreviations keep their dots
# ("R-Calif.", "D-N.Y."); a dot before a space would end the sentence.
_APPOSITIVE = r"(?:[^,.;]|\.(?!\s)){1,80}"


@functools.cache
def _claim_pattern() -> regex.Pattern[str]:
    verbs = {str(v).lower() for v in builtin("speech_verbs.yaml").get("say") or []}
    verbs |= set(_CLAIM_VERBS)
    alternation = "|".join(sorted((regex.escape(v) for v in verbs if " " not in v),
                                  key=lambda v: (-len(v), v)))
    name = r"\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)*"
    # "Toomey, questioned", "The Supreme Court ruled", "said Rep. Darrell Issa",
    # "Rep. Dana Rohrabacher, R-Calif., said"
    return regex.compile(
        rf"(?P<before>{name})(?:,{_APPOSITIVE},|,)?\s+(?:{alternation})(?![\p{{L}}-])"
        rf"|(?<![\p{{L}}-])(?:{alternation})\s+(?P<after>{name})")


# How far from the vague sentence a claimant can be and still source it: a news paragraph
# is a few hundred characters (basil's longest, 937), and text with no paragraph or
# sentence breaks (a transcript) would otherwise be scanned whole for every cue.
NEAR = 2_000


def _stems(text: str) -> set[str]:
    # Six letters: "citizen" meets "citizenship", "counter" does not meet "country".
    return {w[:6].lower() for w in _WORD.findall(text) if w.lower() not in _COMMON}


def _is_name(run: str, article: Article, text: str, one_word: bool = True) -> bool:
    """A run of capitalised words that names someone: two or more words ("Pat Toomey",
    "Supreme Court"), or with `one_word` one that the article never writes in lower case
    ("Politico", not a sentence's opening "Critics" or "Others")."""
    words = [w for w in run.split() if w.lower() not in _vague_words()
             and w.lower() not in _PRONOUNS]
    if len(words) >= 2:
        return True
    if not words or not one_word:
        return False
    word = words[0].rstrip(".")
    if word.endswith("s") and not word.endswith(("ss", "’s", "'s")):
        return False  # a lone plural is a group: "Democrats said", "Republicans charged"
    return regex.search(rf"(?<![\p{{L}}]){regex.escape(word.lower())}(?![\p{{L}}])",
                        text) is None


@functools.cache
def _vague_words() -> frozenset[str]:
    """Every word of roles.yaml's vague groups, quantifiers and field words."""
    vague = vocabulary().data.get("vague") or {}
    return frozenset(str(w).lower() for key in ("groups", "quantified_only", "quantifiers",
                                                "field_words")
                     for p in vague.get(key) or [] for w in str(p).split())


_PRONOUNS = frozenset("he she they it we i you this that these those there the a an but "
                      "and his her their its".split())


def sourced_nearby(article: Article, sentence_start: int, sentence_end: int,
                   match_start: int, match_end: int, continuing: bool) -> bool:
    """A named claimant in the same paragraph or the two before (within NEAR characters of
    the sentence), in a paragraph sharing a topic word with the sentence. `continuing`:
    "other lawmakers" carries on from named speakers, so any named claimant nearby will
    do."""
    index = article.paragraph_of(match_start)
    if index is None:
        return False
    text = article.analysis
    topic = _stems(text[max(sentence_start, match_start - NEAR):match_start] + " "
                   + text[match_end:min(sentence_end, match_end + NEAR)])
    pattern = _claim_pattern()
    for i in range(index, max(-1, index - 3), -1):
        paragraph = article.paragraphs[i]
        if paragraph.kind == "post":
            continue
        # The paragraph's words outside the vague sentence itself, up to NEAR from it.
        if i == index:
            rest = (text[max(paragraph.start, sentence_start - NEAR):sentence_start] + " "
                    + text[sentence_end:min(paragraph.end, sentence_end + NEAR)])
        else:
            rest = text[max(paragraph.start, paragraph.end - NEAR):paragraph.end]
        # Only a full name: a lone surname ("Obama said") is a claimant on so many topics
        # that any group nearby would pass for his.
        named = any(_is_name(m.group("before") or m.group("after"), article, text, False)
                    for m in pattern.finditer(rest))
        if named and (continuing or topic & _stems(rest)):
            return True
    return False


@functools.cache
def _members() -> dict[str, regex.Pattern[str]]:
    """Group word → a named subject of one of its members' verbs ("Wal-Mart, which
    complained", "Sen. Pat Toomey has criticized"), from roles.yaml `vague.members`."""
    members = (vocabulary().data.get("vague") or {}).get("members") or {}
    name = r"\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)*"
    patterns = {}
    for group, verbs in members.items():
        alternation = "|".join(sorted((regex.escape(str(v)) for v in verbs or []),
                                      key=lambda v: (-len(v), v)))
        if alternation:
            patterns[str(group).lower()] = regex.compile(
                rf"(?P<who>{name})(?:,\s+(?:which|who)|,{_APPOSITIVE},)?\s+"
                rf"(?:(?:has|have|had|also)\s+)*(?:{alternation})(?![\p{{L}}-])")
    return patterns


# Topic words a far-off critic must share with the group's sentence: one may be chance.
_SHARED_TOPIC = 2


def members_named(article: Article, sentence_start: int, sentence_end: int,
                  match_start: int, match_end: int) -> bool:
    """A group named for what its members do ("critics") whose members the article names,
    making the claim on the sentence's topic (the two sentences share two topic words).
    The members are named one by one anywhere in the article, doing what the group's members
    do: "which critics said could allow discrimination" recalls the criticism that
    "Wal-Mart, which complained that the measure was discriminatory" makes, paragraphs
    away. Or they are named together, as a party or a body ("Republican lawmakers have
    argued", "Republicans seized on the e-mails to suggest"), making a claim in the group's
    paragraph or the few before it: "Critics have said" then carries on from them."""
    text = article.analysis
    members = _members()
    pattern = next((members[w] for w in text[match_start:match_end].lower().split()
                    if w in members), None)
    if pattern is None:
        return False
    topic = _topic(text[sentence_start:match_start] + " " + text[match_end:sentence_end])
    index = article.paragraph_of(match_start)
    near = -1 if index is None else article.paragraphs[max(0, index - _GROUP_PARAGRAPHS)].start
    for sentence in article.sentences:
        if sentence.kind != "text" or sentence.start == sentence_start:
            continue
        found = [m for m in pattern.finditer(text, sentence.start, sentence.end)
                 if _is_name(m.group("who"), article, text)]
        if near <= sentence.start < sentence_start:
            found += [m for m in _named_group().finditer(text, sentence.start, sentence.end)
                      if _names_a_group(m, article, text)]
        for match in found:
            words = text[sentence.start:match.start()] + " " + text[match.end():sentence.end]
            if len(topic & _topic(words)) >= _SHARED_TOPIC:
                return True
    return False


# How far back a group named as a whole may be: the group's paragraph and the three before.
_GROUP_PARAGRAPHS = 3
# Infinitives of a claim after the group's own verb: "seized on the e-mails to suggest".
_CLAIM_INFINITIVES = ("suggest", "argue", "claim", "charge", "allege", "accuse", "question",
                      "criticize", "criticise", "say", "insist", "contend")


@functools.cache
def _named_group() -> regex.Pattern[str]:
    """A group named as a whole making a claim: capitalised words and a plural noun
    ("Republican lawmakers", "House Democrats"), or a capitalised plural ("Republicans"),
    then a claim verb ("have argued") or, within the clause, a claim's infinitive ("seized
    on snippets of the correspondence to suggest")."""
    verbs = {str(v).lower() for v in builtin("speech_verbs.yaml").get("say") or []}
    verbs |= set(_CLAIM_VERBS) | {"suggested", "suggest", "suggests"}
    finite = "|".join(sorted((regex.escape(v) for v in verbs if " " not in v),
                             key=lambda v: (-len(v), v)))
    infinitive = "|".join(_CLAIM_INFINITIVES)
    proper = r"\p{Lu}[\p{L}’'.-]*"
    return regex.compile(
        rf"(?P<who>(?:{proper}\s+)+\p{{Ll}}+s|\p{{Lu}}\p{{Ll}}+s)(?![\p{{L}}’'-])"
        rf"(?:\s+(?:have|has|had|also|long|repeatedly)){{0,2}}"
        rf"(?:\s+(?:{finite})(?![\p{{L}}-])|[^.;!?]{{0,120}}?\s+to\s+(?:{infinitive})\b)")


def _names_a_group(match: regex.Match[str], article: Article, text: str) -> bool:
    """The capitalised words name a party or a body, not a sentence's opening word or a
    vague group of its own ("Many lawmakers", "Critics", "Others"): none is a vague word or
    a pronoun, and each is a word the article never writes in lower case."""
    words = match.group("who").split()
    proper = words[:-1] if words[-1][0].islower() else words
    for word in proper:
        low = word.lower().rstrip(".")
        if low in _vague_words() or low in _PRONOUNS or low.endswith(("’s", "'s")):
            return False
        if regex.search(rf"(?<![\p{{L}}]){regex.escape(low)}(?![\p{{L}}])", text):
            return False
    return True


_NAME_WORD = regex.compile(r"\p{Lu}[\p{Ll}’'-]{3,}")


def _topic(text: str) -> set[str]:
    """Topic words: those of _stems, and the names the text writes past its first word
    ("Indiana's" and "Indiana" share a topic; a sentence's opening capital is no name)."""
    names = {w[:6].lower() for w in _NAME_WORD.findall(text, text.find(" ") + 1)}
    return _stems(text) | (names - _COMMON)


_OUTLET = r"\s+(?:the\s+)?(\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*)*)"
_TOLD = (regex.compile(r"\s+told" + _OUTLET), regex.compile(_OUTLET))
# A named reporter and its verb: "The Denver Post has reported", "Politico reported".
_REPORTER = regex.compile(
    r"(?P<who>\p{Lu}[\p{L}’'.&-]*(?:\s+\p{Lu}[\p{L}’'.&-]*)*)\s+(?:has\s+|had\s+|have\s+)?"
    r"(?:reported|reports|report|said|says|wrote|writes)(?![\p{L}-])")
# The sources are what someone cites: "..., citing unnamed sources", "according to sources".
_LETTERS = regex.compile(r"\p{L}+")
_CITING = regex.compile(r"(?i)(?<![\p{L}-])citing\s+$")


def relayed(article: Article, vague: regex.Match[str], start: int, stop: int,
            own: str, site: str = "") -> bool:
    """Unnamed sources that are a named outlet's other than the article's own (its front
    matter `source`), relayed and credited to it: the source "told" the outlet ("a source
    told CNN"), or the outlet reported citing them ("The Denver Post has reported, citing
    unnamed sources"; "Politico reported ... according to sources"). The anonymity is then
    the outlet's to answer for. Told to, or cited by, the article's own outlet ("told Fox
    News" in Fox's copy), or with no source known, it is the article's own sourcing.
    `site`: the article's url's site ("huffingtonpost"), which also names its outlet
    when `own` is an abbreviation ("HPO")."""
    if not own.strip() and not site:
        return False

    def another(name: str) -> bool:
        return (not own.strip() or _another_outlet(name, own)) \
            and not (site and names_site(name, site))

    text = article.analysis
    told = _TOLD[vague.group().lower().endswith("told")].match(text, vague.end(), stop)
    if told is not None:
        return another(told.group(1))
    cited = (vague.group().lower().startswith("according")
             or _CITING.search(text, max(start, vague.start() - 12), vague.start()))
    if not cited:
        return False
    for span in ((start, vague.start()), (vague.end(), stop)):
        for match in _REPORTER.finditer(text, *span):
            who = match.group("who")
            if _is_name(who, article, text) and another(who):
                return True
    return False


def _another_outlet(name: str, own: str) -> bool:
    """Whether `name` names another outlet than `own`: neither one's words hold the
    other's ("Fox" and "the Times" are the own outlet in "Fox News", "The New York
    Times"; "NBC News" is not Fox News)."""
    words = set(_LETTERS.findall(name.lower())) - {"the"}
    mine = set(_LETTERS.findall(own.lower())) - {"the"}
    return bool(words) and not (words <= mine or mine <= words)


def site_of(url: str) -> str:
    """The site a url is on, as one lower-case label: "huffingtonpost" for
    "http://www.huffingtonpost.com/...", "bbc" for "bbc.co.uk" (a short label before the
    country code is the registry's: "co", "com", "net")."""
    try:
        host = urlsplit(url.strip()).hostname or ""
    except ValueError:
        return ""
    labels = [label for label in host.split(".") if label]
    if len(labels) < 2:
        return ""
    labels.pop()  # the top-level domain
    if len(labels) > 1 and len(labels[-1]) <= 3 and len(host.rsplit(".", 1)[-1]) == 2:
        labels.pop()  # "co" in "bbc.co.uk"
    return labels[-1].lower()


_NAME_WORDS = regex.compile(r"\p{Lu}?\p{Ll}+|\p{Lu}+(?!\p{Ll})|\p{N}+")


def names_site(name: str, site: str) -> bool:
    """Whether an outlet's name spells its site's label, each word in order written out,
    cut to its initial or run on ("Fox News" foxnews, "The New York Times" nytimes,
    "HuffPost" and "The Huffington Post" huffingtonpost); "Post", "Fox" or "NBC" do not."""
    words = [w.lower() for w in _NAME_WORDS.findall(name)]
    words = words[1:] if words[:1] == ["the"] and len(words) > 1 else words
    return bool(words) and _spells(words, site)


def _spells(words: list[str], label: str) -> bool:
    if not words:
        return not label
    word, rest = words[0], words[1:]
    if label[:1] == word[:1] and _spells(rest, label[1:]):
        return True  # an initial: "n" of "New"
    if not label.startswith(word):
        return False
    # The word, or, before another word, the word run on: "huff" in "huffington".
    ends = range(len(word), len(label) + 1) if rest else (len(word),)
    return any(_spells(rest, label[end:]) for end in ends)
