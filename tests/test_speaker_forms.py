"""Speaker forms that dev copy chosen by rule showed wrong, each pinned on its real paragraph
and on a passage of the same shape written in the style of wire copy: a party tag after a
name, an organisation's acronym, a sentence that opens with a word that is no one's name."""

from __future__ import annotations

from realcopy import paragraph
from test_quotes import quotes_of

FLYNN = "2017-flynn-pleaded-guilty"
HR1 = "2019-democrats-pass-campaign-finance-and-voting-right"


def _lines(event: str, file: str, first: int, last: int) -> str:
    return "\n\n".join(paragraph(event, file, n) for n in range(first, last + 1, 2)) + "\n"


def _keys(text: str) -> list[str | None]:
    return [q.speaker_key for q in quotes_of(text)]


# --- a party and state after a name are not the speaker ------------------------------------

def test_a_party_tag_between_commas_is_not_the_speaker():
    """"Sen. Dianne Feinstein, D-Calif., the top Democrat on ..., said ... "...": Feinstein,
    not "D-Calif"."""
    quotes = quotes_of(paragraph(FLYNN, "fox.md", 54) + "\n")
    speech = [q for q in quotes if q.text.startswith("the putting together")]
    assert [q.speaker_key for q in speech] == ["Dianne Feinstein"]


def test_a_party_tag_in_a_written_passage():
    text = ("Rep. Carla Munoz, R-Texas, the ranking member of the panel, said the agency had "
            "been given “every chance to explain itself and chose not to.”\n")
    assert _keys(text) == ["Carla Munoz"]


# --- an acronym is an organisation, known by its name in full ------------------------------

def test_the_acronym_of_an_organisation_the_article_names_in_full():
    """"The American Civil Liberties Union, in a recent letter ..." then ""...," the ACLU
    wrote": the union's words, not those of the last person named (Mitch McConnell)."""
    keys = _keys(_lines(HR1, "fox.md", 14, 24))
    assert keys[-2:] == ["American Civil Liberties Union"] * 2


def test_an_acronym_in_a_written_passage():
    text = ("Senator Ruth Alder said the rules were clear.\n\n"
            "The National Farmers Union asked the board to wait.\n\n"
            "“Growers need a season to adjust,” the NFU said in a letter.\n")
    assert _keys(text) == ["National Farmers Union"]


def test_an_acronym_the_article_never_spells_out_stays_as_written():
    text = "“Growers need a season to adjust,” the NFU said in a letter.\n"
    assert _keys(text) == ["NFU"]


# --- a sentence's first word is no one's name ---------------------------------------------

def test_this_opening_a_lead_in_is_not_a_speaker():
    """"This was after Trump's account tweeted Saturday: "...": not a quote of "This"."""
    keys = _keys(paragraph(FLYNN, "fox.md", 32) + "\n")
    assert "This" not in keys


def test_this_in_a_written_lead_in():
    text = "This came after the council posted on Friday: “The vote will go ahead as planned.”\n"
    assert "This" not in _keys(text)
