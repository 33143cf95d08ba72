"""The date planters plant only where the changed mention and its counterpart tell one
happening: real paragraphs of two articles, planted (a discrepancy an editor would flag)
or not (two happenings of one day or one year)."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

from realcopy import BASIL, paragraph

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench" / "quality"))
import injection
import plant_doers
import plants_dates


def _event(event: str, a: tuple[str, int], b: tuple[str, int]) -> injection.Event:
    """A two-article event of one real paragraph each."""
    files = {f"a-{a[0]}": [paragraph(event, *a)], f"b-{b[0]}": [paragraph(event, *b)]}
    return injection.Event(event, files, {file: range(1) for file in files})


def _sites(event: injection.Event, planter) -> int:
    """How many articles the planter's site and counterparts span (0: no site)."""
    plan = planter(event, random.Random(1))
    return 0 if plan is None else len({pos.file for pos in plan.spans})


def test_two_doers_on_one_weekday_are_two_happenings() -> None:
    """"Sen. Max Baucus ... indicated Wednesday he's not worried" and "On Wednesday, Senate
    Majority Leader Harry Reid received a letter": a name and "letter" shared, two doers."""
    event = _event("2010-republicans-sign-letter-to-stop-legislature-unti",
                   ("fox.md", 22), ("hpo.md", 12))
    assert _sites(event, plants_dates.weekday) == 0


def test_two_groups_resolutions_on_one_tuesday_are_two_happenings() -> None:
    """"A group called the St. Louis Tea Party issued its own resolution Tuesday calling on
    the NAACP" and "civil rights groups passed a resolution Tuesday calling for Tea Party
    groups": two resolutions; the second's doer is no name, and "resolution calling" is
    a topic the two share, not one act."""
    event = _event("2010-n-a-a-c-p-challenges-tea-party-on-racism",
                   ("hpo.md", 32), ("nyt.md", 10))
    assert _sites(event, plants_dates.weekday) == 0


class _AllSites(random.Random):
    """A generator that records every site a planter draws from."""

    sites: list | None = None

    def choice(self, seq):
        if self.sites is None:
            self.sites = list(seq)
        return seq[0]


def test_a_department_shared_by_two_doers_names_no_one_doer() -> None:
    """"the Health and Human Services Department said Thursday" and "the IRS and Treasury
    Department announced Thursday" are two departments' acts (one shared name, a head two
    names share); the Treasury's act told by two articles is one."""
    name = "2013-legally-married-same-sex-couples-will-now-be-all"
    if not (BASIL / name).is_dir():  # no corpus on this machine: skipped, not failed
        pytest.skip(f"{BASIL / name} is not on this machine")
    event = injection.Event.read(BASIL / name)
    rng = _AllSites()
    plants_dates.weekday(event, rng)
    hhs = paragraph(name, "nyt.md", 40)
    sites = {(file, line): {(p.file, p.line) for p in spans}
             for file, line, _, spans in rng.sites}
    assert ("nyt.md", 40) not in sites and hhs.startswith("Separately, the Health")
    assert ("fox.md", 10) in sites[("hpo.md", 10)]
    assert all(("nyt.md", 40) not in spans for spans in sites.values())


def test_a_place_after_a_preposition_is_no_doer() -> None:
    """"Sen. Bernie Sanders, who was campaigning in Iowa on Sunday" and "Ahead of her
    remarks in Iowa on Sunday, her campaign said": Iowa is where, not who."""
    event = _event("2015-questions-raised-about-clinton-s-stance-on-the-t",
                   ("fox.md", 30), ("hpo.md", 22))
    assert _sites(event, plants_dates.weekday) == 0


def test_one_doer_told_by_two_articles_is_one_happening() -> None:
    """"In a televised White House address on Saturday afternoon, Trump offered" and "In
    the deal he outlined on Saturday, Mr. Trump offered": the doer after the fronted
    phrase, one act."""
    event = _event("2019-lawmakers-react-to-trump-s-immigration-proposal",
                   ("fox.md", 12), ("nyt.md", 22))
    assert _sites(event, plants_dates.weekday) == 2


def test_a_year_bounding_a_span_repeats_only_that_span() -> None:
    """"lift the 2014 ban" and "shrunk nearly 30 percent from 2007 to 2014" are two things
    of 2014; "from 2007 to 2014" in two articles is one span."""
    ban = _event("2017-trump-reverses-decision-to-allow-import-of-eleph",
                 ("hpo.md", 20), ("nyt.md", 24))
    assert _sites(ban, plants_dates.year) == 0
    returns = _event("2015-hillary-clinton-releases-tax-returns", ("hpo.md", 10), ("nyt.md", 10))
    assert _sites(returns, plants_dates.year) == 2


def test_a_post_and_the_apology_for_it_are_two_happenings() -> None:
    """"Elizabeth Lauten wrote in a now-deleted Facebook post Friday" and "A Republican
    staffer on Friday apologized for a Facebook post": the post and the apology for it, a
    named doer and one no name gives; "Facebook post" alone is no shared act."""
    event = _event("2014-elizabeth-lauten-apologizes-for-criticizing-obam",
                   ("fox.md", 12), ("hpo.md", 10))
    assert _sites(event, plants_dates.weekday) == 0


def test_a_lawyers_statement_and_a_prosecutors_filing_are_two_happenings() -> None:
    """"In a statement issued by his lawyers on Friday after court records indicated he
    planned a guilty plea" and "In court papers filed against Jackson on Friday,
    prosecutors said": neither doer is a name, and "court" is all the two share."""
    event = _event("2013-jackson-pleads-guilty-over-illegal-campaign-spen",
                   ("hpo.md", 24), ("fox.md", 34))
    assert _sites(event, plants_dates.weekday) == 0


def test_the_doer_of_a_clause_is_found_past_what_stands_before_it() -> None:
    """The doer past a pronoun's clause and its comma ("it was impossible to say what
    motivated the attackers, Secretary of State Hillary Clinton revealed Wednesday"), after
    a fronted phrase ("Posting on Facebook on Friday evening, Mary Cheney ... wrote"), or
    before a relative clause that holds the date: each is one happening with the other
    article's telling by the same doer."""
    clinton = _event("2013-republicans-challenge-clinton-claims-on-budget-c",
                     ("nyt.md", 12), ("hpo.md", 10))
    cheney = _event("2013-mary-cheney-criticizes-sister-liz-on-same-sex-ma",
                    ("NYT.md", 12), ("HPO.md", 10))
    huckabee = _event("2015-mike-huckabee-announced-his-run-for-the-presiden",
                      ("nyt.md", 10), ("hpo.md", 10))
    assert _sites(clinton, plants_dates.weekday) == 2
    assert _sites(cheney, plants_dates.weekday) == 2
    assert _sites(huckabee, plants_dates.weekday) == 2


def test_a_passive_agent_and_a_relative_clause_name_their_doer() -> None:
    """"The charges were announced here on Friday by Rod J. Rosenstein" is Rosenstein's act,
    as "Deputy Attorney General Rod Rosenstein announced the charges during a Friday press
    conference"; in "Trump said he feels badly for Flynn, who pleaded guilty on Friday" the
    plea is Flynn's, as "Flynn pleaded guilty on Friday"."""
    charges = _event("2018-democrats-say-trump-should-cancel-putin-meeting",
                     ("nyt.md", 28), ("fox.md", 18))
    plea = _event("2017-flynn-pleaded-guilty", ("fox.md", 14), ("hpo.md", 20))
    assert _sites(charges, plants_dates.weekday) == 2
    assert _sites(plea, plants_dates.weekday) == 2


def test_a_name_after_a_preposition_and_an_article_is_no_doer() -> None:
    """"The Florida Republican, who delivered his speech at the Council on Foreign Relations
    ... on Wednesday": the Council is where, the doer is the one the clause hangs on."""
    text = ("The Florida Republican, who delivered his speech at the Council on Foreign "
            "Relations in Manhattan on Wednesday, said that the nation was losing its place.")
    event = injection.Event("e", {"a.md": [text]}, {"a.md": range(1)})
    (mention,) = _mentions(event)
    assert mention.doer == {"Florida", "Republican"}


def _mentions(event: injection.Event) -> list[plants_dates.Mention]:
    names = plant_doers.mid_sentence_names(event)
    return [plants_dates._mention(text, m, names, weekday=True)
            for file in event.files for _, text in event.body_lines(file)
            for m in plants_dates.WEEKDAY.finditer(text)]


def test_a_clause_word_that_opens_no_clause_keeps_the_doer_before_it() -> None:
    """"Donald John Trump was inaugurated as the 45th president of the United States on
    Friday": "as" opens no clause with a subject of its own, the doer is Trump's, as in
    "Donald Trump assumed the nation's highest office Friday as the 45th president"."""
    event = _event("2017-donald-trump-is-inaugurated", ("nyt.md", 10), ("fox.md", 10))
    assert _sites(event, plants_dates.weekday) == 2
