"""Organisations known by their kind ("the hospital said", "the Obama campaign said") speak
for the organisation the story names with that word, and the later items of a list of
quotes ("A," "B" and "C") take the first item's speaker."""

from __future__ import annotations

from realcopy import paragraph
from test_quotes import quotes_of

SHOOTING = "2017-rare-comity-at-capitol-after-shooting-doesn-t-la"
MEDICARE = "2012-obama-and-romney-campaigns-argue-on-medicare"
RUBIO = "2015-marco-rubio-announces-his-foreign-policy"


def keys(text: str) -> list[str | None]:
    return [q.speaker_key for q in quotes_of(text)]


def test_the_hospital_is_the_hospital_the_story_named():
    """`Scalise underwent surgery at the MedStar Washington Hospital Center ... the hospital
    said Scalise sustained "..." that "..."` and `"...," the hospital said`."""
    text = "\n\n".join(paragraph(SHOOTING, "hpo.md", n) for n in (14, 16)) + "\n"
    assert set(keys(text)) == {"MedStar Washington Hospital Center"}


def test_a_campaign_is_an_organisation_that_speaks():
    """`the Obama campaign said that Mr. Ryan's budget plan ... "would end Medicare as we
    know it"`."""
    assert keys(paragraph(MEDICARE, "nyt.md", 12) + "\n") == ["Obama campaign"]


def test_later_items_of_a_list_take_the_first_items_speaker():
    """`In laying out what his campaign calls the "Rubio Doctrine," the presidential hopeful
    said he was guided by three principles: "A," "B" and "C."`: not his campaign."""
    text = "Marco Rubio spoke in New York.\n\n" + paragraph(RUBIO, "hpo.md", 20) + "\n"
    found = keys(text)
    assert len(found) == 4 and set(found) == {"Marco Rubio"}


def test_written_examples_of_the_same_shapes():
    text = ("The patient was taken to St. Anne's Hospital on Friday. In a statement, the "
            "hospital said she was “stable and resting after a long night.”\n\n"
            "Senator Tom Ward spoke on Monday.\n\n"
            "In laying out what his committee calls the “Ward Plan,” the senator said he was "
            "guided by three principles: “strength at home,” “the protection of American "
            "workers in a global economy” and “clarity about our values.”\n")
    assert keys(text) == ["St. Anne's Hospital", *["Tom Ward"] * 4]


AARP = "2011-aarp-drops-its-opposition-to-social-security-cut"


def test_a_statement_issued_in_the_quotes_sentence_is_its_subjects():
    """`AARP CEO Barry Rand later issued a statement calling the article "misleading"` and
    `the MedStar Washington Hospital Center issued a statement saying Scalise "..."`."""
    assert keys(paragraph(AARP, "fox.md", 16) + "\n") == ["Barry Rand", "Barry Rand"]
    assert keys(paragraph(SHOOTING, "fox.md", 12) + "\n") == [
        "MedStar Washington Hospital Center"]


def test_a_document_issued_by_the_subject_written():
    text = ("Mayor Ellen Ward quickly released a statement calling the audit “deeply flawed "
            "and unfair.”\n\nThe council and others issued a report saying the plan was “far "
            "too costly to build.”\n")
    assert keys(text) == ["Ellen Ward", "council and others"]


# --- an organisation whose name has "and" in it ------------------------------------------

ELEPHANTS = "2017-trump-reverses-decision-to-allow-import-of-eleph"


def test_a_spokesperson_for_an_organisation_named_with_and():
    """`... would "enhance the survival of the species in the wild," a spokesperson for the
    U.S. Fish and Wildlife Service said`: the agency's whole name, not its last half."""
    assert keys(paragraph(ELEPHANTS, "hpo.md", 20) + "\n") == [
        "U.S. Fish and Wildlife Service spokesperson"]


def test_a_spokesman_for_an_administration_named_with_and():
    text = ("Regulators approved the drug on Friday, calling it “a safe and effective "
            "treatment for most adults,” a spokesman for the Food and Drug Administration "
            "said.\n")
    assert keys(text) == ["Food and Drug Administration spokesman"]


def test_an_organisation_subject_after_a_fronted_phrase_keeps_its_article():
    """`Hours before Trump's review announcement, the FWS defended its decision as "..."`:
    "the" belongs to the subject, not to the fronted phrase before it."""
    assert keys(paragraph(ELEPHANTS, "hpo.md", 46) + "\n") == ["FWS"]


def test_an_organisation_subject_after_a_fronted_phrase_written():
    text = ("On the eve of the vote, the NAACP described the bill as “a step back for every "
            "voter in the state.”\n")
    assert keys(text) == ["NAACP"]
