"""Speakers read from the structure of a sentence: an appositive that holds an abbreviation,
a place after a name ("Senator Chuck Schumer of New York"), an adverb between a subject and
its verb. Pinned on real dev and unlabelled paragraphs, with the near cases that must not
change."""

from __future__ import annotations

from realcopy import paragraph
from test_quotes import quotes_of


def _quotes(event: str, file: str, line: int):
    return quotes_of(paragraph(event, file, line) + "\n")


def test_a_role_goes_on_past_an_abbreviation():
    """"said Jim Manley, a top adviser to Mr. Reid.": the role is not cut at "Mr."."""
    quotes = _quotes("2010-republican-congressional-candidates-dispute-plan", "nyt.md", 14)
    assert quotes[0].speaker_key == "Jim Manley"
    assert quotes[0].speaker_role == "top adviser to Mr. Reid"


def test_a_role_still_ends_at_the_sentence_end():
    quotes = quotes_of("“We will appeal,” said Jane Doe, a lawyer for Acme Corp. The judge "
                       "left.\n")
    assert quotes[0].speaker_key == "Jane Doe"
    assert quotes[0].speaker_role == "lawyer for Acme Corp"


def test_a_place_after_a_name_is_not_the_speaker_of_a_participle():
    """"Senator Chuck Schumer of New York, the Democratic leader, said, adding that ...
    "until Russia ..."": Schumer's words, not New York's."""
    quotes = _quotes("2018-democrats-say-trump-should-cancel-putin-meeting", "nyt.md", 20)
    assert [q.speaker_key for q in quotes] == ["Chuck Schumer", "Chuck Schumer"]


def test_a_place_after_a_name_is_not_the_antecedent_of_who():
    """"Sen. Kristen Gillibrand of New York, who announced ..., said Trump's offer was a
    "bad deal.""."""
    quotes = _quotes("2019-lawmakers-react-to-trump-s-immigration-proposal", "fox.md", 38)
    assert quotes[-1].speaker_key == "Kristen Gillibrand"


def test_a_name_after_of_is_no_subject_of_the_clause():
    """"Fellow Democratic Sen. Chris Coons of Delaware slammed McConnell for refusing "to
    meaningfully negotiate ..."": Coons's words."""
    quotes = _quotes("2019-lawmakers-react-to-trump-s-immigration-proposal", "fox.md", 48)
    assert {q.speaker_key for q in quotes} == {"Chris Coons"}


def test_a_title_with_of_before_the_name_keeps_the_name():
    """"Secretary of the Interior Ryan Zinke echoed ..., saying": Zinke, not "Secretary"."""
    quotes = _quotes("2017-trump-reverses-decision-to-allow-import-of-eleph", "fox.md", 14)
    assert quotes[-1].speaker_key == "Ryan Zinke"


def test_an_adverb_in_ly_between_the_speaker_and_the_verb():
    """"“I am not pro-gay marriage,” Liz Cheney reportedly said." and "..., Mary Cheney
    reportedly wrote on her personal Facebook page"."""
    event = "2013-mary-cheney-criticizes-sister-liz-on-same-sex-ma"
    assert {q.speaker_key for q in _quotes(event, "FOX.md", 20)} == {"Liz Cheney"}
    assert {q.speaker_key for q in _quotes(event, "FOX.md", 24)} == {"Mary Cheney"}


def test_a_noun_in_ly_is_no_adverb():
    """"the Obama family said": "family" is the speaker's noun, not an adverb to skip."""
    quotes = quotes_of("“We are grateful for the support,” the Obama family said.\n")
    assert quotes[0].speaker_key != "Obama"


def _lines(event: str, file: str, lines: list[int]) -> str:
    return "\n\n".join(paragraph(event, file, n) for n in lines) + "\n"


def test_a_pronoun_after_a_title_that_is_its_sentences_subject():
    """"the new president told ... "...," he said. The president addressed ... along with
    Vice President Mike Pence. ..., as he described ... "...," he said.": the president
    (Trump, named at the top), not Pence, whom the sentence names after "with"."""
    event = "2017-donald-trump-is-inaugurated"
    quotes = quotes_of(_lines(event, "fox.md", [10, 12, 14, 16, 18, 20, 22]))
    said = [q for q in quotes if q.text.startswith(("When you open", "the people did"))]
    assert [q.speaker_key for q in said] == ["Donald Trump", "Donald Trump"]


def test_a_title_inside_a_clause_is_not_the_pronouns_person():
    """"Jerry Pow ... told Mr. Dale that he'd back Mr. Moore even if the candidate had
    committed ...": "the candidate" is no subject of that sentence; "he said" is Pow."""
    event = "2017-white-house-responds-to-sexual-misconduct-allega"
    quotes = quotes_of(_lines(event, "nyt.md", [34, 36, 38]))
    assert {q.speaker_key for q in quotes} == {"Jerry Pow"}


def test_a_subject_set_off_from_its_verb_by_asides():
    """"Stone, according to the indictment, "on multiple occasions" around Dec. 1, 2017,
    told Credico ... that he should "do a 'Frank Pentangeli'" ...": Stone's words; the
    fragment before the verb stays the indictment's."""
    quotes = _quotes("2019-roger-stone-has-been-indicted-by-mueller", "hpo.md", 42)
    assert [q.speaker_key for q in quotes] == ["indictment", "Stone", "Stone"]


def test_a_quote_right_after_told_is_whom_the_subject_told():
    """"According to the indictment, ..., Mr. Stone told "senior Trump campaign officials"
    about the stolen emails": the indictment's words for whom Stone told, not his."""
    quotes = _quotes("2019-roger-stone-has-been-indicted-by-mueller", "nyt.md", 30)
    assert quotes[0].speaker_key == "indictment"


def test_what_the_subject_told_someone_is_still_theirs():
    quotes = quotes_of("Mr. Graham told the radio host, “Whatever it takes to get him on the "
                       "court, I will do.”\n\nMs. Ruiz told reporters that the bill was “dead "
                       "on arrival in the Senate.”\n")
    assert [q.speaker_key for q in quotes] == ["Graham", "Ruiz"]


def test_a_pronoun_past_a_sentence_whose_subject_is_it():
    """"Mr. Mattis's letter did not single out any decision. Instead, it condemned Mr.
    Trump's approach ... He said the core ... lay in "providing effective leadership"":
    Mattis, the letter's writer; Trump is named in the object of "it condemned"."""
    quotes = quotes_of(_lines("2018-james-mattis-quits-as-defense-secretary", "nyt.md",
                              [40, 42]))
    assert quotes[0].speaker_key.endswith("Mattis")


def test_a_pronoun_after_a_person_who_is_the_subject_stays_with_them():
    text = ("Mr. Mattis’s letter did not single out any decision. Instead, Mr. Trump "
            "condemned the letter as disloyal to the administration.\n\n"
            "He said the letter was “a disgrace to the office and to the troops.”\n")
    assert quotes_of(text)[0].speaker_key == "Trump"
