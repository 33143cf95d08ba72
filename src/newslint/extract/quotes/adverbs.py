"""An adverb between a speaker and the verb of speech: the vocabulary's words ("also",
"later", "has") and any adverb formed from an English word with "-ly" ("reportedly",
"privately", "angrily", "dramatically", "truly", "unequivocally"), as `Mr. Cheney reportedly
said`, `Clinton released a statement unequivocally calling`."""

from __future__ import annotations

from newslint.facts.speech import SpeechLexicon
from newslint.frequencies import zipf

# The stem of an "-ly" adverb is itself an English word (wordfreq's Zipf scale): "reported"
# 4.6, "private" 5.0, "unequivocal" 2.9, "sad" via "badly"; not the rest of a noun that
# ends in "ly", "fami(ly)" 1.9, "assemb(ly)" 0.
_STEM_ZIPF = 2.5
_MIN_STEM = 4


def is_adverb(word: str, lex: SpeechLexicon) -> bool:
    low = word.lower()
    if low in lex.adverbs:
        return True
    if not (word[:1].islower() and low.isalpha() and low.endswith("ly")):
        return False
    stems = [low[:-2], low[:-2] + "e"]  # "truly": "true", "wholly": "whole"
    if low.endswith("ily"):
        stems.append(low[:-3] + "y")  # "angrily": "angry"
    if low.endswith("ally"):
        stems.append(low[:-4])  # "dramatically": "dramatic"
    return any(len(stem) >= _MIN_STEM and zipf(stem) >= _STEM_ZIPF for stem in stems)
