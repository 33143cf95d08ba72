"""A year keyed by the thing it dates (facts/year_things.py, index/date_things.py): "Al
Gore's 2000 ticket" and "the 2000 Democratic vice presidential nominee" date one contest
whatever the verbs of their clauses; a year a year apart in another article of the story
that shares a name is compared, at info. Another act's year, two things of one kind in one
article, two years apart, or nothing shared stay apart."""

from __future__ import annotations

import datetime as dt
import re

from dated import dated_facts
from findings import graded_places
from newslint.facts import ArticleFacts
from newslint.facts.year_things import thing_kinds, year_thing
from newslint.index.date_conflicts import conflict_text, keyed_conflicts
from newslint.index.date_things import thing_pairs
from realcopy import article_copy, edit_line, paragraph

_LIEBERMAN = "2017-donald-trump-considers-joe-lieberman-for-fbi-dir"
_SESTAK = "2010-white-house-asked-bill-clinton-to-urge-joe-sesta"
_HUCKABEE = "2015-mike-huckabee-announced-his-run-for-the-presiden"
_MEDICARE = "2012-obama-and-romney-campaigns-argue-on-medicare"


def _thing(sentence: str) -> str | None:
    year = re.search(r"[12]\d{3}", sentence)
    assert year is not None
    found = year_thing(sentence, 0, len(sentence), year.start(), year.end())
    return found.group() if found else None


def test_the_noun_a_year_names_or_follows():
    assert _thing("Lieberman ran as vice president on Al Gore's 2000 ticket") == "ticket"
    assert _thing("he was the 2000 Democratic vice presidential nominee") == "nominee"
    assert _thing("lost the House majority in the 2010 Tea Party-inspired wave election") \
        == "election"
    assert _thing("a program launched in 2008 called PRISM") == "program"
    assert _thing("the program was started in 2007 by the FBI") == "program"
    assert _thing("a supporter of Hillary Clinton's run for the presidency in 2007") == "run"
    assert _thing("helped Huckabee win the Iowa caucuses in 2007") == "caucuses"


def _kinds(sentence: str, year: str | None = None) -> tuple[str, ...]:
    at = sentence.index(year) if year else re.search(r"[12]\d{3}", sentence).start()
    found = year_thing(sentence, 0, len(sentence), at, at + 4)
    assert found is not None
    return thing_kinds(sentence, 0, len(sentence), at, at + 4, found)


def test_the_kinds_a_things_phrase_names():
    """The office, stage, party and round of a contest, in the words that qualify its
    noun: before it, in its compound, and in a complement with "for" or "of"."""
    assert _kinds("John Smith won the 2010 Senate race") == ("office:senate",)
    assert _kinds("John Smith's 2011 bid for governor failed") == ("office:governor",)
    assert _kinds("John Smith lost the 2011 governor's race") == ("office:governor",)
    assert _kinds("he won the 2008 election") == ("stage:general",)  # by default
    assert _kinds("the 2010 special election") == ("stage:special",)
    assert _kinds("the 2010 primary election") == ("stage:primary",)
    assert _kinds("Huckabee is the third Republican to announce a 2016 White House bid") \
        == ("office:president",)  # not the House
    assert _kinds("Mr. Hunter was first elected in 2008 to a seat") \
        == ("round:first", "stage:general")
    assert _kinds("He won re-election in 2012 easily") == ("round:return", "stage:general")
    # what comes after the phrase is another's: not the primary of "re-election"
    assert _kinds("Lieberman, who was the 2000 Democratic vice presidential nominee before "
                  "losing a primary bid for re-election") == ("office:president",
                                                              "party:democratic")


def test_the_kinds_of_real_paragraphs():
    weiner = paragraph("2011-weiner-denies-sending-photo", "hpo.md", 24)
    assert _kinds(weiner, "2005") == ("office:mayor", "party:democratic", "stage:primary")
    huckabee = paragraph(_HUCKABEE, "hpo.md", 28)
    assert _kinds(huckabee, "2008") == ("office:president", "party:republican",
                                        "stage:primary")
    assert _kinds(paragraph(_HUCKABEE, "fox.md", 56), "2008") == ("stage:primary",)
    pence = paragraph("2015-mike-pence-seeks-legislation-to-clarify-the-reli", "nyt.md", 28)
    assert _kinds(pence, "2004") == ("office:governor", "party:republican")
    romney = paragraph("2012-romney-reaffirms-opposition-to-same-sex-marriage", "nyt.md", 42)
    assert _kinds(romney, "1994") == ("office:senate",)
    labrador = paragraph("2014-raul-labrador-challenges-kevin-mccarthy-for-hous", "hpo.md", 24)
    assert _kinds(labrador, "2010") == ("office:governor", "office:house", "office:senate",
                                        "stage:general")


def test_a_stake_is_a_contest_of_an_office():
    """Control, a majority or a seat is what a contest is won for, when its phrase names
    the office; of anything else it dates no contest."""
    assert _thing("Republicans won control of the House in 2010 partly by arguing") \
        == "control"
    assert _kinds("Republicans won control of the House in 2010 partly by arguing") \
        == ("office:house",)
    assert _thing("He won a Senate seat in 2008 and") == "seat"
    assert _thing("The firm took control of the company in 2010 after a fight") is None
    assert _thing("He won a seat in 2008 on the board") is None


def test_another_acts_year_dates_no_thing():
    assert _thing("the ban was challenged in 2015 by hunters") is None  # not the ban's year
    assert _thing("sued the Obama administration in 2014 to challenge the ban") is None
    assert _thing("the ban, which hunters fought in 2015, stays") is None
    assert _thing("Pelosi has led House Democrats since 2002") is None
    assert _thing("a 2005 video came to light") is None


def _facts(name: str, body: str) -> ArticleFacts:
    return dated_facts(name, dt.date(2017, 5, 18), body)


def _found(a: str, b: str) -> list[tuple[str, str]]:
    articles = [_facts("a.md", a), _facts("b.md", b)]
    return [(c.entry.article.path, conflict_text(c, 4)[0]) for c in keyed_conflicts(
        articles, None, thing_pairs(articles))]


_A = "Joe Lieberman, who ran as vice president on Al Gore's {} ticket, is the front-runner."
_B = "Officials said Lieberman, who was the {} Democratic vice presidential nominee, met Trump."


def test_one_contest_told_in_two_words_a_year_apart():
    found = _found(_A.format(1999), _B.format(2000))
    assert len(found) == 1
    assert 'apparently the same contest ("ticket", "nominee")' in found[0][1]
    assert _found(_A.format(2000), _B.format(2000)) == []


def test_two_years_apart_or_nothing_shared_stay_apart():
    assert _found(_A.format(1998), _B.format(2000)) == []  # two contests
    other = "Officials said the {} Democratic vice presidential nominee met Trump."
    assert _found(_A.format(1999), other.format(2000)) == []


def test_two_contests_of_one_person_a_year_apart_stay_apart():
    """One shared name and nothing else: the same people run in many contests."""
    assert _found("Officials said John Smith won the 2010 Senate race handily.",
                  "Analysts noted John Smith's 2011 bid for governor failed.") == []
    assert len(_found("Officials said John Smith won the 2010 Senate race handily.",
                      "Officials said John Smith won the 2011 Senate race easily.")) == 1


def test_two_contests_of_different_kinds_stay_apart():
    """A shared name and shared words besides: only the kinds of the contests tell them
    apart. A kind one side leaves unsaid keeps them comparable."""
    smith = "Officials said John Smith won the {} handily."
    assert len(_found(smith.format("2010 Senate race"), smith.format("2011 Senate race"))) == 1
    assert len(_found(smith.format("2010 Senate race"), smith.format("2011 race"))) == 1
    assert _found(smith.format("2010 Senate race"), smith.format("2011 governor's race")) == []
    assert _found(smith.format("2010 Senate race"),
                  "Officials said John Smith's 2011 bid for governor won handily.") == []
    assert _found(smith.format("2010 Democratic primary"), smith.format("2011 election")) == []
    assert _found(smith.format("2010 Democratic primary"),
                  smith.format("2011 Republican primary")) == []
    assert len(_found(smith.format("2010 Democratic primary"),
                      smith.format("2011 primary"))) == 1
    assert _found("Officials said John Smith was first elected in 2008 handily.",
                  "Officials said John Smith won re-election in 2009 handily.") == []


def test_an_article_with_two_such_years_keys_neither():
    two = _A.format(1999) + " He backed the 2000 primary campaign of Al Gore."
    assert _found(two, _B.format(2000)) == []


def test_a_slipped_year_of_a_contest_on_real_copy(tmp_path, run_json):
    """Fox: "Al Gore's 2000 ticket"; HuffPost: "the 2000 Democratic vice presidential
    nominee"; the Times: "Al Gore's running mate in the 2000 presidential campaign". A slip
    to 1999 in Fox is found, at info. Untouched, nothing is: Fox's "Democratic primary in
    2006" and the Times' "his 2008 run for president" (McCain's) are two contests, though
    both share Lieberman's name."""
    folder = article_copy(tmp_path, _LIEBERMAN)
    _, untouched = run_json(str(folder), "--select", "NL501")
    assert untouched == []
    edit_line(folder, "fox.md", 20, "Gore's 2000 ticket", "Gore's 1999 ticket")
    _, diagnostics = run_json(str(folder), "--select", "NL501")
    assert graded_places(diagnostics) == [("fox.md", 20, "info")]
    assert sorted(r["path"].rsplit("/", 1)[-1] for r in diagnostics[0]["related"]) \
        == ["hpo.md", "nyt.md"]


def test_a_run_and_primaries_of_one_year_on_real_copy(tmp_path, run_json):
    """Fox: "a loyal and tireless supporter of Hillary Clinton's run for the presidency in
    2008"; the Times: "endorsed Hillary Rodham Clinton against Mr. Obama in the 2008
    presidential primaries": one contest, no verb in common."""
    folder = article_copy(tmp_path, _SESTAK)
    _, untouched = run_json(str(folder), "--select", "NL501")
    assert untouched == []
    edit_line(folder, "fox.md", 20, "presidency in 2008", "presidency in 2007")
    _, diagnostics = run_json(str(folder), "--select", "NL501")
    assert graded_places(diagnostics) == [("fox.md", 20, "info")]
    assert "apparently the same contest" in diagnostics[0]["message"]


def test_caucuses_and_a_nomination_of_one_year_on_real_copy(tmp_path, run_json):
    """Fox: "helped Huckabee win the Iowa caucuses in 2008" (a primary); HuffPost: "He ran
    for the GOP presidential nomination in 2008" (a primary for the presidency): kinds
    that agree where both name one, so a slip in Fox is still found."""
    folder = article_copy(tmp_path, _HUCKABEE)
    edit_line(folder, "fox.md", 56, "caucuses in 2008", "caucuses in 2007")
    _, diagnostics = run_json(str(folder), "--select", "NL501")
    found = [d for d in diagnostics if "apparently the same contest" in d["message"]]
    assert graded_places(found) == [("fox.md", 56, "info")]


def test_control_of_the_house_and_the_elections_of_one_year_on_real_copy(tmp_path, run_json):
    """The Times: "Republicans won control of the House in 2010 partly by arguing that
    Democrats had raided Medicare"; HuffPost: "Republicans also used the charge that
    Obamacare raided Medicare as a primary attack line in the 2010 congressional
    elections": one contest, the House's (congressional: the House or the Senate)."""
    folder = article_copy(tmp_path, _MEDICARE)
    _, untouched = run_json(str(folder), "--select", "NL501")
    assert not [d for d in untouched if "apparently the same contest" in d["message"]]
    edit_line(folder, "nyt.md", 28, "House in 2010", "House in 2009")
    _, diagnostics = run_json(str(folder), "--select", "NL501")
    found = [d for d in diagnostics if "apparently the same contest" in d["message"]]
    assert graded_places(found) == [("nyt.md", 28, "info")]
    assert [r["path"].rsplit("/", 1)[-1] for r in found[0]["related"]] == ["hpo.md"]


def test_a_stake_taken_up_later_is_no_contest():
    """What wins a seat dates the contest; taking it up (sworn in after a recount) is a
    later act: Franken won his seat in 2008 and took it in 2009, both true."""
    assert _thing("Sen. Al Franken, who won his Senate seat in 2008 after a recount") \
        == "seat"
    assert _thing("Sen. Al Franken, who took his Senate seat in 2009 after a recount") \
        is None
    assert _found(
        "Senator Al Franken, who won his Senate seat in 2008 after a long recount in "
        "Minnesota, said on Thursday that he would resign.",
        "Sen. Al Franken, who took his Senate seat in 2009 after a long recount in "
        "Minnesota, said Thursday he would resign.") == []


def test_the_year_of_an_act_bringing_a_thing_about():
    """"launched a campaign in 2011" and "passed the ban in 2014" date the act, not the
    thing's own year ("the 2012 campaign", "the 2015 ban": the year it ran or took
    effect): the two readings are never compared; two acts are when their verbs tell one
    act ("launched", "started")."""
    assert _kinds("Perry launched a presidential campaign in 2011 that collapsed") \
        == ("act:launched", "office:president", "reading:start")
    assert _kinds("California lawmakers passed the ban in 2014") \
        == ("act:passed", "reading:start")
    assert _kinds("the program was started in 2007 by the FBI") \
        == ("act:started", "reading:start")
    assert _kinds("Mr. Perry's 2012 presidential campaign collapsed") == ("office:president",)
    assert _found(
        "Rick Perry launched a presidential campaign in 2011 that collapsed after a debate "
        "gaffe in Michigan.",
        "Mr. Rick Perry's 2012 presidential campaign collapsed after a debate gaffe in "
        "Michigan.") == []
    assert _found(
        "California lawmakers passed the ban in 2014 after lobbying by environmental groups.",
        "The bag makers sued over California's 2015 ban after lobbying by environmental "
        "groups.") == []
    assert len(_found(
        "Officials said a program launched in 2008 by the NSA called PRISM collects data.",
        "Officials said the program was started in 2007 by the NSA and PRISM collects "
        "data.")) == 1


def test_a_contests_for_complement_is_its_office():
    """An office the lexicon does not list is read from the head noun of "for": an
    election for the state Legislature and one for the City Council are two contests of
    one person; a listed office or another contest word is not read so."""
    assert _kinds("Mary Jones, who lost a 2010 election for the state Legislature, ran") \
        == ("office:legislature", "stage:general")
    assert _kinds("John Smith's 2011 bid for governor failed") == ("office:governor",)
    assert _kinds("Smith lost a 2010 bid for re-election") == ("round:return",)
    assert _found(
        "Mary Jones, who lost a 2010 election for the state Legislature, announced a run "
        "for Congress on Thursday.",
        "Mary Jones, who lost a 2011 election for the City Council, announced a run for "
        "Congress on Thursday.") == []
    assert len(_found(
        "Mary Jones, who lost a 2010 election for the City Council, announced a run "
        "for Congress on Thursday.",
        "Mary Jones, who lost a 2011 election for the City Council, announced a run for "
        "Congress on Thursday.")) == 1



def test_two_steps_of_bringing_a_thing_about_stay_apart():
    """Passing a law and signing it, reaching a treaty and signing it, are two steps
    of one thing, each in its own year: two acts' years are compared only when their
    verbs tell one act (one lemma, a synonym or one event of rules/dates.yaml)."""
    assert _found(
        "The Senate passed the health care law in 2009 on a party-line vote, and "
        "Republicans have sought its repeal since.",
        "President Barack Obama signed the health care law in 2010, and Republicans have "
        "sought its repeal since.") == []
    assert _found(
        "Nearly 200 nations reached the Paris climate agreement in 2015, committing to cut "
        "emissions.",
        "Secretary of State John Kerry signed the Paris climate agreement in 2016 at the "
        "United Nations.") == []
    # the same step a year apart is still found: "passed" and "approved" are one act
    assert len(_found(
        "The Senate passed the health care law in 2009 on a party-line vote, and "
        "Republicans have sought its repeal since.",
        "The Senate approved the health care law in 2010 on a party-line vote, and "
        "Republicans have sought its repeal since.")) == 1
