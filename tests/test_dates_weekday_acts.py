"""Weekdays of one act told by two articles of a story: the same head and the same people
(index/date_agreement.py), and synonyms editors keep in rules/dates.yaml."""

from __future__ import annotations

import datetime as dt

from dated import dated_facts
from findings import related
from newslint.index.date_agreement import STRONG, SURE, agreement
from newslint.index.date_conflicts import keyed_conflicts, sure
from realcopy import article_copy, edit_line

HUNTER = "2018-congressman-hunter-and-wife-indicted-on-corrupti"
CANTOR = "2014-eric-cantor-defeated-by-david-brat"


_facts = dated_facts


def _weekday(facts, text: str):
    return next(m for m in facts.dates if m.text == text)


_FRIDAY = dt.date(2025, 3, 14)


def test_one_verb_of_the_same_two_names_in_one_week_is_one_act():
    """"Donald Trump announced Tuesday" and "Donald Trump has announced Wednesday": no word
    of what was announced is shared, but the verb and the full name are; within one week of
    one story that is one act, as info."""
    a = _facts("a.md", _FRIDAY, "Donald Trump announced Tuesday that he is bowing out as "
               "the moderator of a forum.")
    b = _facts("b.md", _FRIDAY, "Donald Trump has announced Wednesday that he is pulling "
               "out of his own debate.")
    score = agreement(_weekday(a, "Tuesday"), _weekday(b, "Wednesday"), (False, False))
    assert STRONG <= score < SURE
    (conflict,) = keyed_conflicts([a, b])
    assert not sure(conflict)


def test_one_shared_name_or_another_voice_is_not_enough():
    """"Trump announced Tuesday" and "Trump announced Wednesday" may be two announcements;
    "Duncan Hunter was indicted" is not "Duncan Hunter indicted"; a synonym is no same verb."""
    one_name = (_facts("a.md", _FRIDAY, "Trump announced Tuesday that he is bowing out."),
                _facts("b.md", _FRIDAY, "Trump announced Wednesday that he is pulling out."))
    voices = (_facts("a.md", _FRIDAY, "Duncan Hunter was indicted Tuesday in San Diego."),
              _facts("b.md", _FRIDAY, "Duncan Hunter indicted Wednesday a former aide."))
    synonym = (_facts("a.md", _FRIDAY, "Jane Doe was freed Tuesday by her captors."),
               _facts("b.md", _FRIDAY, "Jane Doe was released Wednesday near the border."))
    for pair in (one_name, voices, synonym):
        assert keyed_conflicts(list(pair)) == []


def test_an_indictment_moved_to_another_weekday_on_real_copy(tmp_path, run_json):
    """HuffPost: Hunter and his wife "were indicted Tuesday"; the Times: Hunter "was
    indicted by a federal grand jury in San Diego on Tuesday". The two clauses share the
    verb and the name, no other word: HuffPost moved to Friday is flagged (info)."""
    folder = article_copy(tmp_path, HUNTER)
    _, before = run_json(str(folder), "--select", "NL502")
    assert not [d for d in before if d["line"] == 10]
    edit_line(folder, "hpo.md", 10, "were indicted Tuesday", "were indicted Friday")
    _, after = run_json(str(folder), "--select", "NL502")
    (found,) = [d for d in after if d["path"].endswith("hpo.md") and d["line"] == 10]
    assert found["severity"] == "info"
    assert ("nyt.md", 10) in related(found)


def test_beaten_and_defeated_are_one_event_on_real_copy(tmp_path, run_json):
    """Fox: Cantor "was beaten Tuesday night"; the Times: he "was soundly defeated on
    Tuesday" (rules/dates.yaml: defeated = beaten). Fox moved to Wednesday is flagged."""
    folder = article_copy(tmp_path, CANTOR, ["FOX.md", "NYT.md"])
    _, before = run_json(str(folder), "--select", "NL502")
    assert before == []
    edit_line(folder, "FOX.md", 10, "beaten Tuesday night", "beaten Wednesday night")
    _, after = run_json(str(folder), "--select", "NL502")
    flagged = {(d["path"].rsplit("/", 1)[-1], d["line"]) for d in after}
    assert ("FOX.md", 10) in flagged or ("NYT.md", 10) in flagged


STONE = "2019-roger-stone-has-been-indicted-by-mueller"


def test_a_year_that_names_its_noun_needs_no_shared_name():
    """"the 2016 presidential election" and "the 2015 presidential campaign" name one
    contest (election = campaign, "presidential" shared), whatever names stand beside
    them; "in 2016" and "in 2015" name no noun, and two nouns that share no word of their
    clauses are left apart."""
    a = _facts("a.md", _FRIDAY, "Officials said Russian hackers meddled in the 2016 "
               "presidential election.")
    b = _facts("b.md", _FRIDAY, "The emails were found during the 2015 presidential "
               "campaign by Judicial Watch.")
    (conflict,) = keyed_conflicts([a, b])
    assert conflict.entry.mention.text in ("2016", "2015") and not sure(conflict)
    bare = (_facts("a.md", _FRIDAY, "Officials said Russian hackers meddled in 2016."),
            _facts("b.md", _FRIDAY, "The emails were found in 2015 by Judicial Watch."))
    apart = (_facts("a.md", _FRIDAY, "Officials said Russian hackers meddled in the 2016 "
                    "presidential election."),
             _facts("b.md", _FRIDAY, "Voters in Ohio stayed home in the 2015 municipal "
                    "election."))
    for pair in (bare, apart):
        assert keyed_conflicts(list(pair)) == []


def test_a_presidential_race_moved_a_year_on_real_copy(tmp_path, run_json):
    """The Times: Moscow's campaign "to sabotage the 2016 presidential race"; Fox: meddling
    "during the 2016 presidential election". The two clauses share one name of three
    ("Russian"): too few for a key of names, but the year names its noun. The Times moved
    to 2017 is flagged (info)."""
    folder = article_copy(tmp_path, STONE, ["fox.md", "nyt.md"])
    _, before = run_json(str(folder), "--select", "NL501")
    assert not [d for d in before if d["path"].endswith("nyt.md") and d["line"] == 12]
    edit_line(folder, "nyt.md", 12, "the 2016 presidential race", "the 2017 presidential race")
    _, after = run_json(str(folder), "--select", "NL501")
    (found,) = [d for d in after if d["path"].endswith("nyt.md") and d["line"] == 12]
    assert found["severity"] == "info"
    assert "fox.md" in {r["path"].rsplit("/", 1)[-1] for r in found["related"]}


ABEDIN = "2018-trump-accuses-former-clinton-aide-of-failing-to"


def test_a_date_opening_its_sentence_reaches_past_an_article_to_the_verb():
    """"On Thursday, the State Department released": "the" among the names of the subject
    does not stop the date from reaching the verb; a lower-case noun still does."""
    text = "On Thursday, the State Department released about 3,000 emails."
    assert _facts("a.md", _FRIDAY, text).dates[0].head_text == "released"
    text = "On Thursday, the many staff members of the State Department released emails."
    assert _facts("a.md", _FRIDAY, text).dates[0].head_text != "released"


def test_a_release_that_opens_its_sentence_moved_a_day_on_real_copy(tmp_path, run_json):
    """The Times: "On Friday, the State Department released about 3,000 of Ms. Abedin's
    work-related emails"; HuffPost: "Abedin emails released by the State Department on
    Friday". The Times moved to Thursday is flagged against HuffPost."""
    folder = article_copy(tmp_path, ABEDIN)
    _, before = run_json(str(folder), "--select", "NL502")
    assert before == []
    edit_line(folder, "nyt.md", 20, "On Friday, the State", "On Thursday, the State")
    _, after = run_json(str(folder), "--select", "NL502")
    (found,) = [d for d in after if d["path"].endswith("nyt.md") and d["line"] == 20]
    assert ("hpo.md", 14) in related(found)


NRA = "2013-nra-and-hutchinson-recommends-schools-to-have-ar"


def test_a_verb_whose_lemma_is_a_document_noun_is_still_crossed_on_real_copy(tmp_path,
                                                                            run_json):
    """HuffPost: Hutchinson "on Tuesday released a 225-page report"; the Times: the task
    force "released a 225-page report on Tuesday" (its date's head is the report). "released"
    is written as a verb, though "release" is an event noun: among the Times's words with
    "225-page" beside it, it tells one act, and HuffPost moved to Wednesday is flagged
    (info)."""
    folder = article_copy(tmp_path, NRA)
    _, before = run_json(str(folder), "--select", "NL5")
    assert not [d for d in before if d["path"].endswith("hpo.md") and d["line"] == 12]
    edit_line(folder, "hpo.md", 12, "on Tuesday released", "on Wednesday released")
    _, after = run_json(str(folder), "--select", "NL502")
    (found,) = [d for d in after if d["path"].endswith("hpo.md") and d["line"] == 12]
    assert found["severity"] == "info"
    assert ("nyt.md", 12) in related(found)


PERRY = "2011-rick-perry-claims-to-defend-feith-in-america-aft"
NAACP = "2010-n-a-a-c-p-challenges-tea-party-on-racism"


def test_one_statement_told_with_two_heads_aligns_by_its_sentence_on_real_copy(tmp_path,
                                                                               run_json):
    """HuffPost: "In a statement released Tuesday, he decried the Obama administration's
    decision to use foreign aid to promote rights for gays"; the Times: "Mr. Perry's
    statement on Tuesday criticizing the Obama administration's announcement that the
    United States would use ... foreign aid, to promote gay rights". Heads released and
    statement agree in no lexicon; the sentences align. HuffPost moved to Monday: info."""
    folder = article_copy(tmp_path, PERRY)
    _, before = run_json(str(folder), "--select", "NL5")
    assert not [d for d in before if d["line"] == 16]
    edit_line(folder, "hpo.md", 16, "statement released Tuesday", "statement released Monday")
    _, after = run_json(str(folder), "--select", "NL502")
    (found,) = [d for d in after if d["path"].endswith("hpo.md") and d["line"] == 16]
    assert found["severity"] == "info"
    assert ("nyt.md", 16) in related(found)


def test_an_aligned_sentence_with_another_actor_is_another_act_on_real_copy(tmp_path,
                                                                           run_json):
    """HuffPost: "the St. Louis Tea Party issued its own resolution Tuesday calling on the
    NAACP to withdraw the proposal"; Fox: "The NAACP adopted a resolution Tuesday": two
    resolutions. HuffPost moved to Friday is no conflict with Fox."""
    folder = article_copy(tmp_path, NAACP)
    edit_line(folder, "hpo.md", 32, "resolution Tuesday", "resolution Friday")
    _, after = run_json(str(folder), "--select", "NL502")
    assert not [d for d in after if d["path"].endswith("hpo.md") and d["line"] == 32]


def test_aligned_sentences_are_one_act_only_of_one_actor():
    """Two resolutions told in sentences that share most words: the NAACP's and the St.
    Louis Tea Party's are two acts; the NAACP's told with another verb is one (info)."""
    adopted = _facts("a.md", _FRIDAY, "The NAACP adopted a resolution Tuesday condemning "
                     "racist elements in the Tea Party movement and calling on its leaders "
                     "to repudiate bigotry.")
    other = _facts("b.md", _FRIDAY, "The St. Louis Tea Party issued a resolution Friday "
                   "condemning the NAACP, calling on its leaders to repudiate bigotry and "
                   "racist elements in the movement.")
    same = _facts("b.md", _FRIDAY, "The NAACP issued a resolution Friday condemning racist "
                  "elements in the Tea Party movement and calling on its leaders to "
                  "repudiate bigotry.")
    assert keyed_conflicts([adopted, other]) == []
    (conflict,) = keyed_conflicts([adopted, same])
    assert {conflict.entry.mention.text, *(o.mention.text for o in conflict.others)} == {
        "Tuesday", "Friday"}
    assert not sure(conflict)


HUTCHINSON = "2015-arkansas-republican-gov-asa-hutchinson-urged-sta"


def test_an_urging_is_what_its_speaker_said_of_the_act_on_real_copy(tmp_path, run_json):
    """Fox: Gov. Asa Hutchinson "on Wednesday urged state lawmakers to change a
    controversial religious freedom bill"; the Times: he "spoke on Wednesday about the
    future of what proponents call the religious freedom bill". An urging is a statement
    (rules/dates.yaml), compared with the act of the same person when three words of what
    was said are shared: Fox moved to Friday is flagged, as info."""
    folder = article_copy(tmp_path, HUTCHINSON, ["fox.md", "nyt.md"])
    _, before = run_json(str(folder), "--select", "NL502")
    assert not [d for d in before if d["line"] == 10]
    edit_line(folder, "fox.md", 10, "on Wednesday urged", "on Friday urged")
    _, after = run_json(str(folder), "--select", "NL502")
    pairs = {(d["path"].rsplit("/", 1)[-1], d["line"], r["path"].rsplit("/", 1)[-1], r["line"],
              d["severity"]) for d in after for r in d["related"]}
    assert pairs & {("fox.md", 10, "nyt.md", 10, "info"), ("nyt.md", 10, "fox.md", 10, "info")}


def test_an_urging_by_someone_else_is_another_act():
    """"Senator Jane Roe urged lawmakers on Tuesday to change the budget bill" is not what
    Governor John Doe did about the budget bill on Wednesday: a statement is its speaker's
    act; nor are two people's urgings with the same words one act."""
    doe = "Governor John Doe spoke on Wednesday about the future of the state budget bill."
    roe = "Senator Jane Roe urged lawmakers on Tuesday to change the state budget bill."
    also = "Governor John Doe urged lawmakers on Tuesday to change the state budget bill."
    one = "Senator Jane Roe urged lawmakers on Wednesday to change the state budget bill."
    for a, b in ((doe, roe), (also, one)):
        assert keyed_conflicts([_facts("a.md", _FRIDAY, a), _facts("b.md", _FRIDAY, b)]) == []
    (same,) = keyed_conflicts([_facts("a.md", _FRIDAY, doe), _facts("b.md", _FRIDAY, also)])
    assert not sure(same)


TRADE = "2015-questions-raised-about-clinton-s-stance-on-the-t"


def test_rejected_and_refused_are_one_act_on_real_copy(tmp_path, run_json):
    """HuffPost: "House Democrats rejected Obama's trade agenda Friday"; the Times: "the
    House of Representatives refused on Friday to allow Mr. Obama to negotiate it freely".
    Rejected = refused (rules/dates.yaml): HuffPost moved to Monday is flagged, as info."""
    folder = article_copy(tmp_path, TRADE, ["hpo.md", "nyt.md"])
    _, before = run_json(str(folder), "--select", "NL502")
    assert not [d for d in before if d["line"] == 20]
    edit_line(folder, "hpo.md", 20, "trade agenda Friday", "trade agenda Monday")
    _, after = run_json(str(folder), "--select", "NL502")
    (found,) = [d for d in after if d["path"].endswith("hpo.md") and d["line"] == 20]
    assert found["severity"] == "info"
    assert related(found) == [("nyt.md", 12)]
