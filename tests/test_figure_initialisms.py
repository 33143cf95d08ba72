"""An initialism and the phrase of its initials name one thing across articles: the Times'
"T.P.S. protection" is HuffPost's "temporary protected status program"."""

from __future__ import annotations

from newslint.facts.figure_names import initialisms_in, spelled_in
from realcopy import paragraph

TPS = "2019-lawmakers-react-to-trump-s-immigration-proposal"


def _words(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    return initialisms_in(text, 0, len(text)), spelled_in(text, 0, len(text))


def test_initialisms_and_the_initials_of_phrases_are_read():
    initialisms, _ = _words(paragraph(TPS, "nyt.md", 22))
    assert "tps" in initialisms  # "T.P.S."
    _, spelled = _words(paragraph(TPS, "hpo.md", 14))
    assert "tps" in spelled  # "temporary protected status"
    # Function words inside the phrase are left out; a verb ends it.
    _, spelled = _words("the Deferred Action for Childhood Arrivals program was ended")
    assert "daca" in spelled and "dacap" in spelled and "dacapw" not in spelled
    # Two-letter initialisms ("U.S.") meet any two words by chance: not read.
    assert _words("in the U.S. under it")[0] == ()


def _article(body: str) -> str:
    return "---\ndate: 2019-01-20\n---\n" + body + "\n"


def test_a_count_named_by_an_initialism_meets_the_one_named_in_full(corpus, run_json):
    # The Times: "restore T.P.S. protection for 300,000 people"; HuffPost, with the count
    # slipped: "a three-year extension to 500,000 people ... under the temporary protected
    # status program". The two sentences share no name but the program.
    nyt = paragraph(TPS, "nyt.md", 22)
    hpo = paragraph(TPS, "hpo.md", 14).replace("300,000 people", "500,000 people")
    root = corpus({"nyt.md": _article(nyt), "hpo.md": _article(hpo)})
    _, found = run_json(root, "--select", "NL401")
    (finding,) = found
    assert '"300,000"' in finding["message"] and '"500,000"' in finding["message"]
    # The near case: without the initialism the counts are of people named apart.
    root = corpus({"nyt.md": _article(nyt.replace("T.P.S. protection", "protection")),
                   "hpo.md": _article(hpo)})
    _, found = run_json(root, "--select", "NL401")
    assert found == []
