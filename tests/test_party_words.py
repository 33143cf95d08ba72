"""Parties written as words ("Republican of Minnesota", "a Democrat", "GOP Rep.") are read
as a person's party, so NL601 compares them with tags; bare titles with no organisation are
compared as public offices. Real paragraphs by event/file/line, and copy in their style."""

from __future__ import annotations

from pathlib import Path

import pytest

from newslint.extract import extract_article
from newslint.load import load_article
from realcopy import paragraph

BACHMANN = ("2012-michele-bachmann-and-other-gop-reps-show-support", "nyt.md", 24)
BREWER = ("2014-jan-brewer-urged-to-veto-gay-discrimination-bill", "nyt.md", 10)
GRAHAM = ("2013-e-mails-show-jostling-over-benghazi-talking-poin", "fox.md", 32)
INSLEE = ("2011-house-reading-of-constitution-is-not-without-iss", "fox.md", 28)
SCHUMER = ("2016-senate-set-to-override-obama-s-veto-on-9-11-bill", "fox.md", 18)
NICKNAMES = ("2016-paul-lepage-remains-in-office", "hpo.md", 36)
LIEBERMAN = ("2017-donald-trump-considers-joe-lieberman-for-fbi-dir", "fox.md", 10)


def parties(tmp_path: Path, text: str) -> set[tuple[str, str, str]]:
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    article, _ = load_article(path, path.as_posix(), path.as_posix(), 10_000_000)
    assert article is not None
    facts = extract_article(article)
    return {(r.person_key, r.role, r.role_key) for r in facts.roles
            if r.role_key.startswith("party:")}


@pytest.mark.parametrize(("where", "expected"), [
    (BACHMANN, {("michele bachmann", "Republican", "party:republican")}),
    (BREWER, {("jan brewer", "Republican", "party:republican")}),
    (GRAHAM, {("lindsey graham", "Republican", "party:republican")}),
    # Between commas, as Fox writes it.
    (INSLEE, {("jay inslee", "D-Wash.", "party:democrat")}),
    (SCHUMER, {("charles schumer", "D-N.Y.", "party:democrat")}),
    # "Smoothie, D-Money and Shifty": nicknames in a list, no person the article names.
    (NICKNAMES, set()),
])
def test_party_words_in_real_paragraphs(tmp_path, where, expected):
    assert parties(tmp_path, paragraph(*where) + "\n") == expected


def test_a_former_party_is_not_read_as_held(tmp_path):
    # "former Democratic Sen. Joe Lieberman" left the party: no party is read.
    assert parties(tmp_path, paragraph(*LIEBERMAN) + "\n") == set()


def test_what_is_not_a_person_s_party(tmp_path):
    text = ("Sen. Kirsten Gillibrand of New York, a Democrat, spoke on Monday. Gillibrand "
            "left.\n\nHe met Barack Obama, the Republican leaders and the mayor on Monday.\n\n"
            "Arlen Specter, a Democrat-turned-Republican, voted on the bill on Monday.\n\n"
            "on Thursday the bill passed. On Thursday, the Republican said no.\n")
    assert parties(tmp_path, text) == set()


def test_a_party_written_two_ways_is_compared(corpus, run_json):
    root = corpus({
        "a.txt": "Rep. Michele Bachmann (D-Minn.) visited the restaurant on Wednesday.\n",
        "b.txt": ("Representative Michele Bachmann, Republican of Minnesota, shared a photo "
                  "on Wednesday.\n"),
        "c.txt": "GOP Rep. Michele Bachmann tweeted a photo of her lunch on Wednesday.\n",
    })
    _, diagnostics = run_json(root, "--select", "NL601")
    assert [(d["path"].rsplit("/", 1)[-1], d["message"].split('"')[1]) for d in diagnostics] \
        == [("a.txt", "D-Minn.")]


def test_a_bare_company_title_beside_a_public_office(corpus, run_json):
    root = corpus({
        "a.txt": "President Donald Trump spoke on Saturday. President Trump left.\n",
        "b.txt": "President Trump took aim at social media companies on Saturday.\n",
        "c.txt": "Director Trump on Saturday took aim at social media companies.\n",
        "d.txt": ("Amazon director Jane Roe, the president of Amazon, spoke on Saturday.\n"),
    })
    _, diagnostics = run_json(root, "--select", "NL601")
    assert [(d["path"].rsplit("/", 1)[-1], d["message"].split('"')[1]) for d in diagnostics] \
        == [("c.txt", "Director")]


def test_a_bare_surname_is_one_person_when_the_story_names_one(corpus, run_json):
    root = corpus({
        "a.txt": "Barack Obama's staff wrote the talking points. President Obama agreed.\n",
        "b.txt": "President Obama spoke about the attack on Friday.\n",
        "c.txt": "Representative Obama's security staff had been complicit, critics said.\n",
    })
    assert _flagged(run_json, root) == [("c.txt", "Representative")]


def test_a_bare_surname_may_be_two_people_the_story_names(corpus, run_json):
    # Bill and Hillary Clinton: "President Clinton" and "Secretary Clinton" are two people.
    root = corpus({
        "a.txt": ("Hillary Clinton testified on Friday. Bill Clinton was not there.\n\n"
                  "Secretary Clinton said the review was thorough.\n"),
        "b.txt": "Secretary Clinton testified before the committee on Friday.\n",
        "c.txt": "President Clinton praised the review on Friday.\n",
    })
    assert _flagged(run_json, root) == []


def _flagged(run_json, root) -> list[tuple[str, str]]:
    _, diagnostics = run_json(root, "--select", "NL601")
    return [(d["path"].rsplit("/", 1)[-1], d["message"].split('"')[1]) for d in diagnostics]


def test_a_tag_keys_the_name_not_the_title_before_it(tmp_path):
    text = ("Harry Reid spoke first.\n\nThe vote was cast by Senate Majority Leader Harry Reid, "
            "D-Nev., on Monday.\n")
    assert parties(tmp_path, text) == {("harry reid", "D-Nev.", "party:democrat")}
