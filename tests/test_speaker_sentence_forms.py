"""Speakers read from the shape of the quote's sentence: a subject, an adverb in -ly, then
its verb; an attribution after the sentence's last comma; an epithet after a dash; a
possessive pronoun that opens the sentence before a name; a report named by its issuer."""

from __future__ import annotations

from realcopy import paragraph
from test_quotes import quotes_of

TLAIB = "2019-democrats-react-to-rashida-tlaib-s-comments"
AARP = "2011-aarp-drops-its-opposition-to-social-security-cut"


def keyed(text: str) -> dict[str, str | None]:
    return {q.text: q.speaker_key for q in quotes_of(text)}


def test_a_sentence_with_its_own_subject_does_not_continue_the_quote_before():
    """`"...," she concluded. Trump infamously bragged about grabbing women "by the ..."`:
    Trump's words, not Pelosi's."""
    text = "\n\n".join(paragraph(TLAIB, "hpo.md", n) for n in (10, 18)) + "\n"
    found = keyed(text)
    assert found["by the pussy"] == "Donald Trump"


def test_the_sentences_last_comma_opens_its_attribution():
    text = "\n\n".join(paragraph(TLAIB, "hpo.md", n) for n in (10, 30)) + "\n"
    assert keyed(text)["freedom of speech of an individual member"] == "Nancy Pelosi"


def test_an_epithet_after_a_dash_speaks():
    """`― the new Democratic congresswoman vowed to "impeach ...," referring to Trump ―`."""
    text = "\n\n".join(paragraph(TLAIB, "hpo.md", n) for n in (10, 12)) + "\n"
    assert keyed(text)["impeach that motherfucker"] == "Rashida Tlaib"


def test_a_possessive_pronoun_opening_the_sentence_keeps_the_person():
    """`Hutchison's plan ... Her office claims the bill would ... keep Social Security
    solvent ...` then `"...," she told Fox News`: Hutchison, not Social Security."""
    text = "\n\n".join(paragraph(AARP, "fox.md", n) for n in (24, 30, 32)) + "\n"
    assert set(keyed(text).values()) == {"Kay Bailey Hutchison"}


def test_a_report_named_by_its_issuer():
    """`A September 2010 Congressional Research Service report found ...` then `"...,"
    said the report.`"""
    text = "\n\n".join(paragraph(AARP, "hpo.md", n) for n in (50, 52)) + "\n"
    assert list(keyed(text).values()) == ["Congressional Research Service"]


def test_written_examples_of_the_same_shapes():
    text = ("Mayor Tom Reed spoke on Monday.\n\n"
            "“We will finish the bridge on time,” he said. Ellen Ward sharply disputed his "
            "claim that the bridge was “nearly done already.”\n\n"
            "The delay concerns the “cost of steel and labor in the region,” not the design, "
            "Ward said.\n\n"
            "Senator Ana Ruiz wrote the bill. Her staff says it would make the Harbor Fund "
            "solvent.\n\n“This fixes the fund for a generation,” she said.\n\n"
            "A 2019 Harbor Authority study found the port was too small.\n\n"
            "“The port cannot grow without a new channel,” the study said.\n")
    assert list(keyed(text).values()) == [
        "Tom Reed", "Ellen Ward", "Ellen Ward", "Ana Ruiz", "Harbor Authority"]


def test_a_quote_paragraph_after_according_to_is_the_sources():
    """`According to Peter Keating at Vanity Fair, $1.1 million is ...` then a paragraph
    that is nothing but the quote."""
    event = "2011-house-reading-of-constitution-is-not-without-iss"
    text = "\n\n".join(paragraph(event, "hpo.md", n) for n in (24, 26)) + "\n"
    assert list(keyed(text).values()) == ["Peter Keating"]
    written = ("According to Dana Holt at the Tribune, the bridge will cost $2 million.\n\n"
               "“That figure is our best estimate, though the steel price may change it.”\n")
    assert list(keyed(written).values()) == ["Dana Holt"]


def test_a_long_lead_in_ending_in_a_colon_is_its_subjects():
    """`Two years prior, then-Senator Obama used virtually identical language to beat up on
    his general election opponent, Sen. John McCain (R-Ariz.):` then the quote paragraph:
    Obama's words, not McCain's."""
    event = "2012-obama-and-romney-campaigns-argue-on-medicare"
    text = "\n\n".join(paragraph(event, "hpo.md", n) for n in (20, 22)) + "\n"
    assert list(keyed(text).values()) == ["Obama"]
    written = ("Last spring, Mayor Ellen Ward sent a long and angry letter to the governor, "
               "Tom Reed, about the state of the bridge:\n\n"
               "“We have waited long enough for the money you promised us in March.”\n")
    assert list(keyed(written).values()) == ["Ellen Ward"]


# --- speech relayed: "aides said Mr. Ryan told his colleagues" -----------------------------

PELOSI = "2016-nancy-pelosi-wins-house-minority-leadership-agai"


def test_relayed_speech_is_the_named_speakers_on_real_copy():
    """`"We got wiped out ...," aides said Mr. Ryan told his colleagues ... "Ultimately,
    we're responsible."`: Mr. Ryan's words as his aides relay them, known second-hand."""
    text = paragraph(PELOSI, "nyt.md", 12) + "\n\n" + paragraph(PELOSI, "nyt.md", 34) + "\n"
    quotes = [q for q in quotes_of(text) if q.span.line == 3]
    assert [q.speaker_key for q in quotes] == ["Tim Ryan", "Tim Ryan"]
    assert quotes[0].speaker_kind == "reported"


def test_a_verb_after_the_name_that_is_no_speech_leaves_the_relayer():
    """The near case: `aides said Mr. Ryan was wrong` reports the aides' own view, and
    `aides said Congress told them` names no person."""
    assert keyed("“We lost,” aides said Mr. Ryan was wrong.\n")["We lost"] == "aides"
    assert keyed("“We lost,” aides said Congress told them.\n")["We lost"] == "aides"
