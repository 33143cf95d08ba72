"""An initialism and the phrase its article spells it out as name one thing across articles:
the Times' "T.P.S. protection" (The Times writes "Temporary Protected Status, or T.P.S.")
is HuffPost's "temporary protected status program". Any other phrase of those initials
("a top policy spokesman") is not."""

from __future__ import annotations

from newslint.facts.figure_names import initialisms_in, spelled_in
from realcopy import paragraph

TPS = "2019-lawmakers-react-to-trump-s-immigration-proposal"


def _words(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    return initialisms_in(text, 0, len(text)), spelled_in(text, 0, len(text))


def _last_sentence(text: str) -> tuple[str, ...]:
    at = text.rindex("In the deal")
    return initialisms_in(text, at, len(text))


def test_an_initialism_is_read_with_the_phrase_its_article_spells_it_out_as():
    # The Times spells T.P.S. out two paragraphs before the count.
    defined = paragraph(TPS, "nyt.md", 20) + "\n\n" + paragraph(TPS, "nyt.md", 22)
    assert _last_sentence(defined) == ("tps:temporary protected status",)
    # The count's paragraph alone never spells it out: it stands for nothing known.
    assert _words(paragraph(TPS, "nyt.md", 22))[0] == ()
    # A phrase written as its definition counts, in any case.
    assert _words("the deferred action for childhood arrivals (DACA) program")[0] == (
        "daca:deferred action childhood arrivals",)
    _, spelled = _words(paragraph(TPS, "hpo.md", 14))
    assert "tps:temporary protected status" in spelled
    # Function words inside the phrase are left out; a verb ends it.
    _, spelled = _words("the Deferred Action for Childhood Arrivals program was ended")
    assert "daca:deferred action childhood arrivals" in spelled
    assert not any(s.startswith("dacapw") for s in spelled)
    # Two-letter initialisms ("U.S.") meet any two words by chance: not read.
    assert _words("in the U.S. under it, the United States")[0] == ()


def _article(body: str) -> str:
    return "---\ndate: 2019-01-20\n---\n" + body + "\n"


def _nyt() -> str:
    return paragraph(TPS, "nyt.md", 20) + "\n\n" + paragraph(TPS, "nyt.md", 22)


def test_a_count_named_by_an_initialism_meets_the_one_named_in_full(corpus, run_json):
    # The Times: "restore T.P.S. protection for 300,000 people"; HuffPost, with the count
    # slipped: "a three-year extension to 500,000 people ... under the temporary protected
    # status program". The two sentences share no name but the program.
    hpo = paragraph(TPS, "hpo.md", 14).replace("300,000 people", "500,000 people")
    root = corpus({"nyt.md": _article(_nyt()), "hpo.md": _article(hpo)})
    _, found = run_json(root, "--select", "NL401")
    (finding,) = found
    assert '"300,000"' in finding["message"] and '"500,000"' in finding["message"]
    # The near case: without the initialism the counts are of people named apart.
    root = corpus({"nyt.md": _article(_nyt().replace("T.P.S. protection", "protection")),
                   "hpo.md": _article(hpo)})
    _, found = run_json(root, "--select", "NL401")
    assert found == []


def test_another_phrase_of_the_same_initials_names_nothing_of_the_initialism(corpus, run_json):
    # HuffPost's program replaced by another, and its spokesman a "top policy spokesman"
    # ("tps"): the counts are no longer of one program.
    hpo = paragraph(TPS, "hpo.md", 14).replace("300,000 people", "500,000 people").replace(
        "under the temporary protected status program", "under another program, a top "
        "policy spokesman said")
    assert "under another program" in hpo
    root = corpus({"nyt.md": _article(_nyt()), "hpo.md": _article(hpo)})
    _, found = run_json(root, "--select", "NL401")
    assert found == []
    # Nor does an initialism its article never spells out meet a capitalised phrase of
    # its letters: "The CIA" is not "The Chemical Industry Association".
    root = corpus({
        "nyt.md": _article("The CIA spent $81 million on the interrogation program, Senator "
                           "Dianne Feinstein said on Tuesday."),
        "wsj.md": _article("The Chemical Industry Association spent $50 million on the "
                           "lobbying program, Senator Richard Burr said on Tuesday."),
    })
    _, found = run_json(root, "--select", "NL401")
    assert found == []
