"""NL201-NL203 on the seeds and on articles written to trap a naive spinner detector."""

from __future__ import annotations

from conftest import SEEDS, seed


def test_seeds_only_004_is_spun(run_json):
    _, diagnostics = run_json(SEEDS, "--select", "NL2")
    paths = {d["path"] for d in diagnostics}
    assert paths == {seed("004")}
    (article,) = [d for d in diagnostics if d["code"] == "NL202"]
    assert article["severity"] == "error"
    assert "machine-spun" in article["message"]
    assert article["line"] == 1 and "mannequin" in article["message"]
    # The verdict lists the phrases (first use of each); NL201 repeats them only on request.
    assert not any(d["code"] == "NL201" for d in diagnostics)
    phrases = {(r["line"], r["message"].split('"')[1]) for r in article["related"]}
    assert len(phrases) == 56 and all(r["path"] == seed("004") for r in article["related"])
    assert (8, "p.c") in phrases
    assert (4, "lots of of") in phrases
    assert (17, "Sputnik Second") in phrases
    assert (17, "satellite tv for pc") in phrases
    assert (7, "App Retailer") in phrases
    placeholders = sorted((d["line"], d["col"]) for d in diagnostics if d["code"] == "NL203")
    assert placeholders == [(4, 169), (8, 326), (14, 72)]


def test_phrases_of_a_spun_article_only_when_named(run_json):
    _, by_prefix = run_json(SEEDS, "--select", "NL2")
    _, named = run_json(SEEDS, "--select", "NL201")
    assert not any(d["code"] == "NL201" for d in by_prefix)
    phrases = [d for d in named if d["code"] == "NL201"]
    assert len(phrases) == 81 and {d["severity"] for d in phrases} == {"info"}


def test_suggestion_in_message(run_json):
    _, diagnostics = run_json(SEEDS, "--select", "NL201")
    sputnik = next(d for d in diagnostics if "Sputnik Second" in d["message"])
    assert 'the original was probably "Sputnik moment"' in sputnik["message"]


def test_fashion_story_with_mannequins_is_not_spun(corpus, run_json):
    text = (
        "PARIS (Wire) - The mannequin in the window of the Rue Saint-Honore boutique wore "
        "the house's new coat on Tuesday, and shoppers stopped to photograph it. Spring "
        "fashions this year lean on wool and linen, buyers said. In accordance with "
        "tradition, the house mentioned no prices. Sales rose 4 percent in the quarter.\n"
    )
    _, diagnostics = run_json(corpus({"a.txt": text}), "--select", "NL2")
    assert diagnostics == []


def test_strong_phrase_is_flagged_in_a_clean_article(corpus, run_json):
    text = "The index rose 2 p.c. on Friday as lots of of traders returned.\n"
    _, diagnostics = run_json(corpus({"a.txt": text}), "--select", "NL2")
    assert [(d["code"], d["severity"], d["message"].split('"')[1]) for d in diagnostics] == [
        ("NL201", "warning", "p.c."),
        ("NL201", "warning", "lots of of"),
    ]


def test_pc_as_politically_correct_is_not_percent(corpus, run_json):
    text = "Critics said the campaign was too p.c. for its audience.\n"
    _, diagnostics = run_json(corpus({"a.txt": text}), "--select", "NL2")
    assert diagnostics == []


def test_template_syntax_is_not_a_placeholder(corpus, run_json):
    text = "Price: {{ price }} and ${amount} and {#anchor} are markup; {dollars} is not.\n"
    _, diagnostics = run_json(corpus({"a.txt": text}), "--select", "NL203")
    assert [d["message"].split('"')[1] for d in diagnostics] == ["{dollars}"]
