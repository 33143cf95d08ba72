"""A headline's quote is the person who opens the headline, when the body names them too:
its title case hides the verbs the rest of the extraction reads. Pinned on real dev
headlines, with the near cases that must name no one or someone else."""

from __future__ import annotations

import pytest

from newslint.extract import extract_article
from newslint.facts import Quote
from newslint.load import load_article
from realcopy import BASIL


def _heading_quotes(event: str, file: str) -> list[Quote]:
    path = BASIL / event / file
    if not path.exists():
        pytest.skip(f"real-copy corpus not available: {path}")
    article, _ = load_article(path, path.as_posix(), path.stem)
    return [q for q in extract_article(article).quotes if q.context == "heading"]


def _credits(event: str, file: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in _heading_quotes(event, file)]


def test_a_name_and_a_sentence_case_verb_open_the_headline():
    """`Ocasio-Cortez defends Tlaib after impeachment remarks: ‘I got your back’`."""
    credits = _credits("2019-democrats-react-to-rashida-tlaib-s-comments", "fox.md")
    assert credits == [("I got your back", "Ocasio-Cortez")]


def test_a_quote_that_opens_the_headline_then_its_speaker():
    """`'Jail!' Trump slams 'crooked' Hillary aide Huma, calls on 'Deep State' DOJ to act`:
    the quotes after "Trump slams" are his."""
    credits = _credits("2018-trump-accuses-former-clinton-aide-of-failing-to", "fox.md")
    assert ("crooked", "Trump") in credits and ("Deep State", "Trump") in credits


def test_a_role_before_the_name_and_to_its_addressee():
    """`Former Mexican President Fox to Trump: We won't pay for 'that f***ing wall!'`."""
    credits = _credits("2016-fox-and-calder-say-mexico-isn-t-paying-for-borde", "fox.md")
    assert credits == [("that f***ing wall!", "Fox")]


def test_a_role_with_no_name_opens_no_speaker():
    """`Former Mexican President: 'I'm Not Going To Pay For That F**king Wall'`: "Mexican
    President" is no one's name."""
    credits = _credits("2016-fox-and-calder-say-mexico-isn-t-paying-for-borde", "hpo.md")
    assert all(speaker != "Mexican President" for _, speaker in credits)


def test_a_name_and_a_verb_of_speech_after_the_quote_speak():
    """`Clinton Is 'Sane' And 'Competent,' Unlike Trump, Bloomberg Tells U.S.`: the words
    are Bloomberg's, about Clinton, who opens the headline."""
    credits = _credits("2016-bloomberg-criticizes-trump-at-dnc", "hpo.md")
    assert credits and all(speaker != "Clinton" for _, speaker in credits)


def test_a_place_modifying_a_noun_opens_no_speaker():
    """`Benghazi committee seeks 'transcribed' interview with Clinton`: "Benghazi" modifies
    "committee"; it is no one who speaks."""
    credits = _credits("2015-benghazi-committee-wants-to-interview-clinton-ab", "fox.md")
    assert all(speaker != "Benghazi" for _, speaker in credits)


def test_capitalised_words_the_body_never_writes_are_no_name():
    """`Obama Aide Calls Netanyahu’s Planned Visit ‘Destructive’ to U.S.-Israel Ties`: title
    case runs "Obama Aide Calls Netanyahu" together; the body names no one so."""
    credits = _credits("2015-netanyahu-plans-to-deliver-a-speech-to-congress", "nyt.md")
    assert all(speaker != "Obama Aide Calls Netanyahu" for _, speaker in credits)
