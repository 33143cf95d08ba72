"""A "he" or "she" goes with the subject of the story's sentences, not with a person named
only as an object: after a preposition ("campaigning with Romney"), after a verb ("told
MSNBC's Joy Reid", "hammered Obama") or as a modifier ("the Romney campaign message")."""

from __future__ import annotations

from realcopy import paragraph
from test_quotes import quotes_of

MEDICARE = "2012-obama-and-romney-campaigns-argue-on-medicare"
TLAIB = "2019-democrats-react-to-rashida-tlaib-s-comments"
OPENER = "Paul Ryan, Mitt Romney and Barack Obama spoke on Tuesday.\n\n"


def keys(text: str) -> list[str | None]:
    return [q.speaker_key for q in quotes_of(text)]


def test_object_of_a_preposition_is_not_the_pronouns_person():
    """`He recalled when he was campaigning with Romney ...` then `"...," he said`: the "he"
    that opens the sentence is Ryan, who stays the subject."""
    text = OPENER + "\n\n".join(paragraph(MEDICARE, "fox.md", n) for n in (42, 44, 46)) + "\n"
    assert set(keys(text)) == {"Paul Ryan"}


def test_object_of_the_verb_does_not_take_the_pronoun_of_its_sentence():
    """`Ryan also hammered Obama for what he called his "utter failure ..."` and `he said
    Obama's heavy borrowing ... - he also claimed the "..."`: both Ryan's."""
    text = OPENER + paragraph(MEDICARE, "fox.md", 40) + "\n"
    assert keys(text) == ["Paul Ryan", "Paul Ryan"]


def test_pronoun_after_a_quote_and_an_object_goes_on_with_the_speaker():
    """`"...," she told MSNBC's Joy Reid`, `"...," the House speaker continued`, then
    `"...," she concluded`: Pelosi throughout, not Joy Reid."""
    text = "\n\n".join(paragraph(TLAIB, "hpo.md", n) for n in (10, 12, 14, 16, 18)) + "\n"
    found = {q.text.split()[0]: q.speaker_key for q in quotes_of(text)}
    assert found["But"] == "Nancy Pelosi"


def test_written_examples_of_the_same_shapes():
    text = ("Maria Lopez toured the plant on Monday.\n\n"
            "She recalled when she was working with Ellen Reed in the 1990s.\n\n"
            "“We built this line together, and we kept it running,” she said.\n\n"
            "Dan Price criticized Tom Ward for what he called a “reckless and costly plan "
            "for the harbor.”\n")
    assert keys(text) == ["Maria Lopez", "Dan Price"]


def test_a_nearer_possessive_keeps_the_person_named_last():
    """`he hammered Mitt Romney over his comment in which he said ...`: Romney's words."""
    text = ("Joe Biden spoke first. He hammered Mitt Romney over his comment in which he said "
            "he would “cut the budget in half by next year.”\n")
    assert keys(text) == ["Mitt Romney"]


def test_they_after_a_sentence_opening_and_is_the_group_named_before():
    """`... the Safari Club sent out a "call to arms," ... And they blasted "..."`: the
    sentence goes on from the one before; "they" is the club."""
    text = paragraph("2017-trump-reverses-decision-to-allow-import-of-eleph", "hpo.md", 34)
    assert keys(text + "\n")[-1] == "Safari Club"



def test_a_pronoun_after_a_long_fronted_clause_is_its_subject():
    """`After the content from Mr. Jones and his website, Infowars, was removed, he issued a
    plea to Mr. Trump to ... and "come out before the midterms ..."`: the fronted clause's
    appositive commas do not hide "he", who is Jones."""
    event = "2018-trump-accuses-social-media-firms-of-discriminati"
    text = "\n\n".join(paragraph(event, "nyt.md", n) for n in (16, 18)) + "\n"
    assert keys(text) == ["Alex Jones"]


def test_a_pronoun_after_a_long_fronted_clause_written():
    text = ("Ana Ruiz, the mayor, spoke on Monday.\n\n"
            "When the report from the budget office, which oversees spending, was published, she "
            "urged the council to act and “stop wasting the money of this city.”\n")
    assert keys(text) == ["Ana Ruiz"]
