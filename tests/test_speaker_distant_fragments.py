"""A short fragment built into the writer's sentence, far from any verb of speech, is the
words of the person the sentence reports: the owner of a noun of speech ("his claims in
the media that ...") or the subject of a clause whose means is speech ("drew the ire ... by
expressing support for ..."). Each pinned on its real paragraph, with the near cases (the
words of someone else, the writer's own term) that must stay as they were."""

from __future__ import annotations

from realcopy import paragraph, span
from test_quotes import quotes_of

SCHIFF = "2019-house-intelligence-committee-demand-adam-schiff"


def _keys(text: str) -> list[str | None]:
    return [q.speaker_key for q in quotes_of(text)]


# --- a "his" or "her" that owns a noun of speech ---------------------------------------------

def test_a_pronoun_owner_of_claims_past_a_short_phrase_is_the_speaker():
    """"the lawmakers slammed Schiff for his claims in the media that there was "..."":
    Schiff's words, not the lawmakers' (their verb is no verb of speech)."""
    span(SCHIFF, "fox.md", 12, 157, 190, "6eb3e3b1bf")  # the quote, pinned
    text = paragraph(SCHIFF, "fox.md", 10) + "\n\n" + paragraph(SCHIFF, "fox.md", 12) + "\n"
    assert _keys(text)[-1] == "Adam Schiff"


def test_a_pronoun_owner_in_the_style_of_wire_copy():
    text = ("The board rebuked Ms. Alvarez on Tuesday for her remarks at the rally that "
            "the audit was “a political hit job” and said it would review the matter.\n")
    assert _keys(text) == ["Alvarez"]


def test_another_persons_words_inside_the_owned_claim_stay_theirs():
    """"his claim that Ms. Park had called the plan "..."": the verb of speech after the
    noun gives the words to its own subject, never to the owner of the claim."""
    text = ("Mr. Cole repeated his claim that Ms. Park had called the plan “a disaster” "
            "during the meeting.\n")
    assert _keys(text) == ["Park"]


def test_a_pronoun_before_a_noun_that_is_not_speech_is_no_source():
    """"his plan that ..." owns no words: the quote is not given to "his" person."""
    text = ("Mr. Cole defended his plan at the meeting that critics had called a "
            "“giveaway” to developers.\n")
    assert _keys(text) == ["critics"]


# --- the subject of a clause whose means is speech ------------------------------------------

GORSUCH = "2017-supreme-court-nomination-of-judge-neil-m-gorsuch"
LIEBERMAN = "2017-donald-trump-considers-joe-lieberman-for-fbi-dir"


def test_a_fragment_after_by_and_a_verb_of_speech_is_the_clause_subjects():
    """"Ms. McCaskill inadvertently drew the ire of liberal activists by expressing support
    for "..."": the means of her own verb, far from it; McCaskill's words."""
    assert _keys(paragraph(GORSUCH, "nyt.md", 52) + "\n") == ["McCaskill"]


def test_by_and_a_verb_of_speech_in_the_style_of_wire_copy():
    text = ("Even before the contract came to a vote, Gov. Dana Whitfield angered union "
            "leaders by expressing doubt about “a contract from another era” on the radio.\n")
    assert _keys(text) == ["Dana Whitfield"]


def test_expressed_gives_its_subject_the_words_it_quotes():
    text = paragraph("2018-trump-critic-peter-strzok-fired-from-fbi", "nyt.md", 52) + "\n"
    assert _keys(text) == ["Strzok", "Strzok"]


def test_a_later_verb_with_an_unread_subject_is_not_an_earlier_speakers():
    """"Sen. Marco Rubio (R-Fla.) expressed "..." for ..., and Sen. John McCain (R-Ariz.),
    said he would be "..."": the first quote is Rubio's; the second is never his, even
    though its own subject (past a party tag and a comma) is not read."""
    quotes = quotes_of(paragraph(LIEBERMAN, "hpo.md", 32) + "\n")
    assert quotes[0].speaker_key == "Marco Rubio"
    assert all(q.speaker_key != "Marco Rubio" for q in quotes[1:])


# --- "portrays X as "..."": the subject's framing ------------------------------------------

def test_portrays_as_gives_the_framing_to_the_subject_not_to_an_earlier_asker():
    """"Charlie Rose asked Rubio whether ... at a time that Rubio's campaign portrays other
    U.S. leaders as "..."": the campaign's words, not the interviewer's."""
    text = paragraph("2015-marco-rubio-announces-his-foreign-policy", "hpo.md", 28) + "\n"
    first = quotes_of(text)[0]
    # as written without the "that" before it: no demonstrative goes before a name
    assert (first.speaker_key, first.speaker) == ("Rubio's campaign", "Rubio's campaign")


def test_a_demonstrative_before_a_common_noun_stays_in_the_speaker():
    text = "“We will appeal the ruling,” that company told reporters on Friday.\n"
    assert quotes_of(text)[0].speaker == "that company"


def test_portrays_as_in_the_style_of_wire_copy():
    text = ("The Hartley campaign portrays the incumbent as “out of touch with the "
            "district” in its latest ad.\n")
    assert _keys(text) == ["Hartley campaign"]


def test_a_nearer_verb_of_speech_keeps_its_own_subject_after_portrayed():
    text = ("Critics of the measure portrayed it as what Senator Ana Ruiz had once called "
            "“a giveaway to developers.”\n")
    assert _keys(text) == ["Ana Ruiz"]


# --- "X ... Y for saying "..."": the one blamed or thanked for the words said them ----------

def test_the_person_faulted_for_a_promise_made_it():
    """"Democrats are still irritated at Roberts for promising to call only "..."": the
    words are Roberts's, not the Democrats' who open the sentence."""
    text = paragraph(GORSUCH, "hpo.md", 34) + "\n"
    assert _keys(text)[0] == "Roberts"


def test_the_person_attacked_for_saying_in_the_style_of_wire_copy():
    text = ("Mr. Cole attacked Senator Ana Ruiz for saying the bill was “a giveaway to "
            "developers.”\n")
    assert _keys(text) == ["Ana Ruiz"]


def test_a_place_before_for_is_no_speaker():
    """"was criticized in Ohio for saying": the subject said it, not Ohio."""
    text = ("Mr. Cole was criticized in Ohio for saying the vote was “a turning point for "
            "the city.”\n")
    assert _keys(text) == ["Cole"]


def test_the_agent_of_a_passive_before_for_is_no_speaker():
    """"was rebuked by Sen. John McCain for calling": the one rebuked said it."""
    text = ("Mr. Cole was rebuked by Sen. John McCain for calling the agreement “the worst "
            "deal ever negotiated.”\n")
    assert _keys(text) == ["Cole"]


def test_the_one_apologized_to_before_for_is_no_speaker():
    """"apologized to radio host Ana Ruiz for saying": the one apologising said it, a role
    before the name or not."""
    for to in ("Sen. Ana Ruiz", "radio host Ana Ruiz", "him"):
        text = (f"Mr. Cole later apologized to {to} for saying that the city’s voters “had "
                "lost their minds.”\n")
        assert _keys(text) == ["Cole"], to


# --- a short fragment among longer ones under one closing attribution ------------------------

MUELLER = "2019-mueller-s-office-disputes-buzzfeed-report"


def test_a_short_fragment_before_a_longer_one_takes_the_closing_attribution():
    """`“With McCarthyism,” a senator was “chasing after Russian Communists,” Mr. Turner,
    an Intelligence Committee member, said.`: both fragments are Turner's."""
    text = paragraph(SCHIFF, "nyt.md", 18) + "\n"
    assert [(q.text, q.speaker) for q in quotes_of(text)][:2] == [
        ("With McCarthyism", "Turner"), ("chasing after Russian Communists", "Turner")]


def test_a_short_fragment_among_long_ones_of_a_filing():
    """`he took care “not to overstate ...” and provided “useful information” about ...
    “persons connected to the White House” ..., the special counsel’s filing said.`"""
    quotes = quotes_of(paragraph(MUELLER, "nyt.md", 58) + "\n")
    useful = [q for q in quotes if q.text == "useful information"]
    assert [q.speaker for q in useful] == ["the special counsel’s filing"]


def test_an_epithet_closing_a_long_sentence_is_no_unsure_pronoun():
    """`... were “wholly unpersuasive to us” and had “far-reaching consequences,” the
    inspector general said.`: "the inspector general" is as sure as a name; the near case,
    a short fragment with no longer quote after it, stays a term."""
    text = ("Michael Horowitz was named in June. But the delays were “wholly unpersuasive to "
            "us” and had “far-reaching consequences,” the inspector general said.\n")
    assert [q.speaker_key for q in quotes_of(text)] == ["Michael Horowitz"] * 2
    text = "The delays were “unpersuasive” and “costly,” the inspector general said.\n"
    assert [q.text for q in quotes_of(text)] == ["costly"]
