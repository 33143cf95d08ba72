"""The patterns and small helpers every planter reads text with (see plants.py)."""

from __future__ import annotations

import re
from pathlib import Path

from injection import Event, Pos

ROOT = Path(__file__).resolve().parents[2]
WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")
NUMBER = re.compile(r"(?<![\w.,/:$-])(\$?)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?![\w/:-]|[.,]\d)")
MONTH = (r"(Jan(?:uary|\.)?|Feb(?:ruary|\.)?|March|April|May|June|July|Aug(?:ust|\.)?"
         r"|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)")
MONTH_DAY = re.compile(MONTH + r"\s+(\d{1,2})\b(?!,?\s*\d{3}\b|:)")
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
WEEKDAY = re.compile(r"\b(" + "|".join(DAYS) + r")\b")
# The word that puts a weekday in another week than the story's own ("next Tuesday").
WEEK_WORD = re.compile(r"\b(next|last|past|coming|following|previous)\s+$", re.IGNORECASE)
YEAR = re.compile(r"(?<![\w$.,/-])(19[5-9]\d|20[0-4]\d)(?![\w/-])")
QUOTE = re.compile(r"“([^”\n]{3,}?)”|(?:^|(?<=[\s(—-]))\"(?=\S)([^\"\n]{3,}?)(?<=\S)\"(?!\w)")
NAME = r"[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z]+(?:[A-Z][a-z]+)?){0,2}"
SPEECH = r"(?:said|says|told|added|asked|wrote|recalled|explained|declared)"
SPEAKER_AFTER = re.compile(r"\b" + SPEECH + r"\s+(" + NAME + r")|(" + NAME + r")\s+" + SPEECH)
PRONOUNS = {"He", "She", "They", "It", "I", "We", "You", "This", "That", "The", "A", "But"}
TITLES = ("Sen.", "Rep.", "Gov.", "Senator", "Representative", "Governor", "Secretary",
          "Speaker", "Mayor", "Judge", "President", "Chairman", "Director", "Leader")
# Titles one person holds at once: swapping one for the other plants no discrepancy (the
# Speaker is a Representative and leads the House majority; a committee chairman or a party
# leader sits in Congress), as rules/roles.yaml's `compatible` has it.
HELD_TOGETHER = [{"Speaker", "Representative", "Rep.", "Leader"}, {"Leader", "Senator", "Sen."},
                 {"Leader", "Representative", "Rep."}, {"Chairman", "Senator", "Sen."},
                 {"Chairman", "Representative", "Rep."}, {"Chairman", "President"}]
TITLE = re.compile(r"\b(" + "|".join(re.escape(t) for t in TITLES) + r")\s+(" + NAME + r")")
PARTY = re.compile(r"(" + NAME + r"),?\s+\(([RD])-([A-Z][A-Za-z. ]+)\)")
# A past title at no named place ("former Rep. Barney Frank"): the person may have held the
# swapped one too ("former Governor"), so swapping it plants no discrepancy. With a place
# ("former New York City Mayor") it does. A party or "Vice" is no place: "ex-Vice
# President Dick Cheney", "former Democratic Rep. Barney Frank".
PAST_NO_PLACE = re.compile(r"\b(?:former|ex|then|late)[\s-]+(?:(?:Democratic|Republican|GOP)"
                           r"\s+)?(?:Vice[\s-]+)?$", re.IGNORECASE)
CAPWORD_AFTER = re.compile(r"\s+[A-Z][a-z]")
CAPWORD_BEFORE = re.compile(r"([A-Z][\w.'’-]*)\s+$")
HONORIFIC = re.compile(r"\b(?:Mr|Ms|Mrs|Dr)\.\s+([A-Z][a-z]+)\b")
# A number right after a capitalised word that does not open the sentence is part of a name.
NAMED_NUMBER = re.compile(r"(?<=[a-z,;] )[A-Z][a-z]+ $")
# A sentence ends at ". ", "? " or "! ", not at the period of an abbreviation: a single
# capital (an initial), a word with a period inside it ("U.S.", "D.C."), a title or a
# month ("Sen. Reid", "Dec. 2"), nor before a lower-case word or a digit.
ABBREVIATIONS = frozenset("""mr mrs ms dr sen rep gov gen lt col sgt capt st jr sr rev
prof no vs jan feb mar apr aug sept sep oct nov dec""".split())
SENTENCE_END = re.compile(r"(?<=[.?!])[”\"’']?\s+(?![a-z0-9])")


def sentence_ends(text: str) -> list[tuple[int, int]]:
    """(end, next start) of each sentence boundary of text."""
    out = []
    for m in SENTENCE_END.finditer(text):
        word = re.search(r"([A-Za-z.]+)[.?!][”\"’']?$", text[max(0, m.start() - 20):m.start()])
        if text[m.start() - 1] == "." and word and (
                len(word.group(1)) == 1 or "." in word.group(1)
                or word.group(1).lower() in ABBREVIATIONS):
            continue
        out.append((m.start(), m.end()))
    return out


STOP = frozenset("""about after also been before from have into more said says that their them
then there they this those were what when which while will with would could should other
than some such only over under just year years week month day""".split())
# Words that say nothing of what a number measures: a number that shares only one of them
# with another article's ("Perry at 4 percent", "in the ICU at 2 a.m."; "the age of consent
# is 16, and", "between 16 and 18") is no counterpart an editor could see.
GRAMMAR_WORDS = frozenset("""a an the at in on of to for by with from as and or but nor than
is are was were be been has have had it its this that his her their our""".split())
CAPWORD = re.compile(r"(?<![\w'’-])[A-Z][a-z]+(?:[A-Z][a-z]+)*(?![\w'’-])")
# A person's surname as other articles mention it, possessive included ("Obama’s staff"
# mentions Obama): without it a title conflict found against "President Obama’s" is no hit.
SURNAME = re.compile(r"(?<![\w'’-])[A-Z][a-z]+(?:[A-Z][a-z]+)*(?=['’]s\b|(?![\w'’-]))")


def _occurrences(event: Event, pattern: re.Pattern[str], skip: str | None = None):
    for file in event.files:
        if file == skip:
            continue
        for line, text in event.body_lines(file):
            yield from ((file, line, m) for m in pattern.finditer(text))


def _pos(file: str, line: int, m: re.Match[str], group: int = 0) -> Pos:
    return Pos(file, line, m.start(group) + 1, m.end(group) + 1)


def _next_word(text: str, end: int) -> str:
    m = WORD.search(text, end)
    return m.group().lower() if m and m.start() - end <= 2 else text[end : end + 1]

