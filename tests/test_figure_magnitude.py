"""NL401 on real copy: a modal of possibility is no tense, and two articles that each give a
measure once are compared over any slip that keeps the value's magnitude."""

from __future__ import annotations

from pathlib import Path

from newslint.facts.context import clause_context
from newslint.rules.figure_pairs import specific_verb
from realcopy import article_copy, edit_line, paragraph

LIEBERMAN = "2017-donald-trump-considers-joe-lieberman-for-fbi-dir"


def _touched(found: list[dict]) -> list[set[tuple[str, int]]]:
    return [{(Path(d["path"]).name, d["line"]),
             *((Path(r["path"]).name, r["line"]) for r in d["related"])} for d in found]


def _future(sentence: str, figure: str) -> bool:
    at = sentence.index(figure)
    return clause_context(sentence, at, at + len(figure), (0, len(sentence))).future


def test_can_and_could_are_no_tense():
    # Fox quotes Cornyn: Lieberman "can get 100 votes"; HuffPost: he "could get 100
    # confirmation votes". Both tell one measure; "would" tells what would happen.
    fox = paragraph(LIEBERMAN, "fox.md", 26)
    hpo = paragraph(LIEBERMAN, "hpo.md", 32)
    assert not _future(fox, "100") and not _future(hpo, "100")
    assert _future("He said Lieberman would get 100 votes.", "100")
    assert not _future("He said Lieberman might get 100 votes.", "100")


def test_a_count_given_once_by_each_article_is_compared_across_a_digit(tmp_path, run_json):
    """HuffPost's "could get 100 confirmation votes" changed to 300 is found against
    Fox's quotation "can get 100 votes in the Senate": each article gives the count once,
    and 300 has the magnitude of 100 (a gap of 3, beyond what the keys alone admit)."""
    folder = article_copy(tmp_path, LIEBERMAN)
    _, clean = run_json(folder, "--select", "NL401")
    assert not any({("fox.md", 26), ("hpo.md", 32)} <= t for t in _touched(clean))
    edit_line(folder, "hpo.md", 32, "get 100 confirmation", "get 300 confirmation")
    _, found = run_json(folder, "--select", "NL401")
    assert any({("fox.md", 26), ("hpo.md", 32)} <= t for t in _touched(found))


def test_a_generic_noun_under_weak_keys_needs_near_values(tmp_path, run_json):
    """HuffPost: "Six people ... were injured" at the ball field; the Times: the gunman
    opened fire "striking four people". Each gives one count of people, with nothing
    else shared: a noun counted in any story does not make them one measure."""
    folder = article_copy(tmp_path, "2017-rare-comity-at-capitol-after-shooting-doesn-t-la")
    _, found = run_json(folder, "--select", "NL401")
    assert not any({("hpo.md", 12), ("nyt.md", 12)} <= t for t in _touched(found))


def test_two_values_of_another_magnitude_stay_apart(corpus, run_json):
    # Written in the style of wire copy: each article counts the volunteers once, with no
    # name or verb to tie the two sentences (weak keys, which alone admit only near values).
    first = "On Friday the campaign had 198 volunteers at work.\n"
    for other, flagged in (("498", True), ("45,000", False)):
        root = corpus({
            "a.md": "---\ndate: 2024-03-01\n---\n" + first,
            "b.md": f"---\ndate: 2024-03-01\n---\nThe campaign had {other} volunteers on "
                    "the ground by Friday night.\n",
        })
        _, found = run_json(root, "--select", "NL401")
        assert bool(found) == flagged, other
        if flagged:
            assert found[0]["severity"] == "info" and f'"{other}"' in found[0]["message"]


def test_a_verb_in_the_present_is_a_clause_verb():
    # HuffPost: "(Mitt Romney leads the pack at 21 percent)": the lead is the figure's verb.
    text = paragraph("2011-trump-holds-birther-meeting", "hpo.md", 14)
    at = text.index("21 percent")
    assert clause_context(text, at, at + 10, (0, len(text))).verb == "lead"
    # The Times: Mr. Trump "estimates would cost about $8 billion": a base form after a modal.
    text = paragraph("2016-fox-and-calder-say-mexico-isn-t-paying-for-borde", "nyt.md", 30)
    at = text.index("about $8 billion")
    assert clause_context(text, at, at + 16, (0, len(text))).verb == "cost"
    # A plural noun after a name is no verb: "Trump supporters" packed the hall.
    text = "Trump supporters packed 300 seats in the hall."
    at = text.index("300")
    assert clause_context(text, at, at + 3, (0, len(text))).verb == "pack"


def test_the_same_uncommon_act_in_a_sentence_that_names_no_one(tmp_path, run_json):
    """The Times: "the congressman ... had already repaid about $60,000 to his campaign"
    (he is named in the sentence before); Fox: "Hunter and his wife repaid the campaign
    about $60,000." One act, one sum: the Times's changed to $70,000 is found. A verb
    said of anything ("said", "took") still needs a shared name."""
    event = "2018-congressman-hunter-and-wife-indicted-on-corrupti"
    folder = article_copy(tmp_path, event)
    _, clean = run_json(folder, "--select", "NL401")
    assert not any({("nyt.md", 46), ("fox.md", 24)} <= t for t in _touched(clean))
    edit_line(folder, "nyt.md", 46, "repaid about $60,000", "repaid about $70,000")
    _, found = run_json(folder, "--select", "NL401")
    assert any({("nyt.md", 46), ("fox.md", 24)} <= t for t in _touched(found))
    assert not specific_verb("say") and not specific_verb("take")
    assert not specific_verb("rais")  # the stem of "raised", no word
    assert specific_verb("repaid")


def test_a_comparative_is_no_modifier():
    # The Times: the economy lost at least $6 billion, "more than the $5.7 billion that
    # Mr. Trump had requested": that sum itself, not another one.
    text = paragraph("2019-donald-trump-announces-end-to-government-shutdow", "nyt.md", 46)
    at = text.index("$5.7 billion")
    assert "other" not in clause_context(text, at, at + 12, (0, len(text))).modifiers
    text = "The House added another $5.7 billion for the wall."
    at = text.index("$5.7 billion")
    assert "other" in clause_context(text, at, at + 12, (0, len(text))).modifiers
