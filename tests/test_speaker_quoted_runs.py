"""A speaker followed through a run of quotation: a surname with a fused particle
("diGenova") is a name, a paragraph that is nothing but a quote goes on after an
attribution with a relative clause on the speaker, and a "he" a few paragraphs on still
reaches them when the paragraphs between are their quotes or their "he"."""

from __future__ import annotations

import regex
from hypothesis import given
from hypothesis import strategies as st

from newslint.facts.speech import NAME_TOKEN
from realcopy import paragraph
from test_quotes import quotes_of

STONE = "2019-roger-stone-has-been-indicted-by-mueller"
NETANYAHU = "2015-netanyahu-plans-to-deliver-a-speech-to-congress"
TOKEN = regex.compile(NAME_TOKEN)


def test_fused_particle_is_part_of_the_surname():
    assert TOKEN.fullmatch("diGenova") and TOKEN.fullmatch("deBlasio")
    assert TOKEN.search("diGenova")[0] == "diGenova"  # never "Genova" alone
    assert TOKEN.search("iPhone") is None


@given(st.text(alphabet="abcxyz", min_size=1, max_size=4),
       st.text(alphabet="Genova", min_size=1, max_size=6))
def test_no_name_starts_inside_a_word(prefix: str, rest: str):
    word = prefix + "G" + rest
    found = TOKEN.search(word)
    assert found is None or found.start() == 0


def test_quoted_run_of_a_speaker_with_a_relative_clause():
    """`"...," diGenova, who has informally been an adviser ..., told Fox News.`, a quote
    paragraph, `He added: "...` running on, then `"Make no mistake," he said.`: all his."""
    text = "\n\n".join(paragraph(STONE, "fox.md", n) for n in range(50, 64, 2)) + "\n"
    found = [q.speaker_key for q in quotes_of(text)]
    assert found and set(found) == {"diGenova"}


def test_written_example_of_the_same_shape():
    text = ("“The port is closed to us,” deLuca, who has fished the bay for 30 years and "
            "sold at the market since the 1990s, told the council.\n\n"
            "“We were never asked.”\n\n"
            "He added: “Not one meeting.\n\n"
            "Not one letter.”\n\n"
            "“We will be back,” he said.\n")
    assert [q.speaker_key for q in quotes_of(text)] == ["deLuca"] * 5


def test_bare_attribution_sentence_after_a_full_stop_is_certain():
    """`"... from Speaker Boehner." Durbin said. "..."`: a sentence that is only the speaker
    and the verb attributes the quote before it as surely as after a comma, and the quote
    after it goes on with the same speaker, so that a swap of speakers across articles can
    be flagged; an attribution sentence with more words stays less certain."""
    found = quotes_of(paragraph(NETANYAHU, "fox.md", 40) + "\n")
    assert [(q.speaker, q.speaker_kind) for q in found] == [
        ("Durbin", "name"), ("Durbin", "continued")]  # `"A." Durbin said. "B."`: one run
    text = ("“We will not fund the pier.” Ana Ruiz said.\n\n"
            "“The harbor can wait for a year.” Ruiz wrote in a letter to the council.\n")
    kinds = [(q.speaker, q.speaker_kind) for q in quotes_of(text)]
    assert kinds == [("Ana Ruiz", "name"), ("Ruiz", "reported")]
