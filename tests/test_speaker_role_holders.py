"""A role as speaker ("Mr. Strzok's lawyer", "the inspector general") is the one person
the article names in that role: pinned on real dev paragraphs and on passages written in
the style of wire copy, with the cases where the role must stay a role."""

from __future__ import annotations

from realcopy import paragraph
from test_quotes import quotes_of

STRZOK = "2018-trump-critic-peter-strzok-fired-from-fbi"


def _lines(event: str, file: str, lines: list[int]) -> str:
    return "\n\n".join(paragraph(event, file, n) for n in lines) + "\n"


def _keys(text: str) -> dict[str, str | None]:
    return {q.text.rstrip(",."): q.speaker_key for q in quotes_of(text)}


def test_a_lawyer_named_in_apposition_speaks_as_the_lawyer():
    """"Aitan Goelman, Mr. Strzok's lawyer, denounced ..." then "the "result of bureaucratic
    snafus," Mr. Strzok's lawyer wrote": Goelman's words."""
    keys = _keys(_lines(STRZOK, "nyt.md", [24, 46]))
    snafus = next(k for text, k in keys.items() if "snafus" in text)
    assert snafus == "Aitan Goelman"


def test_an_office_named_in_apposition_before_the_name():
    """"The report by the inspector general, Michael E. Horowitz, ..." then ""far-reaching
    consequences," the inspector general said": Horowitz's, not Mr. Strzok's, the person
    named last."""
    keys = _keys(_lines(STRZOK, "nyt.md", [30, 48]))
    assert keys[next(t for t in keys if "far-reaching" in t)] == "Michael E. Horowitz"


def test_a_role_written_before_the_name():
    text = ("The ministry declined to comment. Agency spokeswoman Carla Ruiz said the review "
            "would take a month.\n\n"
            "Officials met again on Friday. “Nothing has been decided,” the agency "
            "spokeswoman said.\n")
    assert _keys(text)["Nothing has been decided"] == "Carla Ruiz"


def test_two_people_in_one_role_leave_the_role():
    text = ("Dana Pike, a lawyer for Acme, and Omar Lind, another lawyer for Acme, met the "
            "judge on Monday.\n\n"
            "“We will appeal,” Acme’s lawyer said.\n")
    assert _keys(text)["We will appeal"] == "Acme’s lawyer"


def test_one_person_in_the_role_is_the_speaker():
    text = ("Dana Pike, a lawyer for Acme, met the judge on Monday.\n\n"
            "“We will appeal,” Acme’s lawyer said.\n")
    assert _keys(text)["We will appeal"] == "Dana Pike"


def test_a_role_someone_holds_only_later_is_not_theirs():
    """A definite role refers back: "the presidential hopeful said" is not the rival the
    article names later as "Democratic presidential hopeful Hillary Clinton"."""
    text = ("Marco Rubio spoke in New York on Wednesday.\n\n"
            "“We need moral clarity,” the presidential hopeful said.\n\n"
            "He also criticised Democratic presidential hopeful Hillary Clinton.\n")
    assert _keys(text)["We need moral clarity"] != "Hillary Clinton"


def test_an_unnamed_spokesman_is_not_the_one_named_elsewhere():
    text = ("White House spokesman Josh Earnest said the meeting went well.\n\n"
            "“We have no comment,” a spokesman said.\n")
    assert _keys(text)["We have no comment"] != "Josh Earnest"


def test_a_plural_role_is_no_one_person():
    text = ("Arizona’s senators, John McCain and Jeff Flake, posted on Twitter.\n\n"
            "“This bill is a mistake,” the senators said.\n")
    assert _keys(text)["This bill is a mistake"] not in ("John McCain", "Jeff Flake")


def test_a_clause_after_a_name_is_no_role():
    """"Stone, according to the indictment, ..." does not make Stone "the indictment"."""
    text = ("Mr. Lane, according to the indictment, sent the files abroad.\n\n"
            "“He acted alone,” the indictment said.\n")
    assert _keys(text)["He acted alone"] != "Lane"


# --- a pronoun after a role that is its sentence's subject ---------------------------------

def test_he_after_a_role_subject_is_the_person_in_that_role():
    """"Strzok attorney Aitan Goelman said ... Strzok’s attorney, meanwhile, blasted the
    bureau ... He added, "..."": Goelman's words, not Strzok's (named in the possessive)."""
    keys = _keys(_lines(STRZOK, "fox.md", [12, 42, 44]))
    assert keys[next(t for t in keys if t.startswith("A lengthy investigation"))] == (
        "Aitan Goelman")


def test_the_spokesperson_after_a_spokesperson_subject_is_that_one():
    """"A Microsoft spokesperson said that ... "...," the spokesperson said": Microsoft's
    spokesperson, not Facebook's Joe Sullivan quoted a paragraph before."""
    keys = _keys(_lines("2013-white-house-plays-down-data-program", "fox.md", [54, 56, 58]))
    assert keys[next(t for t in keys if t.startswith("In addition"))] == (
        "Microsoft spokesperson")


def test_a_person_named_after_the_role_is_the_antecedent():
    text = ("A spokeswoman for the mayor declined to comment. Mayor Ann Reyes said on Monday "
            "the budget would pass.\n\n"
            "“We have the votes,” she said.\n")
    assert _keys(text)["We have the votes"] == "Ann Reyes"


def test_a_bare_role_after_another_role_subject_is_that_one():
    """"A spokesperson for Grassley fired back ... The spokesperson also touted ... "...,"
    the aide said": the spokesperson's words, the one role the story is quoting."""
    keys = _keys(_lines("2014-bruce-braley-apologizes-for-farmer-comments", "fox.md",
                        [22, 24]))
    assert keys[next(t for t in keys if t.startswith("Alongside that"))] == "spokesperson"


def test_a_bare_role_with_a_person_named_as_subject_between_is_not_joined():
    text = ("The spokeswoman declined to comment. Senator Hal Moreno said the talks had "
            "stalled.\n\n"
            "“There is no deal,” the aide said.\n")
    assert _keys(text)["There is no deal"] == "aide"


def test_a_role_that_opens_the_clause_is_the_participle_s_subject():
    """"Strzok’s attorney, meanwhile, blasted the bureau on Monday, saying the deputy
    director "reversed the decision ..."": the attorney's words (Goelman, named so before),
    not a quote with no speaker."""
    keys = _keys(_lines(STRZOK, "fox.md", [12, 42]))
    assert keys[next(t for t in keys if t.startswith("reversed the decision"))] == (
        "Aitan Goelman")


def test_a_thing_that_opens_the_clause_is_no_speaker():
    text = ("The bill’s sponsor spoke first.\n\n"
            "The bill’s text, meanwhile, passed the committee, saying “the drug makers will "
            "pay their share of the cost.”\n")
    assert _keys(text) == {"the drug makers will pay their share of the cost": None}
