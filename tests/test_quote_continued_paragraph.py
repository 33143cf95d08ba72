"""A paragraph that is nothing but a quote goes on from the quote before only where that
quote ends its paragraph but for its attribution ("He added," may close it); a sentence of
the writer's after a fragment ("Obama insisted 'nothing improper' happened. On that same
day, Obama had lunch with Clinton.") hands no speaker on."""

from __future__ import annotations

from realcopy import paragraph
from test_quotes import quotes_of

QUOTE = '"This is a crime and the people who did it should go to prison for it."'


def _speaker_of_last(text: str) -> str | None:
    return quotes_of(text)[-1].speaker_key


def test_a_writers_sentence_after_a_fragment_hands_no_speaker_on() -> None:
    lead = ('The report comes a day after Mayor Ann Cole insisted "nothing improper" '
            "happened. On that same day, Cole had lunch with the governor.")
    assert _speaker_of_last(f"{lead}\n\n{QUOTE}\n") is None
    # the quote ending its paragraph but for the attribution still hands it on
    lead = '"Nothing improper happened here at all," said Mayor Ann Cole.'
    assert _speaker_of_last(f"{lead}\n\n{QUOTE}\n") == "Ann Cole"
    # and so does a closing sentence that tells speech
    lead = ('"Nothing improper happened here at all," Mayor Ann Cole said on Monday. '
            "She added,")
    assert _speaker_of_last(f"{lead}\n\n{QUOTE}\n") is not None


def test_real_dev_sentence_after_a_fragment(tmp_path) -> None:
    event = "2010-white-house-asked-bill-clinton-to-urge-joe-sesta"
    before = paragraph(event, "fox.md", 30)
    assert "“nothing improper”" in before or '"nothing improper"' in before
    assert _speaker_of_last(f"{before}\n\n{QUOTE}\n") is None


def test_real_dev_he_added_closing_the_paragraph_hands_the_speaker_on() -> None:
    event = "2013-legally-married-same-sex-couples-will-now-be-all"
    text = f'{paragraph(event, "nyt.md", 30)}\n\n{paragraph(event, "nyt.md", 32)}\n'
    assert paragraph(event, "nyt.md", 30).rstrip().endswith("He added,")
    assert _speaker_of_last(text) == "Marvin Kirsner"
