"""A "he" or "she" goes on with the main clause's subject of the sentences before it: a
speaker named just before a sentence-final "said.", a subject before an auxiliary ("isn't
worried"), and a "he" that opens a sentence before a person named in its complement ("He
said Obama was 'clearly' taking a side")."""

from __future__ import annotations

from realcopy import paragraph
from test_quotes import quotes_of

MOSQUE = "2010-republican-congressional-candidates-dispute-plan"
MEXICO = "2016-fox-and-calder-say-mexico-isn-t-paying-for-borde"
MOORE = "2017-white-house-responds-to-sexual-misconduct-allega"


def keys(text: str) -> list[str | None]:
    return [q.speaker_key for q in quotes_of(text)]


def _join(event: str, file: str, lines: tuple[int, ...]) -> str:
    return "\n\n".join(paragraph(event, file, n) for n in lines) + "\n"


def test_speaker_before_a_sentence_final_said_is_the_subject():
    """`"...," Moore campaign chairman Bill Armistead said.` then `"...," he said`: Armistead,
    not Roy Moore, whose name only modifies the title."""
    found = keys(_join(MOORE, "fox.md", (10, 38, 40)))
    assert found[1:] == ["Bill Armistead"] * (len(found) - 1)
    assert "Roy Moore" not in found


def test_subject_before_an_auxiliary_keeps_the_pronoun():
    """`Fox, however, isn't worried that Trump will actually win` then `"...," he said`: Fox."""
    found = keys(_join(MEXICO, "hpo.md", (10, 14, 18, 20)))
    assert found[-1] == "Vicente Fox"


def test_opening_he_before_a_person_in_the_complement_goes_on():
    """`Rep. Peter King ... said ...`, `He said Obama was "clearly" taking a side` then
    `"...," he told Fox News`: King's words, not Obama's."""
    found = keys(_join(MOSQUE, "fox.md", (10, 40, 42)))
    assert found[-2:] == ["Peter King", "Peter King"]


def test_but_he_also_said_goes_on_with_the_chairman():
    """`Riley Seibenhener ... told Mr. Dale ... But he also said that Mr. Moore was not
    guilty` then `"...," he said`: Seibenhener."""
    found = keys(_join(MOORE, "nyt.md", (42, 44)))
    assert found[-1] == "Riley Seibenhener"


def test_he_and_a_group_is_not_the_group():
    """`He said that he and other Alabama Republicans would ...` after John Skipper: the
    quotes after it are Skipper's."""
    found = keys(_join(MOORE, "nyt.md", (22, 24, 26)))
    assert found[-2:] == ["John Skipper", "John Skipper"]


def test_written_examples_of_the_same_shapes():
    text = ("Dana Wells, a city councilwoman, spoke on Monday.\n\n"
            "She said Mayor Tom Ward was “wrong” about the budget.\n\n"
            "“We cannot close the library and call it savings,” she said.\n\n"
            "“The harbor plan is finished,” port director Ed Lyle said.\n\n"
            "“It will not come back,” he added.\n")
    assert keys(text)[-3:] == ["Dana Wells", "Ed Lyle", "Ed Lyle"]


# --- the participle's subject: an owner's organisation, a time phrase before the verb -------

def test_an_owned_organisation_speaks_its_participle_on_real_copy():
    """"Moore’s campaign denied the allegations, which The Washington Post first reported,
    telling the paper the accusations ... are "the very definition of fake news."": the
    campaign's words (the relative clause's Post is not the subject)."""
    text = paragraph(MOORE, "hpo.md", 16) + "\n"
    (fake,) = [q for q in quotes_of(text) if q.text.startswith("the very definition")]
    assert fake.speaker == "Moore’s campaign"


def test_an_epithet_with_a_time_phrase_before_its_verb_on_real_copy():
    """"The president over the weekend had tweeted that Strzok and others have "badly
    damaged" ..., referring to them as "clowns and losers!"": the president's, as the
    fragment before it."""
    event = "2018-trump-critic-peter-strzok-fired-from-fbi"
    text = _join(event, "fox.md", (20, 26))
    (clowns,) = [q for q in quotes_of(text) if q.text.startswith("clowns")]
    assert clowns.speaker == "The president"
    assert (clowns.speaker_key or "").endswith("Trump")


def test_an_owner_that_is_a_fronted_phrase_is_no_subject_on_real_copy():
    """The near case: "In Wednesday's speech the senator ... called ... "ineffective at
    best ..."": Rubio, through "the senator"; "In Wednesday's" owns nothing that speaks."""
    text = _join("2015-marco-rubio-announces-his-foreign-policy", "hpo.md", (10, 26))
    (worst,) = [q for q in quotes_of(text) if q.text.startswith("ineffective")]
    assert worst.speaker == "the senator" and worst.speaker_key == "Marco Rubio"


def test_an_owners_title_is_a_role_not_the_owner():
    """"Strzok’s lawyer denied ..., saying": the lawyer, never Strzok himself."""
    text = ("Peter Strzok was fired on Monday.\n\n"
            "Strzok’s lawyer denied the allegations, saying, “It is a political decision.”\n")
    (quote,) = [q for q in quotes_of(text) if q.text.startswith("It is")]
    assert quote.speaker == "Strzok’s lawyer" and quote.speaker_key != "Peter Strzok"
