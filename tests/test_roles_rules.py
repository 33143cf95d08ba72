"""NL601-NL605 on the seeds and on small wire-copy corpora written with traps."""

from __future__ import annotations

from conftest import SEEDS, seed


def found(diagnostics, code=None):
    return sorted((d["code"], d["path"].rsplit("/", 1)[-1], d["line"]) for d in diagnostics
                  if code is None or d["code"] == code)


def related_paths(diagnostic):
    return sorted(r["path"].rsplit("/", 1)[-1] for r in diagnostic["related"])


# ---------------------------------------------------------------------------- seeds


def test_seeds_sourcing_findings(run_json):
    _, diagnostics = run_json(SEEDS, "--select", "NL6")
    assert found(diagnostics) == sorted([
        ("NL602", seed("002").rsplit("/", 1)[-1], 1),
        ("NL603", seed("001").rsplit("/", 1)[-1], 4),
        ("NL603", seed("001").rsplit("/", 1)[-1], 33),
        ("NL603", seed("003").rsplit("/", 1)[-1], 21),
        ("NL603", seed("003").rsplit("/", 1)[-1], 25),
        ("NL604", seed("003").rsplit("/", 1)[-1], 23),
        ("NL605", seed("000").rsplit("/", 1)[-1], 3),
    ])


def test_seed_developer_conflict_names_the_deepseek_passages(run_json):
    _, diagnostics = run_json(SEEDS, "--select", "NL602")
    (finding,) = diagnostics
    assert finding["path"] == seed("002")
    assert "High-Flyer Capital Management" in finding["message"]
    assert '"DeepSeek"' in finding["message"]
    assert {(r["path"], r["line"]) for r in finding["related"]} == {
        (seed("000"), 3), (seed("001"), 1), (seed("003"), 1)}


def test_seed_vague_attribution_quotes_the_phrase(run_json):
    _, diagnostics = run_json(SEEDS, "--select", "NL603")
    experts = [d for d in diagnostics if d["path"] == seed("003") and d["line"] == 21]
    assert len(experts) == 1
    assert '"some industry experts"' in experts[0]["message"]
    assert all(d["severity"] == "info" for d in diagnostics)


def test_seed_post_only_figure(run_json):
    _, diagnostics = run_json(SEEDS, "--select", "NL604")
    (post,) = diagnostics
    assert (post["path"], post["line"]) == (seed("003"), 23)
    assert '"$1 trillion"' in post["message"] and "@GlobeEyeNews" in post["message"]


def test_seed_unhedged_cost(run_json):
    _, diagnostics = run_json(SEEDS, "--select", "NL605")
    (cost,) = diagnostics
    assert (cost["path"], cost["line"]) == (seed("000"), 3)
    assert '"$5.6 million"' in cost["message"]
    assert (seed("003"), 8) in {(r["path"], r["line"]) for r in cost["related"]}
    # 001 hedges the figure on its line 5 ("its reported development cost"), so its later
    # plain "$5.6 million" on line 26 is not flagged.


# ---------------------------------------------------------------------------- NL601

LECUN = {
    "a.txt": "PARIS (Wire) - Meta's Chief AI Scientist Yann LeCun said on Tuesday that open "
             "models were catching up with closed ones.\n",
    "b.txt": "Yann LeCun, the chief executive of Meta, told reporters in Paris that "
             "open-source models were winning.\n",
}


def test_lecun_given_two_posts_at_meta(corpus, run_json):
    # One article each way: one finding names both, anchored by the posts ("ceo" sorts
    # first), whatever the file names.
    _, diagnostics = run_json(corpus(LECUN), "--select", "NL601")
    assert found(diagnostics) == [("NL601", "b.txt", 1)]
    b = diagnostics[0]
    assert "chief executive" in b["message"] and "Chief AI Scientist" in b["message"]
    assert "as many articles each way" in b["message"]
    assert related_paths(b) == ["a.txt"]
    # The same two articles under each other's names: the same post is flagged.
    swapped = {"a.txt": LECUN["b.txt"], "b.txt": LECUN["a.txt"]}
    _, diagnostics = run_json(corpus(swapped), "--select", "NL601")
    assert found(diagnostics) == [("NL601", "a.txt", 1)]
    assert "chief executive" in diagnostics[0]["message"].split(" here ")[0]


def test_majority_title_is_not_flagged(corpus, run_json):
    files = dict(LECUN)
    files["c.txt"] = "Yann LeCun, Meta's chief AI scientist, spoke at the summit.\n"
    _, diagnostics = run_json(corpus(files), "--select", "NL601")
    assert found(diagnostics) == [("NL601", "b.txt", 1)]
    assert related_paths(diagnostics[0]) == ["a.txt", "c.txt"]



def test_a_tie_the_outvoted_title_already_names_is_no_second_finding(corpus, run_json):
    # "Mayor" is outvoted by "Majority Leader" (two articles) and ties with "Senator" (one
    # article, compatible with Majority Leader): one finding, with b.txt as related (its
    # "Senate Majority Leader" gives the same Senate seat as its "Senator").
    root = corpus({
        "a.txt": "Senate Majority Leader Harry Reid (D-Nev.) received the letter on Wednesday.\n",
        "b.txt": "Senate Majority Leader Harry Reid said on Wednesday that the vote would wait."
                 "\n\nAn earlier version of this post said that Senator Harry Reid was from "
                 "Arizona.\n",
        "c.txt": "On Wednesday, Senate Majority Mayor Harry Reid (D-Nev.) received a letter.\n",
    })
    _, diagnostics = run_json(root, "--select", "NL601")
    assert found(diagnostics) == [("NL601", "c.txt", 1)]
    assert '"Mayor"' in diagnostics[0]["message"]
    related = [(r["path"].rsplit("/", 1)[-1], r["line"], r["col"])
               for r in diagnostics[0]["related"]]
    assert {path for path, _, _ in related} == {"a.txt", "b.txt"}
    assert len(related) == len(set(related))

def test_two_ceos_of_one_company(corpus, run_json):
    root = corpus({
        "a.txt": "OpenAI CEO Sam Altman said the company would expand in Asia.\n",
        "b.txt": "Jane Doe, the chief executive of OpenAI, said the company would expand.\n",
        "c.txt": "OpenAI chief executive Sam Altman met officials in Seoul.\n",
    })
    _, diagnostics = run_json(root, "--select", "NL601")
    assert found(diagnostics) == [("NL601", "b.txt", 1)]
    assert "Sam Altman" in diagnostics[0]["message"]


def test_role_traps_are_not_flagged(corpus, run_json):
    root = corpus({
        # Posts held together, past posts, and another Altman.
        "a.txt": "Garry Tan, the president and CEO of Y Combinator, wrote on X. "
                 "Former OpenAI CEO Emmett Shear stayed quiet. "
                 "Jack Altman, the CEO of Lattice, agreed.\n",
        "b.txt": "Y Combinator president Garry Tan praised the deal. "
                 "OpenAI CEO Sam Altman declined to comment.\n",
        # A professor at a university and a chief scientist at a company: both can be true.
        "c.txt": "Yann LeCun, a professor at New York University, spoke first. "
                 "Venture capitalist Marc Andreessen followed.\n",
        "d.txt": "Meta's chief AI scientist Yann LeCun disagreed. "
                 "Marc Andreessen, a partner at Andreessen Horowitz, did not.\n",
        # Interim post holders are not compared with the permanent one.
        "e.txt": "Interim OpenAI CEO Mira Murati addressed staff.\n",
    })
    _, diagnostics = run_json(root, "--select", "NL601")
    assert diagnostics == []


def test_one_post_at_two_organisations(corpus, run_json):
    root = corpus({
        "a.txt": "Yann LeCun, Google's chief AI scientist, spoke first.\n",
        "b.txt": "Meta's chief AI scientist Yann LeCun disagreed.\n",
        # Named with both companies in one article: he may run both.
        "c.txt": "Elon Musk, the CEO of SpaceX, said the rocket would fly. Musk also runs "
                 "Tesla.\n",
        "d.txt": "Tesla CEO Elon Musk said deliveries would rise.\n",
        # A short form of the same organisation.
        "e.txt": "Federal Reserve Chair Jerome Powell spoke on Wednesday.\n",
        "f.txt": "Fed Chair Jerome Powell said rates would stay high. ECB President "
                 "Christine Lagarde agreed.\n",
        "g.txt": "Christine Lagarde, president of the European Central Bank, disagreed.\n",
    })
    _, diagnostics = run_json(root, "--select", "NL601")
    assert found(diagnostics) == [("NL601", "a.txt", 1)]  # a tie: one finding names both
    assert related_paths(diagnostics[0]) == ["b.txt"]


def test_post_holders_far_apart_in_time_are_not_flagged(corpus, run_json):
    root = corpus({
        "a.txt": "---\ndate: 2019-03-01\n---\nAcme CEO John Smith said sales rose.\n",
        "b.txt": "---\ndate: 2024-03-01\n---\nAcme CEO Mary Jones said sales fell.\n",
    })
    _, diagnostics = run_json(root, "--select", "NL601")
    assert diagnostics == []


# ---------------------------------------------------------------------------- NL602


def test_base_location_founding_year_and_founder(corpus, run_json):
    root = corpus({
        "a.txt": "Hangzhou-based Zeta Labs released its chatbot Quill on Monday. "
                 "Zeta, founded in 2021 by Wei Chen, has 200 staff.\n",
        "b.txt": "Zeta, a Chinese AI startup, said Quill had a million users.\n",
        "c.txt": "Beijing-based Zeta said demand was strong. Zeta was founded in 2021 by "
                 "Wei Chen.\n",
        "d.txt": "Zeta was founded in 2019 by Li Na and said it would hire.\n",
    })
    _, diagnostics = run_json(root, "--select", "NL602")
    messages = {(d["path"].rsplit("/", 1)[-1], d["message"].split(" here")[0]) for d in diagnostics}
    assert ("d.txt", "Zeta was founded in 2019") in messages
    assert ('d.txt', 'Zeta was founded by "Li Na"') in messages
    # Hangzhou and Beijing: one article each, so both are flagged; "Chinese" agrees with both.
    located = sorted(d["path"].rsplit("/", 1)[-1] for d in diagnostics
                     if "is placed in" in d["message"])
    assert located == ["a.txt", "c.txt"]
    assert len(diagnostics) == 4


def test_attribute_traps(corpus, run_json):
    root = corpus({
        # A parent and its unit, a brand and its short product name, a city and its country.
        "a.txt": "Gemini, a model developed by Google DeepMind, topped the chart. "
                 "Hong Kong-based Lumen Capital said it would invest.\n",
        "b.txt": "Gemini, an AI model developed by Google, is free to use. "
                 "Lumen, a Chinese investment firm, declined to comment.\n",
        # Another product with the same short name from another maker.
        "c.txt": "Rabbit R1, a device developed by Rabbit, sold out. "
                 "Keel was co-founded by Ann Lee.\n",
        "d.txt": "Orion released its reasoning model R1 on Monday. "
                 "Keel was founded by Bo Park.\n",
    })
    _, diagnostics = run_json(root, "--select", "NL602")
    assert diagnostics == []


# ---------------------------------------------------------------------------- NL603


def test_vague_attribution_and_its_traps(corpus, run_json):
    text = (
        "Some experts say the chips are obsolete. "
        "Analysts at Bernstein said the selloff was overdone. "
        "Bernstein analysts warned of more volatility. "
        "Some experts, including Gary Marcus, doubted the figures. "
        "It is believed that the company has 200 staff, and critics say it has more. "
        "\"Some experts say it is a bubble,\" Jon Withaar said.\n\n"
        "Critics Say Little\n\n"
        "Sources said the deal was close.\n\n"
        "Analysts at JPMorgan said markets had priced in three cuts. According to people "
        "familiar with the matter, the bank is split.\n"
    )
    _, diagnostics = run_json(corpus({"a.txt": text}), "--select", "NL603")
    phrases = [d["message"].split('"')[1] for d in diagnostics]
    # Once per sentence: "critics say" shares its sentence with "It is believed".
    assert phrases == ["Some experts", "It is believed", "Sources said",
                       "According to people familiar with the matter"]
    assert [d["line"] for d in diagnostics] == [1, 1, 5, 7]


# ---------------------------------------------------------------------------- NL604


def test_post_figure_reported_in_the_text_is_not_flagged(corpus, run_json):
    root = corpus({
        "a.txt": (
            # Long enough that the loader does not read it as part of the post below.
            "U.S. stocks lost about $1 trillion in market value on Monday, exchange data "
            "showed, as investors sold chipmakers and the companies that build data centres "
            "after a Chinese startup said it had trained a competitive model for a fraction "
            "of what American rivals spend. The Nasdaq fell and the S&P 500 followed it down "
            "in late trading, while bonds rallied.\n\n"
            "The U.S. stock market loses $1 trillion in a single day. pic.twitter.com/abc\n"
            "— Market Desk (@marketdesk) January 27, 2025\n\n"
            "Shares recovered on Tuesday.\n"
        ),
        "b.txt": (
            "Developers were excited.\n\n"
            "The app just got a 2X speed boost! pic.twitter.com/xyz\n"
            "— Dev Person (@devperson) January 28, 2025\n\n"
            "The company did not comment.\n"
        ),
        "c.txt": (
            "Chipmakers fell sharply.\n\n"
            "Nvidia shares fell 17% today. pic.twitter.com/q1\n"
            "— Ticker Bot (@tickerbot) January 27, 2025\n\n"
            "Investors sold across the sector.\n"
        ),
    })
    _, diagnostics = run_json(root, "--select", "NL604")
    assert found(diagnostics) == [("NL604", "c.txt", 3)]
    assert "@tickerbot" in diagnostics[0]["message"]


# ---------------------------------------------------------------------------- NL605


def test_unhedged_figure_and_traps(corpus, run_json):
    root = corpus({
        "a.txt": "The company claims that training the model cost $5.6 million.\n",
        "b.txt": "Training the model cost $5.6 million, far less than rivals spent.\n",
        # Hedges the figure once, then repeats it plainly: not flagged.
        "c.txt": "Its reported training cost of $5.6 million drew scrutiny. "
                 "At $5.6 million, the cost was tiny.\n",
        # Quoted: the speaker's words, on neither side.
        "d.txt": "\"It cost $5.6 million to train,\" an engineer said.\n",
        # The same amount for something else.
        "e.txt": "The city paid $5.6 million in fines last year.\n",
        # "reportedly" covers its own clause only: the cost after "and" is stated.
        "f.txt": "The model reportedly beats rivals and cost just $5.6 million to train.\n",
    })
    _, diagnostics = run_json(root, "--select", "NL605")
    assert found(diagnostics) == [("NL605", "b.txt", 1), ("NL605", "f.txt", 1)]
    b = diagnostics[0]
    assert related_paths(b) == ["a.txt", "c.txt"]
    assert "claims" in b["message"]


def test_rules_document_themselves(run_cli):
    for code in ("NL601", "NL602", "NL603", "NL604", "NL605"):
        status, out, _ = run_cli("rule", code)
        assert status == 0
        for heading in ("What it flags", "Why it matters to an editor", "Example"):
            assert heading in out


def test_sourced_figures_are_neither_stated_nor_hedged(corpus, run_json):
    root = corpus({
        # A neutral data source sources the figure; it does not doubt it.
        "a.txt": "Nvidia lost nearly $593 billion in market value on Monday, according to "
                 "LSEG data.\n",
        "b.txt": "Nvidia lost $593 billion in market value, the largest one-day loss in "
                 "U.S. history.\n",
        # Attributed once, then repeated: the article has told readers whose figure it is.
        "c.txt": "Acme said its plant cost $40 million to build. The plant cost $40 million, "
                 "a fraction of what rivals spend.\n",
        "d.txt": "Acme claims the plant cost $40 million to build.\n",
    })
    _, diagnostics = run_json(root, "--select", "NL605")
    assert diagnostics == []


def test_post_holder_traps(corpus, run_json):
    root = corpus({
        # One person, two spellings of the first name; a country and its demonym.
        "a.txt": "OpenAI CEO Sam Altman said the company would expand. Ukrainian President "
                 "Volodymyr Zelenskiy met him.\n",
        "b.txt": "Samuel Altman, the chief executive of OpenAI, met Volodymyr Zelenskiy, the "
                 "president of Ukraine.\n",
        # A vice president and a deputy are not the president or the CEO.
        "c.txt": "Acme Vice President Jane Roe and Acme deputy CEO Tom Poe spoke.\n",
        "d.txt": "Acme President John Smith and Acme CEO Mary Jones spoke.\n",
    })
    _, diagnostics = run_json(root, "--select", "NL601")
    assert diagnostics == []


def test_identified_groups_are_not_vague(corpus, run_json):
    text = (
        "Bernstein published a note on Monday. The analysts said the selloff was overdone. "
        "The company's annual reports said revenue rose. Wall Street analysts warned of "
        "more volatility.\n"
    )
    _, diagnostics = run_json(corpus({"a.txt": text}), "--select", "NL603")
    assert [d["message"].split('"')[1] for d in diagnostics] == ["analysts warned"]


def test_bare_percentages_do_not_match_without_a_subject(corpus, run_json):
    root = corpus({
        "a.txt": "Sales reportedly rose 12% last quarter.\n",
        "b.txt": "Prices rose 12% in March.\n",
    })
    _, diagnostics = run_json(root, "--select", "NL605")
    assert diagnostics == []


def test_same_findings_whatever_the_file_order(run_json):
    files = sorted(SEEDS.iterdir())
    _, forward = run_json(*files, "--select", "NL6")
    _, backward = run_json(*reversed(files), "--select", "NL6")
    assert forward == backward and len(forward) == 7


def test_vague_phrases_and_named_polls(corpus, run_json):
    text = (
        "The company is widely believed to have lost money. Most analysts polled by Reuters "
        "expect a cut. A number of analysts expect a rate cut. Insiders say the board is "
        "divided.\n"
    )
    _, diagnostics = run_json(corpus({"a.txt": text}), "--select", "NL603")
    assert [d["message"].split('"')[1] for d in diagnostics] == [
        "is widely believed", "A number of analysts", "Insiders say"]
