"""NL101 on the seeds and on wire-copy corpora written with traps."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import SEEDS, seed
from newslint.extract.names.mentions import _TOKEN, _tokens, extract_names
from newslint.load import load_article

WIRE = {
    "a.txt": (
        "SAN FRANCISCO (Wire) - OpenAI chief executive Sam Altman said on Tuesday that the "
        "company would open an office in Seoul. Altman told reporters the Korean market was "
        "growing fast. Gary Marcus, a critic of OpenAI, said Altman was overselling.\n"
        "Meta shares rose 2%. Beta versions of the app ship in March.\n"
    ),
    "b.txt": (
        "OpenAI boss Sam Altman met officials in Korea. Altman said demand was strong. "
        "Y Combinator president Garry Tan praised the deal. Altman and OpenAI declined "
        "further comment.\n"
    ),
    "c.txt": (
        "Sam Altmann said OpenAI would expand in Korea. Meta declined to comment. "
        "Altman's company has offices in three countries. Nvidia and NVIDIA chips.\n"
    ),
}


def codes_at(diagnostics, code):
    return sorted((d["path"].rsplit("/", 1)[-1], d["line"], d["col"]) for d in diagnostics
                  if d["code"] == code)


def test_seeds_deekseek_and_case_variants(run_json):
    _, diagnostics = run_json(SEEDS, "--select", "NL1")
    found = {(d["path"], d["line"]) for d in diagnostics}
    # One finding for the four uses: the right spelling elsewhere first, then the others.
    (deek,) = [d for d in diagnostics if '"DeekSeek"' in d["message"]]
    assert (deek["path"], deek["line"], deek["col"]) == (seed("004"), 3, 1)
    assert '"DeepSeek"' in deek["message"] and deek["related"][0]["path"] != seed("004")
    again = [(r["path"], r["line"]) for r in deek["related"] if r["message"] == "also here"]
    assert again == [(seed("004"), 4), (seed("004"), 12), (seed("004"), 12)]
    # The writer's own right spelling in the same article is shown too.
    assert any(r["path"] == seed("004") and r["message"] == '"DeepSeek" here'
               for r in deek["related"])
    # The other two are genuine: OpenAI's model is "o1", Meta's is "Llama".
    assert (seed("001"), 4) in found
    assert (seed("004"), 10) in found
    assert len(diagnostics) == 3


def test_wire_traps(corpus, run_json):
    root = corpus(WIRE)
    _, diagnostics = run_json(root, "--select", "NL101")
    flagged = {d["message"].split('"')[1] for d in diagnostics}
    # Altmann is a garble of Altman inside "Sam Altmann": "Sam Altman" exists in the corpus.
    assert flagged == {"Altmann"}
    (altmann,) = diagnostics
    assert altmann["path"].endswith("c.txt") and altmann["col"] == 5
    # Not flagged: Gary/Garry (two people), Meta/Beta (short), Korea/Korean (demonym),
    # Nvidia/NVIDIA (house style), sentence-initial words.


def test_two_people_with_near_identical_names_are_not_flagged(corpus, run_json):
    root = corpus({
        "a.txt": "Stephen Jones said rates would hold. Stephen Jones, a trader, agreed. "
                 "Jones said Stephen Jones was right. Stephen Jones left.\n",
        "b.txt": "Stephan Grant, an analyst at Bernstein, disagreed with the forecast.\n",
    })
    _, diagnostics = run_json(root, "--select", "NL101")
    assert diagnostics == []


def test_known_name_is_protected_in_a_small_corpus(corpus, run_json):
    root = corpus({"a.md": "---\ntitle: x\n---\nThe startup DeepSeak released R1 on Monday.\n"})
    _, diagnostics = run_json(root, "--select", "NL101")
    assert [(d["line"], d["col"]) for d in diagnostics] == [(4, 13)]
    assert '"DeepSeek"' in diagnostics[0]["message"]


def test_misspelling_in_an_embedded_post_is_quoted_material(corpus, run_json):
    text = (
        "DeepSeek said on Monday that DeepSeek would publish more models. DeepSeek's R1 is "
        "open source. Analysts said DeepSeek had surprised the market, and DeepSeek shares "
        "of attention grew.\n"
        "DeekSeek is winning. pic.twitter.com/abc123\n"
        "— Some User (@someuser) January 27, 2025\n"
    )
    _, diagnostics = run_json(corpus({"a.txt": text}), "--select", "NL101")
    assert diagnostics == []


def test_plural_and_version_forms_are_not_misspellings(corpus, run_json):
    root = corpus({
        "a.txt": "Americans bought GPT-4 access. The American market and GPT-4o. "
                 "American firms, American buyers, American chips.\n",
    })
    _, diagnostics = run_json(root, "--select", "NL101")
    assert diagnostics == []


def test_name_tokens_and_phrases(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Venture capitalist Marc Andreessen praised OpenAI’s o1 and GPT-4o. "
                    "Y Combinator CEO Garry Tan agreed.\n")
    article, _ = load_article(path, "a.txt", "a")
    mentions, phrases = extract_names(article)
    assert [m.text for m in mentions] == [
        "Venture", "Marc", "Andreessen", "OpenAI", "o1", "GPT-4o",
        "Y", "Combinator", "CEO", "Garry", "Tan",
    ]
    assert mentions[0].sentence_initial and not mentions[1].sentence_initial
    assert [p.text for p in phrases] == [
        "Venture", "Marc Andreessen", "OpenAI", "o1", "GPT-4o", "Y Combinator CEO Garry Tan",
    ]
    andreessen = mentions[2]
    assert (andreessen.span.line, andreessen.span.col) == (1, 25)


def test_a_fronted_day_of_the_week_is_no_part_of_the_name_after_it(tmp_path):
    """Wire copy drops the comma after a fronted day ("On Tuesday Mitch McConnell said");
    a day inside a name stays in it ("Good Friday Agreement", "Super Tuesday", "Monday
    Night Football"), and a month is a first name ("April Ryan")."""
    path = tmp_path / "a.txt"
    path.write_text("On Tuesday Mitch McConnell said the vote would come soon. The Good "
                    "Friday Agreement was signed in 1998. Voters went to the polls on Super "
                    "Tuesday. Monday Night Football drew a record audience. White House "
                    "correspondent April Ryan asked about it.\n")
    article, _ = load_article(path, "a.txt", "a")
    _, phrases = extract_names(article)
    texts = [p.text for p in phrases]
    assert "Mitch McConnell" in texts and "On Tuesday" in texts
    assert {"The Good Friday Agreement", "Super Tuesday", "Monday Night Football",
            "April Ryan"} <= set(texts)


def test_two_frequent_lookalike_names_are_both_real(corpus, run_json):
    root = corpus({
        "a.txt": "Sam Altman spoke. Altman said OpenAI would grow. Altman left early.\n",
        "b.txt": "Peter Altmann, a Munich economist, said Altmann's model predicted it. "
                 "Altmann has studied chips for years.\n",
        "c.txt": "Altmann, the economist, said the forecast held. Altman declined comment.\n",
    })
    _, diagnostics = run_json(root, "--select", "NL101")
    assert diagnostics == []


def test_version_numbers_are_not_misspellings(corpus, run_json):
    root = corpus({
        "a.txt": "OpenAI said GPT-4 was its best model. GPT-4 users grew. GPT-4 leads.\n",
        "b.txt": "Rivals compared GPT-4 with Claude. GPT-4 again.\n",
        "c.txt": "OpenAI has yet to release GPT-5, GPT-4 users were told.\n",
    })
    _, diagnostics = run_json(root, "--select", "NL101")
    assert diagnostics == []


# Letters of each case and script, digits, marks and every character the token pattern
# looks at around a name.
_NAME_ALPHABET = "aZé ÉßǅʰあΣσ0٣²\u0301'’-&.@#/_ \n"


@given(st.text(alphabet=_NAME_ALPHABET, max_size=60) | st.text(max_size=60),
       st.integers(0, 60), st.integers(0, 60))
@settings(max_examples=400, deadline=None)
def test_token_search_finds_what_finditer_finds(text, start, end):
    spans = [m.span() for m in _tokens(text, start, end)]
    assert spans == [m.span() for m in _TOKEN.finditer(text, start, end)]


def test_a_name_phrase_the_story_writes_right_is_evidence_for_a_rare_form(corpus, run_json):
    # "Marc Beioff" once, "Marc Benioff" once: the same first name, and only "Benioff" is a
    # name English writers use. "Soth Carolina" beside "South Carolina" likewise.
    root = corpus({
        "a.txt": ("Marc Benioff, the chief executive of Salesforce, said on Thursday that the "
                  "company would cut travel to South Carolina.\n"),
        "b.txt": ("Marc Beioff, who runs Salesforce, said on Thursday that staff would stop "
                  "travel to Soth Carolina.\n"),
    })
    _, diagnostics = run_json(root, "--select", "NL101")
    assert sorted(d["message"].split('"')[1] for d in diagnostics) == ["Beioff", "Soth"]
    assert all(d["path"].endswith("b.txt") for d in diagnostics)


def test_the_other_articles_spelling_is_shown_in_its_prose(corpus, run_json):
    root = corpus({
        "a.md": ("---\ntitle: x\n---\n# Benghazi inquiry widens\n\n"
                 "Lawmakers in Washington pressed on with the Benghazi inquiry on Friday.\n"),
        "b.md": ("---\ntitle: y\n---\nThe panel said Friday's hearing on Benghazi would "
                 "put the Bneghazi issue to rest. Benghazi was raised again.\n"),
    })
    _, diagnostics = run_json(root, "--select", "NL101")
    (finding,) = diagnostics
    other = [r for r in finding["related"] if r["path"].endswith("a.md")]
    assert [r["line"] for r in other] == [6]  # not the headline on line 4


def test_a_two_word_name_run_together_is_a_slip(corpus, run_json):
    # "Southcarolina" is no word English writers use; "South Carolina" is the story's.
    root = corpus({
        "a.txt": "Sen. Tim Scott of South Carolina said on Thursday that the state would "
                 "gain.\n",
        "b.txt": "The governor named Tim Scott to the seat on Thursday.\n",
        "c.txt": "Cowan joins Southcarolina Republican Tim Scott as the chamber's second "
                 "black senator.\n",
    })
    _, diagnostics = run_json(root, "--select", "NL101")
    assert [(d["path"].rsplit("/", 1)[-1], d["message"].split('"')[1]) for d in diagnostics
            ] == [("c.txt", "Southcarolina")]


def test_capitals_inside_a_passage_quoted_over_paragraphs_are_its_sources(tmp_path, run_json):
    # nyt.md:34 opens a reader's post quoted over two paragraphs; its "Chick-fil-a" is the
    # poster's styling. A slip in the writer's own prose is still flagged (b.txt).
    from realcopy import article_copy, paragraph

    event = "2012-michele-bachmann-and-other-gop-reps-show-support"
    text = paragraph(event, "nyt.md", 34)
    assert text.startswith("“") and "”" not in text and "Chick-fil-a" in text
    root = article_copy(tmp_path, event)
    (root / "b.txt").write_text("Supporters lined up at a Chick-fil-a in Atlanta.\n",
                                encoding="utf-8")
    _, diagnostics = run_json(root, "--select", "NL101")
    assert [(d["path"].rsplit("/", 1)[-1], d["line"]) for d in diagnostics
            if "Chick-fil-a" in d["message"]] == [("b.txt", 1)]
