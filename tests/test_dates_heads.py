"""The head of a date's clause (facts/event_key.py): the event verb or noun that governs the
date, not a modifier, and a noun and the verb it is made from as one head."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from dated import dated_facts
from newslint.facts.event_key import event_key, head_agreement, lemma, verb_forms
from newslint.index.date_conflicts import keyed_conflicts
from realcopy import paragraph


def _key(sentence: str, date: str):
    start = sentence.index(date)
    return event_key(sentence, 0, len(sentence), start, start + len(date))


_facts = dated_facts


def test_to_before_a_noun_made_of_a_verb_is_a_preposition_on_real_copy():
    """"filed the first major court challenge to marijuana legalization on Thursday": the
    filing is dated, not "marijuana" read as an infinitive after "to"."""
    text = paragraph("2014-nebraska-and-oklahoma-fight-colorado-s-recreatio", "nyt.md", 10)
    assert "challenge to marijuana legalization on Thursday" in text
    assert _key(text, "Thursday").head_text == "filed"
    written = "Two towns filed a challenge to school consolidation on Monday in state court."
    assert _key(written, "Monday").head_text == "filed"
    # an infinitive before a plain noun keeps its verb
    assert _key("The Senate voted to override the veto on Wednesday.", "Wednesday"
                ).head_text == "override"


def test_a_participle_after_a_preposition_or_an_article_modifies_its_noun_on_real_copy():
    """"earned $139 million in adjusted gross income from 2007 to 2014": the years date the
    earning, not an act of adjusting; "the revised offer" is an offer, not a revision."""
    text = paragraph("2015-hillary-clinton-releases-tax-returns", "nyt.md", 10)
    assert "in adjusted gross income from 2007" in text
    assert _key(text, "2007").head_text == "earned"
    written = "The union rejected the revised offer from the company on Tuesday."
    assert _key(written, "Tuesday").head_text == "rejected"


def test_a_noun_and_its_verb_are_one_head():
    pairs = [("announcement", "announced"), ("election", "elected"),
             ("resignation", "resigned"), ("nomination", "nominated"),
             ("approval", "approved"), ("appearance", "appeared"), ("indictment", "indicted")]
    for noun, verb in pairs:
        assert head_agreement(lemma(noun), lemma(verb)) == 1.0, (noun, verb)
        assert head_agreement(lemma(verb), lemma(noun)) == 1.0, (noun, verb)
    # a derived noun keeps its verb's synonyms: a resignation is a departure
    assert head_agreement(lemma("resignation"), lemma("quit")) == 0.9
    # short bases are no derivation: a station is not "stated", a mission not "missed"
    for noun, verb in [("station", "stated"), ("mission", "missed"), ("nation", "nated")]:
        assert head_agreement(lemma(noun), lemma(verb)) == 0.0, (noun, verb)


@given(st.sampled_from(["announcement", "announced", "election", "elected", "vote", "voted",
                        "resignation", "quit", "released", "release", "station", "stated",
                        "appearance", "appeared", "approval", "passed", "race", "campaign"]),
       st.sampled_from(["announcement", "announced", "election", "elected", "resigned",
                        "freed", "report", "story", "arrest", "arrested", "departure"]))
def test_head_agreement_is_symmetric_and_bounded(a: str, b: str):
    x, y = lemma(a), lemma(b)
    assert head_agreement(x, y) == head_agreement(y, x)
    assert 0.0 <= head_agreement(x, y) <= 1.0
    assert all(len(base) >= 4 for base in verb_forms(x))


def test_an_election_and_the_vote_that_elected_are_one_event():
    """"The election of Nancy Pelosi as minority leader on Tuesday" and "House Democrats
    elected Nancy Pelosi ... on Wednesday" date one act: the noun is made of the verb."""
    a = _facts("a.md", dt.date(2016, 11, 30),
               "The election of Nancy Pelosi as House minority leader on Tuesday ended a "
               "challenge from Tim Ryan of Ohio.")
    b = _facts("b.md", dt.date(2016, 11, 30),
               "House Democrats elected Nancy Pelosi as their minority leader on Wednesday, "
               "beating back a challenge from Tim Ryan of Ohio.")
    conflicts = keyed_conflicts([a, b])
    assert len(conflicts) == 1
    same = _facts("c.md", dt.date(2016, 11, 30),
                  "House Democrats elected Nancy Pelosi as their minority leader on Tuesday, "
                  "beating back a challenge from Tim Ryan of Ohio.")
    assert keyed_conflicts([a, same]) == []


def test_a_name_of_many_words_counts_as_one_in_the_reach_of_a_head_on_real_copy():
    """"began to read the United States Constitution aloud from the chamber's floor on
    Thursday morning": a name is one thing, so the reading is within reach of the date;
    ten lower-case words away, a verb still is not."""
    text = paragraph("2011-house-reading-of-constitution-is-not-without-iss", "nyt.md", 10)
    assert "read the United States Constitution aloud from the chamber’s floor on Thursday" \
        in text
    assert _key(text, "Thursday").head_text == "read"
    written = ("Senators began to question Secretary of State Hillary Rodham Clinton about "
               "the attack at the start of the hearing on Wednesday.")
    assert _key(written, "Wednesday").head_text in ("question", "hearing")
    far = "They began to read the long old text aloud from the very back of the floor on Monday."
    assert _key(far, "Monday") is None or _key(far, "Monday").head_text != "read"


def test_a_past_of_the_irregular_verbs_table_heads_its_clause_on_real_copy():
    """"leaders dug in Wednesday for a lengthy partial shutdown": "dug" is a verb by the
    grammar table editors keep (rules/irregular_verbs.yaml), as "met" is; without it the
    weekday had no head and was compared with nothing. Present forms and bases stay out of
    it: "flies" and "dig" are spelt as nouns too."""
    text = paragraph("2019-trump-continues-government-shutdown-for-border-w", "nyt.md", 10)
    assert "leaders dug in Wednesday" in text
    assert _key(text, "Wednesday").head_text == "dug"
    assert _key("The rescuers fled on Monday from the flooded town.", "Monday"
                ).head_text == "fled"
    for sentence in ("The president flies to Ohio on Monday.",
                     "The crews dig on Monday near the river."):
        key = _key(sentence, "Monday")
        assert key is None or key.head_text not in ("flies", "dig")


def test_a_noun_with_another_sense_yields_to_the_verb_on_real_copy():
    """"was re-elected to her leadership post Wednesday morning": a post is a position here,
    not a social-media post, so the verb heads the clause; without a verb the noun still
    does ("In a televised White House address on Saturday afternoon": the participle after
    the article is the address's), and a noun with no other sense keeps its date
    ("disputed the report Thursday")."""
    text = paragraph("2016-nancy-pelosi-wins-house-minority-leadership-agai", "hpo.md", 10)
    assert "her leadership post Wednesday" in text
    key = _key(text, "Wednesday")
    assert key.head_text == "re-elected" and key.passive
    address = paragraph("2019-lawmakers-react-to-trump-s-immigration-proposal", "fox.md", 12)
    assert "televised White House address on Saturday" in address
    assert _key(address, "Saturday").head_text == "address"
    assert _key("She wrote a Facebook post on Monday.", "Monday").head_text == "wrote"
    assert _key("The aide disputed the report Thursday.", "Thursday").head_text == "report"


def test_a_participle_opening_its_sentence_heads_its_date_on_real_copy():
    """"Posting on Facebook on Friday evening, Mary Cheney, who is gay ..., wrote": the
    capitalised participle is the verb of the date's phrase, and its subject, after the
    comma, is who acted. A participle that works as a preposition ("Following the vote on
    Friday") is none, nor one whose phrase no comma closes."""
    text = paragraph("2013-mary-cheney-criticizes-sister-liz-on-same-sex-ma", "NYT.md", 12)
    assert text.startswith("Posting on Facebook on Friday evening, Mary Cheney,")
    key = _key(text, "Friday")
    assert key.head_text == "Posting" and set(key.actors) == {"mary", "cheney"}
    assert _key("Following the vote on Friday, Senate leaders met.", "Friday"
                ).head_text == "vote"
    assert _key("Breaking ground on Friday in Ohio.", "Friday") is None


def test_an_en_dash_inside_a_name_cuts_no_clause_on_real_copy():
    """"Before a larger meeting at St. Louis Community College–Florissant Valley on
    Wednesday, the attorney general met": the en dash joins the college's name, so the meeting is in
    the date's clause and heads it; spaced, the dash still sets off a clause."""
    text = paragraph("2014-eric-holder-speaks-on-ferguson", "hpo.md", 14)
    assert "Community College–Florissant Valley on Wednesday" in text
    key = _key(text, "Wednesday")
    assert key.head_text == "meeting" and {"louis", "florissant"} <= set(key.names)
    spaced = "The senator – who voted on Tuesday – left."
    assert "senator" not in _key(spaced, "Tuesday").names
